"""The Export dialog: format, audience (or one pack per partner), destination; runs off the UI
thread with progress and Cancel, and opens the result when done.

Snapshots are built here, on the UI thread (fast); only the export itself runs in the worker, on
plain data. Who sees what is decided by ``workshop.audience`` through the snapshot, never here.
"""

from __future__ import annotations

import contextlib
import threading
from pathlib import Path
from typing import Any

from PySide6.QtCore import QThread, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

import exports
from exports.errors import ExportCancelled
from ui import dialogs, labels
from workshop import snapshot as snapshots
from workshop.audience import Audience
from workshop.destinations import DestinationExists, check_all
from workshop.document import Document
from workshop.errors import WorkshopError

ALL_PARTNERS = "all-partners"


def audience_of(key: str) -> Audience:
    """The audience an entry of the audience list stands for ("room", "broker", "partner:ID")."""
    if key.startswith("partner:"):
        return Audience.partner(int(key.split(":")[1]))
    return Audience.broker() if key == "broker" else Audience.room()


class ExportWorker(QThread):
    """Writes the jobs in turn; reports progress; stops at the next check once cancelled."""

    progressed = Signal(int, int)
    succeeded = Signal(list)
    failed = Signal(str)
    cancelled = Signal()

    def __init__(
        self,
        jobs: list[exports.Job],
        parent: QWidget | None = None,
        *,
        folder: Path | None = None,
        replace: bool = False,
        sources: list[Path] | None = None,
    ) -> None:
        super().__init__(parent)
        self.jobs = jobs
        self.folder = folder  # made for a set of packs, and removed again if nothing is written
        self.replace = replace
        self.sources = sources or []
        self.stop = threading.Event()

    def run(self) -> None:
        try:
            with contextlib.ExitStack() as stack:
                if self.folder is not None:
                    stack.enter_context(exports.made_folder(self.folder))
                paths = exports.run_jobs(
                    self.jobs,
                    self.progressed.emit,
                    self.stop.is_set,
                    replace=self.replace,
                    sources=self.sources,
                )
            written = [str(path) for path in paths]
        except ExportCancelled:
            self.cancelled.emit()
            return
        except WorkshopError as exc:
            self.failed.emit(exc.message)
            return
        except Exception as exc:  # a bug must still reach the user as a message, not a crash
            self.failed.emit(f"The export failed unexpectedly ({type(exc).__name__}: {exc}).")
            return
        self.succeeded.emit(written)


