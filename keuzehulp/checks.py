"""Validate stage: small checks over the normalised entries, each a generator of problems."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

from .header import Layout
from .normalise import Entry
from .problems import Problem, problem
from .taxonomy import Field, Taxonomy

SUMMARY_LIMIT = 500


@dataclass
class Context:
    """What the checks look at: the entries, the taxonomy, and the required fields without a column."""

    entries: list[Entry]
    taxonomy: Taxonomy
    missing_columns: set[str] = field(default_factory=set)


Check = Callable[[Context], Iterator[Problem]]


def missing_required_columns(layout: Layout, taxonomy: Taxonomy, has_default_org: bool) -> list[Field]:
    """Return the required fields without a column (Organisatie may come from the settings instead)."""
    wide_forms = {c.group for c in layout.columns if c.label}
    return [
        f
        for f in taxonomy.fields
        if f.required
        and not layout.by_key(f.key)
        and not (f.key == "organisatie" and has_default_org)
        and not (f.list_group and f.list_group in wide_forms)
    ]


def missing_column_problems(fields: list[Field], layout: Layout, sheet: str) -> list[Problem]:
    """Return a fout for each required field in ``fields`` that has no column."""
    return [problem("kolom-ontbreekt", blad=sheet, rij=layout.header_row, kolom=f.label) for f in fields]


def required_fields(context: Context) -> Iterator[Problem]:
    required = [f for f in context.taxonomy.fields if f.required and f.key not in context.missing_columns]
    for entry in context.entries:
        for f in required:
            if f.list_group in entry.unreadable:
                continue  # already reported as an unknown label
            if not getattr(entry.instrument, f.attribute):
                where = entry.where(f.key)
                where["kolom"] = where["kolom"] or f.label
                yield problem("verplicht-veld-leeg", **where)


def unique_names(context: Context) -> Iterator[Problem]:
    seen: dict[tuple[str, str], int] = {}
    for entry in context.entries:
        instrument = entry.instrument
        if not instrument.naam:
            continue
        key = ((instrument.organisatie or "").casefold(), instrument.naam.casefold())
        if key in seen:
            yield problem("naam-dubbel", eerder=seen[key], **entry.where("naam"))
        else:
            seen[key] = entry.row


def basiskenmerken_present(context: Context) -> Iterator[Problem]:
    for entry in context.entries:
        if not entry.instrument.tegels and "tegels" not in entry.unreadable:
            yield problem("geen-tegel", **_row_only(entry))
        if not entry.instrument.klantkenmerken and "klantkenmerken" not in entry.unreadable:
            yield problem("geen-klantkenmerk", **_row_only(entry))


def summary_length(context: Context) -> Iterator[Problem]:
    for entry in context.entries:
        text = entry.instrument.samenvatting or ""
        if len(text) > SUMMARY_LIMIT:
            yield problem("samenvatting-te-lang", lengte=len(text), **entry.where("samenvatting"))


def _row_only(entry: Entry) -> dict:
    return {**entry.where(), "kolom": None, "cel": None}


CHECKS: tuple[Check, ...] = (required_fields, unique_names, basiskenmerken_present, summary_length)


def run_checks(context: Context) -> list[Problem]:
    """Return the problems of every check, in check order."""
    return [found for check in CHECKS for found in check(context)]
