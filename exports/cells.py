"""How a stored value reads in a table (the sheets, and the PDF's registers read off a kind's
declaration), and what makes a text cell safe in a spreadsheet.

Light: no ReportLab, no pandas. There are no labels here: a choice reads as its label in
``workshop.vocabulary``, a column as its field's label in ``workshop.kinds``.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Callable
from typing import Any

from workshop import vocabulary
from workshop.kinds import Field
from workshop.vocabulary import N_, Translate, same

#: A spreadsheet reads a cell starting with one of these as a formula (OWASP CSV injection).
DANGEROUS_START = ("=", "+", "-", "@", "\t", "\r", "\n", "\x00")

#: What one XLSX cell holds at most, and the characters XLSX cannot store (control characters,
#: lone surrogates, the two non-characters).
XLSX_CELL_LIMIT = 32_767
XLSX_FORBIDDEN = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")

#: A flag (``Field.type == "bool"``) reads as one of these.
YES, NO = N_("Yes"), N_("No")


def neutralise(text: str) -> str:
    """OWASP: a cell a spreadsheet could read as a formula starts with a quote instead."""
    return "'" + text if text.startswith(DANGEROUS_START) else text


def in_sheets(spec: Field) -> bool:
    """Whether a field has a column in the sheets: all but a machine's secret (a private field
    no one edits, such as the key that signs review workbooks)."""
    return spec.editable or not spec.private


def in_pdf(spec: Field, broker: bool = False) -> bool:
    """Whether a field is printed in the foundations summary: what people wrote and may read
    there; a field for the broker's eyes only (a facilitator's run-sheet note) in the broker's
    record alone; never one the app keeps for itself (an identity, a fingerprint, a key)."""
    return spec.editable and (broker or not spec.private)


def as_is(value: Any) -> Any:
    return value


def shown(spec: Field, tr: Translate = same) -> Callable[[Any], Any]:
    """How a field's stored value reads: a choice as its vocabulary label, a flag as Yes or No
    (both through ``tr``), anything else as it is (numbers stay numbers)."""
    if spec.type == "enum":
        terms = vocabulary.terms(spec.choices)
        labels = {term.value: tr(term.label) for term in terms}
        return lambda value: labels.get(value) or tr(terms.label(value))
    if spec.type == "bool":
        yes, no = tr(YES), tr(NO)
        return lambda value: yes if value else no
    return as_is


def number_text(value: float | int) -> str:
    """``60000.0`` -> ``60,000``; ``0.6`` -> ``0.6``; ``1234.5`` -> ``1,234.5``; not a finite
    number (an older import could store one): nothing."""
    if not math.isfinite(value):
        return ""
    if float(value).is_integer():
        return f"{int(value):,}"
    return f"{value:,.2f}".rstrip("0").rstrip(".")


def amount_text(amount: float | None, unit: str) -> str:
    """A value with its unit: a currency symbol before the number (``£60,000``), any other unit
    after it (``45 volunteers``, ``0.6 FTE``); nothing when there is no amount."""
    if amount is None or not math.isfinite(amount):
        return ""
    number = number_text(amount)
    unit = unit.strip()
    if len(unit) == 1 and unicodedata.category(unit) == "Sc":
        return unit + number
    return f"{number} {unit}".strip()
