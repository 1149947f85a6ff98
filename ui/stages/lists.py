"""Stages that are one list each: ways of working (clauses), impact, actions and notes."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from ui.session import Session
from ui.stages.base import Stage
from ui.table_editor import TableEditor
from ui.table_model import Column


class ListStage(Stage):
    """A stage showing one table editor, with an explanation above it."""

    table = ""
    orderable = False

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.editor = TableEditor(
            session,
            self.table,
            self.columns(),
            self.defaults,
            title=self.title(),
            orderable=self.orderable,
            parent=self,
        )
        layout = QVBoxLayout(self)
        intro = QLabel(self.intro(), self)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        layout.addWidget(self.editor, 1)

    def columns(self) -> list[Column]:
        raise NotImplementedError

    def intro(self) -> str:
        return ""

    def defaults(self) -> dict[str, Any] | None:
        raise NotImplementedError

    def add(self) -> None:
        self.editor.add()

    def delete_selected(self) -> None:
        self.editor.delete_selected()

    def move_selected(self, delta: int) -> None:
        self.editor.move_selected(delta)

    def focus_main(self) -> None:
        self.editor.view.setFocus()


class ClausesStage(ListStage):
    key = "clauses"
    table = "clause"
    orderable = True

    def title(self) -> str:
        return self.tr("Ways of working")

    def intro(self) -> str:
        return self.tr(
            "Expectations, boundaries and ways of working for the draft agreement, by section. "
            "Order matters within a section."
        )

    def columns(self) -> list[Column]:
        return [
            Column("section", self.tr("Section"), width=170),
            Column("text", self.tr("Clause")),
            Column("status", self.tr("Status"), width=90),
            Column("partner_id", self.tr("Partner"), width=120),
            Column("visibility", self.tr("Visibility"), width=130),
        ]

    def defaults(self) -> dict[str, Any]:
        current = self.editor.selected_item() if hasattr(self, "editor") else None
        section = current.section if current is not None else "purpose"
        return {"section": section, "text": self.tr("New clause")}


class ImpactStage(ListStage):
    key = "impact"
    table = "impact"
    orderable = True

    def title(self) -> str:
        return self.tr("Impact")

    def intro(self) -> str:
        return self.tr(
            "The expected effect of the partnership, or of not forming it, on communities, "
            "beneficiaries and the local sector."
        )

    def columns(self) -> list[Column]:
        return [
            Column("description", self.tr("Impact")),
            Column("area", self.tr("Area"), width=130),
            Column("scenario", self.tr("Scenario"), width=170),
            Column("partner_id", self.tr("Partner"), width=120),
            Column("visibility", self.tr("Visibility"), width=130),
        ]

    def defaults(self) -> dict[str, Any]:
        return {"description": self.tr("New impact")}


class ActionsStage(ListStage):
    key = "actions"
    table = "action"
    orderable = True

    def title(self) -> str:
        return self.tr("Actions")

    def intro(self) -> str:
        return self.tr("What happens next, who owns it and by when (dates as YYYY-MM-DD).")

    def columns(self) -> list[Column]:
        return [
            Column("text", self.tr("Action")),
            Column("partner_id", self.tr("Partner"), width=120),
            Column("person_id", self.tr("Person"), width=130),
            Column("due_date", self.tr("Due"), width=100),
            Column("status", self.tr("Status"), width=100),
            Column("meeting_id", self.tr("From meeting"), width=150),
            Column("visibility", self.tr("Visibility"), width=130),
        ]

    def defaults(self) -> dict[str, Any]:
        return {"text": self.tr("New action")}


class NotesStage(ListStage):
    key = "notes"
    table = "note"
    orderable = True

    def title(self) -> str:
        return self.tr("Notes")

    def intro(self) -> str:
        return self.tr(
            "Your own notes. They are private unless you choose otherwise, and never reach the "
            "room view."
        )

    def columns(self) -> list[Column]:
        return [
            Column("text", self.tr("Note")),
            Column("partner_id", self.tr("About partner"), width=140),
            Column("visibility", self.tr("Visibility"), width=130),
        ]

    def defaults(self) -> dict[str, Any]:
        return {"text": self.tr("New note")}
