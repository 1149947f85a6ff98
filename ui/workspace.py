"""The open workshop: navigation by stage on the left, the stage's editor on the right.

The stages, their titles, numbers and keys come from ``ui.stages.registry``."""

from __future__ import annotations

from typing import Any, TypeVar

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QSplitter, QStackedWidget, QWidget

from ui.agenda_timer import AgendaTimer
from ui.session import Session
from ui.stages import registry
from ui.stages.base import Stage
from ui.stages.registry import STAGE_KEYS, STAGES, StageContext

S = TypeVar("S", bound=Stage)


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
        for row, spec in enumerate(STAGES):
            item = QListWidgetItem(f"{registry.number(row)}  {spec.title}")
            item.setData(Qt.ItemDataRole.UserRole, spec.key)
            item.setToolTip(registry.shortcut(row))
            self.nav.addItem(item)
            self.stack.addWidget(QWidget(self.stack))  # placeholder until first shown
        self.addWidget(self.nav)
        self.addWidget(self.stack)
        self.setStretchFactor(1, 1)
        self.setSizes([200, 1000])
        self.nav.currentRowChanged.connect(self._show_row)

    def stage(self, key: str) -> Stage:
        """The stage's editor, built on first use."""
        found = self.stages.get(key)
        if found is None:
            row = STAGE_KEYS.index(key)
            spec = STAGES[row]
            found = spec.factory(StageContext(self.session, self.timer, spec), self.stack)
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

    def stage_as(self, key: str, kind: type[S]) -> S:
        """The stage ``key``, which is a ``kind`` (the meetings stage, for the timer's keys)."""
        found = self.stage(key)
        assert isinstance(found, kind), f"{key} is not a {kind.__name__}"
        return found

    def show_stage(self, key: str) -> Stage:
        self.go_to(STAGE_KEYS.index(key))
        return self.stage(key)

    def go_to(self, row: int) -> None:
        """Show the stage in ``row`` of the navigation (the workshop's order)."""
        if 0 <= row < len(STAGES):
            self.nav.setCurrentRow(row)

    def current_key(self) -> str:
        return STAGE_KEYS[max(self.nav.currentRow(), 0)]

    def current_title(self) -> str:
        return registry.spec(self.current_key()).title

    def current_stage(self) -> Stage:
        return self.stage(self.current_key())

    def _show_row(self, row: int) -> None:
        if row < 0:
            return
        spec = STAGES[row]
        stage = self.stage(spec.key)
        self.stack.setCurrentWidget(stage)
        self.stage_changed.emit(spec.key, spec.title)

    def step(self, delta: int) -> None:
        self.go_to((max(self.nav.currentRow(), 0) + delta) % len(STAGES))
