"""The review loop in the app, driven as a broker would: a review pack written from its dialog, a
workbook filled in by a program (openpyxl) and taken in from the Review stage, an amendment
accepted and undone, replies and declines, sign-offs shown, Issue as final enabled only once every
partner has confirmed; hostile workbooks refused in one line with nothing changed; a copy saved
for sharing; and the stage never on the projector."""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests import ui_support
from tests.helpers import small_workshop
from tests.test_review_files import fill
from tests.ui_support import Dialogs
from ui.actions import Action
from ui.main_window import MainWindow
from ui.review_commands import ReviewPackDialog
from ui.stages.review import ReviewStage
from workshop import kinds, ops, review

answered, clock, window = ui_support.answered, ui_support.clock, ui_support.window


@pytest.fixture
def workshop(tmp_path: Path) -> Path:
    path = tmp_path / "Valley.workshop"
    small_workshop(path).close()
    return path


def activate(qtbot: Any, window: MainWindow) -> None:
    """The main window has the keyboard (its stage shortcuts answer only then)."""
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)


def go_to_review(qtbot: Any, window: MainWindow) -> ReviewStage:
    """The Review stage by its keys (the fourteenth stage: Ctrl+Alt+4)."""
    activate(qtbot, window)
    qtbot.keyClick(
        window, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
    )
    assert window.workspace is not None
    stage = window.workspace.current_stage()
    assert isinstance(stage, ReviewStage)
    return stage


def write_pack(qtbot: Any, window: MainWindow, partner: str, folder: Path) -> list[Path]:
    """Write a partner's review pack from its dialog, as the broker would."""
    assert window.session is not None
    dialog = ReviewPackDialog(window.session, window)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.partner.setCurrentIndex(dialog.partner.findText(partner))
    dialog.folder.setText(str(folder))
    qtbot.mouseClick(dialog.write_button, Qt.MouseButton.LeftButton)
    assert dialog.written, dialog.status.text()
    dialog.close()
    activate(qtbot, window)
    return dialog.written


def numbers(book: Path) -> list[str]:
    import openpyxl

    ws = openpyxl.load_workbook(book)["Responses"]
    found = [row[0] for row in ws.iter_rows(values_only=True)]
    return [n for n in found if isinstance(n, str) and review.parse_number(n) is not None]


def rows(stage: ReviewStage) -> dict[str, list[str]]:
    """Each response's row as shown, by the number of the item it answers."""
    model = stage.model
    return {
        model.item(row).number: [
            str(model.index(row, column).data() or "") for column in range(model.columnCount())
        ]
        for row in range(model.rowCount())
    }


def select_row(qtbot: Any, stage: ReviewStage, number: str) -> None:
    """Put the keyboard on the response to ``number``, with the arrow keys."""
    stage.view.setFocus()
    qtbot.keyClick(stage.view, Qt.Key.Key_Home, Qt.KeyboardModifier.ControlModifier)
    for _ in range(stage.model.rowCount()):
        if stage.selected() is not None and stage.selected().number == number:
            return
        qtbot.keyClick(stage.view, Qt.Key.Key_Down)
    raise AssertionError(f"no response to {number}")


