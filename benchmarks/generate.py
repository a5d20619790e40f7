"""Generate keuzematrices of any size in the layout of the example (for tests and benchmarks).

The content is varied but deterministic for a given ``n`` and ``seed``.
"""

from __future__ import annotations

import random
from pathlib import Path

from openpyxl import Workbook

from keuzehulp.sjabloon import template_columns
from keuzehulp.taxonomy import load_taxonomy

WORDS = (
    "begeleiding werk taal coaching training praktijk ervaring netwerk sollicitatie motivatie vakmanschap "
    "leerwerkplek digitaal rekenen gezondheid schulden structuur zelfvertrouwen jongeren nieuwkomers"
).split()
PROVIDERS = ["Stichting De Opstap", "Leerwerkbedrijf Lindenhoven", "Taalhuis Lindenhoven", "JobcoachPlus", "Werkplein"]
AREAS = ["Lindenhoven", "Oosterdijk", "Wijk De Hoven", "Westerveld", "Kruisdorp"]
UNITS = ["uren", "dagen", "weken", "maanden"]


def header_rows() -> tuple[list[str], list[str]]:
    """Return the group row and the header row: those of the template of ``keuzehulp init``."""
    columns = template_columns()
    groups = [c.group if i == 0 or columns[i - 1].group != c.group else "" for i, c in enumerate(columns)]
    return groups, [c.header for c in columns]


def instrument_row(index: int, rng: random.Random) -> list[object]:
    """Return one generated instrument row."""
    tax = load_taxonomy()

    def sentence(n: int) -> str:
        return " ".join(rng.choice(WORDS) for _ in range(n)).capitalize() + "."

    def marks(labels: tuple[str, ...], low: int, high: int) -> list[str]:
        chosen = set(rng.sample(labels, rng.randint(low, high)))
        return ["x" if label in chosen else "" for label in labels]

    row: list[object] = [
        "Werkbedrijf Lindenhoven",
        rng.choice(PROVIDERS),
        f"Instrument {index:05d} {rng.choice(WORDS)}",
        sentence(18),
        sentence(10),
        sentence(25),
    ]
    row += marks(tax.labels("uitvoeringsvormen"), 1, 2)
    row += marks(tax.labels("tegels"), 1, 3)
    row += marks(tax.labels("klantkenmerken"), 1, 4)
    row += [
        sentence(8),
        sentence(6),
        sentence(6),
        rng.choice(PROVIDERS),
        None,
        None,
        "Via de werkcoach, met het aanmeldformulier.",
        rng.randint(1, 24),
        rng.choice(UNITS),
        None,
        rng.randint(1, 32),
        None,
        rng.choice([0, 250, 1250, 3400.5]),
        "Per traject, exclusief btw.",
        f"intern; Medewerker {index}; 0488-{index % 1000000:06d}; m{index}@lindenhoven.example\n"
        f"extern; Coach {index}; 0488-999999; coach{index}@aanbieder.example",
        rng.choice(["groep", "individueel", "beide"]),
        f"{rng.choice(PROVIDERS)}; bij de aanbieder; Stationsweg {index % 200 + 1}, 6600 AB Lindenhoven",
        rng.choice([None, "Jongeren tot 27 jaar", "Statushouders; Nieuwkomers"]),
        f"RI-{index:05d}",
        f"Folder | https://www.lindenhoven.example/instrument/{index}.pdf",
        "; ".join(rng.sample(AREAS, 2)),
    ]
    return row


def write_matrix(path: str | Path, n: int, seed: int = 2023) -> Path:
    """Write a keuzematrix with ``n`` generated instruments to ``path`` (openpyxl, write-only mode)."""
    rng = random.Random(seed)
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet("Instrumenten")
    groups, headers = header_rows()
    sheet.append(groups)
    sheet.append(headers)
    for index in range(1, n + 1):
        sheet.append(instrument_row(index, rng))
    settings = workbook.create_sheet("Instellingen")
    for row in (
        ("Instelling", "Waarde"),
        ("Organisatie", "Werkbedrijf Lindenhoven"),
        ("Titel", "Keuzehulp werk en meedoen"),
        ("Datum keuzematrix", "2026-10-01"),
    ):
        settings.append(row)
    path = Path(path)
    workbook.save(path)
    return path


if __name__ == "__main__":
    import sys

    write_matrix(sys.argv[2] if len(sys.argv) > 2 else f"matrix-{sys.argv[1]}.xlsx", int(sys.argv[1]))
