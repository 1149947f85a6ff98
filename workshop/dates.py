"""Dates as people type them, for every date field and quick capture alike. Pure Python, no Qt.

Accepted: ``15 December``, ``15 Dec 2027``, ``December 15``, ``15/12``, ``15/12/2027``,
``15.12.27``, ``2027-12-15``, ``today``, ``tomorrow``. Stored as ISO ``YYYY-MM-DD``.
"""

from __future__ import annotations

import contextlib
import re
import unicodedata
from collections.abc import Callable, Iterator
from contextvars import ContextVar
from datetime import date, timedelta

from workshop.vocabulary import N_, Translate, same

MONTHS: dict[str, int] = {
    name: number
    for number, names in enumerate(
        (
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ),
        start=1,
    )
    for name in names
}

_ISO = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")
_NUMERIC = re.compile(r"(\d{1,2})[/.\-](\d{1,2})(?:[/.\-](\d{2}|\d{4}))?")
_DAY_MONTH = re.compile(r"(\d{1,2})(?:st|nd|rd|th)?\.?\s+([a-z]+)\.?(?:,?\s+(\d{4}))?")
_MONTH_DAY = re.compile(r"([a-z]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?(?:,?\s+(\d{4}))?")


def _fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def parse_date(text: str, today: date, *, month_first: bool = False) -> date | None:
    """The date ``text`` names, or None when it names none.

    Without a year, the next such date on or after ``today``. Numbers are read day first
    (15/12), as in the UK, unless ``month_first`` (a month-first locale: 12/15).
    """
    text = " ".join(_fold(text).split()).rstrip(".")
    if text == "today":
        return today
    if text == "tomorrow":
        return today + timedelta(days=1)
    try:
        found = _ISO.fullmatch(text)
        if found:
            return date(int(found[1]), int(found[2]), int(found[3]))
        found = _NUMERIC.fullmatch(text)
        if found:
            first, second = int(found[1]), int(found[2])
            day, month = (second, first) if month_first else (first, second)
            return _with_year(day, month, found[3], today)
        found = _DAY_MONTH.fullmatch(text)
        if found and found[2] in MONTHS:
            return _with_year(int(found[1]), MONTHS[found[2]], found[3], today)
        found = _MONTH_DAY.fullmatch(text)
        if found and found[1] in MONTHS:
            return _with_year(int(found[2]), MONTHS[found[1]], found[3], today)
    except ValueError:  # 31 February and the like
        return None
    return None


def _with_year(day: int, month: int, year: str | None, today: date) -> date:
    if year:
        full = int(year) + (2000 if len(year) == 2 else 0)
        return date(full, month, day)
    for year_ahead in range(today.year, today.year + 5):  # 29 February: the next leap year
        if _exists(year_ahead, month, day) and date(year_ahead, month, day) >= today:
            return date(year_ahead, month, day)
    return date(today.year, month, day)  # no such day in any year: raises ValueError


def _exists(year: int, month: int, day: int) -> bool:
    try:
        date(year, month, day)
    except ValueError:
        return False
    return True


def parse_iso(text: str) -> date | None:
    """A stored ISO date, or None for an empty or malformed one."""
    try:
        return date.fromisoformat(text) if text else None
    except ValueError:
        return None


_SHORT_MONTHS = (
    N_("Jan"),
    N_("Feb"),
    N_("Mar"),
    N_("Apr"),
    N_("May"),
    N_("Jun"),
    N_("Jul"),
    N_("Aug"),
    N_("Sep"),
    N_("Oct"),
    N_("Nov"),
    N_("Dec"),
)
#: The language the months of :func:`long_date` are in: an export's, while it writes
#: (:func:`months_in`); English otherwise.
_months: ContextVar[Callable[[str], str]] = ContextVar("months", default=same)


@contextlib.contextmanager
def months_in(tr: Translate) -> Iterator[None]:
    """Dates written inside this block name their months through ``tr`` ("15 Rhag 2027")."""
    token = _months.set(tr)
    try:
        yield
    finally:
        _months.reset(token)


def long_date(iso: str) -> str:
    """``2027-01-12`` -> "12 Jan 2027" (UK order, for paper; the month in the language of
    :func:`months_in`); anything else unchanged."""
    found = parse_iso(iso)
    if found is None:
        return iso
    return f"{found.day} {_months.get()(_SHORT_MONTHS[found.month - 1])} {found.year}"
