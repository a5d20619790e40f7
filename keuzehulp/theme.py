"""An NL Design System theme for the cliënt site: its tokens CSS, copied into the site and checked for contrast.

A theme package (such as ``@utrecht/design-tokens``) ships a CSS file that defines design tokens as custom
properties on a theme class (``.utrecht-theme { --utrecht-link-color: ...; }``). keuzehulp.css reads those
tokens with today's look as the fallback, so the site takes the house style once the class is on ``<html>``.
The file is copied, never linked, so the Content-Security-Policy stays 'self'; a theme that fetches anything
or whose colours are not readable is refused.
"""

from __future__ import annotations

import colorsys
import re
from dataclasses import dataclass
from pathlib import Path

from .problems import KeuzehulpError, problem

FILENAME = "thema.css"
MAX_THEME_BYTES = 2_000_000
MIN_FOCUS_CONTRAST = 3.0  # WCAG 1.4.11: a focus outline is a non-text contrast
_THEME_CLASS = re.compile(r"^\s*\.([A-Za-z][\w-]*-theme)\s*\{", re.M)
_FETCHES = re.compile(r"@import|url\(\s*['\"]?\s*(?!data:)", re.I)
_CUSTOM_PROPERTY = re.compile(r"(--[\w-]+)\s*:\s*([^;}]+)")
_VAR = re.compile(r"var\(\s*(--[\w-]+)\s*(?:,\s*([^()]*))?\)")
_HEX = re.compile(r"^#([0-9a-f]{3}|[0-9a-f]{6})$", re.I)
_FUNCTION = re.compile(r"^(rgb|hsl)a?\(\s*([^)]*)\)$", re.I)
NAMED: dict[str, tuple[float, ...]] = {"white": (1.0, 1.0, 1.0), "black": (0.0, 0.0, 0.0)}
# (text token, its fallback, background token, its fallback): the pairs keuzehulp.css draws with (see its :root).
# A fallback of None is the organisation's colour, which keuzehulp already made readable; a fallback naming a
# token is that token's value when the theme sets it.
PAIRS = (
    ("--utrecht-document-color", "#1B1B1B", "--utrecht-document-background-color", "#FFFFFF"),
    ("--utrecht-link-color", None, "--utrecht-document-background-color", "#FFFFFF"),
    ("--utrecht-button-primary-action-color", "#FFFFFF", "--utrecht-button-primary-action-background-color", None),
    ("--utrecht-focus-outline-color", None, "--utrecht-document-background-color", "#FFFFFF"),
    ("--utrecht-page-footer-color", "--utrecht-document-color", "--utrecht-page-footer-background-color", "#F3F5F7"),
    # footer links have the link colour unless the theme gives the footer its own text colour
    ("--utrecht-page-footer-color", "--utrecht-link-color", "--utrecht-page-footer-background-color", "#F3F5F7"),
)


@dataclass(frozen=True)
class Theme:
    """A theme's CSS as copied into the site, and the class that switches it on."""

    css: str
    klasse: str


def read_theme(path: str | Path, backgrounds: tuple[str, ...] = ()) -> Theme:
    """Return the theme at ``path`` after checking it; raise KeuzehulpError (thema-ongeldig) with the reason.

    The link colour must also be readable on ``backgrounds`` (white and the light grey of keuzehulp.css).
    """
    path = Path(path)
    try:
        data = path.read_bytes()
        css = data.decode("utf-8") if len(data) <= MAX_THEME_BYTES else ""
    except (OSError, UnicodeDecodeError) as error:
        raise _refused(path, f"het bestand is niet te lezen als UTF-8-tekst ({type(error).__name__})") from None
    if not css:
        raise _refused(path, f"het bestand is groter dan {MAX_THEME_BYTES // 1_000_000} MB of leeg")
    found = _FETCHES.search(css)
    if found:
        raise _refused(path, f"het haalt iets van buiten op ('{found.group(0).strip()}'); dat mag niet in de keuzehulp")
    klasse = _THEME_CLASS.search(css)
    if klasse is None:
        raise _refused(path, "er staat geen themaklasse in, zoals .utrecht-theme { ... }")
    tokens = theme_tokens(css, klasse.group(1))
    for reason in _unreadable(tokens, backgrounds):
        raise _refused(path, reason)
    return Theme(css, klasse.group(1))


