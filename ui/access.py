"""What assistive technology is told, beyond what Qt derives from the widgets.

* :func:`announce` and :func:`set_live_text`: a label whose text changes by itself (the save
  state, the agenda timer) is a *live region*: its new text is announced to the screen reader
  (``QAccessibleAnnouncementEvent``), politely, without moving the focus.
* :func:`spoken`: a cell's text with the symbols that stand for a word (◐ confidential,
  ● private, ◷ held, ✎ a note) followed by that word, for the ``AccessibleTextRole`` of a model.
* :class:`DocumentStructure`: the room view's page read as a document of headings, paragraphs,
  lists and tables (Qt exposes a rich-text view as one block of text), built from the
  ``QTextDocument`` the page is drawn from. :func:`install` registers it.

Accessible names *add to* what a control shows; a label's own text is never replaced (a name
set on a QLabel is read instead of its text), so labels get a description, not a name.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, QRect, Signal
from PySide6.QtGui import (
    QAccessible,
    QAccessibleAnnouncementEvent,
    QAccessibleEvent,
    QAccessibleInterface,
    QColor,
    QGuiApplication,
    QPalette,
    QTextBlock,
    QTextDocument,
    QTextFrame,
    QTextList,
    QTextTable,
    QWindow,
)
from PySide6.QtWidgets import QAccessibleWidget, QLabel, QTextEdit, QWidget

Role = QAccessible.Role


class Announcer(QObject):
    """Every announcement made, as a signal too (what a test, or a log, listens to)."""

    announced = Signal(QObject, str)


ANNOUNCER = Announcer()


def announce(widget: QWidget, text: str, assertive: bool = False) -> None:
    """Have the screen reader say ``text`` for ``widget`` (politely: after what it is saying)."""
    if not text:
        return
    event = QAccessibleAnnouncementEvent(widget, text)
    if assertive:
        event.setPoliteness(QAccessible.AnnouncementPoliteness.Assertive)
    QAccessible.updateAccessibility(event)
    ANNOUNCER.announced.emit(widget, text)


def set_live_text(label: QLabel, text: str, spoken_text: str | None = None) -> None:
    """Show ``text`` in a live label; when it changes, announce it (or ``spoken_text``)."""
    if label.text() == text:
        return
    label.setText(text)
    QAccessible.updateAccessibility(QAccessibleEvent(label, QAccessible.Event.NameChanged))
    announce(label, spoken_text if spoken_text is not None else plain_text(text))


def plain_text(text: str) -> str:
    """A label's text without its markup."""
    if "<" not in text:
        return text
    document = QTextDocument()
    document.setHtml(text)
    return document.toPlainText()


# --- symbols in words ---------------------------------------------------------------------


def _symbols() -> dict[str, str]:
    from ui import labels

    def tr(text: str) -> str:
        return QCoreApplication.translate("Access", text)

    words = {
        labels.symbol("visibility", "confidential"): tr("confidential"),
        labels.symbol("visibility", "private"): tr("private"),
        "◷": tr("held from the room"),
        "✎": tr("has a note"),
        "◀": tr("diverges"),
        "⚠": tr("warning"),
    }
    return words


def spoken(text: str) -> str:
    """``text`` with each symbol that stands for a word followed by the word:
    "Red line: no exclusivity  ◐" -> "Red line: no exclusivity  ◐ (confidential)"."""
    if not text:
        return text
    words = _symbols()
    if not any(symbol in text for symbol in words):
        return text
    out = []
    for char in text:
        out.append(char)
        if char in words and words[char].lower() not in text.lower():
            out.append(f" ({words[char]})")
    return "".join(out)


def symbols_without_words(text: str) -> list[str]:
    """The symbols in ``text`` whose word is missing (a screen reader would read a bare glyph)."""
    lowered = text.lower()
    return [s for s, word in _symbols().items() if s in text and word.lower() not in lowered]


# --- the room view's page as a document -----------------------------------------------------


