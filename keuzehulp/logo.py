"""The organisation's logo for the cliënt site: a png, jpg or svg file named on Instellingen, checked and copied.

An svg is a program as much as a picture: one with a script, foreignObject, event attributes or a reference to
anything outside itself is refused, so the copied logo can do nothing but be shown.
"""

from __future__ import annotations

import re
from pathlib import Path

from defusedxml import ElementTree as SafeET
from defusedxml.common import DefusedXmlException

MAX_LOGO_BYTES = 500_000
SIGNATURES = {".png": (b"\x89PNG\r\n\x1a\n",), ".jpg": (b"\xff\xd8\xff",), ".jpeg": (b"\xff\xd8\xff",)}
LOGO_SUFFIXES = (*SIGNATURES, ".svg")
_FORBIDDEN_ELEMENTS = {"script", "foreignobject", "iframe", "embed", "object", "audio", "video"}
_REFERENCE = re.compile(r"url\(\s*['\"]?\s*(?!#)|@import", re.I)


def logo_problem(path: Path) -> str | None:
    """Return why the file at ``path`` cannot be the logo (in Dutch), or None when it can."""
    suffix = path.suffix.lower()
    if suffix not in LOGO_SUFFIXES:
        return f"alleen {', '.join(k.lstrip('.') for k in LOGO_SUFFIXES)} mag, dit is '{suffix or 'zonder extensie'}'"
    try:
        data = path.read_bytes()
    except OSError as error:
        return f"het bestand is niet te lezen ({type(error).__name__})"
    if not data or len(data) > MAX_LOGO_BYTES:
        return f"het bestand is leeg of groter dan {MAX_LOGO_BYTES // 1000} kB"
    if suffix in SIGNATURES:
        return None if data.startswith(SIGNATURES[suffix]) else f"de inhoud is geen {suffix.lstrip('.')}-afbeelding"
    return svg_problem(data)


def svg_problem(data: bytes) -> str | None:
    """Return why ``data`` is not a harmless svg (in Dutch), or None when it is one."""
    try:
        root = SafeET.fromstring(data)
    except (SafeET.ParseError, DefusedXmlException, ValueError):
        return "het is geen geldige svg (of het bevat DOCTYPE/ENTITY)"
    if _local(root.tag) != "svg":
        return "het is geen svg"
    for element in root.iter():
        name = _local(element.tag)
        if name.lower() in _FORBIDDEN_ELEMENTS:
            return f"er staat een <{name}> in"
        for attribute, value in element.attrib.items():
            local = _local(attribute).lower()
            if local.startswith("on"):
                return f"er staat een gebeurtenis ({local}) in"
            if local == "href" and not value.strip().startswith("#"):
                return f"het verwijst naar iets buiten het logo ({value[:60]})"
            if _REFERENCE.search(value):
                return f"het verwijst naar iets buiten het logo ({value[:60]})"
        if name == "style" and element.text and _REFERENCE.search(element.text):
            return "de stijl verwijst naar iets buiten het logo"
    return None


def _local(name: str) -> str:
    return name.rsplit("}", 1)[-1]
