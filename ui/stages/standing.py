"""Where the agreement stands, at a glance on the Overview: the deadlocks on terms and the coverage
of the agreement's ingredients (the full views are on the stage "Where the deal stands")."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QGroupBox, QLabel, QVBoxLayout, QWidget

from ui.session import Session
from ui.stages.insight import CoverageTable, ReloadsWhenShown, broker_snapshot
from workshop import negotiation


def _tr(text: str) -> str:
    return QCoreApplication.translate("Insight", text)


def deadlocks_summary(deadlocks: tuple[negotiation.Deadlock, ...]) -> str:
    """ "✖ Deadlocks: Management fee (Northlight, Cŵn; red lines) · …" or that there are none."""
    if not deadlocks:
        return _tr("No deadlocks on terms.")
    parts = []
    for deadlock in deadlocks:
        names = ", ".join(p.label for p in deadlock.partners)
        kind = _tr("bottom lines, movable") if deadlock.movable else _tr("red line")
        hidden = any(line.position.visibility != "shared" for line in deadlock.lines)
        # A deadlock that rests on a line the room may not see is itself not for the room.
        mark = " " + _tr("(not for the room)") if hidden else ""
        parts.append(f"{deadlock.term.name} ({names}; {kind}){mark}")
    return _tr("✖ Deadlocks: %1").replace("%1", " · ".join(parts))


class StandingPanel(ReloadsWhenShown, QGroupBox):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(_tr("Where the agreement stands"), parent)
        self.session = session
        self.deadlocks = QLabel(self)
        self.deadlocks.setWordWrap(True)
        self.deadlocks.setAccessibleDescription(_tr("Deadlocks"))
        self.coverage = CoverageTable(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.deadlocks)
        layout.addWidget(self.coverage, 1)
        self.watch(session)

    def reload(self) -> None:
        if self.session.document.closed:
            return
        snap = broker_snapshot(self.session)
        self.deadlocks.setText(escape(deadlocks_summary(negotiation.deadlocks(snap))))
        self.coverage.show_snapshot(snap)
        self.stale = False
