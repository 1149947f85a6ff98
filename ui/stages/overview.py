"""Overview: the workshop's details, the partners and their people."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLineEdit,
    QPlainTextEdit,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ui import labels
from ui.cells import tab_order
from ui.dates import date_text, read_date
from ui.dialogs import tell
from ui.session import Session
from ui.stages.base import Stage
from ui.table_editor import TableEditor
from ui.table_model import columns_of
from workshop import ops
from workshop.vocabulary import COLLABORATION_MODEL, WORKSHOP_STATUS

_PALETTE = ("#4c72b0", "#dd8452", "#55a868", "#c44e52", "#8172b3", "#937860", "#da8bc3", "#8c8c8c")


class _PlainText(QPlainTextEdit):
    """A multi-line field that commits when it loses focus; Tab moves on rather than indenting."""

    def __init__(self, commit: Any, parent: QWidget) -> None:
        super().__init__(parent)
        self._commit = commit
        self.setTabChangesFocus(True)
        self.setFixedHeight(64)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

    def focusOutEvent(self, event: Any) -> None:
        self._commit()
        super().focusOutEvent(event)


class OverviewStage(Stage):
    key = "overview"

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        details = QGroupBox(self.tr("Workshop"), self)
        form = QFormLayout(details)
        self.fields: dict[str, QLineEdit | QPlainTextEdit | QComboBox] = {}
        # Mnemonics: none of File, Edit, View, Room, Help's (F, E, V, R, H); see docs/ui.md.
        for name, text in (
            ("title", self.tr("&Title")),
            ("facilitator", self.tr("Fac&ilitator")),
            ("start_date", self.tr("Start &date")),
            ("end_date", self.tr("E&nd date")),
        ):
            line = QLineEdit(details)
            line.setAccessibleName(text.replace("&", ""))
            line.editingFinished.connect(lambda n=name: self._commit(n))
            if name.endswith("_date"):
                line.setPlaceholderText(self.tr("e.g. 15 December, 15/12/2027, tomorrow"))
            self.fields[name] = line
            form.addRow(text, line)
        for name, text, enum in (
            ("collaboration_model", self.tr("Collaboration &model"), COLLABORATION_MODEL.name),
            ("status", self.tr("&Status"), WORKSHOP_STATUS.name),
        ):
            combo = QComboBox(details)
            combo.setAccessibleName(text.replace("&", ""))
            for text_, member in labels.choices(enum):
                combo.addItem(text_, member)
            combo.activated.connect(lambda _i, n=name: self._commit(n))
            self.fields[name] = combo
            form.addRow(text, combo)
        for name, text in (("purpose", self.tr("&Purpose")), ("context", self.tr("&Context"))):
            box = _PlainText(lambda n=name: self._commit(n), details)
            box.setAccessibleName(text.replace("&", ""))
            self.fields[name] = box
            form.addRow(text, box)

        self.partners = TableEditor(
            session,
            "partner",
            columns_of("partner", ("name", "short_name", "role", "size_band", "reach", "colour")),
            self._partner_defaults,
            title=self.tr("Partners"),
            orderable=True,
            parent=self,
        )
        self.people = TableEditor(
            session,
            "person",
            columns_of(
                "person",
                ("name", "partner_id", "role", "email", "phone", "is_named_contact", "visibility"),
            ),
            self._person_defaults,
            title=self.tr("People"),
            parent=self,
        )
        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.setObjectName("overview_splitter")
        self.splitter.addWidget(details)
        self.splitter.addWidget(self.partners)
        self.splitter.addWidget(self.people)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setStretchFactor(2, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.splitter)
        tab_order(*self.fields.values(), self.partners.add_button)
        session.changed.connect(self._on_change)
        self.load_details()
        if session.document.read_only:
            details.setEnabled(False)

    def _on_change(self, change: Any) -> None:
        if change.touches("workshop"):
            self.load_details()

    def load_details(self) -> None:
        info = self.session.workshop
        for name, widget in self.fields.items():
            value = getattr(info, name)
            if name.endswith("_date"):
                value = date_text(value)
            if isinstance(widget, QComboBox):
                widget.setCurrentIndex(max(widget.findData(value), 0))
            elif isinstance(widget, QPlainTextEdit):
                if widget.toPlainText() != value:
                    widget.setPlainText(value)
            elif widget.text() != value:
                widget.setText(value)

    def _commit(self, name: str) -> None:
        widget = self.fields[name]
        if isinstance(widget, QComboBox):
            value = widget.currentData()
        elif isinstance(widget, QPlainTextEdit):
            value = widget.toPlainText()
        else:
            value = widget.text().strip()
        if name.endswith("_date"):
            stored = read_date(value)
            if stored is None:  # keep the text in the box to correct, and say so
                tell(
                    self,
                    self.tr(
                        "“%1” is not a date I can read, so the date was not changed. "
                        "Try 15 December, 15/12/2027 or 2027-12-15."
                    ).replace("%1", value),
                )
                return
            value = stored
        if self.session.document.closed or value == getattr(self.session.workshop, name):
            if isinstance(widget, QLineEdit) and name.endswith("_date"):
                widget.setText(date_text(value))  # as the locale writes it
            return
        if self.session.run(ops.update, "workshop", 1, **{name: value}) is None:
            self.load_details()

    def _partner_defaults(self) -> dict[str, Any]:
        count = len(self.session.items("partner"))
        return {"name": self.tr("New partner"), "colour": _PALETTE[count % len(_PALETTE)]}

    def _person_defaults(self) -> dict[str, Any]:
        partner = self.partners.selected_item()
        if partner is None:
            current = self.people.selected_item()
            partner_id = current.partner_id if current is not None else None
        else:
            partner_id = partner.id
        return {"name": self.tr("New person"), "partner_id": partner_id}

    def add(self) -> None:
        if self.people.view.hasFocus():
            self.people.add()
        else:
            self.partners.add()

    def delete_selected(self) -> None:
        (self.people if self.people.view.hasFocus() else self.partners).delete_selected()

    def move_selected(self, delta: int) -> None:
        self.partners.move_selected(delta)

    def focus_main(self) -> None:
        field = self.fields["title"]
        field.setFocus()
