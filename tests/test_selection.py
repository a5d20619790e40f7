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
