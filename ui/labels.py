"""The vocabulary on screen: the core's words and colours (``workshop.vocabulary`` and the kind
declarations), translated through Qt and turned into QColors, and the bundled icons.

The only place ui/ turns a stored choice, a field or a kind into words or colours: every label
goes through :func:`tr` (context ``"vocabulary"``), so a translation of the vocabulary reaches
every stage, grid and the room view at once, and the exports print the same words.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor, QGuiApplication, QIcon, QPalette

from workshop import vocabulary
from workshop.vocabulary import Marking, Term

CONTEXT = "vocabulary"


def tr(text: str) -> str:
    """A word or sentence of the core's vocabulary (``N_``-marked), in the reader's language."""
    return QCoreApplication.translate(CONTEXT, text) if text else ""


# --- the choices of a list ----------------------------------------------------------------


def term(terms: str, value: str | None) -> Term | None:
    return vocabulary.terms(terms).term(value) if value is not None else None


def label(terms: str, value: str | None) -> str:
    """What a stored ``value`` of the list ``terms`` reads as ("red_line" -> "Red line")."""
    return tr(vocabulary.terms(terms).label(value)) if value is not None else ""


def short(terms: str, value: str | None) -> str:
    """The label for tight places (a grid cell, a legend)."""
    return tr(vocabulary.terms(terms).short(value)) if value is not None else ""


def symbol(terms: str, value: str | None) -> str:
    found = term(terms, value)
    return found.symbol if found is not None else ""


def marked(terms: str, value: str | None) -> str:
    """Symbol and label, so a choice is told apart without colour: "✖ Red line"."""
    return f"{symbol(terms, value)} {label(terms, value)}".strip()


def keyed(terms: str) -> str:
    """The keys that choose from a list, in its order: "1 Committed, 2 Not committed, …"."""
    return ", ".join(f"{n} {tr(t.label)}" for n, t in enumerate(vocabulary.terms(terms), 1))


def steps(terms: str) -> str:
    """A list's steps in order: "Leads talk → CEOs meet → Independent mediator → Exit"."""
    return " → ".join(tr(t.label) for t in vocabulary.terms(terms))


def choices(terms: str) -> list[tuple[str, str]]:
    """Every choice of the list, in its order: [(label, value)]."""
    return [(tr(t.label), t.value) for t in vocabulary.terms(terms)]


_READABLE: dict[tuple[str, int, int], QColor] = {}


def readable(colour: str) -> QColor:
    """``colour`` as text on the palette's table rows (plain and alternate): darkened or
    lightened where it would read at less than 4.5:1 (on a dark palette, lightened)."""
    palette = QGuiApplication.palette()
    base = palette.color(QPalette.ColorRole.Base)
    alternate = palette.color(QPalette.ColorRole.AlternateBase)
    key = (colour, base.rgb(), alternate.rgb())
    found = _READABLE.get(key)
    if found is None:
        from ui.access import readable_on

        found = _READABLE[key] = readable_on(QColor(colour), base, alternate)
    return QColor(found)


def ink(terms: str, value: str | None) -> QColor | None:
    """The choice's text colour, readable on the table's rows in any palette (None: none)."""
    found = term(terms, value)
    if found is None or not found.ink:
        return None
    return readable(found.ink)


def warning_ink() -> QColor:
    """Amber for a calm warning (time over the plan), readable on the window's background."""
    from ui.access import readable_on

    window = QGuiApplication.palette().color(QPalette.ColorRole.Window)
    return readable_on(QColor(vocabulary.AMBER), window)


def problem_ink() -> QColor:
    """Red for a problem (a failed save), readable on the window's background."""
    from ui.access import readable_on

    window = QGuiApplication.palette().color(QPalette.ColorRole.Window)
    return readable_on(QColor(vocabulary.RED), window)


def fill(terms: str, value: str | None) -> QColor | None:
    """The choice's pale background (its ink reads on it; None: none)."""
    found = term(terms, value)
    return QColor(found.fill) if found is not None and found.fill else None


#: Choices set in bold wherever they are listed: a red line stands out from the other kinds.
BOLD = frozenset({("position_kind", "red_line")})


def bold(terms: str, value: str | None) -> bool:
    return (terms, value) in BOLD


def cell_colours(terms: str, value: str | None) -> tuple[QColor | None, QColor | None]:
    """(background, text) of a grid cell showing a choice: its fill with its ink, which are
    chosen to read together; without a fill, the ink as on any background (or none)."""
    background = fill(terms, value)
    if background is None:
        return None, ink(terms, value)
    found = term(terms, value)
    return background, QColor(found.ink) if found is not None and found.ink else QColor("black")


