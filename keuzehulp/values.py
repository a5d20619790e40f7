"""Parsers for the values people type in a keuzematrix cell.

Each parser returns the understood value, or None when the text cannot be read; the caller keeps
the text verbatim and reports it, so nothing is lost.
"""

from __future__ import annotations

import datetime as dt
import html
import re
from dataclasses import dataclass

from .model import Contactpersoon, Duur, Inhoud, Locatie, date_of
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
_TEL = re.compile(r"(?i)(?<![\w])tel:\s*(\+?\d[\d\s().-]*\d)")
# Schemes a browser would run or open as a document; "data:" only with a media type or a comma, as in a data URL.
_REFUSED = re.compile(r"(?<![a-z0-9+.-])(?:javascript|vbscript|livescript|data(?=:(?:[a-z]+/[a-z0-9.+-]+)?[;,])):")
_MAILTO = re.compile(r"(?i)^mailto:")
_CONTACT_SPLIT = re.compile(r"[;|\t]")
_COMMA = re.compile(r",")
MIN_PHONE_DIGITS = 6  # fewer digits in a name is a house number or a year, not a phone number
MAX_PHONE_DIGITS = 15  # the longest international number (E.164)
_URL_WWW = re.compile(r"(?<![\w/])(www\.\S+)")
_PHONE = re.compile(r"^\+?[\d\s().-]{6,}$")
_SPLIT_PARTS = re.compile(r"\s*[;|]\s*")
_NOT_DIGIT = re.compile(r"\D")
_WORD = re.compile(r"\w+")
_ADDRESS_SPLIT = re.compile(r"[\s,/]+")


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
        amount: float | None = float(value)
        unit_text = str(unit or "").strip()
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
    unclear: str | None = None  # why the line may hold more than one person; then the contact is intern


def contactpersoon(line: str, taxonomy: Taxonomy) -> ParsedContact:
    """Return the one person in "extern; Naam; 0488-123456; naam@org.nl" (parts in any order).

    A line that may hold more than one person (a second name, phone, e-mail or intern/extern, or intern/extern
    inside another part) is unclear: it is kept verbatim as the name of an intern contact, so that nobody's
    internal details can reach cliënten.
    """
    soorten, names, phones, emails, bad_email, unclear = [], [], [], [], None, []
    for part in _contact_parts(line):
        address = _MAILTO.sub("", part).strip()
        if soort := taxonomy.contact_type(part):
            soorten.append(soort)
        elif is_email(address):
            emails.append(address)
        elif _PHONE.match(part):
            phones.append(part)
            if len(_NOT_DIGIT.sub("", part)) > MAX_PHONE_DIGITS:
                unclear.append("meer dan één telefoonnummer")
        else:
            if sum("@" in word for word in _ADDRESS_SPLIT.split(part)) > 1:
                unclear.append("meer dan één e-mailadres")
            elif "@" in part:
                bad_email = part
            else:
                names.append(part)
            unclear.extend(_hidden_details(part, taxonomy))
    counts = (
        (soorten, "meer dan één keer intern of extern"),
        (names, "meer dan één naam"),
        (phones, "meer dan één telefoonnummer"),
        (emails, "meer dan één e-mailadres"),
    )
    unclear.extend(reason for found, reason in counts if len(found) > 1)
    if unclear:
        reden = ", ".join(dict.fromkeys(unclear))
        return ParsedContact(Contactpersoon("intern", line.strip()), bool(soorten), None, reden)
    contact = Contactpersoon(
        soorten[0] if soorten else "intern",
        naam=names[0] if names else None,
        telefoon=phones[0] if phones else None,
        email=emails[0] if emails else None,
    )
    return ParsedContact(contact, bool(soorten), bad_email)


def _contact_parts(line: str) -> list[str]:
    separators = _CONTACT_SPLIT if _CONTACT_SPLIT.search(line) else _COMMA
    return [p for p in (part.strip() for part in separators.split(line)) if p]


def _hidden_details(part: str, taxonomy: Taxonomy) -> list[str]:
    """Return why a name part may hide another person's details: intern/extern or a phone number inside it."""
    reasons = []
    if any(taxonomy.contact_type(word) for word in _WORD.findall(part)):
        reasons.append("intern of extern staat in een ander deel")
    if len(_NOT_DIGIT.sub("", part)) >= MIN_PHONE_DIGITS:
        reasons.append("een telefoonnummer staat in een ander deel")
    return reasons


