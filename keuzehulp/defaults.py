"""What the organisation's settings are when it sets nothing, and the rule a colour setting follows.

Every module that needs a default title or colour, or checks a colour, takes it from here.
"""

from __future__ import annotations

import re
from typing import TypeGuard

TITEL = "Keuzehulp werk en meedoen"
HOOFDKLEUR = "#1F4E79"
ACCENTKLEUR = "#C55A11"
COLOUR_FORMAT = "#RRGGBB"  # as the Dutch help texts and messages name it
_COLOUR = re.compile(r"#[0-9A-Fa-f]{6}")


def is_colour(text: object) -> TypeGuard[str]:
    """Return True when ``text`` is a colour written as ``#RRGGBB``."""
    return isinstance(text, str) and _COLOUR.fullmatch(text) is not None


def colour_or(value: str | None, default: str) -> str:
    """Return ``value`` when it is a ``#RRGGBB`` colour, else ``default``."""
    return value if is_colour(value) else default


def excel_colour(colour: str) -> str:
    """Return a ``#RRGGBB`` colour as openpyxl writes it: ``RRGGBB``."""
    return colour.removeprefix("#")


# Months after its last check that an instrument is due for another (Eva's months_unupdated_limit).
CONTROLEREN_NA_MAANDEN = 6
