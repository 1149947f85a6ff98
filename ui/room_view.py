"""The room view: a second window for the projector, in large type, showing only shared items."""

from __future__ import annotations

import time
from collections.abc import Collection
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QFont, QGuiApplication, QHideEvent, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractSlider,
    QLabel,
    QStackedWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ui import labels, room_content
from ui.agenda_timer import AgendaTimer
from ui.session import Key, Session
from workshop.snapshot import Snapshot

OVER_TIME_COLOUR = "#b9770e"

#: Body text is at least this fraction of the projector's height: 1/30 of a 2 m high picture
#: is letters about 6.7 cm tall, readable from the back of a 10 m room.
BODY_SHARE_OF_SCREEN = 30
#: The room's own text-size steps (per cent of the fitted size), apart from the console's zoom.
SCALE_STEPS = (50, 60, 70, 80, 90, 100, 115, 130, 150, 175, 200, 250, 300)


def fitted_pixels(screen_height: int, scale_percent: int) -> int:
    """Body text size in pixels for a screen ``screen_height`` pixels high, at the user's scale."""
    return max(8, round(screen_height / BODY_SHARE_OF_SCREEN * scale_percent / 100))


class RoomView(QWidget):
    """Follows the facilitator's stage. B blanks it, F freezes it (also from the main window)."""

    blank_changed = Signal(bool)
    freeze_changed = Signal(bool)
    shown_changed = Signal(bool)  # the window was shown or hidden (Esc, the window's close)

    def __init__(
        self, timer: AgendaTimer, scale_percent: int = 100, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setWindowTitle(self.tr("Common Ground — room view"))
        self.setObjectName("room_view")
        self.setAttribute(
            Qt.WidgetAttribute.WA_ShowWithoutActivating
        )  # typing stays in the console
        self.session: Session | None = None
        self.timer = timer
        self.stage = "overview"
        self.stage_title = ""
        self.blanked = False
        self.frozen = False
        #: Scroll to an item when it is released to the room (otherwise keep the position).
        self.follow_released = True
        self.scale_percent = scale_percent
        self._snapshot: Snapshot | None = None
        self._snapshot_tables: set[str] = set()
        self._rendered_item: int | None = None  # the agenda item the page last marked current
        self._rendered_stage = ""
        self._watched_window: Any = None
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
        # The room audience's marking, in the words and colour of "shared" (as on paper).
        self.marking = QLabel(labels.marking("room").warning, content)
        ink = labels.ink("visibility", "shared")
        if ink is not None:
            self.marking.setStyleSheet(f"color: {ink.name()};")
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
        self.apply_text_size()
        QShortcut(QKeySequence("B"), self).activated.connect(self.toggle_blank)
        QShortcut(QKeySequence("F"), self).activated.connect(self.toggle_freeze)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self).activated.connect(self.close)
        self._pending = QTimer(self)
        self._pending.setSingleShot(True)
        self._pending.setInterval(250)  # coalesce bursts of edits into one redraw
        self._pending.timeout.connect(self.refresh)
        timer.ticked.connect(self.show_timer)
        self.show_timer()

    # --- text size ----------------------------------------------------------------------------

    def body_pixels(self) -> int:
        """The body's text size: fitted to the height of the screen the room view is on."""
        screen = self.screen() or QGuiApplication.primaryScreen()
        height = screen.geometry().height() if screen is not None else 800
        return fitted_pixels(height, self.scale_percent)

    def set_scale(self, percent: int) -> None:
        self.scale_percent = percent
        self.apply_text_size()

    def step_scale(self, direction: int) -> int:
        """One step larger (1) or smaller (-1), or back to the fitted size (0); the new scale."""
        if direction == 0:
            self.set_scale(100)
        else:
            current = self.scale_percent
            steps = [s for s in SCALE_STEPS if (s > current if direction > 0 else s < current)]
            if steps:
                self.set_scale(steps[0] if direction > 0 else steps[-1])
        return self.scale_percent

    def apply_text_size(self) -> None:
        pixels = self.body_pixels()
        font = QFont(self.font())
        font.setPixelSize(pixels)
        self.body.setFont(font)
        self.body.document().setDefaultFont(font)
        self.clock.setFont(font)
        heading = QFont(font)
        heading.setPixelSize(round(pixels * 1.3))
        heading.setBold(True)
        self.heading.setFont(heading)
        small = QFont(font)
        small.setPixelSize(max(12, pixels // 2))
        self.marking.setFont(small)
        # A line of the room's text is one step of its scroll bar.
        self.body.verticalScrollBar().setSingleStep(self.body.fontMetrics().lineSpacing())

    # --- showing and hiding -------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        handle = self.windowHandle()
        if handle is not None and handle is not self._watched_window:
            self._watched_window = handle
            handle.screenChanged.connect(lambda _screen: self.apply_text_size())
        self.apply_text_size()
        if self.session is not None:
            self.session.set_holding(True)
        self.shown_changed.emit(True)

    def hideEvent(self, event: QHideEvent) -> None:
        super().hideEvent(event)
        if self.session is not None:
            self.session.set_holding(False)
        self.shown_changed.emit(False)

    def set_session(self, session: Session | None) -> None:
        if self.session is not None:
            self.session.changed.disconnect(self._changed)
            self.session.hold_changed.disconnect(self._hold_changed)
            self.session.set_holding(False)
        self.session = session
        self.set_frozen(False)  # a frozen picture belongs to the workshop it was taken of
        if session is not None:
            session.changed.connect(self._changed)
            session.hold_changed.connect(self._hold_changed)
            session.set_holding(self.isVisible())
        self.refresh()

    def follow(self, stage: str, title: str) -> None:
        self.stage, self.stage_title = stage, title
        self.refresh()

    def _tables(self) -> set[str]:
        """The tables the room page shows now (read and redrawn only when they change)."""
        tables = set(room_content.tables(self.stage))
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

    def _hold_changed(self, released: frozenset[Key]) -> None:
        if released and self.isVisible() and not self.frozen:
            tables = self._tables()
            if any(table in tables for table, _ in released):
                self._pending.stop()
                self.refresh(released)

    # --- drawing ------------------------------------------------------------------------------

    def refresh(self, released: Collection[Key] = ()) -> None:
        """Redraw the page, keeping its scroll position; with ``released``, show the first of
        those items instead (when following released items)."""
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
        html = room_content.render(self.stage, snap, self.timer.item_id)
        bar = self.body.verticalScrollBar()
        position = bar.value() if self._rendered_stage == self.stage else 0
        self._rendered_stage = self.stage
        self.body.setHtml(html)
        if position:
            self.body.document().size()  # lay the page out, so the old position exists
            bar.setValue(position)
        if self.follow_released:
            anchors = [room_content.anchor_name(table, item_id) for table, item_id in released]
            shown = sorted((html.find(f"name='{a}'"), a) for a in anchors)
            first = next((a for at, a in shown if at >= 0), None)
            if first is not None:
                self.body.scrollToAnchor(first)
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

    # --- steering from the console ------------------------------------------------------------

    def scroll_by(self, action: QAbstractSlider.SliderAction) -> None:
        """Scroll the page as the facilitator asks: a line, a page, or to the top."""
        self.body.verticalScrollBar().triggerAction(action)

    def scroll_position(self) -> int:
        return self.body.verticalScrollBar().value()

    # --- blank and freeze ---------------------------------------------------------------------

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
        self.apply_text_size()  # fitted to the screen it is on now
        self.refresh()
