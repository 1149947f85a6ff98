"""The welcome screen (nothing open) and the New-from-template dialog."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)


def _template_list(parent: QWidget, fill: bool = True) -> QListWidget:
    templates = QListWidget(parent)
    templates.setAccessibleName(parent.tr("Collaboration model"))
    templates.setWordWrap(True)
    templates.setSpacing(2)
    if fill:
        fill_templates(templates)
    return templates


def fill_templates(templates: QListWidget) -> None:
    """List one template per collaboration model (reads the core, so not done at start-up)."""
    from workshop.templates import list_templates

    templates.clear()
    for info in list_templates():
        summary = info.description.split(". ")[0].rstrip(".") + "."
        item = QListWidgetItem(f"{info.name}\n{summary}")
        item.setData(Qt.ItemDataRole.UserRole, info.model)
        item.setToolTip(info.description)
        templates.addItem(item)
    templates.setCurrentRow(0)


class WelcomePage(QWidget):
    """What the window shows when no workshop is open."""

    new_requested = Signal(str)  # collaboration model
    open_requested = Signal()
    sample_requested = Signal()
    recent_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        heading = QLabel(self.tr("Common Ground"), self)
        font = QFont(heading.font())
        font.setPointSizeF(font.pointSizeF() * 2.2)
        font.setBold(True)
        heading.setFont(font)
        intro = QLabel(
            self.tr(
                "Lay the foundations of a partnership: what each partner can and cannot compromise "
                "on, shared values, disagreements and how to settle them, and ways of working."
            ),
            self,
        )
        intro.setWordWrap(True)
        # left: new from a template
        self.templates = _template_list(self, fill=False)
        self.templates.itemActivated.connect(self._create)
        create = QPushButton(self.tr("&Create workshop from this model"), self)
        create.clicked.connect(lambda: self._create(self.templates.currentItem()))
        left = QVBoxLayout()
        new_label = QLabel(self.tr("<b>&New workshop</b> — choose the collaboration model"), self)
        new_label.setBuddy(self.templates)
        left.addWidget(new_label)
        left.addWidget(self.templates, 1)
        left.addWidget(create)
        # right: open, sample, recent
        self.open_button = QPushButton(self.tr("&Open a workshop file…"), self)
        self.open_button.clicked.connect(self.open_requested)
        self.sample_button = QPushButton(self.tr("Open the &sample workshop"), self)
        self.sample_button.clicked.connect(self.sample_requested)
        self.recent = QListWidget(self)
        self.recent.setAccessibleName(self.tr("Recent workshops"))
        self.recent.itemActivated.connect(
            lambda item: self.recent_requested.emit(item.data(Qt.ItemDataRole.UserRole))
        )
        right = QVBoxLayout()
        right.addWidget(self.open_button)
        right.addWidget(self.sample_button)
        recent_label = QLabel(self.tr("<b>Recen&t</b>"), self)
        recent_label.setBuddy(self.recent)
        right.addWidget(recent_label)
        right.addWidget(self.recent, 1)
        columns = QHBoxLayout()
        columns.addLayout(left, 3)
        columns.addSpacing(24)
        columns.addLayout(right, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 32, 48, 32)
        layout.addWidget(heading)
        layout.addWidget(intro)
        layout.addSpacing(12)
        layout.addLayout(columns, 1)

    def _create(self, item: QListWidgetItem | None) -> None:
        if item is not None:
            self.new_requested.emit(str(item.data(Qt.ItemDataRole.UserRole)))

    def set_recent(self, paths: list[str]) -> None:
        self.recent.clear()
        for path in paths:
            item = QListWidgetItem(f"{Path(path).name}\n{Path(path).parent}")
            item.setData(Qt.ItemDataRole.UserRole, path)
            item.setToolTip(path)
            self.recent.addItem(item)
        if not paths:
            placeholder = QListWidgetItem(self.tr("No recent workshops yet."))
            placeholder.setFlags(Qt.ItemFlag.NoItemFlags)
            self.recent.addItem(placeholder)

    def load_templates(self) -> None:
        if self.templates.count() == 0:
            fill_templates(self.templates)

    def load_templates_when_shown(self) -> None:
        """Fill the list when the page is first shown (opening a file shows the workshop first,
        and reading the templates would only delay it)."""
        self._fill_on_show = True

    def showEvent(self, event: QShowEvent) -> None:
        if getattr(self, "_fill_on_show", False):
            self._fill_on_show = False
            self.load_templates()
        super().showEvent(event)
