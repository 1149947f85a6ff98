"""``commonground --self-test OUTDIR``: check an installation (above all the bundle) end to end.

Creates a workshop with Welsh, Polish and Arabic text, writes the room's foundations summary PDF,
the CSV and the XLSX, builds the main window offscreen with the workshop open, and checks each
result. Prints one line per check and exits 0, or 1 saying what failed. Everything it writes goes
to OUTDIR (settings and working copies too), so it never touches the user's own.

The PDF's text is read back with pypdf, which the bundle carries for this purpose (see
build.spec): a PDF that merely starts with ``%PDF`` proves little about missing fonts.
"""

from __future__ import annotations

import argparse
import os
import re
import sys
import time
import traceback
import unicodedata
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

#: The names the self-test writes, each in a script the bundle's fonts must carry.
PARTNERS = {
    "Welsh": ("Cŵn a Chymuned", "Cŵn"),
    "Polish": ("Stowarzyszenie Łódź Żyrardów", "Łódź"),
    "Arabic": ("جمعية الأمل", "الأمل"),
}
#: A red line per partner, in its own language.
STATEMENTS = {
    "Welsh": "Dim ffioedd rheoli dros 8%; mae'r gwasanaeth yn Gymraeg.",
    "Polish": "Żadnych klauzul wyłączności wiążących mniejszych partnerów.",
    "Arabic": "لا نقبل الدفع حسب النتائج فقط",
}
TITLE = "Self-test: Cŵn, Łódź, الأمل"
#: The bundled fonts the PDF must embed: Latin (Welsh and Polish letters) and Arabic.
PDF_FONTS = ("NotoSans-Regular", "NotoSansArabic-Regular")
WORKSHOP_FILE = "self-test.workshop"

_SPACES = re.compile(r"\s+")
# Marks a PDF text extractor may add or drop between Arabic letters.
_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u200e\u200f\u0640\ufeff"))


class CheckFailed(Exception):
    """A check found something wrong; the message says what."""


def normalised(text: str) -> str:
    """Text compared as a reader sees it: NFKC (Arabic presentation forms become letters),
    without whitespace or joiners."""
    text = unicodedata.normalize("NFKC", text).translate(_INVISIBLE)
    return _SPACES.sub("", text)


def contains(extracted: str, wanted: str) -> bool:
    """Whether ``wanted`` appears in text extracted from a PDF.

    The exporter shapes Arabic into presentation forms laid out right to left. Extractors differ
    in what they give back: pypdf returns each word's letters in logical order but the words of
    a line in visual order; others reverse whole lines. So accept a line read as extracted, with
    its words reversed, or with its characters reversed, all after NFKC (which turns presentation
    forms, ligatures included, back into letters).
    """
    lines = extracted.splitlines()
    readings = (
        extracted,
        "\n".join(" ".join(reversed(line.split())) for line in lines),
        "\n".join(line[::-1] for line in lines),
    )
    target = normalised(wanted)
    return any(target in normalised(reading) for reading in readings)


def _reader(path: Path) -> Any:
    try:
        from pypdf import PdfReader
    except ImportError:
        raise CheckFailed(
            "pypdf is not installed, so the PDF's text cannot be read back (it is bundled in "
            "the app and a development dependency in the source tree)"
        ) from None
    return PdfReader(str(path))


def pdf_text(path: Path) -> str:
    """The text of every page of the PDF at ``path`` (pypdf)."""
    return "\n".join(page.extract_text() or "" for page in _reader(path).pages)


def pdf_fonts(path: Path) -> set[str]:
    """The names of the fonts the PDF's pages use, without subset prefixes."""
    names = set()
    for page in _reader(path).pages:
        fonts = page.get("/Resources", {}).get("/Font", {})
        for font in fonts.values():
            name = str(font.get_object().get("/BaseFont", ""))
            names.add(name.lstrip("/").split("+")[-1])
    return names


# --- the checks, in order; each returns a one-line detail or raises CheckFailed -------------------


