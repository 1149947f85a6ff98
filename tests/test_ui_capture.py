"""Quick capture in the app: the preview says exactly what Enter will add, and clause numbers
in the ways-of-working list are never ambiguous."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests import ui_support
from tests.ui_support import type_in_cell
from ui.actions import Action
from ui.main_window import MainWindow
from workshop import ops
from workshop.document import Document

answered, clock, window = ui_support.answered, ui_support.clock, ui_support.window

CTRL = Qt.KeyboardModifier.ControlModifier


def _id(change: Any, table: str) -> int:
    return next(i for t, i in change.created if t == table)


def open_workshop(window: MainWindow, path: Path) -> None:
    doc = Document.new(path)
    ops.add_partner(doc, "Acme Housing", short_name="Acme")
    ops.add_partner(doc, "Bridgend CVS")
    for name in ("Management fee", "Money and pricing", "Exclusivity"):
        ops.create(doc, "topic", name=name)
    doc.save()
    doc.close()
    assert window.open_path(path)


def capture_line(qtbot: Any, window: MainWindow, line: str) -> Any:
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_K, CTRL)
    capture = window.capture
    capture.line.clear()
    qtbot.keyClicks(capture.line, line)
    return capture


def preview_text(capture: Any) -> str:
    from PySide6.QtGui import QTextDocument

    document = QTextDocument()
    document.setHtml(capture.preview.text())
    return document.toPlainText()


def test_preview_says_exactly_what_will_be_added(
    qtbot: Any, window: MainWindow, tmp_path: Path
) -> None:
    open_workshop(window, tmp_path / "capture.workshop")
    capture = capture_line(
        qtbot, window, "Acme red line: no more than 8% #management fee !confidential"
    )
    shown = preview_text(capture)
    assert "Add ✖ Red line for Acme Housing: “no more than 8%”" in shown
    assert "topic Management fee (from #management fee)" in shown
    assert "◐ Confidential" in shown
    qtbot.keyClick(capture.line, Qt.Key.Key_Return)
    made = next(p for p in window.session.items("position") if p.statement == "no more than 8%")
    fee = next(t for t in window.session.items("topic") if t.name == "Management fee")
    assert (made.kind, made.topic_id, made.visibility) == ("red_line", fee.id, "confidential")

    capture.line.clear()
    qtbot.keyClicks(capture.line, "impact without: 40 families lose their advice service")
    shown = preview_text(capture)
    assert "Add impact: “40 families lose their advice service”" in shown
    assert "Scenario: Without the partnership" in shown and "Area: Communities" in shown
    assert "◯ Shared" in shown
    qtbot.keyClick(capture.line, Qt.Key.Key_Return)
    impact = window.session.items("impact")[-1]
    assert (impact.description, impact.scenario) == (
        "40 families lose their advice service",
        "without_partnership",
    )

    capture.line.clear()
    qtbot.keyClicks(
        capture.line, "action Bridgend CVS: send the budget by 3 March #money and pricing"
    )
    shown = preview_text(capture)
    assert "Add action for Bridgend CVS: “send the budget”" in shown
    assert "due 3 March" in shown
    assert "Only positions and disagreements are filed under a topic" in shown

    capture.line.clear()
    qtbot.keyClicks(capture.line, 'Acme open: joint reporting #"impact reporting"')
    shown = preview_text(capture)
    assert "a new topic Impact reporting (from #impact reporting)" in shown
    qtbot.keyClick(capture.line, Qt.Key.Key_Return)
    assert "Impact reporting" in [t.name for t in window.session.items("topic")]


def test_a_new_clause_is_never_numbered_beside_another_of_the_same_number(
    qtbot: Any, window: MainWindow
) -> None:
    assert window.documents.new_from_model("consortium", "Numbers")
    stage = window.workspace.show_stage("clauses")
    QApplication.processEvents()

    def numbers() -> list[str]:
        model = stage.editor.model
        return [str(model.index(row, 0).data()) for row in range(model.rowCount())]

    assert len(set(numbers())) == len(numbers())
    window.actions[Action.ADD_ITEM].trigger()  # a clause in the default section (purpose)
    type_in_cell(qtbot, stage.editor.view, "We share our plans a month ahead")
    capture = capture_line(qtbot, window, "clause: we answer emails within two days")
    qtbot.keyClick(capture.line, Qt.Key.Key_Return)
    qtbot.keyClick(capture.line, Qt.Key.Key_Escape)
    QApplication.processEvents()
    shown = numbers()
    assert len(shown) == len(window.session.items("clause"))
    # 1 … n down the list in the agreed order (section by section): never a number twice.
    assert shown == [str(n) for n in range(1, len(shown) + 1)], shown
    model = stage.editor.model
    rows = [model.item(row) for row in range(model.rowCount())]
    purpose = [item.text.casefold() for item in rows if item.section == "purpose"]
    assert purpose[-2:] == ["we share our plans a month ahead", "we answer emails within two days"]
    assert rows[len(purpose) - 1].text.casefold() == purpose[-1]  # the purpose section first
