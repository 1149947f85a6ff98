"""``commonground --self-test``: from the source tree here, and from the bundle in ``make bundle-test``.

The bundle test runs only when ``COMMONGROUND_BUNDLE`` names the bundle's executable (the
Makefile sets it); it then checks the bundle's outputs from outside, with this environment's
pypdf and openpyxl rather than the bundle's own code.
"""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from ui import selftest

ROOT = Path(__file__).resolve().parent.parent
NAMES = [name for name, _ in selftest.PARTNERS.values()]
STATEMENTS = list(selftest.STATEMENTS.values())


def _clean_env(root: Path) -> dict[str, str]:
    """A new user's environment: empty home, data and config folders, no display."""
    env = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "TMPDIR": str(root / "tmp")}
    for name, folder in {
        "HOME": "home",
        "XDG_DATA_HOME": "home/.local/share",
        "XDG_CONFIG_HOME": "home/.config",
        "XDG_CACHE_HOME": "home/.cache",
        "XDG_RUNTIME_DIR": "runtime",
    }.items():
        (root / folder).mkdir(parents=True, exist_ok=True)
        env[name] = str(root / folder)
    (root / "tmp").mkdir(exist_ok=True)
    (root / "runtime").chmod(0o700)
    return env


def _run(command: list[str], root: Path, out: Path) -> subprocess.CompletedProcess[str]:
    cwd = root / "cwd"
    cwd.mkdir()
    return subprocess.run(
        [*command, "--self-test", str(out)],
        cwd=cwd,
        env=_clean_env(root),
        capture_output=True,
        text=True,
        timeout=300,
    )


def _assert_passed(done: subprocess.CompletedProcess[str]) -> None:
    report = f"stdout:\n{done.stdout}\nstderr:\n{done.stderr}"
    assert done.returncode == 0, report
    for check in ("version", "resources", "PDF", "CSV", "XLSX", "main window"):
        assert f"ok    {check}:" in done.stdout, report
    assert "FAIL" not in done.stdout, report


def _assert_user_folders_untouched(root: Path) -> None:
    home = root / "home"
    assert not (home / ".local" / "share" / "commonground").exists()
    assert not (home / ".config" / "commonground").exists()


# --- the normalisation the PDF check relies on ------------------------------------------------


def test_arabic_is_found_however_the_extractor_orders_it() -> None:
    from exports import fonts

    (visual,) = fonts.lines("جمعية الأمل")  # presentation forms, right to left
    assert selftest.contains(visual, "جمعية الأمل")
    words_reversed = " ".join(word[::-1] for word in visual.split())  # pypdf's way
    assert selftest.contains(words_reversed, "جمعية الأمل")
    assert selftest.contains("■ Cŵn a\nChymuned", "Cŵn a Chymuned")
    assert not selftest.contains(visual, "جمعية الأمل والسلام")
    assert not selftest.contains("Cwn a Chymuned", "Cŵn a Chymuned")