class SelfTest:
    def __init__(self, out: Path) -> None:
        self.out = out
        self.workshop = out / WORKSHOP_FILE
        self.pdf = out / "self-test-room.pdf"
        self.csv = out / "self-test-room-csv.zip"
        self.xlsx = out / "self-test-room.xlsx"

    def version(self) -> str:
        from workshop import __version__

        if __version__ == "0.0.0":
            raise CheckFailed("the package metadata is missing (version 0.0.0)")
        return f"Common Ground {__version__}, Python {sys.version.split()[0]}"

    def resources(self) -> str:
        from workshop.resources import resource_path, resource_root

        needed = [
            ("fonts", "NotoSans-Regular.ttf"),
            ("fonts", "NotoSansArabic-Regular.ttf"),
            ("fonts", "DejaVuSans.ttf"),
            ("templates", "common.json"),
            ("sample", "sample-workshop.json"),
            ("interchange.schema.json",),
            ("desktop", "commonground.svg"),
        ]
        missing = ["/".join(parts) for parts in needed if not resource_path(*parts).is_file()]
        if missing:
            raise CheckFailed(f"missing in {resource_root()}: {', '.join(missing)}")
        return f"found in {resource_root()}"

    def create_workshop(self) -> str:
        from workshop import ops
        from workshop.templates import new_workshop

        self.workshop.unlink(missing_ok=True)
        doc = new_workshop(self.workshop, "consortium", TITLE)
        try:
            for language, (name, short) in PARTNERS.items():
                change = ops.add_partner(doc, name, short_name=short)
                partner_id = next(row for table, row in change.created if table == "partner")
                ops.add_position(doc, partner_id, "red_line", STATEMENTS[language])
            doc.save()
        finally:
            doc.close()
        return f"{self.workshop.name} ({self.workshop.stat().st_size} bytes)"

    def reopen_workshop(self) -> str:
        from workshop import snapshot
        from workshop.audience import Audience
        from workshop.document import Document

        doc = Document.open(self.workshop, read_only=True)
        try:
            snap = snapshot.build(doc, Audience.broker())
        finally:
            doc.close()
        names = {partner.name for partner in snap.partners}
        lost = [name for name, _ in PARTNERS.values() if name not in names]
        if lost:
            raise CheckFailed(f"names did not survive saving: {', '.join(lost)}")
        return f"{len(snap.partners)} partners, {len(snap.positions)} positions read back"

    def _room_snapshot(self) -> Any:
        from workshop import snapshot
        from workshop.audience import Audience
        from workshop.document import Document

        doc = Document.open(self.workshop, read_only=True)
        try:
            return snapshot.build(doc, Audience.room())
        finally:
            doc.close()

    def write_pdf(self) -> str:
        import exports

        exports.export(self._room_snapshot(), "pdf", self.pdf)
        data = self.pdf.read_bytes()
        if not data.startswith(b"%PDF-") or b"%%EOF" not in data[-1024:]:
            raise CheckFailed(f"{self.pdf.name} is not a complete PDF")
        text = pdf_text(self.pdf)
        missing = [
            f"{language} “{text_}”"
            for language, (name, _) in PARTNERS.items()
            for text_ in (name, STATEMENTS[language])
            if not contains(text, text_)
        ]
        if missing:
            raise CheckFailed(f"the PDF's text lacks {'; '.join(missing)}")
        # Text can be extracted even where glyphs are missing: the bundled fonts must be used.
        fonts = pdf_fonts(self.pdf)
        absent = [font for font in PDF_FONTS if font not in fonts]
        if absent:
            raise CheckFailed(f"the PDF does not use {', '.join(absent)} (it uses {fonts})")
        return (
            f"{self.pdf.name} ({len(data)} bytes): Welsh, Polish and Arabic text read back, "
            f"set in {', '.join(PDF_FONTS)}"
        )

    def write_csv(self) -> str:
        import exports

        exports.export(self._room_snapshot(), "csv", self.csv)
        with zipfile.ZipFile(self.csv) as archive:
            names = archive.namelist()
            text = "\n".join(
                archive.read(name).decode("utf-8-sig") for name in names if name.endswith(".csv")
            )
        return self._has_all(self.csv, text, f"{len(names)} tables")

    def write_xlsx(self) -> str:
        import exports

        exports.export(self._room_snapshot(), "xlsx", self.xlsx)
        with zipfile.ZipFile(self.xlsx) as archive:
            if "xl/workbook.xml" not in archive.namelist():
                raise CheckFailed(f"{self.xlsx.name} has no workbook")
            text = "\n".join(
                archive.read(name).decode("utf-8")
                for name in archive.namelist()
                if name.startswith("xl/") and name.endswith(".xml")
            )
        return self._has_all(self.xlsx, text, "workbook")

    def _has_all(self, path: Path, text: str, what: str) -> str:
        wanted = [name for name, _ in PARTNERS.values()] + list(STATEMENTS.values())
        missing = [item for item in wanted if unicodedata.normalize("NFC", item) not in text]
        if missing:
            raise CheckFailed(f"{path.name} lacks {', '.join(missing)}")
        return f"{path.name} ({path.stat().st_size} bytes, {what}): every name and statement"

    def main_window(self) -> str:
        from PySide6.QtCore import QTimer
        from PySide6.QtWidgets import QApplication

        from ui.app import create_application
        from ui.main_window import MainWindow

        app = create_application()
        window = MainWindow()
        # Nothing may wait for a click here: a dialog (file in use, recovery) is a failure.
        dialogs: list[str] = []
        watchdog = QTimer()
        watchdog.timeout.connect(lambda: _dismiss_modal(dialogs))
        watchdog.start(200)
        try:
            window.show()
            started = time.perf_counter()
            opened = window.open_path(self.workshop)
            if dialogs:
                raise CheckFailed(f"the main window asked: {' / '.join(dialogs)}")
            if not opened:
                raise CheckFailed("the main window did not open the workshop")
            QApplication.processEvents()
            opened_ms = (time.perf_counter() - started) * 1000
            if window.session is None or not window.isVisible():
                raise CheckFailed("the main window shows no workshop")
            if TITLE not in window.windowTitle():
                raise CheckFailed(f"unexpected window title “{window.windowTitle()}”")
            if window.grab().isNull():
                raise CheckFailed("the main window could not be drawn")
            from ui import labels

            if labels.icon("visibility-confidential").pixmap(16, 16).isNull():
                raise CheckFailed("the SVG icons cannot be drawn (Qt's SVG support is missing)")
            platform = app.platformName()
        finally:
            watchdog.stop()
            window.close()
            if window.session is not None:
                window.close_document()
            window.deleteLater()
            QApplication.processEvents()
        return f"opened with its title on the “{platform}” platform in {opened_ms:.0f} ms"


