"""Problems and the report: the counted summary line that ends every report."""

from __future__ import annotations

from keuzehulp.problems import Report, problem


def test_the_summary_counts_instruments_fouten_and_waarschuwingen_in_singular_or_plural():
    fout = problem("kolom-ontbreekt", kolom="Doel", rij=1)
    warning = problem("geen-tegel", blad="Instrumenten", rij=3, naam="Opstap")
    assert Report("a.xlsx", 54, [fout]).summary() == "54 instrumenten, 1 fout, 0 waarschuwingen."
    assert Report("a.xlsx", 1, [fout, fout, warning]).summary() == "1 instrument, 2 fouten, 1 waarschuwing."
    assert Report("a.xlsx").summary() == "0 instrumenten, 0 fouten, 0 waarschuwingen."
