"""Editors for table cells: a list for choices, a forgiving line for dates, plain text otherwise.

A choice (kind, owner, visibility, partner, rating…) changes only when the user picks from its
open list: typed letters, arrow keys and the mouse wheel never change it. A date is read as
people type it; one that cannot be read keeps its editor open with the text, and says so.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QKeyEvent, QPainter, QPen
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QComboBox,
    QLineEdit,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from ui.dates import date_text, read_date
from ui.dialogs import tell
from ui.table_model import CELL_KIND_ROLE, CHOICES_ROLE

Index = QModelIndex | QPersistentModelIndex
Hint = QAbstractItemDelegate.EndEditHint
_OPEN_KEYS = (Qt.Key.Key_Space, Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_F4)


def _tr(text: str) -> str:
    return QCoreApplication.translate("CellDelegate", text)


class ChoiceEditor(QComboBox):
    """A cell's choices. Only a pick from the open list (Enter or a click) changes the value.

    Opened by a click, Enter, F2 or Space, its list shows at once and a pick (or Esc) ends the
    edit. Reached by Tab along a row it ``waits`` in the cell with its list closed: Enter or Space
    opens the list, a pick stores the choice and it waits again, and Tab moves on.
    """

    picked = Signal()  # store the choice and end the edit
    chosen = Signal()  # store the choice and keep waiting in the cell
    dismissed = Signal()  # the list closed with nothing picked (Esc, a click elsewhere)
    step = Signal(int)  # Tab (+1) or Shift+Tab (-1) in the open list: move on, unchanged

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.waiting = False
        self._finished = False
        self.activated.connect(self._picked)
        self.view().installEventFilter(self)
        self._popup = self.view().parentWidget()  # the frame the list opens in
        if self._popup is not None:
            self._popup.installEventFilter(self)

    def open_list(self) -> None:
        if not self._finished and self.isVisible():
            self.showPopup()

    def _picked(self, _index: int) -> None:
        if self._finished:
            return
        if self.waiting:
            self.chosen.emit()
        else:
            self._finish(self.picked)

    def _finish(self, signal: Any, *args: Any) -> None:
        if not self._finished:
            self._finished = True
            signal.emit(*args)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        alt_down = event.key() == Qt.Key.Key_Down and bool(
            event.modifiers() & Qt.KeyboardModifier.AltModifier
        )
        if event.key() in _OPEN_KEYS or alt_down:
            self.showPopup()
        # Anything else (letters, arrows, Home, End) is ignored: no change by a stray key.

    def wheelEvent(self, event: Any) -> None:
        event.ignore()  # scrolling over a table must not change the cell under the mouse

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._popup and event.type() == QEvent.Type.Hide and not self.waiting:
            # A pick is reported just after the list hides; anything else is a dismissal.
            QTimer.singleShot(0, self, lambda: self._finish(self.dismissed))
        if watched is self.view() and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab):
                back = event.key() == Qt.Key.Key_Backtab or bool(
                    event.modifiers() & Qt.KeyboardModifier.ShiftModifier
                )
                step = -1 if back else 1
                self._finished = True  # moving on is not a dismissal
                self.hidePopup()
                self.step.emit(step)
                return True
            text = event.text()
            if (
                text
                and text.isprintable()
                and not event.modifiers()
                & ~(Qt.KeyboardModifier.ShiftModifier | Qt.KeyboardModifier.KeypadModifier)
            ):
                return True  # no search by typing: a letter meant for a text cell picks nothing
        return super().eventFilter(watched, event)


class DateEditor(QLineEdit):
    """A date as people type it ("15 December", "15/12", "tomorrow", ISO)."""

    def readable(self) -> bool:
        return read_date(self.text()) is not None


class CellDelegate(QStyledItemDelegate):
    """Chooses the editor from the cell's kind (``CELL_KIND_ROLE``) and keeps typing safe; frames
    the current cell so it shows, in a selected row too (the style's dotted line does not)."""

    #: The current cell's frame, in pixels.
    FOCUS_WIDTH = 2

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        super().paint(painter, option, index)
        if option.state & QStyle.StateFlag.State_HasFocus:  # type: ignore[operator]
            from ui.access import focus_colour

            painter.save()
            pen = QPen(focus_colour(option.palette), self.FOCUS_WIDTH)  # type: ignore[attr-defined]
            pen.setJoinStyle(Qt.PenJoinStyle.MiterJoin)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            inset = self.FOCUS_WIDTH // 2
            rect = option.rect.adjusted(inset, inset, -inset, -inset)  # type: ignore[attr-defined]
            painter.drawRect(rect)
            painter.restore()

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        kind = index.data(CELL_KIND_ROLE)
        name = str(
            index.model().headerData(
                index.column(), Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole
            )
            or ""
        )
        editor: QWidget
        if kind == "choice" and index.data(CHOICES_ROLE):
            combo = ChoiceEditor(parent)
            for text, value in index.data(CHOICES_ROLE):
                combo.addItem(text, value)
            combo.picked.connect(lambda c=combo: self._commit(c))
            combo.chosen.connect(lambda c=combo: self.commitData.emit(c))
            combo.dismissed.connect(lambda c=combo: self.closeEditor.emit(c, Hint.RevertModelCache))
            combo.step.connect(lambda step, c=combo: self._step(c, step))
            editor = combo
        elif kind == "date":
            editor = DateEditor(parent)
            editor.setPlaceholderText(_tr("e.g. 15 December, 15/12, tomorrow"))
            editor.setFrame(False)
        else:
            editor = super().createEditor(parent, option, index)
        editor.setAccessibleName(name)
        return editor

    def _commit(self, editor: QWidget) -> None:
        self.commitData.emit(editor)
        self.closeEditor.emit(editor, Hint.NoHint)

    def _step(self, editor: QWidget, step: int) -> None:
        self.closeEditor.emit(editor, Hint.EditNextItem if step > 0 else Hint.EditPreviousItem)

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        if isinstance(editor, ChoiceEditor):
            found = editor.findData(index.data(Qt.ItemDataRole.EditRole))
            editor.setCurrentIndex(max(found, 0))
            return
        if isinstance(editor, QLineEdit):
            # The model redraws rows as the document changes; never clobber what is being typed.
            if editor.isModified():
                return
            value = index.data(Qt.ItemDataRole.EditRole)
            if isinstance(editor, DateEditor):
                value = date_text(value)
            text = "" if value is None else str(value)
            if editor.text() != text:
                editor.setText(text)
            return
        super().setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        if isinstance(editor, ChoiceEditor):
            model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)
            return
        if isinstance(editor, DateEditor):
            stored = read_date(editor.text())
            if stored is None:
                tell(editor, _unreadable(editor.text(), keep=True))
                return
            model.setData(index, stored, Qt.ItemDataRole.EditRole)
            return
        super().setModelData(editor, model, index)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            key = event.key()
            if isinstance(watched, ChoiceEditor) and key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                watched.showPopup()  # Enter on a choice opens its list; it does not commit
                return True
            leaving = (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Tab, Qt.Key.Key_Backtab)
            if isinstance(watched, DateEditor) and key in leaving and not watched.readable():
                tell(watched, _unreadable(watched.text(), keep=False))
                return True  # the editor stays open with the text as typed
        return bool(super().eventFilter(watched, event))


def _unreadable(text: str, *, keep: bool) -> str:
    if keep:
        message = _tr("“%1” is not a date I can read, so the date was not changed.")
    else:
        message = _tr(
            "“%1” is not a date I can read. Try 15 December, 15/12/2027, tomorrow or 2027-12-15."
        )
    return message.replace("%1", text.strip())