def _dismiss_modal(seen: list[str]) -> None:
    """Close a modal dialog the self-test cannot answer, remembering what it said."""
    from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

    widget = QApplication.activeModalWidget()
    if widget is None:
        return
    text = widget.text() if isinstance(widget, QMessageBox) else widget.windowTitle()
    seen.append(text or type(widget).__name__)
    if isinstance(widget, QDialog):
        widget.reject()
    else:
        widget.close()


def _checks(test: SelfTest) -> list[tuple[str, Callable[[], str]]]:
    return [
        ("version", test.version),
        ("resources", test.resources),
        ("create workshop", test.create_workshop),
        ("reopen workshop", test.reopen_workshop),
        ("PDF", test.write_pdf),
        ("CSV", test.write_csv),
        ("XLSX", test.write_xlsx),
        ("main window", test.main_window),
    ]


def _isolate(out: Path) -> None:
    """Headless, with settings and working copies inside OUTDIR: the user's own stay untouched."""
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    os.environ["COMMONGROUND_DATA_DIR"] = str(out / "appdata" / "data")
    os.environ["COMMONGROUND_CONFIG_DIR"] = str(out / "appdata" / "config")


def main(args: list[str]) -> int:
    """Run every check; 0 when all pass, 1 (naming the failures) otherwise, 2 for bad usage."""
    parser = argparse.ArgumentParser(
        prog="commonground --self-test",
        description="Check this installation: write a workshop, PDF, CSV and XLSX to OUTDIR, "
        "open the main window offscreen, and check each.",
    )
    parser.add_argument("outdir", type=Path, metavar="OUTDIR")
    parser.add_argument("--debug", action="store_true", help="show tracebacks of failures")
    options = parser.parse_args(args)
    out: Path = options.outdir
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        print(f"commonground: cannot use {out} for the self-test ({exc}).", file=sys.stderr)
        return 2
    _isolate(out.resolve())
    test = SelfTest(out)
    failed: list[str] = []
    for name, check in _checks(test):
        started = time.perf_counter()
        try:
            detail = check()
        except Exception as exc:
            if options.debug:
                traceback.print_exc()
            failed.append(name)
            print(f"FAIL  {name}: {exc}", flush=True)
            continue
        print(f"ok    {name}: {detail} [{time.perf_counter() - started:.2f} s]", flush=True)
    if failed:
        print(f"Self-test failed: {', '.join(failed)}. Outputs are in {out}.", file=sys.stderr)
        return 1
    print(f"Self-test passed. Outputs are in {out}.")
    return 0
