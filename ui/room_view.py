"""The room view: a second window for the projector, in large type, showing only shared items."""

from __future__ import annotations

import time
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QFont, QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import QLabel, QStackedWidget, QTextBrowser, QVBoxLayout, QWidget

from ui import room_content
from ui.agenda_timer import AgendaTimer
from ui.session import Session
from workshop.snapshot import Snapshot

OVER_TIME_COLOUR = "#b9770e"


class RoomView(QWidget):
    """Follows the facilitator's stage. B blanks it, F freezes it (also from the main window)."""

    blank_changed = Signal(bool)
    freeze_changed = Signal(bool)

    def __init__(self, timer: AgendaTimer, points: int = 28, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setWindowTitle(self.tr("Common Ground — room view"))
        self.setObjectName("room_view")
        self.session: Session | None = None
        self.timer = timer
        self.stage = "overview"
        self.stage_title = ""
        self.blanked = False
        self.frozen = False
        self._snapshot: Snapshot | None = None
        self._snapshot_tables: set[str] = set()
        self._rendered_item: int | None = None  # the agenda item the page last marked current
        self.pages = QStackedWidget(self)
        content = QWidget(self.pages)
        self.heading = QLabel(content)
        self.heading.setWordWrap(True)
        self.heading.setTextFormat(Qt.TextFormat.PlainText)  # user text is text
        self.body = QTextBrowser(content)
        self.body.setAccessibleName(self.tr("What the room sees"))
        self.body.setFrameShape(QTextBrowser.Shape.NoFrame)
        self.clock = QLabel(content)
        self.clock.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.clock.setTextFormat(Qt.TextFormat.PlainText)
        self.marking = QLabel(self.tr("Shared items only"), content)
        layout = QVBoxLayout(content)
        layout.setContentsMargins(32, 24, 32, 24)
        layout.addWidget(self.heading)
        layout.addWidget(self.body, 1)
        footer = QVBoxLayout()
        footer.addWidget(self.clock)
        footer.addWidget(self.marking)
        layout.addLayout(footer)
        blank = QWidget(self.pages)
        blank.setStyleSheet("background: black;")
        self.pages.addWidget(content)
        self.pages.addWidget(blank)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.pages)
        self.set_points(points)
        QShortcut(QKeySequence("B"), self).activated.connect(self.toggle_blank)
        QShortcut(QKeySequence("F"), self).activated.connect(self.toggle_freeze)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self).activated.connect(self.close)
        self._pending = QTimer(self)
        self._pending.setSingleShot(True)
        self._pending.setInterval(250)  # coalesce bursts of edits into one redraw
        self._pending.timeout.connect(self.refresh)
        timer.ticked.connect(self.show_timer)
        self.show_timer()

    def set_points(self, points: int) -> None:
        font = QFont(self.font())
        font.setPointSize(points)
        self.body.setFont(font)
        self.clock.setFont(font)
        heading = QFont(font)
        heading.setPointSize(int(points * 1.3))
        heading.setBold(True)
        self.heading.setFont(heading)
        small = QFont(font)
        small.setPointSize(max(10, points // 2))
        self.marking.setFont(small)

    def set_session(self, session: Session | None) -> None:
        if self.session is not None:
            self.session.changed.disconnect(self._changed)
        self.session = session
        self.set_frozen(False)  # a frozen picture belongs to the workshop it was taken of
        if session is not None:
            session.changed.connect(self._changed)
        self.refresh()

    def follow(self, stage: str, title: str) -> None:
        self.stage, self.stage_title = stage, title
        self.refresh()

    def _tables(self) -> set[str]:
        """The tables the room page shows now (read and redrawn only when they change)."""
        tables = set(room_content.TABLES.get(self.stage, ()))
        if self.timer.active:
            tables |= {"agenda_item", "meeting"}  # the timed item's name comes from the snapshot
        return tables

    def _changed(self, change: Any) -> None:
        if not (self.isVisible() and not self.frozen and change.touches(*self._tables())):
            return
        if change.updated or change.deleted:
            # An item made confidential or private, or deleted, leaves the projector at once.
            self._pending.stop()
            self.refresh()
        else:
            self._pending.start()  # new items can wait for a pause in typing

    def refresh(self) -> None:
        if self.frozen:
            return
        if self.session is None or self.session.document.closed:
            self._snapshot = None
            self.clock.setText("")
            self.heading.setText(self.tr("Common Ground"))
            self.body.setHtml("")
            return
        started = time.perf_counter()
        self._snapshot_tables = self._tables()
        snap = self.session.room_snapshot(self._snapshot_tables)
        self._snapshot = snap
        self._rendered_item = self.timer.item_id
        self.show_timer()
        self.heading.setText(f"{snap.workshop.title} — {self.stage_title}")
        self.body.setHtml(room_content.render(self.stage, snap, self.timer.item_id))
        # On a large workshop a redraw is slow: wait for a longer pause in editing before the next.
        slow = time.perf_counter() - started > 0.1
        self._pending.setInterval(1500 if slow else 250)

    def show_timer(self) -> None:
        stale = self.timer.item_id != self._rendered_item  # the timer moved on to another item
        if (
            not self.frozen
            and self.session is not None
            and (stale or (self.timer.active and "agenda_item" not in self._snapshot_tables))
        ):
            self.refresh()  # read the agenda the room may see and mark the item now current
            return
        if self.timer.active:
            # The title comes from the room snapshot: an item the room may not see stays unnamed.
            snap = self._snapshot
            item_id = self.timer.item_id
            item = snap.by_id("agenda_item").get(item_id) if snap is not None and item_id else None
            title = f"{item.title}  ·  " if item is not None else ""
            self.clock.setText(f"{title}{self.timer.status_text()}")
            self.clock.setStyleSheet(f"color: {OVER_TIME_COLOUR};" if self.timer.over_time else "")
        else:
            self.clock.setText("")

    def toggle_blank(self) -> None:
        self.set_blank(not self.blanked)

    def set_blank(self, blanked: bool) -> None:
        self.blanked = blanked
        self.pages.setCurrentIndex(1 if blanked else 0)
        self.blank_changed.emit(blanked)

    def toggle_freeze(self) -> None:
        self.set_frozen(not self.frozen)

    def set_frozen(self, frozen: bool) -> None:
        self.frozen = frozen
        self.freeze_changed.emit(frozen)
        if not frozen:
            self.refresh()

    def visible_text(self) -> str:
        """Everything the room can read right now (for tests and for checking)."""
        if self.blanked:
            return ""
        return "\n".join((self.heading.text(), self.body.toPlainText(), self.clock.text()))

    def present(self) -> None:
        """Full screen on a second screen when there is one; a normal window otherwise."""
        screens = QGuiApplication.screens()
        if len(screens) > 1:
            owner = self.parentWidget()
            window_screen = owner.screen() if owner is not None else screens[0]
            other = next((s for s in screens if s is not window_screen), screens[-1])
            self.setGeometry(other.geometry())
            self.showFullScreen()
        else:
            self.resize(1280, 800)
            self.show()
        self.refresh()
