"""The open workshop: navigation by stage on the left, the stage's editor on the right."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QSplitter, QStackedWidget, QWidget

from ui.agenda_timer import AgendaTimer
from ui.session import Session
from ui.stages.base import Stage
from ui.stages.commitments import CommitmentsStage
from ui.stages.disagreements import DisagreementsStage
from ui.stages.lists import ActionsStage, ClausesStage, ImpactStage, NotesStage
from ui.stages.meetings import MeetingsStage
from ui.stages.overview import OverviewStage
from ui.stages.positions import PositionsStage
from ui.stages.values import ValuesStage

StageFactory = Callable[[Session, AgendaTimer, QWidget], Stage]

#: The stages in the order a workshop runs.
STAGES: tuple[tuple[str, StageFactory], ...] = (
    ("overview", lambda s, t, p: OverviewStage(s, p)),
    ("positions", lambda s, t, p: PositionsStage(s, p)),
    ("values", lambda s, t, p: ValuesStage(s, p)),
    ("disagreements", lambda s, t, p: DisagreementsStage(s, p)),
    ("clauses", lambda s, t, p: ClausesStage(s, p)),
    ("commitments", lambda s, t, p: CommitmentsStage(s, p)),
    ("impact", lambda s, t, p: ImpactStage(s, p)),
    ("actions", lambda s, t, p: ActionsStage(s, p)),
    ("meetings", MeetingsStage),
    ("notes", lambda s, t, p: NotesStage(s, p)),
)
STAGE_KEYS = tuple(key for key, _ in STAGES)


class Workspace(QSplitter):
    """Stages are built when first shown, so a large workshop opens quickly."""

    stage_changed = Signal(str, str)  # key, title

    def __init__(self, session: Session, timer: AgendaTimer, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.setObjectName("workspace_splitter")
        self.session = session
        self.timer = timer
        self.nav = QListWidget(self)
        self.nav.setAccessibleName(self.tr("Stages of the workshop"))
        self.nav.setMaximumWidth(260)
        self.stack = QStackedWidget(self)
        self.stages: dict[str, Stage] = {}
        #: Saved splitter states by object name, applied when a stage is first built.
        self.splitter_states: dict[str, Any] = {}
        titles = self.stage_titles()
        for number, key in enumerate(STAGE_KEYS, start=1):
            item = QListWidgetItem(f"{number % 10}  {titles[key]}")
            item.setData(Qt.ItemDataRole.UserRole, key)
            item.setToolTip(self.tr("Alt+%1").replace("%1", str(number % 10)))
            self.nav.addItem(item)
            self.stack.addWidget(QWidget(self.stack))  # placeholder until first shown
        self.addWidget(self.nav)
        self.addWidget(self.stack)
        self.setStretchFactor(1, 1)
        self.setSizes([200, 1000])
        self.nav.currentRowChanged.connect(self._show_row)

    def stage_titles(self) -> dict[str, str]:
        return {
            "overview": self.tr("Overview"),
            "positions": self.tr("Positions"),
            "values": self.tr("Values"),
            "disagreements": self.tr("Disagreements"),
            "clauses": self.tr("Ways of working"),
            "commitments": self.tr("Fair practice"),
            "impact": self.tr("Impact"),
            "actions": self.tr("Actions"),
            "meetings": self.tr("Meetings & agenda"),
            "notes": self.tr("Notes"),
        }

    def stage(self, key: str) -> Stage:
        """The stage's editor, built on first use."""
        found = self.stages.get(key)
        if found is None:
            row = STAGE_KEYS.index(key)
            factory = STAGES[row][1]
            found = factory(self.session, self.timer, self.stack)
            placeholder = self.stack.widget(row)
            self.stack.insertWidget(row, found)
            if placeholder is not None:
                self.stack.removeWidget(placeholder)
                placeholder.deleteLater()
            self.stages[key] = found
            for splitter in found.findChildren(QSplitter):
                state = self.splitter_states.get(splitter.objectName())
                if state is not None:
                    splitter.restoreState(state)
        return found

    def show_stage(self, key: str) -> Stage:
        self.nav.setCurrentRow(STAGE_KEYS.index(key))
        return self.stage(key)

    def current_key(self) -> str:
        row = max(self.nav.currentRow(), 0)
        return STAGE_KEYS[row]

    def current_stage(self) -> Stage:
        return self.stage(self.current_key())

    def _show_row(self, row: int) -> None:
        if row < 0:
            return
        key = STAGE_KEYS[row]
        stage = self.stage(key)
        self.stack.setCurrentWidget(stage)
        self.stage_changed.emit(key, self.stage_titles()[key])

    def step(self, delta: int) -> None:
        row = (max(self.nav.currentRow(), 0) + delta) % len(STAGE_KEYS)
        self.nav.setCurrentRow(row)