@dataclass
class ParsedLocation:
    locatie: Locatie
    unknown_type: str | None = None  # the text in the place of the type, when it is no known type


def locatie(line: str, taxonomy: Taxonomy) -> ParsedLocation:
    """Return a location from "Naam; type; adres; beschrijving"; a known type is found wherever it stands.

    Without a known type, the part after the name is an address when it has a digit (a house number or
    postcode); otherwise it is a type that was not understood, kept at the start of the beschrijving.
    """
    found = parts(line)
    index = next((i for i, part in enumerate(found) if taxonomy.location_type(part)), None)
    if index is not None:
        loc_type = taxonomy.location_type(found.pop(index))
        naam = found.pop(0) if found and index > 0 else None
        return ParsedLocation(Locatie(naam, loc_type, *_address_and_rest(found)))
    naam = found.pop(0) if found else None
    unknown = found.pop(0) if found and not re.search(r"\d", found[0]) else None
    adres, rest = _address_and_rest(found)
    beschrijving = "; ".join(t for t in (unknown, rest) if t) or None
    return ParsedLocation(Locatie(naam, None, adres, beschrijving), unknown)


def _address_and_rest(found: list[str]) -> tuple[str | None, str | None]:
    return (found[0] if found else None), ("; ".join(found[1:]) or None)


@dataclass
class ParsedLink:
    inhoud: Inhoud | None
    scheme_allowed: bool


def inhoud(line: str) -> ParsedLink:
    """Return a link from "Titel | https://...", "Titel: https://...", "Bel | tel:06 1234 5678" or a bare URL.

    "www." gets https. The scheme is written in lower case. A line that would be a link with a refused scheme
    (javascript:, data:, vbscript:, also when hidden with capitals, spaces, control characters or HTML entities)
    has ``scheme_allowed`` False. A link with an allowed scheme that is no usable address is no link (None).
    """
    refused = refused_link(line)
    if refused:
        return ParsedLink(Inhoud("link", None, refused), False)
    url_match = next((m for m in _URL.finditer(line) if _looks_like_url(m)), None)
    found = (_TEL.search(line), url_match, _URL_WWW.search(line))
    match = min((m for m in found if m), key=lambda m: m.start(), default=None)  # a tie goes to the first: tel
    if match is None:
        return ParsedLink(None, True)
    title = f"{line[: match.start()].rstrip()} {line[match.end() :].lstrip()}".strip(" \t|:-–") or None
    if match.re is _TEL:
        url = "tel:" + re.sub(r"[\s().-]", "", match.group(1))
    elif match.re is _URL:
        url = match.group(1).lower() + ":" + match.group(2)
        if url.split(":", 1)[0] not in ALLOWED_SCHEMES:
            return ParsedLink(Inhoud("link", title, match.group(0)), False)
    else:
        url = "https://" + match.group(1)
    if not is_safe_url(url):
        return ParsedLink(None, True)
    return ParsedLink(Inhoud(_kind(url), title, url), True)


def refused_link(text: str) -> str | None:
    """Return the refused link in ``text`` (javascript:, vbscript:, data:...), also when it is disguised.

    Browsers ignore capitals, tabs, new lines and control characters in a scheme and decode HTML entities,
    so this looks at the text the way a browser would.
    """
    decoded = text
    for _ in range(3):  # "&amp;#106;" takes two rounds
        if "&" not in decoded:
            break
        decoded = html.unescape(decoded)
    if not decoded.isprintable():
        decoded = "".join(c for c in decoded if c.isprintable())  # keeps the space, drops tabs and controls
    squeezed = decoded.casefold()
    match = _REFUSED.search(squeezed)
    return text.strip() if match else None


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
    if type(value) is str:  # nearly every cell: first
        return value.strip() or None
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    text = str(value).strip() if value is not None else ""
    return text or None


EXCEL_EPOCH = dt.date(1899, 12, 30)  # day 0 of Excel's date serial numbers (1900 system)
_SERIAL = re.compile(r"^\d{5}(?:\.0+)?$")  # a date cell read without its date format: 46296 is 2026-10-01


def date(value: object) -> dt.date | None:
    """Return the date in a cell as people enter it: a date cell, "1-10-2026", "2026-10-01", "1/10/2026", or None."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        value = str(value)
    text = str(value or "").strip()
    if _SERIAL.fullmatch(text):
        return EXCEL_EPOCH + dt.timedelta(days=int(float(text)))
    parsed = date_of(text) if len(text) <= len("2026-10-01") else None
    return parsed.date() if parsed else None
