"""Step 1 of the advised search: OR within a group, AND across groups, best fit first, ties in matrix order."""

from keuzehulp.model import Instrument
from keuzehulp.selection import fit, select


def instrument(name, tegels=(), klantkenmerken=()):
    return Instrument(id=name, naam=name, tegels=list(tegels), klantkenmerken=list(klantkenmerken))


A = instrument("a", ["Werk fit"], ["Basisvaardigheden"])
B = instrument("b", ["Werk fit", "Opleiden"], ["Werkervaring", "Basisvaardigheden"])
C = instrument("c", ["Opleiden"], [])
D = instrument("d", [], ["Werkervaring"])
ALL = [A, B, C, D]


def names(result):
    return [(i.naam, score) for i, score in result]


def test_nothing_selected_lists_every_instrument_in_matrix_order():
    assert names(select(ALL)) == [("a", 0), ("b", 0), ("c", 0), ("d", 0)]


def test_or_within_a_group():
    assert names(select(ALL, tegels=["Werk fit", "Opleiden"])) == [("b", 2), ("a", 1), ("c", 1)]


def test_and_across_groups():
    assert names(select(ALL, tegels=["Opleiden"], klantkenmerken=["Werkervaring"])) == [("b", 2)]


def test_best_fit_first_then_matrix_order():
    result = select(ALL, tegels=["Werk fit"], klantkenmerken=["Basisvaardigheden", "Werkervaring"])
    assert names(result) == [("b", 3), ("a", 2)]


def test_a_selection_nothing_fits():
    assert select(ALL, tegels=["Nazorg"]) == []
    assert fit(D, tegels=["Werk fit"]) is None


# --- step 2: praktische filters; empty means any, a missing value does not pass a set filter ---

from keuzehulp.model import Duur  # noqa: E402
from keuzehulp.selection import RESULT_LIMIT, Praktisch, matched_labels, shown  # noqa: E402


def practical(name, **fields):
    return Instrument(id=name, naam=name, tegels=["Werk fit"], **fields)


P = practical(
    "p",
    uitvoeringsvormen=["Coaching", "Opleiding"],
    groep_individueel=["groep"],
    duur=Duur(3, "maanden"),
    intensiteit_uur_per_week=8.0,
    beschikbare_gebieden=["Lindenhoven", "Wijk De Hoven"],
    kosten_euro=0.0,
)
BARE = practical("leeg")


def test_no_filter_set_allows_every_instrument():
    assert Praktisch().allows(P) and Praktisch().allows(BARE)


def test_list_filters_need_the_exact_value():
    assert Praktisch(uitvoeringsvorm="Opleiding").allows(P)
    assert not Praktisch(uitvoeringsvorm="(Bij)scholing").allows(P)
    assert Praktisch(groep_individueel="groep").allows(P)
    assert not Praktisch(groep_individueel="individueel").allows(P)
    assert Praktisch(gebied="Wijk De Hoven").allows(P)
    assert not Praktisch(gebied="De Hoven").allows(P), "part of a gebied is not the gebied"


def test_maxima_include_the_limit_and_duur_counts_in_weeks():
    assert Praktisch(max_duur_weken=14).allows(P), "3 maanden is 91.3 days, within 14 weeks (98 days)"
    assert not Praktisch(max_duur_weken=13).allows(P)
    assert Praktisch(max_uren_per_week=8).allows(P) and not Praktisch(max_uren_per_week=7.5).allows(P)
    assert Praktisch(max_kosten=0).allows(P), "a free instrument fits any maximum"


def test_an_instrument_without_the_value_does_not_pass_a_set_filter():
    for filters in (
        Praktisch(uitvoeringsvorm="Coaching"),
        Praktisch(groep_individueel="groep"),
        Praktisch(max_duur_weken=100),
        Praktisch(max_uren_per_week=40),
        Praktisch(gebied="Lindenhoven"),
        Praktisch(max_kosten=1_000_000),
    ):
        assert filters.allows(P) and not filters.allows(BARE), filters


def test_select_applies_the_filters_after_the_labels():
    assert names(select([P, BARE], tegels=["Werk fit"], praktisch=Praktisch(max_kosten=10))) == [("p", 1)]
    assert select([P, BARE], tegels=["Opleiden"], praktisch=Praktisch(max_kosten=10)) == []


def test_matched_labels_are_the_chosen_ones_the_instrument_has():
    assert matched_labels(B, ["Opleiden", "Nazorg"], ["Basisvaardigheden", "Werkervaring"]) == [
        "Opleiden",
        "Basisvaardigheden",
        "Werkervaring",
    ]
    assert matched_labels(C, [], ["Werkervaring"]) == []


def test_zoeken_shows_the_best_hundred():
    many = [instrument(f"i{n}", ["Werk fit"] * (1 + n % 2)) for n in range(RESULT_LIMIT + 5)]
    result = select(many, tegels=["Werk fit"])
    assert len(shown(result)) == RESULT_LIMIT and shown(result) == result[:RESULT_LIMIT]
    assert shown(result[:3]) == result[:3]
