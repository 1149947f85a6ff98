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
from tests import ui_support
from tests.access_support import NAME, interface
from tests.export_helpers import pdf_text
from tests.ui_support import Dialogs
from ui import export_dialog
from ui.export_dialog import ALL_PARTNERS, ExportDialog
from workshop import ops, snapshot, vocabulary
from workshop.audience import Audience
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

    def open_url(url: Any) -> bool:
        urls.append(url.toLocalFile())
        return True  # a viewer opened it

    monkeypatch.setattr(export_dialog.QDesktopServices, "openUrl", open_url)
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
    # The audience note is the vocabulary's marking, as the packs print it
    assert dialog.warning.text() == vocabulary.marking("broker").warning
    choose(dialog.audience, "room")
    assert dialog.warning.text() == vocabulary.marking("room").warning
    acme = next(p for p in snapshot.build(document, Audience.broker()).partners)
    choose(dialog.audience, f"partner:{acme.id}")
    assert dialog.warning.text() == vocabulary.marking("partner").warning.replace("%1", acme.name)
    assert "Acme Housing" in dialog.warning.text()
    assert dialog.audience.itemText(0) == vocabulary.marking("room").full


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
    names = sorted(p.name for p in folder.iterdir())
    assert names == ["Acme Housing [P1].zip", "Bryn Trust [P2].zip", "index.csv"]
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
    problems: list[str],  # a failure is a message here, never a modal box the test waits on
) -> None:
    started: list[bool] = []

    def slow_export(
        snapshot: Any, fmt: str, out: Path, progress: Any, cancel: Any, *rest: Any, **more: Any
    ) -> Path:
        started.append(True)
        while not cancel():
            progress(1, 2)
            time.sleep(0.01)  # a slow export: the UI thread stays free meanwhile
        raise ExportCancelled()

    monkeypatch.setattr(exports, "export", slow_export)
    dialog = make(qtbot, document)
    dialog.destination.setText(str(tmp_path / "never.pdf"))
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(started) or bool(problems), timeout=10_000)
    assert not problems
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
    for widget in (*controls, dialog.progress):
        # What a screen reader reads: a name, or a button's own text ("Cancel", then "Close").
        assert interface(widget).text(NAME), widget
    # A label is read as what it says; its description tells what it is (issue 13).
    dialog.status.setText("Saved to x.pdf")
    assert interface(dialog.status).text(NAME) == "Saved to x.pdf"
    assert dialog.status.accessibleDescription()
    dialog.cancel_button.setText("Close")
    assert interface(dialog.cancel_button).text(NAME) == "Close"
    for widget in controls:  # all reachable with the keyboard
        assert widget.focusPolicy() & Qt.FocusPolicy.TabFocus


answered = ui_support.answered


def test_asks_before_replacing_an_existing_file(
    qtbot: Any, document: Document, tmp_path: Path, answered: Dialogs, opened: list[str]
) -> None:
    target = tmp_path / "room.pdf"
    target.write_text("last week's pack")
    dialog = make(qtbot, document)
    choose(dialog.format, "pdf")
    choose(dialog.audience, "room")
    dialog.destination.setText(str(target))
    answered.answers = [1]  # Cancel
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert answered.questions == [
        f"Replace existing files?: “room.pdf” exists already in “{tmp_path}”. "
        "Replace with this export?"
    ]
    assert not dialog.running and target.read_text() == "last week's pack" and not opened
    answered.answers = [0]  # Replace
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.running and bool(opened), timeout=20_000)
    assert "Room pack" in pdf_text(target)


def test_asks_once_for_a_set_of_packs_and_replaces_nothing_if_told_no(
    qtbot: Any, document: Document, tmp_path: Path, answered: Dialogs, opened: list[str]
) -> None:
    folder = tmp_path / "packs"
    folder.mkdir()
    (folder / "Bryn Trust [P2].pdf").write_text("old")
    (folder / "index.csv").write_text("old")
    dialog = make(qtbot, document)
    choose(dialog.format, "pdf")
    choose(dialog.audience, ALL_PARTNERS)
    dialog.destination.setText(str(folder))
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)  # answered: Cancel
    assert (
        len(answered.questions) == 1
        and "2 files of this export exist already" in (answered.questions[0])
    )
    assert sorted(p.name for p in folder.iterdir()) == ["Bryn Trust [P2].pdf", "index.csv"]
    assert (folder / "index.csv").read_text() == "old" and not dialog.running


def cli_message(capsys: pytest.CaptureFixture[str], source: Path, target: Path) -> str:
    from ui.cli import main

    args = ["export", str(source), "--format", "pdf", "--audience", "room", "-o", str(target)]
    assert main([*args, "--force"]) == 1
    return capsys.readouterr().err.removeprefix("commonground: ").rstrip("\n")


