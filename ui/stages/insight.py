"""Where the deal stands: the broker's insight, computed by the core from what the facilitator may
see (``workshop.negotiation``, ``coverage``, ``changes``, ``voices``).

Five pages: **Deadlocks** (which term, whose lines, red or bottom, movable or not; D opens a
disagreement with the parties and their lines filled in), **Zones of agreement** (a picture per
numeric term), **Coverage** of the agreement, **Since** the last meeting ended, and the **Balance
of voices** (the broker's alone: the room view never shows it).
"""

from __future__ import annotations

from html import escape
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QBrush, QColor, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ui import labels
from ui.agenda_timer import clock_text
from ui.dialogs import tell
from ui.session import Session
from ui.stages.base import Pages, Stage
from ui.zones_picture import ZonePicture, summary
from workshop import changes, coverage, kinds, negotiation, ops, snapshot, voices
from workshop.audience import Audience
from workshop.kinds import TABLES

#: The tables whose change can move what these pages show (everything the facilitator captures).
WATCHED = frozenset(TABLES)


def _tr(text: str) -> str:
    return QCoreApplication.translate("Insight", text)


class ReloadsWhenShown:
    """A view of the broker's insight: a change that touches :data:`WATCHED` reloads it at once
    if it is shown, else the next time it is (mixed in before its Qt class)."""

    session: Session
    stale: bool

    def watch(self, session: Session) -> None:
        self.stale = True
        session.changed.connect(self._on_change)

    def _on_change(self, change: Any) -> None:
        if change.touches(*WATCHED):
            self.stale = True
            if self.isVisible():  # type: ignore[attr-defined]
                self.reload()

    def showEvent(self, event: Any) -> None:
        if self.stale:
            self.reload()
        super().showEvent(event)  # type: ignore[misc]

    def reload(self) -> None:
        raise NotImplementedError


def broker_snapshot(session: Session) -> snapshot.Snapshot:
    """Everything the facilitator may see, through the one set of audience rules."""
    return snapshot.restrict({t: session.items(t) for t in TABLES}, Audience.broker())


def _read_only_table(parent: QWidget, name: str, headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers), parent)
    table.setAccessibleName(name)
    table.setHorizontalHeaderLabels(headers)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setWordWrap(True)
    table.setTabKeyNavigation(False)  # Tab leaves the table, as every table in the app
    table.verticalHeader().setVisible(False)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
    return table


def _cell(text: str, terms: str | None = None, value: str | None = None) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setToolTip(text)
    if terms is not None:
        fill, ink = labels.cell_colours(terms, value)
        if fill is not None:
            item.setBackground(QBrush(fill))
            item.setForeground(QBrush(ink if ink is not None else QColor("#000000")))
    return item


# --- deadlocks ----------------------------------------------------------------------------------


def deadlock_kind(deadlock: negotiation.Deadlock) -> str:
    """ "▼ Bottom lines only: movable by the people in the room" or the red-line wording."""
    if deadlock.movable:
        return _tr("▼ Bottom lines only: movable by the people in the room")
    return _tr("✖ Red line: needs a CEO's or board's mandate")


def lines_text(deadlock: negotiation.Deadlock, session: Session) -> str:
    """Each partner's line, and who may see it when it is not shared (the broker sees every
    line; the words say which ones the room and the other partners do not)."""
    out = []
    for line in deadlock.lines:
        text = f"{line.partner.label} — {negotiation.line_text(line, labels.tr)}"
        marking = session.marking("position", line.position, labels.tr)
        if marking:
            symbol = labels.symbol("visibility", line.position.visibility)
            text = f"{symbol} {text} ({marking})"
        out.append(text)
    return "\n".join(out)


