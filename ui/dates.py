"""Dates on screen: shown in the user's locale, read back as people type them, stored as ISO.

Reading is the core's (``workshop.dates``, the same as quick capture) with the locale's order of
day and month; a date written in the locale's own words ("15 déc. 2027") is read back too.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QLocale

from workshop.dates import parse_date, parse_iso


def month_first(locale: QLocale | None = None) -> bool:
    """Whether the locale writes the month before the day (12/15/27 in the US)."""
    pattern = (locale or QLocale()).dateFormat(QLocale.FormatType.ShortFormat)
    day, month = pattern.find("d"), pattern.find("M")
    return 0 <= month < day


def _display_format(locale: QLocale) -> str:
    return "MMM d, yyyy" if month_first(locale) else "d MMM yyyy"


def date_text(iso: str | None) -> str:
    """A stored date as the user reads it: "15 Dec 2027" (or "Dec 15, 2027"), "" for none."""
    found = parse_iso(iso or "")
    if found is None:
        return iso or ""
    locale = QLocale()
    return locale.toString(QDate(found.year, found.month, found.day), _display_format(locale))


def read_date(text: str, today: date | None = None) -> str | None:
    """What a typed date means, as ISO; "" for an empty field; None if it cannot be read."""
    text = text.strip()
    if not text:
        return ""
    locale = QLocale()
    found = parse_date(text, today or date.today(), month_first=month_first(locale))
    if found is not None:
        return found.isoformat()
    for pattern in (
        _display_format(locale),
        locale.dateFormat(QLocale.FormatType.ShortFormat),
        locale.dateFormat(QLocale.FormatType.LongFormat),
    ):
        qdate = locale.toDate(text, pattern)
        if qdate.isValid():
            return date(qdate.year(), qdate.month(), qdate.day()).isoformat()
    return None