def test_refuses_a_workshop_outright_with_the_command_lines_words(
    qtbot: Any,
    document: Document,
    tmp_path: Path,
    answered: Dialogs,
    opened: list[str],
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert document.path is not None
    disguised = tmp_path / "minutes.pdf"
    disguised.write_bytes(document.path.read_bytes())
    before = {path: path.read_bytes() for path in (document.path, disguised)}
    dialog = make(qtbot, document)
    choose(dialog.format, "pdf")
    for target in (disguised, document.path, tmp_path / "new.workshop"):
        dialog.destination.setText(str(target))
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
        assert answered.problems[-1] == cli_message(capsys, document.path, target)
        assert not dialog.running
    assert "is a Common Ground workshop, and an export never" in answered.problems[0]
    assert "“w.workshop” is the file being read" in answered.problems[1]
    assert answered.questions == [] and not opened
    assert {path: path.read_bytes() for path in before} == before
    assert not (tmp_path / "new.workshop").exists()


def test_default_names_are_whole_words(qtbot: Any, document: Document) -> None:
    title = "Greater Manchester Voluntary Sector Partnership Foundations Workshop, Spring 2026"
    ops.update(document, "workshop", 1, title=title)
    dialog = make(qtbot, document)
    choose(dialog.format, "pdf")
    choose(dialog.audience, "room")
    assert Path(dialog.destination.text()).name == f"{title} - room pack.pdf"  # whole
    title = " ".join([title] * 3)  # past 100 characters: cut, at a word
    ops.update(document, "workshop", 1, title=title)
    change = ops.add_partner(document, "Northern Mental Health Alliance", short_name="NMHA")
    north = next(i for t, i in change.created if t == "partner")
    dialog = make(qtbot, document)
    choose(dialog.format, "pdf")
    choose(dialog.audience, f"partner:{north}")
    name = Path(dialog.destination.text()).name
    assert name.endswith(f" - Northern Mental Health Alliance [P{north}].pdf")
    title_part = name.split(" - ")[0]
    assert title.replace(",", "").startswith(title_part.replace(",", ""))
    assert title.split()[len(title_part.split()) - 1] == title_part.split()[-1]  # a whole word
    assert 80 < len(title_part) <= 100


def test_no_viewer_is_said_plainly_and_the_folder_offered(
    qtbot: Any,
    document: Document,
    tmp_path: Path,
    answered: Dialogs,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    asked: list[str] = []

    def open_url(url: Any) -> bool:
        asked.append(url.toLocalFile())
        return Path(url.toLocalFile()).is_dir()  # a file manager, but no PDF viewer

    monkeypatch.setattr(export_dialog.QDesktopServices, "openUrl", open_url)
    target = tmp_path / "room.pdf"
    dialog = make(qtbot, document)
    choose(dialog.format, "pdf")
    choose(dialog.audience, "room")
    dialog.destination.setText(str(target))
    answered.answers = [0]  # Show folder
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.running and len(asked) == 2, timeout=20_000)
    assert asked == [str(target), str(tmp_path)]
    assert answered.questions == [
        f"Could not open the export: The export was saved to “{target}”, but no program on "
        "this computer opens PDF files (a PDF viewer, for one). Show the folder instead?"
    ]
    assert "no program here opens it" in dialog.status.text()
    assert answered.problems == []


def test_issue_as_draft_records_the_issue_and_the_pack_carries_it(
    qtbot: Any, document: Document, tmp_path: Path, opened: list[str]
) -> None:
    dialog = make(qtbot, document)
    choose(dialog.format, "pdf")
    choose(dialog.audience, "room")
    assert "Not issued to this audience yet." in dialog.issued.text()
    assert not dialog.prepared_by.isEnabled()  # a working copy has no one preparing an issue
    # By keyboard, as a facilitator would: the Issue box, Down to "Issue as draft".
    dialog.issue_as.setFocus()
    qtbot.keyClick(dialog.issue_as, Qt.Key.Key_Down)
    assert dialog.issue_status == "draft"
    assert dialog.prepared_by.isEnabled()
    dialog.prepared_by.setText("Sam Broker")
    target = Path(dialog.destination.text())
    assert target.name == "Valley partnership - room pack - issue 1 draft.pdf"
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.running and bool(opened), timeout=20_000)
    text = pdf_text(target)
    assert "Issue 1" in text and "Sam Broker" in text
    (issue,) = snapshot.build(document, Audience.broker()).issues
    assert (issue.audience, issue.number, issue.status, issue.prepared_by) == (
        "room",
        1,
        "draft",
        "Sam Broker",
    )
    assert "issue 1 (draft" in dialog.issued.text()
    # The next export suggests issue 2; Undo takes the issue back like any edit.
    assert Path(dialog.destination.text()).name.endswith("issue 2 draft.pdf")
    document.undo()
    assert not snapshot.build(document, Audience.broker()).issues