def theme_tokens(css: str, klasse: str) -> dict[str, str]:
    """Return the custom properties set directly on ``.klasse`` (outside media queries), ``var()`` resolved."""
    raw: dict[str, str] = {}
    for selector, body in re.findall(r"([^{}]*)\{([^{}]*)\}", re.sub(r"/\*.*?\*/", "", css, flags=re.S)):
        if selector.strip() == f".{klasse}":
            raw.update((name, value.strip()) for name, value in _CUSTOM_PROPERTY.findall(body))
    return {name: _resolve(value, raw, 0) for name, value in raw.items()}


def _resolve(value: str, raw: dict[str, str], depth: int) -> str:
    if depth > 20:
        return value

    def substitute(match: re.Match) -> str:
        name, fallback = match.group(1), match.group(2)
        return _resolve(raw[name], raw, depth + 1) if name in raw else (fallback or match.group(0))

    return _VAR.sub(substitute, value).strip()


def _unreadable(tokens: dict[str, str], backgrounds: tuple[str, ...]) -> list[str]:
    from .render_html import MIN_CONTRAST, contrast  # the one WCAG formula; render_html imports this module

    reasons = []
    for text, text_fallback, background, background_fallback in PAIRS:
        least = MIN_FOCUS_CONTRAST if text == "--utrecht-focus-outline-color" else MIN_CONTRAST
        if text not in tokens and background not in tokens:
            continue
        colour = tokens.get(text) or _fallback(tokens, text_fallback)
        ground = tokens.get(background) or _fallback(tokens, background_fallback)
        grounds = [ground, *backgrounds] if text == "--utrecht-link-color" else [ground]
        for ground in grounds:
            if colour is None or ground is None:
                continue
            first, second = hex_colour(colour), hex_colour(ground)
            if first is None or second is None:
                reasons.append(f"de kleur van {text} ('{colour}' op '{ground}') is niet te controleren")
            elif (ratio := contrast(first, second)) < least:
                shown, needed = f"{ratio:.2f}".replace(".", ","), f"{least:g}".replace(".", ",")
                reasons.append(
                    f"{text} ('{colour}') op '{ground}' heeft een contrast van {shown} : 1, minder dan {needed} : 1"
                )
    return reasons


def _fallback(tokens: dict[str, str], fallback: str | None) -> str | None:
    if fallback and fallback.startswith("--"):
        return tokens.get(fallback, "#1B1B1B" if fallback == "--utrecht-document-color" else None)
    return fallback


def hex_colour(colour: str) -> str | None:
    """Return a CSS colour (hex, rgb(), hsl(), white or black) as ``#RRGGBB``; None for what cannot be read."""
    colour = colour.strip().lower()
    if colour in NAMED:
        channels: tuple[float, ...] = NAMED[colour]
    elif _HEX.match(colour):
        digits = colour[1:] if len(colour) == 7 else "".join(c * 2 for c in colour[1:])
        channels = tuple(int(digits[i : i + 2], 16) / 255 for i in (0, 2, 4))
    elif function := _FUNCTION.match(colour):
        parts = re.split(r"[\s,/]+", function.group(2).strip())[:3]
        try:
            channels = _channels(function.group(1), parts)
        except (ValueError, IndexError):
            return None
    else:
        return None
    return "#" + "".join(f"{round(min(max(c, 0.0), 1.0) * 255):02X}" for c in channels)


def _channels(kind: str, parts: list[str]) -> tuple[float, ...]:
    if kind == "rgb":
        return tuple(_percent(p) if p.endswith("%") else float(p) / 255 for p in parts)
    hue = float(parts[0].removesuffix("deg")) / 360
    return colorsys.hls_to_rgb(hue % 1, _percent(parts[2]), _percent(parts[1]))


def _percent(part: str) -> float:
    return float(part.removesuffix("%")) / 100


def _refused(path: Path, reason: str) -> KeuzehulpError:
    return KeuzehulpError(problem("thema-ongeldig", bestand=str(path), reden=reason))