class DeadlocksPage(QWidget):
    """Every deadlock the facilitator may see; D (or the button) opens it as a disagreement."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.deadlocks: tuple[negotiation.Deadlock, ...] = ()
        intro = QLabel(
            _tr(
                "Hard lines on one term that cannot all hold. Give positions a term and a stance "
                "on Positions (Terms, and the Term and Stance columns of the list). Select a "
                "deadlock and press D to open it as a disagreement."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.table = _read_only_table(
            self, _tr("Deadlocks"), [_tr("Term"), _tr("Whose lines"), _tr("Red or bottom lines")]
        )
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.table.installEventFilter(self)
        self.open_button = QPushButton(_tr("Open as a disagreement (D)"), self)
        self.open_button.setAccessibleName(_tr("Open the selected deadlock as a disagreement"))
        self.open_button.clicked.connect(self.open_selected)
        self.open_button.setEnabled(not session.document.read_only)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.open_button)
        layout.addLayout(row)

    def show_snapshot(self, snap: snapshot.Snapshot) -> None:
        current = self.table.currentRow()
        self.deadlocks = negotiation.deadlocks(snap)
        self.table.setRowCount(len(self.deadlocks))
        for row, deadlock in enumerate(self.deadlocks):
            self.table.setItem(row, 0, _cell(deadlock.term.name))
            self.table.setItem(row, 1, _cell(lines_text(deadlock, self.session)))
            kind = "bottom_line" if deadlock.movable else "red_line"
            self.table.setItem(row, 2, _cell(deadlock_kind(deadlock), "position_kind", kind))
        self.table.resizeRowsToContents()
        if self.deadlocks:
            self.table.setCurrentCell(min(max(current, 0), len(self.deadlocks) - 1), 0)

    def selected(self) -> negotiation.Deadlock | None:
        row = self.table.currentRow()
        return self.deadlocks[row] if 0 <= row < len(self.deadlocks) else None

    def open_selected(self) -> int | None:
        """Open the selected deadlock as a disagreement (one undoable step); its id."""
        deadlock = self.selected()
        if deadlock is None or self.session.document.read_only:
            return None
        opening = negotiation.opening(deadlock, labels.tr)
        change = self.session.run(
            ops.open_disagreement,
            opening.title,
            opening.views,
            description=opening.description,
            topic_id=opening.topic_id,
            severity=opening.severity,
        )
        if change is None:
            return None
        names = ", ".join(p.label for p in deadlock.partners)
        tell(
            self,
            _tr("Opened “%1” on Disagreements, with %2 and their lines (Ctrl+Z undoes)")
            .replace("%1", opening.title)
            .replace("%2", names),
        )
        return next(int(i) for t, i in change.created if t == "disagreement")

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.table and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() == Qt.Key.Key_D and not event.modifiers():
                self.open_selected()
                return True
        return super().eventFilter(watched, event)


# --- zones of agreement -------------------------------------------------------------------------


class ZonesPage(QScrollArea):
    """A picture per numeric term where two or more partners set limits, and its words."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setAccessibleName(_tr("Zones of agreement"))
        self.pictures: list[ZonePicture] = []
        self.texts: list[QLabel] = []
        self.setWidget(QWidget(self))

    def show_snapshot(self, snap: snapshot.Snapshot) -> None:
        inner = QWidget(self)
        layout = QVBoxLayout(inner)
        self.pictures, self.texts = [], []
        intro = QLabel(
            _tr(
                "Each partner's acceptable range on a numeric term (its red and bottom lines) "
                "as a bar, its preferred value ◆; green where all can agree, red the gap. A red "
                "line's limit is drawn solid, a bottom line's dashed."
            ),
            inner,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        found = negotiation.zones(snap)
        if not found:
            layout.addWidget(
                QLabel(
                    _tr(
                        "No numeric term has limits from two partners yet: give a term "
                        "“Numeric” on Positions › Terms, and positions on it a stance "
                        "“Within limits” with a range."
                    ),
                    inner,
                )
            )
        for zone in found:
            heading = QLabel(f"<b>{escape(zone.term.name)}</b>", inner)
            picture = ZonePicture(zone, inner)
            text = QLabel("<br>".join(escape(line) for line in summary(zone)), inner)
            text.setWordWrap(True)
            text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard)
            for widget in (heading, picture, text):
                layout.addWidget(widget)
            self.pictures.append(picture)
            self.texts.append(text)
        layout.addStretch(1)
        self.setWidget(inner)

    def visible_text(self) -> str:
        return "\n".join(label.text() for label in self.texts)


# --- coverage -----------------------------------------------------------------------------------


