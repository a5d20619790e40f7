"""keuzehulp: from a keuzematrix spreadsheet to an Eva-normalised workbook, website and JSON."""

__version__ = "0.1.0"
