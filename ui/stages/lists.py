"""A stage that is one list of one kind of item, built from the kind's declaration: ways of
working (clauses), impact, contributions, risks, actions and notes.

Its columns are the kind's fields (label, width, editing, choices from the vocabulary,
references); its rows are in the agreed order, within groups where the kind is ordered in
groups; a kind grouped by partner can be filtered by partner. The sentence above the table and a
new item's text are the registry's (``ui.stages.registry``).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from ui.cells import tab_order
from ui.session import Session
from ui.stages.base import PartnerFilter, Stage
from ui.stages.registry import StageSpec
from ui.table_editor import TableEditor
from ui.table_model import Column, columns_of
from workshop import kinds
from workshop.kinds import Field


class ListStage(Stage):
    """One table editor of the kind ``spec.kind``, with its explanation above it."""

    def __init__(self, session: Session, spec: StageSpec, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        assert spec.kind is not None, f"{spec.key} is not a list stage"
        self.spec = spec
        self.kind = kinds.of(spec.kind)
        self.editor = TableEditor(
            session,
            self.kind.table,
            self.columns(),
            self.defaults,
            title=spec.title,
            orderable=self.kind.ordered,
            parent=self,
        )
        self.layout_ = QVBoxLayout(self)
        intro = QLabel(spec.intro, self)
        intro.setWordWrap(True)
        self.layout_.addWidget(intro)
        #: A kind ordered by partner (contributions) is read partner by partner: a filter.
        self.partner_filter: PartnerFilter | None = None
        if self.kind.order_group == "partner_id":
            self.partner_filter = PartnerFilter(session, self)
            self.partner_filter.chosen.connect(
                lambda _id: self.editor.model.set_row_filter(self._row_filter())
            )
            row = QHBoxLayout()
            choose = QLabel(self.tr("&Partner:"), self)
            choose.setBuddy(self.partner_filter)
            row.addWidget(choose)
            row.addWidget(self.partner_filter)
            row.addStretch(1)
            self.layout_.addLayout(row)
            tab_order(self.partner_filter, self.editor.add_button)
        self.body = self.build_body(self.editor)
        self.layout_.addWidget(self.body, 1)

    def build_body(self, editor: TableEditor) -> QWidget:
        """What fills the stage under its explanation: the list (a subclass adds a picture)."""
        return editor

    # --- the declaration's columns ------------------------------------------------------------

    def columns(self) -> list[Column]:
        return [self.column(self.kind.field(c.name)) for c in columns_of(self.kind.table)]

    def column(self, spec: Field) -> Column:
        """The column of one field (a subclass may show a field its own way)."""
        return Column.of(spec)

    # --- a new item ---------------------------------------------------------------------------

    def _row_filter(self) -> Any:
        return self.partner_filter.row_filter() if self.partner_filter is not None else None

    def defaults(self) -> dict[str, Any] | None:
        """A new item: its main text, in the group of the item selected (a clause's section, a
        contribution's partner); a partner it must have is the one chosen, else the first."""
        values: dict[str, Any] = {self.kind.main: self.spec.new_item}
        current = self.editor.selected_item() if hasattr(self, "editor") else None
        group = self.kind.order_group
        if group is not None and current is not None:
            values[group] = getattr(current, group)
        if self.partner_filter is not None and self.partner_filter.partner_id() is not None:
            values["partner_id"] = self.partner_filter.partner_id()
        for spec in self.kind.references:
            if spec.nullable or values.get(spec.name) is not None:
                continue
            items = self.session.items(spec.ref)
            if not items:
                self.session.problem.emit(
                    self.tr("Add a %1 first.").replace("%1", self.tr(kinds.of(spec.ref).noun))
                )
                return None
            values[spec.name] = items[0].id
        return values

    # --- what the main window asks of a stage -------------------------------------------------

    def add(self) -> None:
        self.editor.add()

    def delete_selected(self) -> None:
        self.editor.delete_selected()

    def move_selected(self, delta: int) -> None:
        self.editor.move_selected(delta)

    def focus_main(self) -> None:
        self.editor.view.setFocus()