# --- numbers that read left to right in any layout ---------------------------------------------

#: Unicode's left-to-right mark: a number between two of them keeps its order in a
#: right-to-left paragraph ("3 / 5" would otherwise read "5 / 3").
LTR_MARK = "\u200e"


def rating_text(rating: int | str, of: int = 5) -> str:
    """A rating out of ``of``: "3 / 5"; in a right-to-left layout isolated left to right, so
    that it still reads 3 / 5."""
    text = QCoreApplication.translate("Labels", "%1 / %2").replace("%1", str(rating))
    text = text.replace("%2", str(of))
    return f"{LTR_MARK}{text}{LTR_MARK}" if QGuiApplication.isRightToLeft() else text


# --- kinds and their fields -----------------------------------------------------------------


def _declared(table: str) -> Any:
    """The kind's declaration (imported on first use: the window opens without the core)."""
    from workshop import kinds

    return kinds.of(table)


def field_label(table: str, name: str) -> str:
    """A column's heading: "Carried by", "Likelihood"."""
    return tr(_declared(table).field(name).label)


def noun(table: str) -> str:
    """One item of the kind: "risk", "agenda item"."""
    return tr(_declared(table).noun)


def plural_title(table: str) -> str:
    """The kind's plural as a title, a list's name: "Positions", "Agenda items"."""
    text = tr(_declared(table).plural)
    return text[:1].upper() + text[1:]


def counted(table: str, n: int) -> str:
    """ "1 risk", "3 risks", from the declaration's nouns."""
    declared = _declared(table)
    return f"{n} {tr(declared.noun if n == 1 else declared.plural)}"


# --- audience markings ----------------------------------------------------------------------


def marking(kind: str, partner: str = "") -> Marking:
    """The audience marking (room, broker, partner) in the reader's language, ``partner``'s
    name filled in: the export dialog's note and the room view's foot say these words."""
    found = vocabulary.marking(kind)
    return Marking(
        *(
            vocabulary.fill_in(tr(text), partner)
            for text in (found.full, found.short, found.warning)
        )
    )


# --- a risk's score -------------------------------------------------------------------------

RISK_STEPS = len(vocabulary.RISK_SCALE)
RISK_BANDS = vocabulary.SEVERITY


def risk_band(score: int) -> str:
    from workshop.analysis import risk_band  # only where risks are shown

    return risk_band(score)


def risk_term(score: int) -> Term:
    """The band (a severity: low, medium, high) of a score, as the foundations PDF bands it."""
    found = RISK_BANDS.term(risk_band(score))
    assert found is not None
    return found


def risk_shade(score: int) -> QColor:
    """A square of the risk matrix: its band's ink over white, stronger as the score rises (so
    the squares also darken in order of score in greyscale): as ``exports/pdf_risks.shade``."""
    strength = 0.14 + 0.48 * (score - 1) / (RISK_STEPS * RISK_STEPS - 1)
    base = QColor(risk_term(score).ink or vocabulary.GREY)
    mixed = QColor()
    mixed.setRgbF(
        1 + (base.redF() - 1) * strength,
        1 + (base.greenF() - 1) * strength,
        1 + (base.blueF() - 1) * strength,
    )
    return mixed


def risk_bands() -> list[tuple[Term, int, int]]:
    """Each band with the lowest and highest score in it, highest first (the legend)."""
    found: dict[str, list[int]] = {}
    for likelihood in range(1, RISK_STEPS + 1):
        for impact in range(1, RISK_STEPS + 1):
            found.setdefault(risk_band(likelihood * impact), []).append(likelihood * impact)
    bands = [(risk_term(min(scores)), min(scores), max(scores)) for scores in found.values()]
    return sorted(bands, key=lambda band: -band[1])


# --- icons ------------------------------------------------------------------------------------

_ICONS: dict[str, QIcon] = {}
#: The lists whose choices have a bundled icon ("visibility-shared", "kind-red_line").
ICONS = {"visibility": "visibility", "position_kind": "kind"}


def icon(name: str) -> QIcon:
    """A bundled icon from resources/icons (e.g. "visibility-shared", "kind-red_line")."""
    found = _ICONS.get(name)
    if found is None:
        from workshop.resources import resource_path

        found = QIcon(str(resource_path("icons", f"{name}.svg")))
        _ICONS[name] = found
    return found


def choice_icon(terms: str, value: str | None) -> QIcon | None:
    """The icon beside a choice, where its list has icons."""
    prefix = ICONS.get(terms)
    return icon(f"{prefix}-{value}") if prefix is not None and value else None
