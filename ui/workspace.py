"""The open workshop: navigation by stage on the left, the stage's editor on the right.

The stages, their titles, numbers and keys come from ``ui.stages.registry``."""

from __future__ import annotations

from typing import Any, TypeVar

from PySide6.QtCore import QEvent, QSize, Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QListWidget,
    QListWidgetItem,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QWidget,
)

from ui.agenda_timer import AgendaTimer
from ui.session import Session
from ui.stages import registry
from ui.stages.base import Stage
from ui.stages.registry import STAGE_KEYS, STAGES, StageContext

S = TypeVar("S", bound=Stage)


class StageStack(QStackedWidget):
    """The stages, one shown: as large as the stage shown asks (a stack's default is the
    largest of all its pages, so one wide stage would widen every other)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.currentChanged.connect(lambda _row: self.updateGeometry())

    def sizeHint(self) -> QSize:
        shown = self.currentWidget()
        return shown.sizeHint() if shown is not None else super().sizeHint()

    def minimumSizeHint(self) -> QSize:
        shown = self.currentWidget()
        return shown.minimumSizeHint() if shown is not None else super().minimumSizeHint()


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
        self.stack = StageStack()
        # A stage wider or taller than the screen leaves (at a large text size, on a small
        # screen) scrolls inside the window: the window itself always fits its screen.
        self.stage_scroll = QScrollArea(self)
        self.stage_scroll.setObjectName("stage_scroll")
        self.stage_scroll.setAccessibleName(self.tr("Stage"))
        self.stage_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.stage_scroll.setWidgetResizable(True)
        self.stage_scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the stage's controls
        self.stage_scroll.setWidget(self.stack)
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
        self.addWidget(self.stage_scroll)
        self._fit_nav()
        self.setStretchFactor(1, 1)
        self.setSizes([200, 1000])
        self.nav.currentRowChanged.connect(self._show_row)

    def _fit_nav(self) -> None:
        """The stage list as wide as its longest title at the text size in use, never clipped
        to "1 Ov" (but at most a third of the window)."""
        wanted = self.nav.sizeHintForColumn(0) + 2 * self.nav.frameWidth() + 24
        self.nav.setMinimumWidth(min(wanted, 360))
        self.nav.setMaximumWidth(max(wanted, 260))

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._fit_nav()

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
