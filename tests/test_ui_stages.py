"""The stages come from one registry: the navigation, its numbers, the keys and the F1 list agree
with it; every kind edited at a stage has it; list stages are built from their declarations;
and the Risks and Contributions stages are driven by keyboard, the risk matrix following."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QWidget,
)

from tests import ui_support
from ui import labels
from ui.actions import Action
from ui.delegates import ChoiceEditor
from ui.main_window import MainWindow
from ui.stages import registry
from ui.stages.lists import ListStage
from ui.stages.registry import STAGE_KEYS, STAGES
from ui.stages.risks import RisksStage
from ui.table_model import CHOICES_ROLE
from workshop import kinds
from workshop.sample import write_sample

answered, clock, window = ui_support.answered, ui_support.clock, ui_support.window

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
NATIVE = QKeySequence.SequenceFormat.NativeText
#: Stages a kind names that the interface does not build yet, and who builds them.
PENDING = {"review": "issue 15 [review]: partners' responses and sign-offs"}


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has the keyboard focus"
    return widget


def press(
    qtbot: Any, key: Qt.Key, modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
) -> None:
    if key == Qt.Key.Key_Tab and modifiers & SHIFT:
        key = Qt.Key.Key_Backtab
    qtbot.keyClick(focused(), key, modifiers)
    QApplication.processEvents()


def type_keys(qtbot: Any, text: str) -> None:
    for char in text:
        qtbot.keyClicks(focused(), char)
    QApplication.processEvents()


def press_sequence(qtbot: Any, keys: str) -> None:
    """Keys written as QKeySequence reads them ("Ctrl+Alt+1"), pressed where the focus is."""
    combination = QKeySequence(keys)[0]
    press(qtbot, combination.key(), combination.keyboardModifiers())


def editing(view: QAbstractItemView) -> bool:
    return view.state() == QAbstractItemView.State.EditingState


def open_list(qtbot: Any, view: QAbstractItemView) -> ChoiceEditor:
    combo = next(c for c in view.findChildren(ChoiceEditor) if c.isVisible())
    qtbot.waitUntil(lambda: combo.view().isVisible())
    return combo


def open_sample(qtbot: Any, window: MainWindow, tmp_path: Path) -> None:
    path = tmp_path / "sample.workshop"
    write_sample(path)
    assert window.open_path(path)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)


def go(qtbot: Any, window: MainWindow, key: str) -> Any:
    """Go to a stage by its keys, as the facilitator would."""
    press_sequence(qtbot, registry.shortcut(STAGE_KEYS.index(key)))
    assert window.workspace.current_key() == key
    return window.workspace.current_stage()


def test_the_registry_the_navigation_the_keys_and_the_f1_list_agree(
    qtbot: Any, window: MainWindow, tmp_path: Path
) -> None:
    open_sample(qtbot, window, tmp_path)
    workspace = window.workspace
    nav = workspace.nav
    assert nav.count() == len(STAGES) == workspace.stack.count()
    assert len(STAGES) > 10  # the keys past Alt+0 are exercised
    f1 = dict(window.shortcut_rows())
    stage_keys = set()
    for row, spec in enumerate(STAGES):
        keys = registry.shortcut(row)
        assert keys, f"stage {row + 1} has no keys"
        stage_keys.add(QKeySequence(keys).toString())
        item = nav.item(row)
        assert item.text() == f"{row + 1}  {spec.title}"
        assert item.toolTip() == keys
        assert f1[f"Go to stage {row + 1}, {spec.title}"] == QKeySequence(keys).toString(NATIVE)
        workspace.go_to(1 if row == 0 else 0)  # start from another stage
        workspace.current_stage().focus_main()
        press_sequence(qtbot, keys)
        assert workspace.current_key() == spec.key, keys
        assert workspace.stack.currentWidget() is workspace.stages[spec.key]
        assert workspace.stack.indexOf(workspace.stages[spec.key]) == row
    assert [registry.shortcut(n) for n in (0, 8, 9, 10, 11)] == [
        "Alt+1",
        "Alt+9",
        "Alt+0",
        "Ctrl+Alt+1",
        "Ctrl+Alt+2",
    ]
    # No stage's keys are also a command's, so neither ever steals the other.
    commands = {s.toString() for a in window.actions.values() for s in a.shortcuts()}
    assert not commands & stage_keys
    # Ctrl+PgDown from the last stage comes round to the first.
    workspace.go_to(len(STAGES) - 1)
    window.actions[Action.NEXT_STAGE].trigger()
    assert workspace.current_key() == STAGE_KEYS[0]


def test_every_kind_edited_at_a_stage_has_that_stage() -> None:
    wanted = {kind.stage for kind in kinds.kinds() if kind.stage is not None}
    assert wanted - set(STAGE_KEYS) == set(PENDING)
    for spec in STAGES:
        if spec.kind is not None:
            assert kinds.of(spec.kind).stage == spec.key, spec.key


def test_list_stages_are_their_declarations(qtbot: Any, window: MainWindow, tmp_path: Path) -> None:
    open_sample(qtbot, window, tmp_path)
    listed = [spec for spec in STAGES if spec.kind is not None]
    assert {"clauses", "impact", "actions", "notes", "risks", "contributions"} <= {
        spec.key for spec in listed
    }
    for spec in listed:
        stage = window.workspace.show_stage(spec.key)
        assert isinstance(stage, ListStage)
        declared = kinds.of(spec.kind or "")
        editor = stage.editor
        QApplication.processEvents()
        assert editor.table == declared.table
        assert editor.orderable == declared.ordered
        shown = [c.name for c in editor.model.columns if c.name != "sort_order"]
        fields = [f for f in declared.fields if f.name != "sort_order" and not f.private]
        assert shown == [f.name for f in fields], spec.key
        titles = [c.title for c in editor.model.columns if c.name != "sort_order"]
        assert titles == [labels.tr(f.label) for f in fields]
        assert spec.intro in [label.text() for label in stage.findChildren(QLabel)]
        for number, column in enumerate(editor.model.columns):
            if column.terms and editor.model.rowCount():
                choices = editor.model.index(0, number).data(CHOICES_ROLE)
                assert choices == labels.choices(column.terms)


def test_a_risk_by_keyboard_the_matrix_following(
    qtbot: Any, window: MainWindow, tmp_path: Path
) -> None:
    open_sample(qtbot, window, tmp_path)
    stage = go(qtbot, window, "risks")
    assert isinstance(stage, RisksStage)
    session, view, matrix = window.session, stage.editor.view, stage.matrix
    before = {r.id for r in session.items("risk")}
    press(qtbot, Qt.Key.Key_N, CTRL | SHIFT)  # add: the cursor is in its description
    assert isinstance(focused(), QLineEdit) and editing(view)
    type_keys(qtbot, "Volunteers leave before the contract starts")
    press(qtbot, Qt.Key.Key_Tab)  # stored; "Carried by" waits with its list closed
    (new,) = [r for r in session.items("risk") if r.id not in before]
    assert new.description == "Volunteers leave before the contract starts"
    press(qtbot, Qt.Key.Key_Space)
    open_list(qtbot, view)
    press(qtbot, Qt.Key.Key_Down)  # from "—" to the first partner
    press(qtbot, Qt.Key.Key_Return)
    first_partner = session.items("partner")[0]
    qtbot.waitUntil(lambda: session.by_id("risk")[new.id].partner_id == first_partner.id)
    press(qtbot, Qt.Key.Key_Tab)  # likelihood: 3 Medium by default
    press(qtbot, Qt.Key.Key_Return)
    combo = open_list(qtbot, view)
    assert [combo.itemText(n) for n in range(combo.count())][:2] == ["1 Very low", "2 Low"]
    press(qtbot, Qt.Key.Key_Down)
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: session.by_id("risk")[new.id].likelihood == 4)
    press(qtbot, Qt.Key.Key_Tab)  # impact
    press(qtbot, Qt.Key.Key_Space)
    open_list(qtbot, view)
    press(qtbot, Qt.Key.Key_Down)
    press(qtbot, Qt.Key.Key_Down)
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: session.by_id("risk")[new.id].impact == 5)
    # The matrix shows it at once, by the number its row shows, in words as well
    number = int(stage.editor.model.index(stage.editor.model.row_of(new.id), 0).data())
    assert number == len(before) + 1
    assert (number, new.id) in [(n, r.id) for n, r in matrix.cells()[(4, 5)]]
    assert f"{number}: likelihood 4, impact 5, score 20" in matrix.accessibleDescription()
    assert "score 20 (High)" in matrix.square_text(4, 5)
    assert matrix.selected == new.id  # the row being edited is ringed
    press(qtbot, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not editing(view))
    assert window.actions[Action.UNDO].text() == "&Undo Edit risk"
    press(qtbot, Qt.Key.Key_Z, CTRL)
    qtbot.waitUntil(lambda: session.by_id("risk")[new.id].impact == 3)
    assert new.id in [r.id for _, r in matrix.cells()[(4, 3)]]
    assert new.id not in [r.id for _, r in matrix.cells().get((4, 5), [])]


def test_contributions_by_keyboard_filtered_by_partner(
    qtbot: Any, window: MainWindow, tmp_path: Path
) -> None:
    open_sample(qtbot, window, tmp_path)
    stage = go(qtbot, window, "contributions")
    session, editor = window.session, stage.editor
    view, model = editor.view, editor.model
    everyone = len(session.items("contribution"))
    QApplication.processEvents()
    assert model.rowCount() == everyone
    # Alt+P (the filter's mnemonic), then Down: the first partner's contributions only
    press(qtbot, Qt.Key.Key_P, Qt.KeyboardModifier.AltModifier)
    assert isinstance(focused(), QComboBox) and focused() is stage.partner_filter
    press(qtbot, Qt.Key.Key_Down)
    partner = session.items("partner")[0]
    assert stage.partner_filter.partner_id() == partner.id
    theirs = [c for c in session.items("contribution") if c.partner_id == partner.id]
    qtbot.waitUntil(lambda: model.rowCount() == len(theirs))
    # Add one: it is that partner's; type what it brings, Tab, its value, Tab, its unit
    before = {c.id for c in session.items("contribution")}
    window.actions[Action.ADD_ITEM].trigger()
    assert isinstance(focused(), QLineEdit) and editing(view)
    type_keys(qtbot, "Two rooms for the weekly drop-in")
    press(qtbot, Qt.Key.Key_Tab)
    type_keys(qtbot, "2500")
    press(qtbot, Qt.Key.Key_Tab)
    type_keys(qtbot, "£ a year")
    press(qtbot, Qt.Key.Key_Tab)  # stored; visibility waits
    (new,) = [c for c in session.items("contribution") if c.id not in before]
    new = session.by_id("contribution")[new.id]
    assert (new.partner_id, new.description, new.amount, new.unit) == (
        partner.id,
        "Two rooms for the weekly drop-in",
        2500.0,
        "£ a year",
    )
    # Back to its kind (Shift+Tab past the unit, value and text), and choose "Premises"
    for _ in range(4):
        press(qtbot, Qt.Key.Key_Tab, SHIFT)
    press(qtbot, Qt.Key.Key_Space)
    combo = open_list(qtbot, view)
    assert combo.itemText(0) == labels.label("contribution_kind", "money")
    press(qtbot, Qt.Key.Key_Home)
    press(qtbot, Qt.Key.Key_Down)
    press(qtbot, Qt.Key.Key_Down)
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: session.by_id("contribution")[new.id].category == "premises")
    assert model.rowCount() == len(theirs) + 1  # still only theirs
    row = model.row_of(new.id)
    assert model.index(row, 2).data() == "Premises"
    press(qtbot, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not editing(view))
    press(qtbot, Qt.Key.Key_Z, CTRL)
    qtbot.waitUntil(lambda: session.by_id("contribution")[new.id].category == "expertise")
    stage.partner_filter.choose(None)
    qtbot.waitUntil(lambda: model.rowCount() == everyone + 1)
