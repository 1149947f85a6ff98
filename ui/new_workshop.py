"""The New-from-template dialog: choose a collaboration model and a title."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ui.welcome import _template_list


class NewWorkshopDialog(QDialog):
    """Choose a collaboration model's template and a title."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New workshop"))
        self.resize(620, 480)
        self.templates = _template_list(self)
        self.title = QLineEdit(self)
        self.title.setAccessibleName(self.tr("Workshop title"))
        self.title.setPlaceholderText(self.tr("e.g. Pontywern Wellbeing Consortium: foundations"))
        form = QFormLayout()
        label = QLabel(self.tr("Collaboration &model:"), self)
        label.setBuddy(self.templates)
        form.addRow(label)
        form.addRow(self.templates)
        form.addRow(self.tr("&Title:"), self.title)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Create"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.templates.itemDoubleClicked.connect(lambda _i: self.accept())
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def chosen(self) -> tuple[str, str]:
        item = self.templates.currentItem()
        model = item.data(Qt.ItemDataRole.UserRole) if item is not None else "consortium"
        return str(model), self.title.text().strip()
