"""The Review stage: partners' answers to their review packs, beside each item, and the broker's
decisions; who has confirmed the summary as a fair record; issuing it as final.

The broker's own: the room view never shows it (``ui.room_content`` says so on its page).
Nothing here changes the workshop until the broker acts: taking a workbook in records the
answers; Accept makes a partner's wording the item's (an ordinary edit, Ctrl+Z undoes it);
Reply and Decline answer the partner. The rules are ``workshop.review``'s.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ui import labels
from ui.cells import CellTable, tab_order
from ui.dates import date_text
from ui.review_commands import ReviewPackDialog, take_in_workbook
from ui.session import Session
from ui.stages.base import Stage
from ui.table_model import Column, RowsModel
from workshop import kinds, review


class ReviewStage(Stage):
    """Responses to review packs, sign-offs, and the way to a final issue."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        intro = QLabel(
            self.tr(
                "Partners’ answers to their review packs, beside each item. Nothing changes until "
                "you act: Accept makes the partner’s wording the item’s (Ctrl+Z undoes it); Reply "
                "and Decline answer the partner. Not shown in the room."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.take_button = QPushButton(self.tr("&Take in a returned workbook…"), self)
        self.take_button.setAccessibleName(self.tr("Take in a returned workbook"))
        self.take_button.clicked.connect(self.take_in)
        self.pack_button = QPushButton(self.tr("Review &pack for a partner…"), self)
        self.pack_button.setAccessibleName(self.tr("Review pack for a partner"))
        self.pack_button.clicked.connect(self.review_pack)
        self.final_button = QPushButton(self.tr("Issue as final…"), self)
        self.final_button.setAccessibleName(self.tr("Issue as final"))
        self.final_button.clicked.connect(self.issue_final)
        top = QHBoxLayout()
        top.addWidget(self.take_button)
        top.addWidget(self.pack_button)
        top.addStretch(1)
        top.addWidget(self.final_button)

        self.signoffs = QLabel(self)
        self.signoffs.setWordWrap(True)
        self.signoffs.setTextFormat(Qt.TextFormat.PlainText)  # names are the partners' text
        self.signoffs.setAccessibleDescription(self.tr("Sign-offs"))
        self.signoffs.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.signoffs.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.signoffs.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)

        self.model = RowsModel(session, "response", self.columns(), parent=self)
        # The item's wording and the issue's number are shown too: follow their tables.
        self.model.watched |= {"issue", *review.REVIEWED}
        self.view = CellTable(self)
        self.view.setAccessibleName(self.tr("Responses"))
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setWordWrap(True)
        header = self.view.horizontalHeader()
        for number, column in enumerate(self.model.columns):
            header.resizeSection(number, column.width or 100)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.view.verticalHeader().setVisible(False)
        self.model.refreshed.connect(self._refresh)
        self.view.selectionModel().currentRowChanged.connect(lambda *_: self._selected())

        # The decisions change the workshop: no mnemonic, a stage shortcut shown on the button.
        self.accept_button = QPushButton(self.tr("Accept wording (Ctrl+Shift+A)"), self)
        self.accept_button.setAccessibleName(self.tr("Accept the proposed wording"))
        self.accept_button.clicked.connect(self.accept)
        self.reply_text = QLineEdit(self)
        self.reply_text.setAccessibleName(self.tr("Your reply to the partner"))
        self.reply_text.setPlaceholderText(self.tr("Your reply to the partner"))
        self.reply_button = QPushButton(self.tr("Reply (Ctrl+Shift+Y)"), self)
        self.reply_button.setAccessibleName(self.tr("Reply"))
        self.reply_button.clicked.connect(self.reply)
        self.decline_button = QPushButton(self.tr("Decline (Ctrl+Shift+D)"), self)
        self.decline_button.setAccessibleName(self.tr("Decline the amendment"))
        self.decline_button.clicked.connect(self.decline)
        for keys, handler in (
            ("Ctrl+Shift+A", self.accept),
            ("Ctrl+Shift+Y", self.reply),
            ("Ctrl+Shift+D", self.decline),
        ):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(handler)
        self.reply_text.returnPressed.connect(self.reply)
        decide = QHBoxLayout()
        decide.addWidget(self.accept_button)
        decide.addWidget(self.reply_text, 1)
        decide.addWidget(self.reply_button)
        decide.addWidget(self.decline_button)
        self.selected_label = QLabel(self)
        self.selected_label.setWordWrap(True)
        self.selected_label.setTextFormat(Qt.TextFormat.PlainText)

        lower = QWidget(self)
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addWidget(self.view, 1)
        lower_layout.addWidget(self.selected_label)
        lower_layout.addLayout(decide)
        signed = QWidget(self)
        signed_layout = QVBoxLayout(signed)
        signed_layout.setContentsMargins(0, 0, 0, 0)
        signed_heading = QLabel(self.tr("<b>Sign-offs</b>"), signed)
        signed_layout.addWidget(signed_heading)
        signed_layout.addWidget(self.signoffs, 1)
        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.setObjectName("review_splitter")
        self.splitter.addWidget(signed)
        self.splitter.addWidget(lower)
        self.splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(top)
        layout.addWidget(self.splitter, 1)
        tab_order(
            self.take_button,
            self.pack_button,
            self.final_button,
            self.signoffs,
            self.view,
            self.accept_button,
            self.reply_text,
            self.reply_button,
            self.decline_button,
        )
        session.changed.connect(self._on_change)
        self.model.reload()
        self._show_signoffs()

    # --- the table ----------------------------------------------------------------------------

    def columns(self) -> list[Column]:
        def field(name: str, **changes: Any) -> Column:
            return Column.of(kinds.of("response").field(name), editable=False, **changes)

        return [
            field("partner_id", width=130),
            field("issue_id", width=60, kind="text", display=self._issue_text),
            field("number", width=320, kind="text", display=self._item_text),
            field("answer"),
            field("proposed"),
            field("comment"),
            field("conflict", width=150, kind="text", display=self._conflict_text),
            field("disposition"),
            field("reply"),
        ]

    def _issue_text(self, response: Any) -> str:
        issue = self.session.by_id("issue").get(response.issue_id)
        return str(issue.number) if issue is not None else ""

    def _item_text(self, response: Any) -> str:
        """The item's number, kind and what it says now: "P3 · Position: No exclusivity"."""
        found = review.parse_number(response.number)
        if found is None:
            return str(response.number)
        table, item_id = found
        kind = labels.tr(kinds.of(table).noun).capitalize()
        item = self.session.by_id(table).get(item_id)
        if item is None:
            gone = self.tr("%1 no longer in the workshop").replace("%1", kind)
            return f"{response.number} · {gone}"
        return f"{response.number} · {kind}: {getattr(item, kinds.of(table).main, '')}"

    def _conflict_text(self, response: Any) -> str:
        return self.tr("⚠ Changed since the issue") if response.conflict else ""

    def selected(self) -> Any:
        index = self.view.currentIndex()
        return self.model.item(index.row()) if index.isValid() else None

    def _refresh(self) -> None:
        self.view.resizeRowsToContents()
        self._selected()

    def _selected(self) -> None:
        response = self.selected()
        writable = not self.session.document.read_only
        can_accept = (
            response is not None
            and bool(response.proposed.strip())
            and response.disposition not in ("accepted", "revised")
        )
        self.accept_button.setEnabled(writable and can_accept)
        for widget in (self.reply_button, self.decline_button, self.reply_text):
            widget.setEnabled(writable and response is not None)
        if response is None:
            self.selected_label.setText(
                self.tr("Select a response to accept, reply to or decline it.")
                if self.model.rowCount()
                else self.tr(
                    "No responses yet: write a review pack for a partner, and take its "
                    "workbook in when it comes back."
                )
            )
            return
        text = (
            self.tr("%1 answered %2 on %3: %4.")
            .replace("%1", self.session.partner_label(response.partner_id))
            .replace("%2", labels.label("response_answer", response.answer))
            .replace("%3", response.number)
            .replace("%4", labels.label("disposition", response.disposition))
        )
        if response.conflict:
            text += " " + self.tr(
                "The item has changed since the issue: check the partner’s wording against it "
                "before accepting."
            )
        self.selected_label.setText(text)

    # --- sign-offs and the final issue ----------------------------------------------------------

    def _on_change(self, change: Any) -> None:
        if change.kind == "reset" or change.touches("signoff", "issue", "partner"):
            self._show_signoffs()

    def _show_signoffs(self) -> None:
        """Per partner: who confirmed its latest issue, or what is still awaited."""
        issues = self.session.items("issue")
        signoffs = self.session.items("signoff")
        lines = []
        for partner in self.session.items("partner"):
            theirs = [i for i in issues if i.audience == "partner" and i.partner_id == partner.id]
            latest = max(theirs, key=lambda issue: issue.number) if theirs else None
            if latest is None:
                lines.append(self.tr("%1: no review pack issued yet.").replace("%1", partner.name))
                continue
            sign = next(
                (s for s in signoffs if s.issue_id == latest.id and s.partner_id == partner.id),
                None,
            )
            if sign is not None and sign.confirmed:
                who = ", ".join(x for x in (sign.name, sign.role) if x)
                line = (
                    self.tr("Confirmed by %1 (%2)").replace("%1", partner.name).replace("%2", who)
                )
                if sign.signed_on:
                    line += " " + self.tr("on %1").replace("%1", date_text(sign.signed_on))
                lines.append(line + " " + self.tr("(issue %1)").replace("%1", str(latest.number)))
            elif sign is not None:
                lines.append(
                    self.tr("%1: signed by %2 without confirming issue %3.")
                    .replace("%1", partner.name)
                    .replace("%2", sign.name)
                    .replace("%3", str(latest.number))
                )
            else:
                lines.append(
                    self.tr("%1: issue %2 sent; not confirmed yet.")
                    .replace("%1", partner.name)
                    .replace("%2", str(latest.number))
                )
        everyone = self.everyone_confirmed()
        if everyone:
            lines.append(
                self.tr("Every partner has confirmed: you can issue the summary as final.")
            )
        elif lines:
            lines.append(
                self.tr(
                    "Issue as final is possible once every partner has confirmed its latest issue."
                )
            )
        # Each line reads in the interface's direction, whatever script a partner's name is in.
        mark = "\u200f" if self.isRightToLeft() else "\u200e"
        self.signoffs.setText(
            "\n".join(mark + line for line in lines) or self.tr("No partners yet.")
        )
        self.final_button.setEnabled(everyone and not self.session.document.read_only)

    def everyone_confirmed(self) -> bool:
        from workshop import snapshot
        from workshop.audience import Audience

        items = {
            table: self.session.items(table)
            for table in ("workshop", "partner", "issue", "signoff")
        }
        return review.everyone_confirmed(snapshot.restrict(items, Audience.broker()))

    # --- the broker’s actions ---------------------------------------------------------------

    def take_in(self) -> None:
        take_in_workbook(self, self.session)

    def review_pack(self) -> None:
        response = self.selected()
        dialog = ReviewPackDialog(
            self.session, self, response.partner_id if response is not None else None
        )
        dialog.exec()

    def issue_final(self) -> None:
        """Issue the summary as final, through the Export dialog's issue path."""
        if not self.everyone_confirmed():
            return
        from ui.export_dialog import ALL_PARTNERS, ExportDialog  # lazily: exports are heavy

        dialog = ExportDialog(self.session.document, self, audience=ALL_PARTNERS, issue="final")
        dialog.exec()

    def _decide(self, operation: Any, *args: Any, **kwargs: Any) -> None:
        response = self.selected()
        if response is None or self.session.document.read_only:
            return
        if self.session.run(operation, response.id, *args, **kwargs) is not None:
            self.reply_text.clear()

    def accept(self) -> None:
        if self.accept_button.isEnabled():
            self._decide(review.accept)

    def reply(self) -> None:
        if self.reply_button.isEnabled():
            self._decide(review.reply, self.reply_text.text().strip())

    def decline(self) -> None:
        if self.decline_button.isEnabled():
            self._decide(review.reply, self.reply_text.text().strip(), decline=True)

    # --- what the main window asks of a stage -------------------------------------------------

    def focus_main(self) -> None:
        self.view.setFocus()
