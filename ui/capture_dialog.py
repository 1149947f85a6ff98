"""Quick capture: one line, understood and previewed, committed with Enter; Esc closes."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from html import escape
from typing import Any

from PySide6.QtCore import QEvent, QObject, QStringListModel, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QCompleter, QDialog, QLabel, QLineEdit, QVBoxLayout, QWidget

from ui import labels
from ui.session import Session
from workshop import kinds, ops
from workshop.capture import Capture, Named, NotUnderstood, completions, parse

#: From the least to the most hidden: Shift+Enter never makes a line less hidden than it says.
_HIDDEN = ("shared", "confidential", "private")
#: Fields the preview names even when the line leaves them at their default.
_SHOWN_DEFAULTS = {"clause": ("section",), "impact": ("area", "scenario")}


def _default(table: str, name: str) -> Any:
    return kinds.of(table).field(name).default


def commit_capture(session: Session, capture: Capture) -> Any:
    """Create what ``capture`` describes (a new topic first, if it names one); the Change."""
    fields = dict(capture.fields)
    if capture.new_topic is not None:
        change = session.run(ops.create, "topic", name=capture.new_topic.capitalize())
        if change is None:
            return None
        fields["topic_id"] = next(i for t, i in change.created if t == "topic")
    if capture.table == "position":
        kind = str(fields.pop("kind"))
        partner = int(fields.pop("partner_id"))  # type: ignore[call-overload]
        statement = str(fields.pop("statement"))
        return session.run(ops.add_position, partner, kind, statement, **fields)
    return session.run(ops.create, capture.table, **fields)  # type: ignore[arg-type]


class QuickCapture(QDialog):
    """The quick-capture command field."""

    def __init__(
        self, session: Session, parent: QWidget | None = None, today: date | None = None
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.today = today or date.today()
        self.setWindowTitle(self.tr("Quick capture"))
        self.setMinimumWidth(640)
        self.line = QLineEdit(self)
        self.line.setAccessibleName(self.tr("Quick capture line"))
        self.line.setPlaceholderText(
            self.tr("e.g. Acme red line: no exclusivity clauses #exclusivity")
        )
        self.completer_model = QStringListModel(self)
        self.completer = QCompleter(self.completer_model, self)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.line.setCompleter(self.completer)
        self.preview = QLabel(self)
        self.preview.setWordWrap(True)
        self.preview.setTextFormat(Qt.TextFormat.RichText)
        self.preview.setAccessibleName(self.tr("What quick capture understood"))
        help_text = QLabel(
            self.tr(
                "<small>Partner + <i>red line</i>, <i>bottom line</i>, <i>preference</i> or "
                "<i>open</i>; or <i>value</i>, <i>action [partner]</i>, <i>disagreement</i>, "
                "<i>clause</i>, <i>impact</i>, <i>note</i>, <i>topic</i> — then a colon. "
                '#topic files it (#management fee, #"new topic"); !confidential or !private '
                "hides it from the room. <b>Enter</b> adds, <b>Shift+Enter</b> adds it "
                "confidential, <b>Ctrl+Enter</b> adds it and lets the room view show it at once; "
                "Esc closes.</small>"
            ),
            self,
        )
        help_text.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.line)
        layout.addWidget(self.preview)
        layout.addWidget(help_text)
        self.line.textEdited.connect(self._edited)
        self.line.textChanged.connect(self._show_preview)
        self.line.installEventFilter(self)
        self.last_change: Any = None
        self._show_preview("")

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.line and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
                if modifiers == Qt.KeyboardModifier.ShiftModifier:
                    self.commit(visibility="confidential")
                elif modifiers == Qt.KeyboardModifier.ControlModifier:
                    self.commit(release=True)
                else:
                    self.commit()
                return True
        return super().eventFilter(watched, event)

    def _names(self) -> tuple[list[Named], list[Named]]:
        partners = [Named(p.id, p.name, p.short_name) for p in self.session.items("partner")]
        topics = [Named(t.id, t.name) for t in self.session.items("topic")]
        return partners, topics

    def understood(self) -> Capture | NotUnderstood:
        partners, topics = self._names()
        return parse(self.line.text(), partners, topics, self.today)

    def _edited(self, text: str) -> None:
        partners, topics = self._names()
        self.completer_model.setStringList(completions(text, partners, topics)[:20])

    def _show_preview(self, _text: str) -> None:
        if not self.line.text().strip():
            self.preview.setText(self.tr("Type a line; what it will add shows here."))
            return
        result = self.understood()
        if isinstance(result, NotUnderstood):
            self.preview.setText(f"<span>✘ {escape(result.reason)}</span>")
            return
        self.preview.setText(self.describe(result))

    def describe(self, capture: Capture, released: bool = False) -> str:
        """Exactly what Enter will add: kind, partner, text, topic, section or scenario, due
        date, visibility, and whether the room view will be held from it."""
        fields = capture.fields
        table = capture.table
        if table == "position":
            what = self.tr("Add <b>%1</b> for <b>%2</b>").replace(
                "%1", escape(labels.marked("position_kind", str(fields["kind"])))
            )
            what = what.replace("%2", escape(self._partner_name(fields["partner_id"])))
        else:
            what = self.tr("Add <b>%1</b>").replace("%1", escape(labels.noun(table)))
            if "partner_id" in fields:
                partner = escape(self._partner_name(fields["partner_id"]))
                what += " " + self.tr("for <b>%1</b>").replace("%1", partner)
        main = next(
            str(fields[k])
            for k in ("statement", "name", "text", "title", "description")
            if k in fields
        )
        details: list[str] = []
        tag = escape(f"#{capture.tag}")
        if "topic_id" in fields:
            topic = self.session.by_id("topic").get(fields["topic_id"])
            if topic is not None:
                details.append(
                    self.tr("topic <b>%1</b> (from %2)")
                    .replace("%1", escape(topic.name))
                    .replace("%2", tag)
                )
        if capture.new_topic:
            details.append(
                self.tr("a new topic <b>%1</b> (from %2)")
                .replace("%1", escape(capture.new_topic.capitalize()))
                .replace("%2", tag)
            )
        for name in _SHOWN_DEFAULTS.get(table, ()):
            value = fields.get(name, _default(table, name))
            choices = kinds.of(table).field(name).choices
            details.append(
                f"{escape(labels.field_label(table, name))}: "
                f"<b>{escape(labels.label(choices, str(value)))}</b>"
            )
        if "due_date" in fields:
            due = _long_date(date.fromisoformat(str(fields["due_date"])))
            details.append(self.tr("due <b>%1</b>").replace("%1", escape(due)))
        visibility = str(fields.get("visibility", _default(table, "visibility")))
        details.append(f"<b>{escape(labels.marked('visibility', visibility))}</b>")
        text = f"✔ {what}: “{escape(main)}”<br>" + " · ".join(details)
        if self.session.holding and visibility == "shared" and not released:
            text += "<br>" + self.tr(
                "Held from the room view until you release it (Ctrl+Enter in the main window, "
                "or Ctrl+Enter here to add it and release it at once)."
            )
        for note in capture.notes:
            text += f"<br><small>{escape(note)}</small>"
        return text

    def _partner_name(self, partner_id: Any) -> str:
        partner = self.session.by_id("partner").get(partner_id)
        return str(partner.name) if partner is not None else ""

    def commit(self, visibility: str | None = None, release: bool = False) -> None:
        """Add the line; ``visibility``: at least as hidden as that; ``release``: and let the
        room view show it at once."""
        result = self.understood()
        if isinstance(result, NotUnderstood):
            self.preview.setText(f"✘ {escape(result.reason)}")
            return
        if visibility is not None:
            said = str(result.fields.get("visibility", _default(result.table, "visibility")))
            hidden = max(said, visibility, key=_HIDDEN.index)
            result = replace(result, fields={**result.fields, "visibility": hidden})
        summary = self.describe(result, released=release)
        held_before = self.session.held
        change = commit_capture(self.session, result)
        if change is not None:
            self.last_change = change
            if release:  # the item, and the new topic it is filed under
                self.session.release(self.session.held - held_before)
            self.line.clear()
            self.preview.setText(self.tr("Added: %1").replace("%1", summary.removeprefix("✔ ")))


def _long_date(day: date) -> str:
    """3 March 2027 (``%-d`` is glibc-only, so the day is formatted by hand)."""
    return f"{day.day} {day:%B %Y}"