def test_a_failed_check_is_named_and_exits_non_zero(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    def broken() -> str:
        raise selftest.CheckFailed("the PDF's text lacks Arabic")

    monkeypatch.setattr(selftest, "_isolate", lambda out: None)
    monkeypatch.setattr(
        selftest, "_checks", lambda test: [("version", lambda: "1.0"), ("PDF", broken)]
    )
    assert selftest.main([str(tmp_path)]) == 1
    captured = capsys.readouterr()
    assert "ok    version: 1.0" in captured.out
    assert "FAIL  PDF: the PDF's text lacks Arabic" in captured.out
    assert "Self-test failed: PDF." in captured.err


def test_a_dialog_cannot_hang_the_self_test(qtbot) -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QMessageBox

    seen: list[str] = []
    watchdog = QTimer()
    watchdog.timeout.connect(lambda: selftest._dismiss_modal(seen))
    watchdog.start(50)
    box = QMessageBox(QMessageBox.Icon.Question, "In use", "Open read-only?")
    box.exec()  # returns only because the watchdog dismisses it
    watchdog.stop()
    assert seen == ["Open read-only?"]


def test_an_unusable_outdir_is_refused(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    assert selftest.main([str(blocker / "out")]) == 2


# --- the whole self-test ----------------------------------------------------------------------


def test_self_test_passes_from_the_source_tree(tmp_path: Path) -> None:
    out = tmp_path / "out"
    code = "import sys; from ui.cli import main; sys.exit(main())"
    done = _run([sys.executable, "-c", code], tmp_path, out)
    _assert_passed(done)
    assert (out / selftest.WORKSHOP_FILE).is_file()
    _assert_user_folders_untouched(tmp_path)


BUNDLE = os.environ.get("COMMONGROUND_BUNDLE")


@pytest.mark.skipif(not BUNDLE, reason="set COMMONGROUND_BUNDLE (make bundle-test)")
def test_the_bundle_passes_its_self_test_and_its_outputs_read_back(tmp_path: Path) -> None:
    assert BUNDLE is not None
    bundle = Path(BUNDLE).resolve()
    assert bundle.is_file(), f"no bundle at {bundle}: run make bundle"
    out = tmp_path / "out"
    done = _run([str(bundle)], tmp_path, out)
    print(done.stdout, done.stderr, sep="\n")
    _assert_passed(done)
    _assert_user_folders_untouched(tmp_path)

    # The PDF, read by this environment's pypdf: Welsh, Polish and Arabic (see selftest.contains).
    from pypdf import PdfReader

    pdf = out / "self-test-room.pdf"
    text = "\n".join(page.extract_text() or "" for page in PdfReader(str(pdf)).pages)
    for wanted in [*NAMES, *STATEMENTS, selftest.TITLE]:
        assert selftest.contains(text, wanted), (wanted, text[:2000])
    assert set(selftest.PDF_FONTS) <= selftest.pdf_fonts(pdf)

    # CSV and XLSX, read by the csv-agnostic zip reader and openpyxl.
    with zipfile.ZipFile(out / "self-test-room-csv.zip") as archive:
        csv_text = "".join(archive.read(name).decode("utf-8-sig") for name in archive.namelist())
    from openpyxl import load_workbook

    book = load_workbook(out / "self-test-room.xlsx", read_only=True)
    cells = {
        str(value)
        for sheet in book.worksheets
        for row in sheet.iter_rows(values_only=True)
        for value in row
        if value is not None
    }
    for wanted in [*NAMES, *STATEMENTS]:
        assert wanted in csv_text, wanted
        assert any(wanted in cell for cell in cells), wanted


# --- desktop integration files ----------------------------------------------------------------

DESKTOP = ROOT / "resources" / "desktop"


def test_desktop_entry_opens_workshop_files_with_the_app() -> None:
    import configparser

    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # type: ignore[assignment,method-assign]
    parser.read(DESKTOP / "commonground.desktop", encoding="utf-8")
    entry = parser["Desktop Entry"]
    assert entry["Type"] == "Application"
    assert entry["Exec"].split()[-1] == "%f"  # one file, as a path
    assert entry["MimeType"] == "application/x-commonground-workshop;"
    assert entry["Icon"] == "commonground"
    # Qt sets WM_CLASS and the desktop file name from setDesktopFileName("commonground").
    assert entry["StartupWMClass"] == "commonground"


def test_mime_type_matches_the_file_format() -> None:
    import xml.etree.ElementTree as ET

    from workshop.migrations import APPLICATION_ID
    from workshop.storage import SQLITE_MAGIC

    ns = {"m": "http://www.freedesktop.org/standards/shared-mime-info"}
    mime = ET.parse(DESKTOP / "commonground-workshop.xml").getroot().find("m:mime-type", ns)
    assert mime is not None and mime.get("type") == "application/x-commonground-workshop"
    glob = mime.find("m:glob", ns)
    assert glob is not None and glob.get("pattern") == "*.workshop"
    outer = mime.find("m:magic/m:match", ns)
    assert outer is not None and outer.get("offset") == "0"
    assert SQLITE_MAGIC.startswith(str(outer.get("value")).encode())
    inner = outer.find("m:match", ns)
    assert inner is not None and inner.get("offset") == "68"  # PRAGMA application_id
    assert str(inner.get("value")).encode() == APPLICATION_ID.to_bytes(4, "big")


def test_icon_sizes_are_what_their_folders_say() -> None:
    import struct

    for size in (16, 32, 48, 64, 128, 256, 512):
        png = (DESKTOP / "icons" / f"{size}x{size}" / "commonground.png").read_bytes()
        assert png.startswith(b"\x89PNG\r\n\x1a\n")
        assert struct.unpack(">II", png[16:24]) == (size, size)
    assert (DESKTOP / "commonground.ico").read_bytes()[:4] == b"\x00\x00\x01\x00"
    assert (DESKTOP / "commonground.icns").read_bytes()[:4] == b"icns"