def test_a_filled_workbook_is_taken_in_accepted_undone_and_signed_off(
    qtbot: Any, window: MainWindow, answered: Dialogs, workshop: Path, tmp_path: Path
) -> None:
    assert window.open_path(workshop)
    session = window.session
    assert session is not None
    stage = go_to_review(qtbot, window)
    assert stage.model.rowCount() == 0
    assert "Acme Housing: no review pack issued yet." in stage.signoffs.text()

    _pdf, book = write_pack(qtbot, window, "Acme Housing", tmp_path / "packs")
    assert "Acme Housing: issue 1 sent; not confirmed yet." in stage.signoffs.text()
    listed = numbers(book)
    floor = next(p for p in session.items("position") if p.statement == "Acme confidential floor")
    amended = review.number("position", floor.id)
    agreed = next(n for n in listed if n != amended)
    filled = fill(
        book,
        tmp_path / "filled.xlsx",
        {
            agreed: ("Agree", "", "Fair"),
            amended: ("Amend", "Acme will not go below 6%", "Our board moved"),
        },
        ("Helen Price", "CEO", date(2027, 1, 12), "Yes"),
    )

    answered.open_paths.append(str(filled))
    qtbot.mouseClick(stage.take_button, Qt.MouseButton.LeftButton)
    assert not answered.problems
    qtbot.waitUntil(lambda: stage.model.rowCount() == 2)
    shown = rows(stage)
    assert shown[amended][3:6] == ["Amend", "Acme will not go below 6%", "Our board moved"]
    # The item beside its answer, as it reads now.
    assert shown[amended][2] == f"{amended} · Position: Acme confidential floor"
    assert shown[amended][7] == "Waiting for the broker"
    assert shown[amended][6] == ""  # not changed since the issue
    assert "Took in Acme Housing’s answers to issue 1: 1 agree, 1 amend, 0 question." in (
        window.statusBar().currentMessage()
    )
    # Nothing in the workshop changed by taking it in.
    assert session.by_id("position")[floor.id].statement == "Acme confidential floor"
    # The sign-off, in words; not everyone has confirmed, so no final issue yet.
    assert "Confirmed by Acme Housing (Helen Price, CEO) on" in stage.signoffs.text()
    assert "Bryn Trust: no review pack issued yet." in stage.signoffs.text()
    assert not stage.final_button.isEnabled()

    # Agree has no wording to accept; the amendment has.
    select_row(qtbot, stage, agreed)
    assert not stage.accept_button.isEnabled()
    select_row(qtbot, stage, amended)
    assert stage.accept_button.isEnabled()
    qtbot.keyClick(
        stage.view,
        Qt.Key.Key_A,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    qtbot.waitUntil(
        lambda: session.by_id("position")[floor.id].statement == "Acme will not go below 6%"
    )
    qtbot.waitUntil(lambda: rows(stage)[amended][7] == "Accepted")
    assert rows(stage)[amended][2].endswith("Position: Acme will not go below 6%")
    assert window.actions[Action.UNDO].text() == f"&Undo Accept amendment to {amended}"

    # Ctrl+Z undoes the acceptance: the item's words and the response's decision both.
    qtbot.keyClick(stage.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(
        lambda: session.by_id("position")[floor.id].statement == "Acme confidential floor"
    )
    qtbot.waitUntil(lambda: rows(stage)[amended][7] == "Waiting for the broker")


def test_reply_and_decline_answer_the_partner(
    qtbot: Any, window: MainWindow, answered: Dialogs, workshop: Path, tmp_path: Path
) -> None:
    assert window.open_path(workshop)
    stage = go_to_review(qtbot, window)
    _pdf, book = write_pack(qtbot, window, "Bryn Trust", tmp_path / "packs")
    first, second = numbers(book)[:2]
    # The second item is changed after the issue: its answer comes back as a conflict.
    table, item_id = review.parse_number(second) or ("", 0)
    main = kinds.of(table).main
    window.session.run(ops.update, table, item_id, **{main: "Changed after the issue"})
    filled = fill(
        book,
        tmp_path / "filled.xlsx",
        {first: ("Question", "", "Why this?"), second: ("Amend", "Other words", "")},
    )
    answered.open_paths.append(str(filled))
    qtbot.mouseClick(stage.take_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: stage.model.rowCount() == 2)
    assert "Bryn Trust: issue 1 sent; not confirmed yet." in stage.signoffs.text()

    select_row(qtbot, stage, first)
    qtbot.keyClick(stage.view, Qt.Key.Key_Tab)  # to Accept (disabled: passed over), then reply
    assert QApplication.focusWidget() is stage.reply_text
    qtbot.keyClicks(stage.reply_text, "Because the board asked")
    qtbot.keyClick(stage.reply_text, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: rows(stage)[first][7:9] == ["Replied", "Because the board asked"])
    assert stage.reply_text.text() == ""

    assert rows(stage)[second][6] == "⚠ Changed since the issue"
    assert (
        rows(stage)[second][2]
        == f"{second} · {kinds.of(table).noun.capitalize()}: Changed after the issue"
    )
    assert f"Changed since the issue, shown as conflicts: {second}." in (
        window.statusBar().currentMessage()
    )
    select_row(qtbot, stage, second)
    assert "has changed since the issue" in stage.selected_label.text()
    stage.reply_text.setFocus()
    qtbot.keyClicks(stage.reply_text, "Not agreed by the others")
    qtbot.keyClick(
        stage.reply_text,
        Qt.Key.Key_D,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    qtbot.waitUntil(lambda: rows(stage)[second][7] == "Declined")
    assert window.actions[Action.UNDO].text() == "&Undo Decline amendment"


def test_issue_as_final_only_once_every_partner_has_confirmed(
    qtbot: Any, window: MainWindow, answered: Dialogs, workshop: Path, tmp_path: Path
) -> None:
    assert window.open_path(workshop)
    stage = go_to_review(qtbot, window)
    for n, (partner, confirm) in enumerate((("Acme Housing", "Yes"), ("Bryn Trust", "No"))):
        _pdf, book = write_pack(qtbot, window, partner, tmp_path / f"packs{n}")
        filled = fill(
            book, tmp_path / f"filled{n}.xlsx", {}, ("A Signer", "Chair", date(2027, 2, 1), confirm)
        )
        answered.open_paths.append(str(filled))
        qtbot.mouseClick(stage.take_button, Qt.MouseButton.LeftButton)
        assert not answered.problems
    assert "Bryn Trust: signed by A Signer without confirming issue 1." in stage.signoffs.text()
    assert not stage.final_button.isEnabled()

    # Bryn confirms a second issue; the latest issue of each partner is confirmed: final.
    _pdf, book = write_pack(qtbot, window, "Bryn Trust", tmp_path / "packs-again")
    assert "Bryn Trust: issue 2 sent; not confirmed yet." in stage.signoffs.text()
    filled = fill(
        book, tmp_path / "again.xlsx", {}, ("Rhian Lloyd", "CEO", date(2027, 2, 3), "Yes")
    )
    answered.open_paths.append(str(filled))
    qtbot.mouseClick(stage.take_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(stage.final_button.isEnabled)
    assert "Confirmed by Bryn Trust (Rhian Lloyd, CEO) on" in stage.signoffs.text()
    assert "Every partner has confirmed" in stage.signoffs.text()
    # Undoing the last take-in withdraws the confirmation, and the final issue with it.
    window.actions[Action.UNDO].trigger()
    qtbot.waitUntil(lambda: not stage.final_button.isEnabled())


def test_a_hostile_workbook_is_refused_in_one_line_and_changes_nothing(
    qtbot: Any, window: MainWindow, answered: Dialogs, workshop: Path, tmp_path: Path
) -> None:
    # A workbook from another workshop (same partner, same layout).
    other = tmp_path / "Other.workshop"
    with small_workshop(other) as doc:
        from exports.review import write_review_pack

        foreign = write_review_pack(doc, 1, tmp_path / "foreign")[1]
    assert window.open_path(workshop)
    session = window.session
    assert session is not None
    stage = go_to_review(qtbot, window)
    _pdf, book = write_pack(qtbot, window, "Acme Housing", tmp_path / "packs")
    undo_before = window.actions[Action.UNDO].text()

    def tampered(wb: Any) -> None:
        ws = wb["Identity"]
        cell = next(row[1] for row in ws.iter_rows() if row[0].value == "Signature")
        cell.value = "0" * 64  # a forged signature

    bad = [
        fill(foreign, tmp_path / "foreign.xlsx", {numbers(foreign)[0]: ("Agree", "", "")}),
        fill(book, tmp_path / "tampered.xlsx", {}, change=tampered),
        tmp_path / "not-a-workbook.xlsx",
    ]
    bad[2].write_text("hello")
    for path in bad:
        answered.open_paths.append(str(path))
        qtbot.mouseClick(stage.take_button, Qt.MouseButton.LeftButton)
    assert len(answered.problems) == 3
    for problem in answered.problems:
        assert "\n" not in problem and "Traceback" not in problem
        assert "Nothing was changed" in problem or "not" in problem
    assert "another workshop" in answered.problems[0]
    assert stage.model.rowCount() == 0
    assert session.items("response") == () and session.items("signoff") == ()
    assert window.actions[Action.UNDO].text() == undo_before


def test_the_review_stage_is_never_on_the_projector(
    qtbot: Any, window: MainWindow, answered: Dialogs, workshop: Path, tmp_path: Path
) -> None:
    assert window.open_path(workshop)
    stage = go_to_review(qtbot, window)
    _pdf, book = write_pack(qtbot, window, "Acme Housing", tmp_path / "packs")
    filled = fill(
        book,
        tmp_path / "filled.xlsx",
        {numbers(book)[0]: ("Amend", "ZqSecretWording", "ZqSecretComment")},
        ("ZqSigner", "CEO", date(2027, 1, 12), "Yes"),
    )
    answered.open_paths.append(str(filled))
    qtbot.mouseClick(stage.take_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: stage.model.rowCount() == 1)
    window.actions[Action.ROOM_VIEW].setChecked(True)
    assert window.room is not None
    QApplication.processEvents()
    text = window.room.visible_text()
    assert "not shown in the room" in text
    assert "ZqSecret" not in text and "ZqSigner" not in text


def test_a_copy_for_sharing_leaves_out_the_record_and_says_so(
    qtbot: Any, window: MainWindow, answered: Dialogs, workshop: Path, tmp_path: Path
) -> None:
    assert window.open_path(workshop)
    go_to_review(qtbot, window)
    write_pack(qtbot, window, "Acme Housing", tmp_path / "packs")
    copy = tmp_path / "For Bryn.workshop"
    answered.save_paths.append(str(copy))
    window.actions[Action.SAVE_COPY_FOR_SHARING].trigger()
    assert not answered.problems
    message = window.statusBar().currentMessage()
    assert message.startswith(f"Saved a copy for sharing to {copy}.")
    assert "leaves out the issued summaries" in message
    with sqlite3.connect(copy) as db:
        assert db.execute("SELECT count(*) FROM issue").fetchone() == (0,)
        assert db.execute("SELECT count(*) FROM position").fetchone()[0] == 3
        assert db.execute("SELECT secret FROM workshop").fetchone() == ("",)
    # Never over the workshop itself.
    answered.save_paths.append(str(workshop))
    window.actions[Action.SAVE_COPY_FOR_SHARING].trigger()
    assert len(answered.problems) == 1 and "cannot also be written" in answered.problems[0]
    assert len(window.session.items("issue")) == 1  # the broker's own file keeps its record


def test_the_review_pack_dialog_asks_before_replacing(
    qtbot: Any, window: MainWindow, answered: Dialogs, workshop: Path, tmp_path: Path
) -> None:
    assert window.open_path(workshop)
    session = window.session
    assert session is not None
    folder = tmp_path / "packs"
    written = write_pack(qtbot, window, "Acme Housing", folder)
    assert [p.name for p in written] == [
        "Acme Housing [P1] - issue 1.pdf",
        "Acme Housing [P1] - issue 1 - responses.xlsx",
    ]
    # The same names again (the issue is undone, so the next is issue 1 again): asked; Cancel.
    window.actions[Action.UNDO].trigger()
    assert session.items("issue") == ()
    before = written[1].stat().st_ino
    dialog = ReviewPackDialog(session, window)
    qtbot.addWidget(dialog)
    dialog.folder.setText(str(folder))
    answered.answers.append(1)
    qtbot.mouseClick(dialog.write_button, Qt.MouseButton.LeftButton)
    assert answered.questions[-1].startswith("Replace existing files?")
    assert written[1].stat().st_ino == before and session.items("issue") == ()
    answered.answers.append(0)
    qtbot.mouseClick(dialog.write_button, Qt.MouseButton.LeftButton)
    assert len(session.items("issue")) == 1 and written[1].stat().st_ino != before


def test_the_export_dialog_lists_the_issues_of_the_audience_chosen(
    qtbot: Any, window: MainWindow, answered: Dialogs, workshop: Path, tmp_path: Path
) -> None:
    from ui.export_dialog import ExportDialog

    assert window.open_path(workshop)
    session = window.session
    assert session is not None
    write_pack(qtbot, window, "Acme Housing", tmp_path / "packs")
    write_pack(qtbot, window, "Acme Housing", tmp_path / "again")
    dialog = ExportDialog(session.document, window)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.audience.setFocus()
    assert dialog.issued.text() == "Not issued to this audience yet."  # the room pack
    qtbot.keyClick(dialog.audience, Qt.Key.Key_Down)  # Pack for Acme Housing
    assert dialog.audience_key.startswith("partner:")
    assert dialog.issued.text().startswith("Issued before: issue 1 (draft, ")
    assert "issue 2 (draft, " in dialog.issued.text()
    qtbot.keyClick(dialog.audience, Qt.Key.Key_Down)  # Pack for Bryn Trust
    assert dialog.issued.text() == "Not issued to this audience yet."
