"""The review loop's commands: save a copy for sharing, write a partner's review pack, take a
returned response workbook in. The File menu and the Review stage both call these; the rules
are the core's (``workshop.review``, ``exports.review``), this module only asks and tells."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui import dialogs
from ui.dialogs import tell

if TYPE_CHECKING:
    from ui.session import Session
    from workshop.review import Returned

CONTEXT = "Review"
WORKBOOKS = "Response workbooks (*.xlsx);;All files (*)"


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


# --- a copy for sharing ----------------------------------------------------------------------


def leaves_out() -> str:
    """The line that says what a copy for sharing leaves out."""
    return _tr(
        "A copy for sharing keeps what the partnership said, but leaves out the issued "
        "summaries, the partners’ responses and sign-offs, what was kept at meeting ends, who "
        "spoke, and the key that signs review workbooks: it cannot take a workbook back."
    )


def save_copy_for_sharing(parent: QWidget, session: Session) -> Path | None:
    """Ask where, write ``Document.write_copy_for_sharing`` there, and say what it left out."""
    from workshop.destinations import check
    from workshop.errors import WorkshopError

    document = session.document
    folder = document.path.parent if document.path is not None else Path.home()
    stem = Path(document.display_name).stem
    suggestion = folder / (_tr("%1 - for sharing").replace("%1", stem) + ".workshop")
    chosen = dialogs.choose_save_path(parent, _tr("Save a copy for sharing"), str(suggestion))
    if chosen is None:
        return None
    target = Path(chosen)
    sources = [document.path] if document.path is not None else []
    try:
        # The file dialog asked before replacing; never the workshop itself, or one open.
        check(target, sources=sources, replace=True, writes_workshop=True)
        document.write_copy_for_sharing(target)
    except WorkshopError as error:
        dialogs.show_problem(parent, _tr("Could not save a copy for sharing"), str(error))
        return None
    tell(
        parent,
        _tr("Saved a copy for sharing to %1.").replace("%1", str(target)) + " " + leaves_out(),
        20000,
    )
    return target


# --- taking a returned workbook in -------------------------------------------------------------


def take_in_workbook(parent: QWidget, session: Session, path: str | Path | None = None) -> bool:
    """Read, check and record a partner's returned workbook (``path``, or one the broker picks).
    A workbook refused says why in one line, and nothing in the workshop changes."""
    from exports.review import read_workbook
    from workshop import review, snapshot
    from workshop.audience import Audience
    from workshop.errors import WorkshopError

    document = session.document
    if document.read_only:
        dialogs.show_problem(
            parent,
            _tr("Take in a returned workbook"),
            _tr("This workshop is open read-only, so it cannot record a partner’s answers."),
        )
        return False
    if path is None:
        folder = document.path.parent if document.path is not None else Path.home()
        path = dialogs.choose_open_path(
            parent, _tr("Take in a returned workbook"), str(folder), WORKBOOKS
        )
        if path is None:
            return False
    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        filled = read_workbook(path)
        broker = snapshot.build(document, Audience.broker())
        returned = review.check(
            broker, filled.identity, filled.signature, filled.answers, filled.sign_off
        )
    except WorkshopError as error:
        QGuiApplication.restoreOverrideCursor()
        dialogs.show_problem(parent, _tr("Could not take the workbook in"), str(error))
        return False
    QGuiApplication.restoreOverrideCursor()
    if session.run(review.take, returned) is None:
        return False
    tell(parent, taken_text(returned), 20000)
    return True


def taken_text(returned: Returned) -> str:
    """What was taken in, in a line: who, which issue, the answers, conflicts, the sign-off."""
    counts = {"agree": 0, "amend": 0, "question": 0}
    for answer, _changed in returned.answers:
        counts[answer.answer] = counts.get(answer.answer, 0) + 1
    text = (
        _tr("Took in %1’s answers to issue %2: %3 agree, %4 amend, %5 question.")
        .replace("%1", returned.partner.name)
        .replace("%2", str(returned.issue.number))
        .replace("%3", str(counts["agree"]))
        .replace("%4", str(counts["amend"]))
        .replace("%5", str(counts["question"]))
    )
    conflicts = [answer.number for answer in returned.conflicts]
    if conflicts:
        text += " " + _tr("Changed since the issue, shown as conflicts: %1.").replace(
            "%1", ", ".join(conflicts)
        )
    sign = returned.sign_off
    if sign is not None and sign.name.strip():
        if sign.confirmed:
            text += " " + _tr("%1 confirmed it is a fair record.").replace("%1", sign.name)
        else:
            text += " " + _tr("%1 signed without confirming it.").replace("%1", sign.name)
    return text


# --- a partner's review pack -------------------------------------------------------------------


class ReviewPackDialog(QDialog):
    """Issue a partner's summary for review: the PDF and a response workbook, into a folder.
    Recording the issue and writing both files are one step (all or nothing, undoable)."""

    def __init__(
        self, session: Session, parent: QWidget | None = None, partner_id: int | None = None
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.written: list[Path] = []
        self.setWindowTitle(_tr("Review pack for a partner"))
        self.setMinimumWidth(560)
        document = session.document
        intro = QLabel(
            _tr(
                "Writes the partner’s foundations summary, every item numbered, and a response "
                "workbook the partner fills in (Agree, Amend or Question, and a sign-off), and "
                "records the issue. Send both files to that partner only."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.partner = QComboBox(self)
        self.partner.setAccessibleName(_tr("Partner"))
        for partner in session.items("partner"):
            self.partner.addItem(partner.name, partner.id)
        if partner_id is not None:
            self.partner.setCurrentIndex(max(self.partner.findData(partner_id), 0))
        self.prepared_by = QLineEdit(session.workshop.facilitator, self)
        self.prepared_by.setAccessibleName(_tr("Prepared by"))
        folder = document.path.parent if document.path is not None else Path.home()
        self.folder = QLineEdit(str(folder), self)
        self.folder.setAccessibleName(_tr("Folder"))
        self.browse = QPushButton(_tr("Choose…"), self)
        self.browse.setAccessibleName(_tr("Choose a folder"))
        self.browse.clicked.connect(self.choose_folder)
        row = QHBoxLayout()
        row.addWidget(self.folder, 1)
        row.addWidget(self.browse)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.setAccessibleName(_tr("Review pack status"))
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.buttons = QDialogButtonBox(self)
        self.write_button = self.buttons.addButton(
            _tr("Write review pack"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.write_button.setAccessibleName(_tr("Write review pack"))
        self.write_button.setDefault(True)
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.close_button.setAccessibleName(_tr("Close"))
        self.write_button.clicked.connect(self.write)
        self.close_button.clicked.connect(self.reject)
        form = QFormLayout()
        for text, widget in (
            (_tr("&Partner:"), self.partner),
            (_tr("Prepared &by:"), self.prepared_by),
        ):
            form.addRow(text, widget)
        folder_label = QLabel(_tr("&Into folder:"), self)
        folder_label.setBuddy(self.folder)
        form.addRow(folder_label, row)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        if not session.items("partner"):
            self.status.setText(_tr("Add a partner first: a review pack is for one partner."))
            self.write_button.setEnabled(False)
        if document.read_only:
            self.status.setText(
                _tr("This workshop is open read-only, so it cannot record an issue.")
            )
            self.write_button.setEnabled(False)

    def choose_folder(self) -> None:
        chosen = QFileDialog.getExistingDirectory(
            self, _tr("Choose a folder for the review pack"), self.folder.text()
        )
        if chosen:
            self.folder.setText(chosen)

    def write(self) -> bool:
        """Write the pack; asks before replacing files of the same issue's name."""
        from exports import review as packs
        from workshop.destinations import DestinationExists
        from workshop.errors import WorkshopError

        partner_id = self.partner.currentData()
        if partner_id is None:
            return False
        folder = Path(self.folder.text().strip() or ".").expanduser()
        prepared = self.prepared_by.text().strip()
        replace = False
        while True:
            QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
            try:
                written = packs.write_review_pack(
                    self.session.document,
                    int(partner_id),
                    folder,
                    "draft",
                    prepared,
                    replace=replace,
                )
            except DestinationExists as exists:
                QGuiApplication.restoreOverrideCursor()
                answer = dialogs.ask(
                    self,
                    _tr("Replace existing files?"),
                    _tr("“%1” exists already in “%2”. Replace it with this review pack?")
                    .replace("%1", exists.path.name)
                    .replace("%2", str(exists.path.parent)),
                    [_tr("Replace"), _tr("Cancel")],
                    default=1,
                )
                if answer != 0 or replace:
                    return False
                replace = True
                continue
            except WorkshopError as error:
                QGuiApplication.restoreOverrideCursor()
                self.status.setText(str(error))
                dialogs.show_problem(self, _tr("Could not write the review pack"), str(error))
                return False
            QGuiApplication.restoreOverrideCursor()
            break
        self.written = list(written)
        self.status.setText(
            _tr("Wrote %1 and %2 in %3, and recorded the issue.")
            .replace("%1", self.written[0].name)
            .replace("%2", self.written[1].name)
            .replace("%3", str(folder))
        )
        tell(self, self.status.text())
        return True