class Node(QAccessibleInterface):
    """A part of a document: a heading, a paragraph, a list and its items, a table and its
    cells. It holds its words and its children; the structure is rebuilt when the page is."""

    def __init__(
        self, parent: QAccessibleInterface, role: QAccessible.Role, text: str = ""
    ) -> None:
        super().__init__()
        self._parent, self._role, self._text = parent, role, text
        self.children: list[Node] = []
        self.level = 0

    def add(self, role: QAccessible.Role, text: str = "") -> Node:
        node = Node(self, role, text)
        self.children.append(node)
        return node

    def isValid(self) -> bool:
        return True

    def object(self) -> QObject | None:  # type: ignore[override]
        return None

    def window(self) -> QWindow:
        return self._parent.window()

    def parent(self) -> QAccessibleInterface:
        return self._parent

    def child(self, index: int) -> QAccessibleInterface | None:  # type: ignore[override]
        return self.children[index] if 0 <= index < len(self.children) else None

    def childCount(self) -> int:
        return len(self.children)

    def indexOfChild(self, child: QAccessibleInterface) -> int:
        return next((i for i, c in enumerate(self.children) if c is child), -1)

    def childAt(self, _x: int, _y: int) -> QAccessibleInterface | None:  # type: ignore[override]
        return None

    def text(self, kind: QAccessible.Text) -> str:
        if kind == QAccessible.Text.Name:
            return self._text
        if kind == QAccessible.Text.Description and self.level:
            return QCoreApplication.translate("Access", "Heading level %1").replace(
                "%1", str(self.level)
            )
        return ""

    def setText(self, _kind: QAccessible.Text, _text: str) -> None:
        return None

    def rect(self) -> QRect:
        return self._parent.rect()

    def role(self) -> QAccessible.Role:
        return self._role

    def state(self) -> QAccessible.State:
        state = QAccessible.State()
        state.readOnly = True
        return state

    def walk(self) -> list[Node]:
        found = [self]
        for child in self.children:
            found += child.walk()
        return found


def _cell_text(table: QTextTable, row: int, column: int) -> str:
    cell = table.cellAt(row, column)
    cursor = cell.firstCursorPosition()
    cursor.setPosition(cell.lastCursorPosition().position(), cursor.MoveMode.KeepAnchor)
    return cursor.selectedText().replace("\u2029", " ").replace("\u2028", " ").strip()


def build(root: Node, document: QTextDocument) -> None:
    """Fill ``root`` with the structure of ``document``: headings (with their level),
    paragraphs, lists of items and tables of cells (row by row)."""
    lists: dict[int, Node] = {}
    frame = document.rootFrame()
    iterator = frame.begin()
    while not iterator.atEnd():
        child_frame: QTextFrame | None = iterator.currentFrame()
        if isinstance(child_frame, QTextTable):
            table = root.add(Role.Table, QCoreApplication.translate("Access", "Table"))
            for row in range(child_frame.rows()):
                line = table.add(Role.Row)
                for column in range(child_frame.columns()):
                    line.add(Role.Cell, spoken(_cell_text(child_frame, row, column)))
        else:
            block: QTextBlock = iterator.currentBlock()
            text = block.text().strip()
            text_list: QTextList | None = block.textList()
            level = block.blockFormat().headingLevel()
            if text_list is not None:
                key = id(text_list)
                if key not in lists:
                    lists[key] = root.add(Role.List, QCoreApplication.translate("Access", "List"))
                lists[key].add(Role.ListItem, spoken(text))
            elif text and level:
                heading = root.add(Role.Heading, text)
                heading.level = level
            elif text:
                root.add(Role.Paragraph, spoken(text))
        iterator += 1


class DocumentStructure(QAccessibleWidget):
    """A rich-text view read as a document: its page's headings, lists and tables."""

    def __init__(self, view: QTextEdit) -> None:
        super().__init__(view, Role.Document, view.accessibleName())
        self.view = view
        self._root: Node | None = None
        view.document().contentsChanged.connect(self._stale)
        view.destroyed.connect(self._stale)

    def _stale(self) -> None:
        """Forget the structure; its parts are deleted through Qt's accessibility cache, which
        may hold them (a screen reader asked for them), so neither side deletes one twice."""
        if self._root is not None:
            for node in self._root.walk():
                QAccessible.deleteAccessibleInterface(QAccessible.uniqueId(node))
        self._root = None

    def structure(self) -> Node:
        if self._root is None:
            root = Node(self, Role.Document)
            build(root, self.view.document())
            self._root = root
        return self._root

    def childCount(self) -> int:
        return self.structure().childCount()

    def child(self, index: int) -> QAccessibleInterface | None:  # type: ignore[override]
        return self.structure().child(index)

    def indexOfChild(self, child: QAccessibleInterface) -> int:
        return self.structure().indexOfChild(child)

    def childAt(self, _x: int, _y: int) -> QAccessibleInterface | None:  # type: ignore[override]
        return None


#: Widgets read as a document (their object name), and the interfaces made for them: kept here
#: so Python keeps them alive while Qt's accessibility cache holds them.
DOCUMENTS = {"room_page"}
_MADE: list[QAccessibleInterface] = []