class ExportDialog(QDialog):
    """Export the open workshop for one audience, or one pack per partner."""

    def __init__(
        self,
        document: Document,
        parent: QWidget | None = None,
        *,
        audience: str | None = None,
        issue: str = "",
    ) -> None:
        """``audience`` ("room", "broker", "partner:ID" or ALL_PARTNERS) and ``issue`` ("",
        "draft" or "final") preselect those choices (the Review stage's Issue as final)."""
        super().__init__(parent)
        self.document = document
        self.worker: ExportWorker | None = None
        self.written: list[str] = []
        #: The undo step that recorded this export's issues, until the files are written (a
        #: failed or cancelled export takes it back: no issue is left that no one received).
        self._recorded = False
        self._broker = snapshots.build(document, Audience.broker())
        self.setWindowTitle(self.tr("Export"))
        self.setMinimumWidth(560)

        self.format = QComboBox(self)
        self.format.setAccessibleName(self.tr("Format"))
        for fmt, text in (
            ("pdf", self.tr("Foundations summary (PDF)")),
            ("xlsx", self.tr("Spreadsheet, a sheet per table (XLSX)")),
            ("csv", self.tr("Tables, one CSV file each (zipped)")),
            ("json", self.tr("Interchange data (JSON)")),
        ):
            self.format.addItem(text, fmt)

        self.audience = QComboBox(self)
        self.audience.setAccessibleName(self.tr("Audience"))
        self.audience.addItem(labels.marking("room").full, "room")
        for partner in self._broker.partners:
            self.audience.addItem(
                self.tr("Pack for %1").replace("%1", partner.name), f"partner:{partner.id}"
            )
        if self._broker.partners:
            self.audience.addItem(self.tr("One pack per partner"), ALL_PARTNERS)
        self.audience.addItem(labels.marking("broker").full, "broker")

        self.warning = QLabel(self)
        self.warning.setWordWrap(True)
        self.warning.setAccessibleDescription(self.tr("Audience note"))
        self.issued = QLabel(self)
        self.issued.setWordWrap(True)
        self.issued.setAccessibleDescription(self.tr("Issued before"))

        # Document control: a printed working copy, or an issue recorded in the workshop (its
        # number the next for the audience) that the pack carries in its head, foot and name.
        self.issue_as = QComboBox(self)
        self.issue_as.setAccessibleName(self.tr("Issue"))
        for text, status in (
            (self.tr("Print a working copy (not issued)"), ""),
            (self.tr("Issue as draft"), "draft"),
            (self.tr("Issue as final"), "final"),
        ):
            self.issue_as.addItem(text, status)
        # The pack's words: English, Welsh, or both side by side (Welsh first). JSON is data.
        self.language = QComboBox(self)
        self.language.setAccessibleName(self.tr("Language of the pack"))
        for code, name in exports.PACK_LANGUAGES.items():
            self.language.addItem(name, code)
        own = "cy" if self._broker.workshop.language.lower().startswith("cy") else "en"
        self.language.setCurrentIndex(self.language.findData(own))
        self.prepared_by = QLineEdit(self._broker.workshop.facilitator, self)
        self.prepared_by.setAccessibleName(self.tr("Prepared by"))
        self.prepared_by.setPlaceholderText(self.tr("who prepared this issue"))

        self.destination = QLineEdit(self)
        self.destination.setAccessibleName(self.tr("Destination"))
        self.browse = QPushButton(self.tr("Choose…"), self)
        self.browse.setAccessibleName(self.tr("Choose destination"))
        row = QHBoxLayout()
        row.addWidget(self.destination, 1)
        row.addWidget(self.browse)

        self.open_when_done = QCheckBox(self.tr("Open when done"), self)
        self.open_when_done.setChecked(True)
        self.open_when_done.setAccessibleName(self.tr("Open when done"))

        self.progress = QProgressBar(self)
        self.progress.setAccessibleName(self.tr("Export progress"))
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        self.progress.setTextVisible(False)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.setAccessibleDescription(self.tr("Export status"))

        self.buttons = QDialogButtonBox(self)
        self.export_button = self.buttons.addButton(
            self.tr("Export"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.export_button.setAccessibleName(self.tr("Export"))
        self.export_button.setDefault(True)
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)

        form = QFormLayout()
        form.addRow(self.tr("&Format:"), self.format)
        form.addRow(self.tr("&Audience:"), self.audience)
        form.addRow("", self.warning)
        form.addRow("", self.issued)
        form.addRow(self.tr("&Language:"), self.language)
        form.addRow(self.tr("&Issue:"), self.issue_as)
        form.addRow(self.tr("&Prepared by:"), self.prepared_by)
        save_label = QLabel(self.tr("&Save to:"), self)
        save_label.setBuddy(self.destination)
        form.addRow(save_label, row)
        form.addRow("", self.open_when_done)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        self.setTabOrder(self.format, self.audience)
        self.setTabOrder(self.audience, self.language)
        self.setTabOrder(self.language, self.issue_as)
        self.setTabOrder(self.issue_as, self.prepared_by)
        self.setTabOrder(self.prepared_by, self.destination)
        self.setTabOrder(self.destination, self.browse)
        self.setTabOrder(self.browse, self.open_when_done)

        if audience is not None and self.audience.findData(audience) >= 0:
            self.audience.setCurrentIndex(self.audience.findData(audience))
        if issue:
            self.issue_as.setCurrentIndex(self.issue_as.findData(issue))
        self.format.currentIndexChanged.connect(self._suggest)
        self.audience.currentIndexChanged.connect(self._suggest)
        self.issue_as.currentIndexChanged.connect(self._suggest)
        self.browse.clicked.connect(self.choose_destination)
        self.export_button.clicked.connect(self.start)
        self.cancel_button.clicked.connect(self.cancel_or_close)
        self._suggest()

    # --- choices ---------------------------------------------------------------------------

    @property
    def fmt(self) -> str:
        return str(self.format.currentData())

    @property
    def audience_key(self) -> str:
        return str(self.audience.currentData())

    @property
    def pack_language(self) -> str:
        """ "en", "cy" or "cy+en" (JSON is data, always as it is)."""
        return "en" if self.fmt == "json" else str(self.language.currentData())

    @property
    def issue_status(self) -> str:
        """ "draft" or "final" when this export is issued; "" for a working copy. Only packs a
        person reads are issued (PDF and workbook), and only in a workshop that may be edited."""
        if not self.issue_as.isEnabled():
            return ""
        return str(self.issue_as.currentData() or "")

    def _default_folder(self) -> Path:
        if self.document.path is not None:
            return self.document.path.parent
        return Path.home()

    def _stem(self) -> str:
        """``TITLE - WHO``: each part whole words (only a title over 100 characters is cut, at a
        word; never the audience), portable on every system; a partner's pack named as in a set
        of packs. At most 250 bytes with the suffix, as file systems allow 255."""
        title = exports.portable_name(self._broker.workshop.title, 100, 100) or self.tr("Workshop")
        key = self.audience_key
        if key == "room":
            who = self.tr("room pack")
        elif key == "broker":
            who = self.tr("broker record")
        elif key.startswith("partner:"):
            partner = self._broker.partner(int(key.split(":")[1]))
            who = exports.pack_stem(partner) if partner is not None else self.tr("partner")
        else:
            who = self.tr("partner packs")
        stem = f"{title} - {who}"
        status = self.issue_status
        if status and key != ALL_PARTNERS:
            number = len(self._issues_of(key)) + 1
            word = self.tr("draft") if status == "draft" else self.tr("final")
            stem += " - " + self.tr("issue %1 %2").replace("%1", str(number)).replace("%2", word)
        return stem

    def _suggest(self) -> None:
        key = self.audience_key
        if key == ALL_PARTNERS:
            self.warning.setText(
                self.tr(
                    "Writes one file per partner into the folder you choose, each with only that "
                    "partner’s confidential items."
                )
            )
        elif key.startswith("partner:"):
            partner = self._broker.partner(int(key.split(":")[1]))
            name = partner.name if partner is not None else ""
            self.warning.setText(labels.marking("partner", name).warning)
        else:
            self.warning.setText(labels.marking(key).warning)
        self.issued.setText(self._issued_text(key))
        self._enable_issue()
        folder = (
            Path(self.destination.text()).parent
            if self.destination.text()
            else self._default_folder()
        )
        if key == ALL_PARTNERS:
            self.destination.setText(str(folder / self._stem()))
        else:
            self.destination.setText(str(folder / (self._stem() + exports.SUFFIXES[self.fmt])))

    def _issued_text(self, key: str) -> str:
        """The issues recorded for the audience chosen, newest last ("" for none)."""
        from ui.dates import date_text

        if key == ALL_PARTNERS:
            return ""
        found = self._issues_of(key)
        if not found:
            return self.tr("Not issued to this audience yet.")
        listed = ", ".join(
            self.tr("issue %1 (%2, %3)")
            .replace("%1", str(issue.number))
            .replace("%2", labels.label("issue_status", issue.status).lower())
            .replace("%3", date_text(issue.issued_at[:10]))
            for issue in found
        )
        return self.tr("Issued before: %1.").replace("%1", listed)

    def _enable_issue(self) -> None:
        from workshop import review

        self.language.setEnabled(self.fmt != "json")
        issuable = self.fmt in ("pdf", "xlsx") and not self.document.read_only
        self.issue_as.setEnabled(issuable)
        # Final once every partner has confirmed its latest issue (the Review stage says who
        # has); until then a summary goes out as a draft.
        final = self.issue_as.model().item(self.issue_as.findData("final"))  # type: ignore[attr-defined]
        confirmed = review.everyone_confirmed(self._broker)
        final.setEnabled(confirmed)
        final.setToolTip(
            ""
            if confirmed
            else self.tr("Final once every partner has confirmed its latest issue (see Review).")
        )
        if not confirmed and self.issue_as.currentData() == "final":
            self.issue_as.setCurrentIndex(self.issue_as.findData("draft"))
        self.prepared_by.setEnabled(issuable and bool(self.issue_as.currentData()))

    def _issues_of(self, key: str) -> list[Any]:
        from workshop import issues

        return issues.of_audience(self._broker, audience_of(key))

    def choose_destination(self) -> None:
        current = self.destination.text()
        if self.audience_key == ALL_PARTNERS:
            chosen = QFileDialog.getExistingDirectory(
                self, self.tr("Choose a folder for the partner packs"), current
            )
        else:
            filters = {
                "pdf": self.tr("PDF documents (*.pdf)"),
                "xlsx": self.tr("Excel workbooks (*.xlsx)"),
                "csv": self.tr("Zip archives (*.zip)"),
                "json": self.tr("JSON files (*.json)"),
            }
            # No question there: start() asks before replacing, whichever way the name came.
            chosen, _ = QFileDialog.getSaveFileName(
                self,
                self.tr("Export to"),
                current,
                filters[self.fmt],
                options=QFileDialog.Option.DontConfirmOverwrite,
            )
        if chosen:
            self.destination.setText(chosen)

    def jobs(self) -> list[exports.Job]:
        """What to write, with each snapshot built now, on the UI thread."""
        target = Path(self.destination.text()).expanduser()
        key = self.audience_key
        language = self.pack_language
        if key == ALL_PARTNERS:
            return exports.partner_jobs(self.document, self.fmt, target, language=language)
        snap = snapshots.build(self.document, audience_of(key))
        return [exports.Job(snap, self.fmt, target, language=language)]

    # --- running ---------------------------------------------------------------------------

    @property
    def running(self) -> bool:
        return self.worker is not None

    def start(self) -> None:
        if self.running:
            return
        if not self.destination.text().strip():
            self.choose_destination()
            if not self.destination.text().strip():
                return
        jobs = self.jobs()
        sources = [self.document.path] if self.document.path is not None else []
        try:
            check_all(exports.targets_of(jobs), sources=sources)
            replace = False
        except DestinationExists as exc:
            if not self._may_replace(exc):
                return
            replace = True
        except WorkshopError as exc:  # a workshop, an open file, a folder: never replaced
            self._failed(exc.message)
            return
        if self.issue_status:
            issued = self._issue(jobs, self.issue_status)
            if issued is None:
                return
            jobs = issued
        folder = Path(self.destination.text()).expanduser()
        self.written = []
        self.worker = ExportWorker(
            jobs,
            self,
            folder=folder if self.audience_key == ALL_PARTNERS else None,
            replace=replace,
            sources=sources,
        )
        self.worker.progressed.connect(self._progressed)
        self.worker.succeeded.connect(self._succeeded)
        self.worker.failed.connect(self._failed)
        self.worker.cancelled.connect(self._cancelled)
        self.worker.finished.connect(self._finished)
        self._set_busy(True)
        self.status.setText(self.tr("Exporting…"))
        self.worker.start()

    def _issue(self, jobs: list[exports.Job], status: str) -> list[exports.Job] | None:
        """Record an issue for each job's audience (one undoable step, on this thread: the
        document is never touched by the worker) and give each job its snapshot and document
        control as issued. None, with the reason shown, if it cannot be recorded."""
        prepared = self.prepared_by.text().strip() or None
        try:
            issued = exports.issue_jobs(self.document, jobs, status, prepared)
        except WorkshopError as exc:
            self._failed(exc.message)
            return None
        self._recorded = True
        return issued

    def _take_back_issue(self) -> None:
        """The files were not written: the issue recorded for them is undone."""
        if self._recorded:
            self._recorded = False
            self.document.undo()
            self._broker = snapshots.build(self.document, Audience.broker())
            self.issued.setText(self._issued_text(self.audience_key))

    def _may_replace(self, exists: DestinationExists) -> bool:
        if exists.more:
            question = (
                self.tr("%1 files of this export exist already in “%2”, among them “%3”.")
                .replace("%1", str(exists.more + 1))
                .replace("%2", str(exists.path.parent))
                .replace("%3", exists.path.name)
            )
        else:
            question = (
                self.tr("“%1” exists already in “%2”.")
                .replace("%1", exists.path.name)
                .replace("%2", str(exists.path.parent))
            )
        answer = dialogs.ask(
            self,
            self.tr("Replace existing files?"),
            question + " " + self.tr("Replace with this export?"),
            [self.tr("Replace"), self.tr("Cancel")],
            default=1,
        )
        return answer == 0

    def cancel_or_close(self) -> None:
        if self.worker is not None:
            self.worker.stop.set()
            self.status.setText(self.tr("Cancelling…"))
        else:
            self.reject()

    def _set_busy(self, busy: bool) -> None:
        for widget in (
            self.format,
            self.audience,
            self.language,
            self.issue_as,
            self.prepared_by,
            self.destination,
            self.browse,
            self.export_button,
            self.open_when_done,
        ):
            widget.setEnabled(not busy)
        if not busy:
            self._enable_issue()
        self.progress.setRange(0, 0 if busy else 1)
        self.cancel_button.setText(self.tr("Cancel") if busy else self.tr("Close"))

    def _progressed(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    def _succeeded(self, written: list[str]) -> None:
        self.written = written
        if self._recorded:
            self._recorded = False
            self._broker = snapshots.build(self.document, Audience.broker())
            self._suggest()  # the issues listed, and the next one's name
        if len(written) == 1:
            self.status.setText(self.tr("Saved to %1").replace("%1", written[0]))
        else:
            self.status.setText(
                self.tr("Saved %1 files in %2")
                .replace("%1", str(len(written)))
                .replace("%2", str(Path(written[0]).parent))
            )
        if self.open_when_done.isChecked() and written:
            self._open(written[0] if len(written) == 1 else str(Path(written[0]).parent))

    def _open(self, shown: str) -> None:
        """Open the result; if nothing on this computer opens it, say so and offer its folder."""
        if QDesktopServices.openUrl(QUrl.fromLocalFile(shown)):
            return
        if Path(shown).is_dir():
            self.status.setText(
                self.tr("Saved in %1, but the folder could not be shown.").replace("%1", shown)
            )
            dialogs.show_problem(
                self,
                self.tr("Could not open the folder"),
                self.tr("The folder could not be shown; the export is in “%1”.").replace(
                    "%1", shown
                ),
            )
            return
        folder = str(Path(shown).parent)
        self.status.setText(
            self.tr("Saved to %1, but no program here opens it.").replace("%1", shown)
        )
        answer = dialogs.ask(
            self,
            self.tr("Could not open the export"),
            self.tr(
                "The export was saved to “%1”, but no program on this computer opens %2 files "
                "(a PDF viewer, for one). Show the folder instead?"
            )
            .replace("%1", shown)
            .replace("%2", Path(shown).suffix.lstrip(".").upper() or self.tr("these")),
            [self.tr("Show folder"), self.tr("Close")],
        )
        if answer == 0 and not QDesktopServices.openUrl(QUrl.fromLocalFile(folder)):
            dialogs.show_problem(
                self,
                self.tr("Could not open the folder"),
                self.tr("The folder could not be shown; the export is in “%1”.").replace(
                    "%1", folder
                ),
            )

    def _failed(self, message: str) -> None:
        if self._recorded:
            self._take_back_issue()
            message += " " + self.tr("No issue was recorded.")
        self.status.setText(message)
        dialogs.show_problem(self, self.tr("Could not export"), message)

    def _cancelled(self) -> None:
        self._take_back_issue()
        self.status.setText(self.tr("Cancelled; nothing was written."))

    def _finished(self) -> None:
        if self.worker is not None:
            self.worker.deleteLater()
        self.worker = None
        self._set_busy(False)
        self.progress.setValue(self.progress.maximum() if self.written else 0)

    def done(self, result: int) -> None:
        """Closing while an export runs cancels it first (nothing half-written stays)."""
        if self.worker is not None:
            # Signals already queued must not open a file or a message after the dialog has gone.
            for signal in (
                self.worker.progressed,
                self.worker.succeeded,
                self.worker.failed,
                self.worker.cancelled,
            ):
                signal.disconnect()
            self.worker.stop.set()
            self.worker.wait()
            self._finished()
        super().done(result)