class CoverageTable(QTableWidget):
    """Each ingredient of a partnering agreement: Not started / Partly in place / In place, with
    what is missing (on this page and on the Overview)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, 3, parent)
        self.setAccessibleName(_tr("Coverage of the agreement"))
        self.setHorizontalHeaderLabels([_tr("Ingredient"), _tr("Status"), _tr("What is missing")])
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setTabKeyNavigation(False)
        self.setWordWrap(True)
        self.verticalHeader().setVisible(False)
        header = self.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)

    def show_snapshot(self, snap: snapshot.Snapshot) -> None:
        found = coverage.coverage(snap, labels.tr)
        self.setRowCount(len(found))
        for row, covered in enumerate(found):
            self.setItem(row, 0, _cell(labels.label("ingredient", covered.ingredient)))
            status = labels.marked("coverage", covered.status)
            self.setItem(row, 1, _cell(status, "coverage", covered.status))
            self.setItem(row, 2, _cell("; ".join(covered.missing)))
        self.resizeRowsToContents()

    def row_texts(self) -> list[str]:
        return [
            " | ".join(cell.text() for c in range(3) if (cell := self.item(r, c)) is not None)
            for r in range(self.rowCount())
        ]


# --- since we last met --------------------------------------------------------------------------


def item_text(table: str, item: Any) -> str:
    kind = kinds.of(table)
    noun = labels.tr(kind.noun)
    main = str(getattr(item, kind.main, "") or "")
    return f"{noun[:1].upper()}{noun[1:]}: {main}" if main else noun[:1].upper() + noun[1:]


def since_html(found: changes.Since) -> str:
    """What changed since the meeting, in sections; a removed item is counted, never described."""
    parts = []
    for heading, entries in (
        (_tr("Added"), found.added),
        (_tr("Changed"), found.changed),
        (_tr("Resolved"), found.resolved),
        (_tr("Dropped"), found.dropped),
    ):
        if entries:
            items = "".join(f"<li>{escape(item_text(t, i))}</li>" for t, i in entries)
            parts.append(f"<h3>{escape(heading)} ({len(entries)})</h3><ul>{items}</ul>")
    if found.removed:
        lines = []
        for table, count in found.removed.items():
            kind = kinds.of(table)
            noun = labels.tr(kind.noun if count == 1 else kind.plural)
            lines.append(_tr("%1 %2 removed").replace("%1", str(count)).replace("%2", noun))
        items = "".join(f"<li>{escape(line)}</li>" for line in lines)
        parts.append("<h3>" + escape(_tr("Removed")) + f"</h3><ul>{items}</ul>")
    if not parts:
        return "<p><i>" + escape(_tr("Nothing has changed since then.")) + "</i></p>"
    return "".join(parts)


class SincePage(QWidget):
    """ "Since <meeting>": what was added, changed, resolved or dropped since it ended."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.meeting_choice = QComboBox(self)
        self.meeting_choice.setAccessibleName(_tr("Since which meeting"))
        self.meeting_choice.activated.connect(lambda _i: self._show())
        choose = QLabel(_tr("&Since the end of:"), self)
        choose.setBuddy(self.meeting_choice)
        self.text = QTextBrowser(self)
        self.text.setAccessibleName(_tr("What changed since the meeting"))
        row = QHBoxLayout()
        row.addWidget(choose)
        row.addWidget(self.meeting_choice, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.text, 1)
        self._snap: snapshot.Snapshot | None = None

    def show_snapshot(self, snap: snapshot.Snapshot) -> None:
        self._snap = snap
        chosen = self.meeting_choice.currentData()
        ended = sorted((m for m in snap.meetings if m.ended_at), key=lambda m: m.ended_at)
        self.meeting_choice.clear()
        for meeting in reversed(ended):  # the last ended first
            self.meeting_choice.addItem(meeting.title, meeting.id)
        self.meeting_choice.setCurrentIndex(max(self.meeting_choice.findData(chosen), 0))
        self._show()

    def _show(self) -> None:
        snap = self._snap
        meeting_id = self.meeting_choice.currentData()
        meeting = snap.by_id("meeting").get(meeting_id) if snap is not None else None
        if snap is None or meeting is None:
            self.text.setHtml(
                "<p><i>"
                + escape(
                    _tr(
                        "No meeting has ended yet. On Meetings & agenda, select the meeting and "
                        "press End meeting: what each audience could see is kept, and this page "
                        "then lists what changed since."
                    )
                )
                + "</i></p>"
            )
            return
        heading = escape(_tr("Since “%1”").replace("%1", meeting.title))
        self.text.setHtml(f"<h2>{heading}</h2>" + since_html(changes.since(snap, meeting)))


