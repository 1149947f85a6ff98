"""Quick capture: one line, understood and previewed, committed with Enter; Esc closes."""

from __future__ import annotations

from datetime import date
from html import escape
from typing import Any

from PySide6.QtCore import QStringListModel, Qt
from PySide6.QtWidgets import QCompleter, QDialog, QLabel, QLineEdit, QVBoxLayout, QWidget

from ui import labels
from ui.session import Session
from workshop import ops
from workshop.capture import Capture, Named, NotUnderstood, completions, parse


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
                "#topic files it; !confidential or !private hides it from the room. "
                "Enter adds, Esc closes.</small>"
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
        self.line.returnPressed.connect(self.commit)
        self.last_change: Any = None
        self._show_preview("")

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

    def describe(self, capture: Capture) -> str:
        fields = capture.fields
        parts: list[str] = []
        if capture.table == "position":
            parts.append(
                self.tr("Add <b>%1</b> for <b>%2</b>")
                .replace("%1", escape(labels.kind_text(str(fields["kind"]))))
                .replace("%2", escape(self.session.by_id("partner")[fields["partner_id"]].name))
            )
        else:
            parts.append(
                self.tr("Add <b>%1</b>").replace("%1", escape(self.tr(ops.NOUNS[capture.table])))
            )
            if "partner_id" in fields:
                parts.append(
                    self.tr("for %1").replace(
                        "%1", escape(self.session.partner_label(fields["partner_id"]))
                    )
                )  # type: ignore[arg-type]
        main = next(
            str(fields[k])
            for k in ("statement", "name", "text", "title", "description")
            if k in fields
        )
        parts.append(f"“{escape(main)}”")
        if "topic_id" in fields:
            topic = self.session.by_id("topic").get(fields["topic_id"])
            if topic is not None:
                parts.append(self.tr("under %1").replace("%1", escape(topic.name)))
        if capture.new_topic:
            parts.append(self.tr("under a new topic %1").replace("%1", escape(capture.new_topic)))
        if "due_date" in fields:
            parts.append(
                self.tr("due %1").replace(
                    "%1", _long_date(date.fromisoformat(str(fields["due_date"])))
                )
            )
        visibility = str(fields.get("visibility", "shared"))
        parts.append(f"({escape(labels.visibility_text(visibility))})")
        text = "✔ " + " ".join(parts)
        for note in capture.notes:
            text += f"<br><small>{escape(note)}</small>"
        return text

    def commit(self) -> None:
        result = self.understood()
        if isinstance(result, NotUnderstood):
            self.preview.setText(f"✘ {escape(result.reason)}")
            return
        summary = self.describe(result)
        change = commit_capture(self.session, result)
        if change is not None:
            self.last_change = change
            self.line.clear()
            self.preview.setText(self.tr("Added: %1").replace("%1", summary.removeprefix("✔ ")))


def _long_date(day: date) -> str:
    """3 March 2027 (``%-d`` is glibc-only, so the day is formatted by hand)."""
    return f"{day.day} {day:%B %Y}"
