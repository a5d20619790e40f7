"""Parsers for the values people type in a keuzematrix cell.

Each parser returns the understood value, or None when the text cannot be read; the caller keeps
the text verbatim and reports it, so nothing is lost.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from .model import Contactpersoon, Duur, Inhoud, Locatie
from .taxonomy import Taxonomy, fold

ALLOWED_SCHEMES = ("http", "https", "mailto", "tel")
# A link may be followed only with one of ALLOWED_SCHEMES, and without spaces or control characters.
SAFE_URL = re.compile(r"(?i)^(?:https?://|mailto:|tel:)[^\x00-\x20\x7f]+$")
KNOWN_SCHEMES = (*ALLOWED_SCHEMES, "javascript", "vbscript", "data", "file", "ftp", "sms", "blob")
FREE_WORDS = {"gratis", "kosteloos", "geenkosten", "nul"}
_NUMBER = r"(-?\d+(?:[.,]\d+)*)"
_DUUR = re.compile(rf"^\s*(?:ca\.?\s*|circa\s*|ongeveer\s*)?{_NUMBER}\s*([a-zA-Z.]+)\s*$")
_INTENSITEIT = re.compile(rf"^\s*{_NUMBER}\s*(?:u|uur|uren)?\s*(?:(?:per|/|p\.?)\s*(?:w|wk|week)\.?)?\s*$", re.I)
_KOSTEN = re.compile(rf"^\s*(?:€|eur|euro)?\s*{_NUMBER}\s*(?:,-+|,=)?\s*(?:€|eur|euro)?\s*$", re.I)
_EMAIL = re.compile(r"^[^@\s;,<>()]+@[^@\s;,<>()]+\.[A-Za-z]{2,}$")
_URL = re.compile(r"(?<![\w])([A-Za-z][A-Za-z0-9+.-]*):(\S+)")
_URL_WWW = re.compile(r"(?<![\w/])(www\.\S+)")
_PHONE = re.compile(r"^\+?[\d\s().-]{6,}$")
_SPLIT_PARTS = re.compile(r"\s*[;|]\s*")


def number(text: str) -> float | None:
    """Return a Dutch-written number as float: "1.250" -> 1250, "1.250,50" -> 1250.5, "8,5" -> 8.5."""
    text = text.strip().replace("\u2212", "-")
    if not re.fullmatch(_NUMBER, text):
        return None
    if "," in text:
        text = text.replace(".", "").replace(",", ".")
    elif text.count(".") > 1 or re.fullmatch(r"-?\d{1,3}\.\d{3}", text):
        text = text.replace(".", "")
    try:
        return float(text)
    except ValueError:
        return None


def duur(value: object, unit: object, taxonomy: Taxonomy) -> Duur | None:
    """Return the duration of "3 maanden", "6 mnd", "1 jaar" (-> 12 maanden), or a number with a unit cell."""
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        amount, unit_text = float(value), str(unit or "").strip()
    else:
        match = _DUUR.match(str(value))
        if not match:
            return None
        amount, unit_text = number(match.group(1)), match.group(2)
        if unit and str(unit).strip():
            return None  # a unit in the text and another in the unit column: not clear which holds
    if amount is None or not unit_text:
        return None
    found = taxonomy.duration_units.get(fold(unit_text))
    if not found:
        return None
    canonical, factor = found
    return Duur(_tidy(amount * factor), canonical)


def _tidy(value: float) -> float | int:
    return int(value) if float(value).is_integer() else value


def intensiteit(value: object) -> float | None:
    """Return hours per week of "8 uur per week", "8 u/week", "8,5" or a number."""
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return float(value)
    match = _INTENSITEIT.match(str(value))
    return number(match.group(1)) if match else None


def kosten(value: object) -> float | None:
    """Return euros of "€ 1.250,-", "€1.250,50", "1250", "gratis" (-> 0) or a number."""
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return float(value)
    text = str(value)
    if fold(text) in FREE_WORDS:
        return 0.0
    match = _KOSTEN.match(text)
    return number(match.group(1)) if match else None


def groep_individueel(text: str, taxonomy: Taxonomy) -> list[str] | None:
    """Return ["groep"], ["individueel"] or both, for "groep", "beide", "groep en individueel", ..."""
    found = taxonomy.groep_individueel.get(fold(text))
    return list(found) if found else None


def is_safe_url(url: str | None) -> bool:
    """Return True for http, https, mailto and tel links without spaces or control characters."""
    return bool(SAFE_URL.match(url or ""))


def split_list(text: str) -> list[str]:
    """Return the entries of a list cell separated by new lines, ``;`` or ``,``."""
    return [part for part in re.split(r"\s*[\r\n;,]+\s*", text.strip()) if part]


def lines(text: str) -> list[str]:
    """Return the non-empty, trimmed lines of a cell."""
    return [stripped for line in text.splitlines() if (stripped := line.strip())]


def parts(line: str) -> list[str]:
    return [p for p in _SPLIT_PARTS.split(line.strip()) if p]


def is_email(text: str) -> bool:
    return bool(_EMAIL.match(text))


@dataclass
class ParsedContact:
    contact: Contactpersoon
    soort_known: bool
    bad_email: str | None


def contactpersoon(line: str) -> ParsedContact:
    """Return a contact from "intern; Naam; 0488-123456; naam@org.nl" (parts in any order)."""
    soort, names, phone, email, bad_email, known = None, [], None, None, None, False
    for part in parts(line) if ";" in line or "|" in line else [p.strip() for p in line.split(",")]:
        key = fold(part)
        if key in {"intern", "interne", "extern", "externe"} and soort is None:
            soort, known = ("intern" if key.startswith("intern") else "extern"), True
        elif "@" in part and email is None:
            address = part.removeprefix("mailto:").strip()
            if is_email(address):
                email = address
            else:
                bad_email = part
        elif _PHONE.match(part) and phone is None:
            phone = part
        else:
            names.append(part)
    contact = Contactpersoon(soort or "intern", ", ".join(names) or None, phone, email)
    return ParsedContact(contact, known, bad_email)


def locatie(line: str, taxonomy: Taxonomy) -> tuple[Locatie, bool]:
    """Return a location from "Naam; type; adres; beschrijving"; the type is found wherever it stands.

    The flag is False when there were parts but none was a known location type.
    """
    known_types = taxonomy.location_type_index
    loc_type, rest = None, []
    for part in parts(line):
        if loc_type is None and fold(part) in known_types:
            loc_type = known_types[fold(part)]
        else:
            rest.append(part)
    naam = rest[0] if rest else None
    adres = rest[1] if len(rest) > 1 else None
    beschrijving = "; ".join(rest[2:]) or None
    return Locatie(naam, loc_type, adres, beschrijving), loc_type is not None


@dataclass
class ParsedLink:
    inhoud: Inhoud | None
    scheme_allowed: bool


def inhoud(line: str) -> ParsedLink:
    """Return a link from "Titel | https://...", "Titel: https://..." or a bare URL ("www." gets https)."""
    match = next((m for m in _URL.finditer(line) if _looks_like_url(m)), None) or _URL_WWW.search(line)
    if match is None:
        return ParsedLink(None, True)
    url = match.group(0) if match.re is _URL else "https://" + match.group(1)
    title = (line[: match.start()] + line[match.end() :]).strip(" \t|:-–") or None
    if url.split(":", 1)[0].lower() not in ALLOWED_SCHEMES:
        return ParsedLink(Inhoud("link", title, url), False)
    return ParsedLink(Inhoud(_kind(url), title, url), True)


def _looks_like_url(match: re.Match) -> bool:
    # "Folder:tekst" is a title, not a link; a scheme counts when it is known or followed by //.
    return match.group(2).startswith("//") or match.group(1).lower() in KNOWN_SCHEMES


def _kind(url: str) -> str:
    lowered = url.lower().split("?")[0]
    if any(host in lowered for host in ("youtube.com", "youtu.be", "vimeo.com")) or lowered.endswith((".mp4", ".webm")):
        return "video"
    if lowered.endswith((".pdf", ".doc", ".docx", ".xlsx", ".pptx", ".odt", ".zip")):
        return "download"
    return "link"


def date_text(value: object) -> str | None:
    """Return a date cell as ISO text ("2026-10-01"), other values as trimmed text."""
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    text = str(value).strip() if value is not None else ""
    return text or None
