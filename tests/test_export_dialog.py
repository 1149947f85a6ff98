"""The Export dialog, driven the way a facilitator would: choose, export, cancel, read errors."""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

import exports
from exports.errors import ExportCancelled
from tests.export_helpers import pdf_text
from ui import export_dialog
from ui.export_dialog import ALL_PARTNERS, ExportDialog
from workshop import ops
from workshop.document import Document


@pytest.fixture
def document(tmp_path: Path) -> Iterator[Document]:
    (tmp_path / "work").mkdir()
    doc = Document.new(tmp_path / "work" / "w.workshop")
    ops.update(doc, "workshop", 1, title="Valley partnership")
    for name, short in (("Acme Housing", "Acme"), ("Bryn Trust", "Bryn")):
        change = ops.add_partner(doc, name, short_name=short)
        partner = next(i for t, i in change.created if t == "partner")
        ops.add_position(doc, partner, "red_line", f"{short} secret", visibility="confidential")
    yield doc
    doc.close()


@pytest.fixture
def opened(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    urls: list[str] = []
    monkeypatch.setattr(
        export_dialog.QDesktopServices, "openUrl", lambda url: urls.append(url.toLocalFile())
    )
    return urls


@pytest.fixture
def problems(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    shown: list[str] = []
    monkeypatch.setattr(
        export_dialog.dialogs, "show_problem", lambda _p, _t, message: shown.append(message)
    )
    return shown


def make(qtbot: Any, document: Document) -> ExportDialog:
    dialog = ExportDialog(document)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def choose(combo: Any, data: str) -> None:
    combo.setCurrentIndex(combo.findData(data))


def test_exports_a_partner_pack_in_the_background_and_opens_it(
    qtbot: Any,
    document: Document,
    tmp_path: Path,
    opened: list[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    dialog = make(qtbot, document)
    target = tmp_path / "acme.pdf"
    monkeypatch.setattr(
        export_dialog.QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), "")
    )
    choose(dialog.format, "pdf")
    acme = dialog.audience.findText("Pack for Acme Housing")
    assert acme >= 0
    dialog.audience.setCurrentIndex(acme)
    qtbot.mouseClick(dialog.browse, Qt.MouseButton.LeftButton)
    assert dialog.destination.text() == str(target)
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.running and bool(opened), timeout=20_000)
    assert opened == [str(target)]
    text = pdf_text(target)
    assert "Acme secret" in text
    assert "Bryn secret" not in text
    assert "Saved to" in dialog.status.text()
    assert dialog.export_button.isEnabled()


def test_suggests_a_destination_beside_the_workshop(qtbot: Any, document: Document) -> None:
    dialog = make(qtbot, document)
    choose(dialog.format, "xlsx")
    choose(dialog.audience, "room")
    suggested = Path(dialog.destination.text())
    assert suggested.parent == document.path.parent  # type: ignore[union-attr]
    assert suggested.name == "Valley partnership - room pack.xlsx"
    choose(dialog.audience, "broker")
    assert "confidential and private" in dialog.warning.text()


def test_one_pack_per_partner(
    qtbot: Any,
    document: Document,
    tmp_path: Path,
    opened: list[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    dialog = make(qtbot, document)
    folder = tmp_path / "packs"
    monkeypatch.setattr(
        export_dialog.QFileDialog, "getExistingDirectory", lambda *a, **k: str(folder)
    )
    choose(dialog.format, "csv")
    choose(dialog.audience, ALL_PARTNERS)
    qtbot.mouseClick(dialog.browse, Qt.MouseButton.LeftButton)
    qtbot.keyClick(dialog.export_button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: not dialog.running and bool(opened), timeout=20_000)
    assert sorted(p.name for p in folder.iterdir()) == ["Acme.zip", "Bryn.zip"]
    assert opened == [str(folder)]


def test_unwritable_destination_gets_a_clear_message(
    qtbot: Any, document: Document, tmp_path: Path, problems: list[str], opened: list[str]
) -> None:
    dialog = make(qtbot, document)
    dialog.destination.setText(str(tmp_path / "missing folder" / "x.pdf"))
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(problems) and not dialog.running, timeout=20_000)
    assert problems[0].startswith("Could not write “x.pdf”")
    assert not opened
    assert not (tmp_path / "missing folder").exists()


def test_cancel_stops_the_export_and_writes_nothing(
    qtbot: Any,
    document: Document,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    opened: list[str],
) -> None:
    started: list[bool] = []

    def slow_export(snapshot: Any, fmt: str, out: Path, progress: Any, cancel: Any) -> Path:
        started.append(True)
        while not cancel():
            progress(1, 2)
            time.sleep(0.01)  # a slow export: the UI thread stays free meanwhile
        raise ExportCancelled()

    monkeypatch.setattr(exports, "export", slow_export)
    dialog = make(qtbot, document)
    dialog.destination.setText(str(tmp_path / "never.pdf"))
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(started), timeout=10_000)
    assert dialog.running
    assert not dialog.format.isEnabled()
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.running, timeout=10_000)
    assert dialog.status.text() == "Cancelled; nothing was written."
    assert not (tmp_path / "never.pdf").exists()
    assert not opened


def test_every_control_has_an_accessible_name(qtbot: Any, document: Document) -> None:
    dialog = make(qtbot, document)
    controls = (
        dialog.format,
        dialog.audience,
        dialog.destination,
        dialog.browse,
        dialog.open_when_done,
        dialog.export_button,
        dialog.cancel_button,
    )
    for widget in (*controls, dialog.progress, dialog.status):
        assert widget.accessibleName()
    for widget in controls:  # all reachable with the keyboard
        assert widget.focusPolicy() & Qt.FocusPolicy.TabFocus
