"""An NL Design System theme (build --thema): the real @utrecht/design-tokens package from npm, in Chromium.

scripts/install-test-tools.sh installs the package into .cache/npm; without it the test skips (fails in CI).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from keuzehulp import render_html
from keuzehulp.problems import KeuzehulpError
from keuzehulp.theme import hex_colour, read_theme, theme_tokens
from tests.conftest import tool_missing
from tests.helpers import keuzehulp_command
from tests.test_html_browser import axe_violations
from tests.xlsx import valid_row, write_matrix

PACKAGE_CSS = Path(__file__).parent.parent / ".cache/npm/node_modules/@utrecht/design-tokens/dist/index.css"
COMPUTED = """() => {
  const style = (selector) => getComputedStyle(document.querySelector(selector));
  return {button: style('.naar-resultaten').backgroundColor, link: style('main .links a').color,
          footer: style('footer').backgroundColor, footerLink: style('footer a').color,
          text: style('body').color, font: style('body').fontFamily,
          html: document.documentElement.className};
}"""


@pytest.fixture(scope="module")
def package_css() -> Path:
    if not PACKAGE_CSS.is_file():
        tool_missing("@utrecht/design-tokens not installed (scripts/install-test-tools.sh)")
    return PACKAGE_CSS


def css_rgb(colour: str) -> str:
    """Return ``#RRGGBB`` as Chromium's computed ``rgb(r, g, b)``."""
    return "rgb({}, {}, {})".format(*(int(colour[i : i + 2], 16) for i in (1, 3, 5)))


@pytest.mark.chromium
def test_the_site_takes_its_colours_and_font_from_a_real_theme_package(browser, tmp_path, example_path, package_css):
    result = keuzehulp_command("build", str(example_path), "-o", str(tmp_path), "--thema", str(package_css))
    assert result.returncode == 0, result.stderr
    folder = tmp_path / render_html.FOLDER
    assert (folder / "thema.css").read_bytes() == package_css.read_bytes()
    tokens = theme_tokens(package_css.read_text(encoding="utf-8"), "utrecht-theme")
    page = browser.new_page()
    page.goto((folder / "index.html").as_uri())
    computed = page.evaluate(COMPUTED)
    assert computed["html"] == "utrecht-theme"
    assert computed["link"] == css_rgb(hex_colour(tokens["--utrecht-link-color"]))
    assert computed["text"] == css_rgb(hex_colour(tokens["--utrecht-document-color"]))
    assert computed["footer"] == css_rgb(hex_colour(tokens["--utrecht-page-footer-background-color"]))
    assert computed["footerLink"] == css_rgb(hex_colour(tokens["--utrecht-page-footer-color"]))
    assert computed["button"] == css_rgb(hex_colour(tokens["--utrecht-button-primary-action-background-color"]))
    assert computed["font"].startswith(tokens["--utrecht-document-font-family"].split(",")[0])
    assert axe_violations(page) == []
    page.set_viewport_size({"width": 375, "height": 800})
    page.screenshot(path=str(tmp_path / "thema-375.png"), full_page=False)
    page.close()


@pytest.mark.chromium
def test_without_a_theme_the_fallbacks_keep_todays_look(browser, tmp_path, example):
    render_html.write(example.matrix, tmp_path)
    page = browser.new_page()
    page.goto((tmp_path / render_html.FOLDER / "index.html").as_uri())
    computed = page.evaluate(COMPUTED)
    site = render_html.site(example.matrix.instellingen, render_html.css_backgrounds(render_html.environment()))
    assert computed["html"] == "" and computed["link"] == css_rgb(site.hoofdkleur)
    assert computed["text"] == css_rgb("#1B1B1B") and not (tmp_path / render_html.FOLDER / "thema.css").exists()
    page.close()


@pytest.mark.parametrize(
    ("css", "reason"),
    [
        ("@import url(thema2.css);\n.x-theme { --utrecht-link-color: #000; }", "@import"),
        (".x-theme { --utrecht-link-color: #000; background: url(https://evil.example/p.png); }", "url("),
        (".x-theme { --utrecht-link-color: #000; background: url( 'http://evil.example/p.png'); }", "url("),
        (".geen-klasse { --utrecht-link-color: #000; }", "themaklasse"),
        (".x-theme { --x-licht: hsl(0 0% 85%); --utrecht-link-color: var(--x-licht); }", "contrast van 1,"),
        (".x-theme { --utrecht-button-primary-action-background-color: #ffff00; }", "primary-action-color ('"),
        (".x-theme { --utrecht-focus-outline-color: #eeeeee; }", "minder dan 3 : 1"),
        (".x-theme { --utrecht-page-footer-background-color: #c00000; }", "page-footer-color ('#1B1B1B')"),
        (".x-theme { --utrecht-page-footer-background-color: #333; --utrecht-page-footer-color: #444; }", "1,"),
        (".x-theme { --utrecht-document-color: oklch(50% 0.1 30); }", "niet te controleren"),
    ],
)
def test_a_theme_that_fetches_or_is_unreadable_is_refused_in_dutch(tmp_path, css, reason):
    path = tmp_path / "thema.css"
    path.write_text(css, encoding="utf-8")
    with pytest.raises(KeuzehulpError) as raised:
        read_theme(path, ("#FFFFFF",))
    assert raised.value.problem.code == "thema-ongeldig" and reason in raised.value.problem.melding


@pytest.mark.parametrize(("link", "expected"), [("#f0f0f0", 1), ("#123456", 0)])
def test_a_thema_on_instellingen_is_read_relative_to_the_keuzematrix(tmp_path, link, expected):
    folder = tmp_path / "matrix"
    folder.mkdir()
    (folder / "huisstijl.css").write_text(f".gemeente-theme {{ --utrecht-link-color: {link}; }}", encoding="utf-8")
    matrix = write_matrix(
        folder / "matrix.xlsx", [valid_row()], extra_sheets={"Instellingen": [["Thema", "huisstijl.css"]]}
    )
    result = keuzehulp_command("build", str(matrix), "-o", str(tmp_path / "uit"))
    assert result.returncode == expected, result.stderr
    site = tmp_path / "uit" / render_html.FOLDER
    if expected:
        assert "[thema-ongeldig]" in result.stderr and "Instellingen!B1" in result.stderr
        assert "huisstijl.css" in result.stderr
        assert not (tmp_path / "uit").exists()
    else:
        assert (site / "thema.css").read_text(encoding="utf-8") == (folder / "huisstijl.css").read_text(
            encoding="utf-8"
        )
        assert '<html lang="nl" class="gemeente-theme">' in (site / "index.html").read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("css", "expected"),
    [("#abc", "#AABBCC"), ("hsl(211 60% 35%)", "#24578F"), ("rgb(255, 0, 0)", "#FF0000"), ("white", "#FFFFFF")],
)
def test_theme_colours_are_read_in_every_common_notation(css, expected):
    assert hex_colour(css) == expected