def _factory(_key: str, obj: QObject) -> QAccessibleInterface | None:
    if isinstance(obj, QTextEdit) and obj.objectName() in DOCUMENTS:
        made = DocumentStructure(obj)
        _MADE.append(made)
        return made
    return None


_installed: list[Callable[[str, QObject], QAccessibleInterface | None]] = []


def install() -> None:
    """Register the structures above with Qt's accessibility (once)."""
    if not _installed:
        QAccessible.installFactory(_factory)
        _installed.append(_factory)


# --- contrast (WCAG 2: text ≥ 4.5:1, large text and focus indicators ≥ 3:1) ------------------

TEXT_CONTRAST = 4.5
NON_TEXT_CONTRAST = 3.0


def luminance(colour: QColor) -> float:
    """Relative luminance (WCAG 2)."""

    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.04045 else ((value + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(colour.redF())
        + 0.7152 * channel(colour.greenF())
        + 0.0722 * channel(colour.blueF())
    )


def contrast(first: QColor, second: QColor) -> float:
    """The contrast ratio of two colours, 1 to 21."""
    a, b = sorted((luminance(first), luminance(second)), reverse=True)
    return (a + 0.05) / (b + 0.05)


def readable_on(colour: QColor, *backgrounds: QColor, minimum: float = TEXT_CONTRAST) -> QColor:
    """``colour``, darkened or lightened (keeping its hue) until it reaches ``minimum`` against
    every background: towards black on light backgrounds, towards white on dark ones."""
    if all(contrast(colour, b) >= minimum for b in backgrounds):
        return QColor(colour)
    dark = sum(luminance(b) for b in backgrounds) / len(backgrounds) < 0.18
    hue, saturation = max(colour.hslHueF(), 0.0), colour.hslSaturationF()
    lightness, alpha = colour.lightnessF(), colour.alphaF()
    for step in range(1, 101):
        shifted = lightness + (1 - lightness) * step / 100 if dark else lightness * (1 - step / 100)
        candidate = QColor.fromHslF(hue, saturation, shifted, alpha)
        if all(contrast(candidate, b) >= minimum for b in backgrounds):
            return candidate
    return QColor("white" if dark else "black")


def blend(colour: QColor, background: QColor) -> QColor:
    """A translucent ``colour`` as drawn on ``background``, opaque."""
    a = colour.alphaF()
    mixed = QColor()
    mixed.setRgbF(
        colour.redF() * a + background.redF() * (1 - a),
        colour.greenF() * a + background.greenF() * (1 - a),
        colour.blueF() * a + background.blueF() * (1 - a),
    )
    return mixed


_R = QPalette.ColorRole
#: (text, background) roles that must read at 4.5:1.
TEXT_PAIRS = (
    (_R.Text, _R.Base),
    (_R.Text, _R.AlternateBase),
    (_R.WindowText, _R.Window),
    (_R.ButtonText, _R.Button),
    (_R.HighlightedText, _R.Highlight),
    (_R.PlaceholderText, _R.Base),
    (_R.ToolTipText, _R.ToolTipBase),
    (_R.Link, _R.Base),
)


def accessible_palette(palette: QPalette) -> QPalette:
    """``palette`` (the system's, light or dark) with every text colour readable on its
    background: the selection, the placeholder and links adjusted where they fall short."""
    fixed = QPalette(palette)
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        for text, background in TEXT_PAIRS:
            ink, paper = fixed.color(group, text), fixed.color(group, background)
            if ink.alpha() < 255:  # Qt's placeholder: the text half transparent; as drawn
                ink = blend(ink, paper)
            if contrast(ink, paper) >= TEXT_CONTRAST:
                fixed.setColor(group, text, ink)
                continue
            if text == _R.HighlightedText:
                # The selection's colour moves; its text stays white or black.
                fixed.setColor(group, background, readable_on(paper, ink))
            else:
                others = [paper]
                if text == _R.Text:
                    others.append(fixed.color(group, _R.AlternateBase))
                fixed.setColor(group, text, readable_on(ink, *others))
    return fixed


def focus_colour(palette: QPalette) -> QColor:
    """The current cell's frame: at least 3:1 against the table, its alternate rows and the
    selection it may sit in."""
    return readable_on(
        palette.color(_R.Text),
        palette.color(_R.Base),
        palette.color(_R.AlternateBase),
        palette.color(_R.Highlight),
        minimum=NON_TEXT_CONTRAST,
    )


def apply_palette(app: QGuiApplication) -> None:
    """Make the application's palette readable (once per palette it is given)."""
    current = app.palette()
    fixed = accessible_palette(current)
    if fixed != current:
        app.setPalette(fixed)