def test_an_issue_whose_files_are_not_written_is_taken_back(
    qtbot: Any, document: Document, tmp_path: Path, problems: list[str]
) -> None:
    dialog = make(qtbot, document)
    choose(dialog.format, "pdf")
    choose(dialog.audience, ALL_PARTNERS)
    choose(dialog.issue_as, "draft")
    blocker = tmp_path / "not a folder"
    blocker.write_text("a file where the folder of packs would go")
    dialog.destination.setText(str(blocker / "packs"))
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.running, timeout=20_000)
    assert problems and "No issue was recorded." in problems[-1]
    assert not snapshot.build(document, Audience.broker()).issues
    assert blocker.read_text() == "a file where the folder of packs would go"


def confirm_every_partner(document: Document) -> None:
    """Each partner's pack issued as a draft and confirmed a fair record (as a returned
    workbook's sign-off would record it)."""
    from workshop import issues

    for partner in snapshot.build(document, Audience.broker()).partners:
        change = issues.record(document, snapshot.build(document, Audience.partner(partner.id)))
        issue_id = next(i for t, i in change.created if t == "issue")
        ops.create(
            document,
            "signoff",
            issue_id=issue_id,
            partner_id=partner.id,
            name="A. Chief",
            role="CEO",
            signed_on="2027-01-12",
            confirmed=True,
        )


def test_final_waits_until_every_partner_has_confirmed(qtbot: Any, document: Document) -> None:
    dialog = make(qtbot, document)
    choose(dialog.format, "pdf")
    choose(dialog.issue_as, "final")
    assert dialog.issue_status == "draft"  # not offered yet: drafts until everyone confirms
    final = dialog.issue_as.model().item(dialog.issue_as.findData("final"))
    assert not final.isEnabled() and "confirmed" in final.toolTip()
    confirm_every_partner(document)
    later = make(qtbot, document)
    choose(later.issue_as, "final")
    assert later.issue_status == "final"


def test_issue_as_final_writes_every_partners_pack_as_final(
    qtbot: Any, document: Document, tmp_path: Path, opened: list[str]
) -> None:
    confirm_every_partner(document)
    dialog = ExportDialog(document, audience=ALL_PARTNERS, issue="final")
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.audience_key == ALL_PARTNERS and dialog.issue_status == "final"
    folder = tmp_path / "final packs"
    dialog.destination.setText(str(folder))
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.running and bool(opened), timeout=30_000)
    issues = snapshot.build(document, Audience.broker()).issues
    assert sorted((i.audience, i.status, i.number) for i in issues) == [
        ("partner", "draft", 1),
        ("partner", "draft", 1),
        ("partner", "final", 2),
        ("partner", "final", 2),
    ]
    packs = sorted(folder.glob("*.pdf"))
    assert len(packs) == 2
    for pack in packs:
        assert "Final" in pdf_text(pack)


def test_a_format_not_read_by_people_is_never_issued(qtbot: Any, document: Document) -> None:
    dialog = make(qtbot, document)
    choose(dialog.issue_as, "draft")
    choose(dialog.format, "json")
    assert not dialog.issue_as.isEnabled() and dialog.issue_status == ""
    choose(dialog.format, "xlsx")
    assert dialog.issue_as.isEnabled() and dialog.issue_status == "draft"


def test_the_issue_choice_is_reached_by_its_mnemonic(qtbot: Any, document: Document) -> None:
    dialog = make(qtbot, document)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    qtbot.keyClick(dialog, Qt.Key.Key_I, Qt.KeyboardModifier.AltModifier)
    assert dialog.issue_as.hasFocus()
    qtbot.keyClick(dialog.issue_as, Qt.Key.Key_Down)
    assert dialog.issue_status == "draft"
    qtbot.keyClick(dialog, Qt.Key.Key_P, Qt.KeyboardModifier.AltModifier)
    assert dialog.prepared_by.hasFocus()


def test_a_pack_in_welsh_and_english_side_by_side(
    qtbot: Any, document: Document, tmp_path: Path, opened: list[str]
) -> None:
    dialog = make(qtbot, document)
    choose(dialog.format, "pdf")
    choose(dialog.audience, "room")
    choose(dialog.language, "cy+en")
    target = tmp_path / "both.pdf"
    dialog.destination.setText(str(target))
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.running and bool(opened), timeout=20_000)
    text = pdf_text(target)
    assert "Llinell goch" in text and "Red line" in text
    choose(dialog.format, "json")
    assert not dialog.language.isEnabled() and dialog.pack_language == "en"
