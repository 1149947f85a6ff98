"""Meetings and agenda: the dated meetings, each one's timed agenda, and the item timer."""

from __future__ import annotations

from html import escape
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ui.agenda_timer import AgendaTimer, clock_text
from ui.cells import CellTable, tab_order
from ui.session import Session
from ui.stages.attendance import AttendanceModel
from ui.stages.base import Stage
from ui.table_editor import TableEditor
from ui.table_model import columns_of

OVER_TIME_COLOUR = "#b9770e"  # amber: clear but calm


class MeetingsStage(Stage):
    key = "meetings"

    def __init__(self, session: Session, timer: AgendaTimer, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.timer = timer
        self.meetings = TableEditor(
            session,
            "meeting",
            columns_of("meeting", ("title", "date", "location", "visibility")),
            lambda: {"title": self.tr("New meeting")},
            title=self.tr("Meetings"),
            orderable=True,
            parent=self,
        )
        self.agenda = TableEditor(
            session,
            "agenda_item",
            columns_of("agenda_item", ("title", "planned_minutes", "notes", "visibility")),
            self._agenda_defaults,
            title=self.tr("Agenda"),
            orderable=True,
            row_filter=self._in_meeting,
            parent=self,
        )
        self.meetings.current_changed.connect(self._meeting_selected)
        self.agenda.current_changed.connect(lambda _item: self._update_buttons())
        # --- timer panel ---
        panel = QFrame(self)
        panel.setFrameShape(QFrame.Shape.StyledPanel)
        self.timer_title = QLabel(panel)
        self.timer_text = QLabel(panel)
        font = QFont(self.timer_text.font())
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.timer_text.setFont(font)
        self.timer_text.setAccessibleName(self.tr("Time on the current agenda item"))
        # The timer's keys are the Room menu's (Ctrl+T, Ctrl+Shift+P, Ctrl+Shift+T), shown on the
        # buttons; no mnemonics, which a facilitator typing in the agenda could set off.
        self.start_button = QPushButton(self.tr("Start selected item (Ctrl+T)"), panel)
        self.start_button.clicked.connect(self.start_selected)
        self.pause_button = QPushButton(self.tr("Pause (Ctrl+Shift+P)"), panel)
        self.pause_button.clicked.connect(self.toggle_pause)
        self.next_button = QPushButton(self.tr("Next item (Ctrl+Shift+T)"), panel)
        self.next_button.clicked.connect(self.next_item)
        self.stop_button = QPushButton(self.tr("Stop timer"), panel)
        self.stop_button.clicked.connect(timer.stop)
        row = QHBoxLayout(panel)
        texts = QVBoxLayout()
        texts.addWidget(self.timer_title)
        texts.addWidget(self.timer_text)
        row.addLayout(texts, 1)
        for button in (self.start_button, self.pause_button, self.next_button, self.stop_button):
            row.addWidget(button)
        self.attendance_model = AttendanceModel(session, self)
        self.attendance = CellTable(self)
        self.attendance.setAccessibleName(self.tr("Attendance at the selected meeting"))
        self.attendance.setModel(self.attendance_model)
        self.attendance.verticalHeader().setVisible(False)
        self.attendance.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        attendance_box = QWidget(self)
        attendance_box.setMinimumWidth(360)  # names, partners and answers must stay readable
        heading = QLabel(
            self.tr(
                "<b>Attendance</b> — click an answer for the list, or select it and press Enter; "
                "then choose"
            ),
            attendance_box,
        )
        heading.setWordWrap(True)
        box_layout = QVBoxLayout(attendance_box)
        box_layout.setContentsMargins(0, 0, 0, 0)
        box_layout.addWidget(heading)
        box_layout.addWidget(self.attendance, 1)
        lower = QSplitter(Qt.Orientation.Horizontal, self)
        lower.setObjectName("agenda_splitter")
        lower.addWidget(self.agenda)
        lower.addWidget(attendance_box)
        lower.setCollapsible(1, False)
        lower.setStretchFactor(0, 3)
        lower.setStretchFactor(1, 1)
        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.setObjectName("meetings_splitter")
        self.splitter.addWidget(self.meetings)
        self.splitter.addWidget(lower)
        self.splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(panel)
        layout.addWidget(self.splitter, 1)
        tab_order(
            self.start_button,
            self.pause_button,
            self.next_button,
            self.stop_button,
            self.meetings.add_button,
        )
        tab_order(self.agenda.view, self.attendance)
        timer.ticked.connect(self.show_timer)
        session.changed.connect(self._on_change)
        self.show_timer()

    # --- meetings and agenda ------------------------------------------------------------------

    def current_meeting_id(self) -> int | None:
        item = self.meetings.selected_item()
        if item is not None:
            return int(item.id)
        meetings = self.session.items("meeting")
        return meetings[0].id if meetings else None

    def _in_meeting(self, item: Any) -> bool:
        return bool(item.meeting_id == self.current_meeting_id())

    def _meeting_selected(self, _item: Any) -> None:
        self.agenda.model.set_row_filter(self._in_meeting)
        self.attendance_model.show_meeting(self.current_meeting_id())
        self._update_buttons()

    def _agenda_defaults(self) -> dict[str, Any] | None:
        meeting = self.current_meeting_id()
        if meeting is None:
            self.session.problem.emit(self.tr("Add a meeting first."))
            return None
        return {"title": self.tr("New agenda item"), "meeting_id": meeting, "planned_minutes": 15}

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        if self.meetings.selected_item() is None and self.meetings.model.rowCount():
            self.meetings.view.selectRow(0)

    def _on_change(self, change: Any) -> None:
        if self.timer.active and change.touches("agenda_item"):
            item = self.session.by_id("agenda_item").get(self.timer.item_id or -1)
            if item is None:
                self.timer.stop()
            else:
                self.timer.update_item(item.title, item.planned_minutes)

    # --- timer --------------------------------------------------------------------------------

    def start_selected(self) -> None:
        item = self.agenda.selected_item()
        if item is None and self.agenda.model.rowCount():
            item = self.agenda.model.item(0)
            self.agenda.select_id(item.id)
        if item is not None:
            self.timer.start(item.id, item.title, item.planned_minutes)

    def toggle_pause(self) -> None:
        if self.timer.running:
            self.timer.pause()
        else:
            self.timer.resume()

    def next_item(self) -> None:
        """Start timing the agenda item after the one being timed (or the selected one)."""
        current = self.timer.item_id
        row = self.agenda.model.row_of(current) if current is not None else -1
        following = self.agenda.model.item(row + 1)
        if following is None:
            self.timer.stop()
            return
        self.agenda.select_id(following.id)
        self.timer.start(following.id, following.title, following.planned_minutes)

    def _update_buttons(self) -> None:
        self.start_button.setEnabled(self.agenda.model.rowCount() > 0)

    def show_timer(self) -> None:
        timer = self.timer
        if timer.active:
            self.timer_title.setText(
                self.tr("Now: <b>%1</b> (%n minute(s) planned)", "", timer.planned_minutes).replace(
                    "%1", escape(timer.title)
                )
            )
        else:
            self.timer_title.setText(self.tr("Select an agenda item and press Start."))
        self.timer_text.setText(timer.status_text() if timer.active else clock_text(0))
        colour = OVER_TIME_COLOUR if timer.over_time else ""
        self.timer_text.setStyleSheet(f"color: {colour};" if colour else "")
        paused = timer.active and not timer.running
        self.pause_button.setText(
            self.tr("Resume (Ctrl+Shift+P)") if paused else self.tr("Pause (Ctrl+Shift+P)")
        )
        self.pause_button.setEnabled(timer.active)
        self.next_button.setEnabled(timer.active)
        self.stop_button.setEnabled(timer.active)

    def add(self) -> None:
        (self.meetings if self.meetings.view.hasFocus() else self.agenda).add()

    def delete_selected(self) -> None:
        (self.meetings if self.meetings.view.hasFocus() else self.agenda).delete_selected()

    def move_selected(self, delta: int) -> None:
        (self.meetings if self.meetings.view.hasFocus() else self.agenda).move_selected(delta)

    def focus_main(self) -> None:
        self.agenda.view.setFocus()