# --- balance of voices --------------------------------------------------------------------------


class BalancePage(QWidget):
    """Each partner's share of the talking time and of what was captured, and the gaps named.
    The broker's own: never on the room view."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.meeting_choice = QComboBox(self)
        self.meeting_choice.setAccessibleName(_tr("Balance in which meeting"))
        self.meeting_choice.activated.connect(lambda _i: self._show())
        choose = QLabel(_tr("&In:"), self)
        choose.setBuddy(self.meeting_choice)
        hint = QLabel(
            _tr(
                "During a meeting, Alt+Shift+1 … 9 marks the first … ninth partner as speaking "
                "(the same key again: nobody); the timer on Meetings & agenda shows who. Only "
                "you see this page."
            ),
            self,
        )
        hint.setWordWrap(True)
        self.table = _read_only_table(
            self,
            _tr("Balance of voices"),
            [_tr("Partner"), _tr("Time speaking"), _tr("Share of time"), _tr("Items captured")],
        )
        self.gaps = QLabel(self)
        self.gaps.setWordWrap(True)
        self.gaps.setAccessibleDescription(_tr("Gaps in the balance of voices"))
        row = QHBoxLayout()
        row.addWidget(choose)
        row.addWidget(self.meeting_choice, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addLayout(row)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.gaps)
        self._snap: snapshot.Snapshot | None = None

    def show_snapshot(self, snap: snapshot.Snapshot) -> None:
        self._snap = snap
        chosen = self.meeting_choice.currentData()
        self.meeting_choice.clear()
        self.meeting_choice.addItem(_tr("All meetings"), None)
        for meeting in snap.meetings:
            self.meeting_choice.addItem(meeting.title, meeting.id)
        self.meeting_choice.setCurrentIndex(max(self.meeting_choice.findData(chosen), 0))
        self._show()

    def _show(self) -> None:
        if self._snap is None:
            return
        found = voices.balance(self._snap, self.meeting_choice.currentData(), labels.tr)
        self.table.setRowCount(len(found.voices))
        for row, voice in enumerate(found.voices):
            self.table.setItem(row, 0, _cell(voice.partner.label))
            self.table.setItem(row, 1, _cell(clock_text(voice.seconds)))
            self.table.setItem(row, 2, _cell(f"{round(voice.time_share * 100)} %"))
            captured = _tr("%1 (%2 %)").replace("%1", str(voice.captured))
            self.table.setItem(
                row, 3, _cell(captured.replace("%2", str(round(voice.captured_share * 100))))
            )
        if found.gaps:
            items = "".join(f"<li>{escape(gap)}</li>" for gap in found.gaps)
            self.gaps.setText("<b>" + escape(_tr("Gaps")) + f"</b><ul>{items}</ul>")
        else:
            self.gaps.setText(escape(_tr("No gaps to name.")))


# --- the stage ----------------------------------------------------------------------------------


class InsightStage(ReloadsWhenShown, Stage):
    key = "insight"

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.tabs = Pages(self)
        self.deadlocks = DeadlocksPage(session, self.tabs)
        self.zones = ZonesPage(self.tabs)
        self.coverage = CoverageTable(self.tabs)
        self.since = SincePage(self.tabs)
        self.balance = BalancePage(self.tabs)
        self.tabs.add("deadlocks", self.deadlocks, _tr("&Deadlocks"))
        self.tabs.add("zones", self.zones, _tr("&Zones of agreement"))
        self.tabs.add("coverage", self.coverage, _tr("&Coverage"))
        self.tabs.add("since", self.since, _tr("Since we last &met"))
        self.tabs.add("balance", self.balance, _tr("&Balance of voices"))
        QVBoxLayout(self).addWidget(self.tabs)
        self.watch(session)

    def reload(self) -> None:
        if self.session.document.closed:
            return
        snap = broker_snapshot(self.session)
        for page in (self.deadlocks, self.zones, self.coverage, self.since, self.balance):
            page.show_snapshot(snap)
        self.stale = False

    def focus_main(self) -> None:
        page = self.tabs.current()
        if page == "deadlocks":
            self.deadlocks.table.setFocus()
        else:
            self.tabs.page(page).setFocus()
