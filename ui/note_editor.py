"""A note on one cell of a grid (a partner's rating of a value, its fair-practice answer), with
who may see it. N on the cell opens it; Ctrl+Enter saves; Esc leaves the note as it was."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from ui import labels

#: The mark a grid cell carries when it has a note.
NOTE_MARK = "✎"


class NoteEditor(QDialog):
    """Edit a note and its visibility; ``note()`` and ``visibility()`` give what was chosen."""

    def __init__(self, about: str, note: str, visibility: str, parent: QWidget) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Note"))
        self.setObjectName("note_editor")
        heading = QLabel(about, self)
        heading.setTextFormat(Qt.TextFormat.PlainText)  # names are the user's text
        heading.setWordWrap(True)
        self.text = QPlainTextEdit(note, self)
        self.text.setTabChangesFocus(True)
        self.text.setAccessibleName(self.tr("Note"))
        self.text.setPlaceholderText(self.tr("Why this rating or answer, in the partner's words"))
        self.choice = QComboBox(self)
        self.choice.setAccessibleName(self.tr("Who may see the note"))
        for text, value in labels.choices("visibility"):
            self.choice.addItem(labels.icon(f"visibility-{value}"), text, value)
        self.choice.setCurrentIndex(max(self.choice.findData(visibility), 0))
        form = QFormLayout()
        note_label = QLabel(self.tr("&Note:"), self)
        note_label.setBuddy(self.text)
        form.addRow(note_label, self.text)
        seen_label = QLabel(self.tr("&Who may see it:"), self)
        seen_label.setBuddy(self.choice)
        form.addRow(seen_label, self.choice)
        explain = QLabel(
            self.tr(
                "The note shares the visibility of its rating or answer: confidential and private "
                "notes never reach the room view or another partner's pack. Ctrl+Enter saves."
            ),
            self,
        )
        explain.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self).activated.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addLayout(form)
        layout.addWidget(explain)
        layout.addWidget(buttons)
        self.resize(460, 280)
        self.text.setFocus()
        self.text.moveCursor(self.text.textCursor().MoveOperation.End)

    def note(self) -> str:
        return self.text.toPlainText().strip()

    def visibility(self) -> str:
        return str(self.choice.currentData())
