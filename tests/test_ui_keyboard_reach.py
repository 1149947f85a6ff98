"""Keyboard everywhere: Tab reaches every control of every stage, mnemonics never clash with the
menu bar's, and a disagreement is recorded in full without the mouse."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QTabBar,
    QTabWidget,
    QWidget,
)

from tests import ui_support
from tests.test_ui_live_editing import (
    SHIFT,
    column,
    editing,
    focused,
    open_sample,
    press,
    type_keys,
)
from ui.actions import Action
from ui.delegates import ChoiceEditor
from ui.main_window import MainWindow
from ui.stages.registry import STAGE_KEYS

answered, clock, window = ui_support.answered, ui_support.clock, ui_support.window
ALT = Qt.KeyboardModifier.AltModifier


def controls(stage: QWidget) -> list[QWidget]:
    """The enabled, visible controls of a stage that Tab should reach."""
    found = []
    for widget in stage.findChildren(QWidget):
        if not (widget.isVisible() and widget.isEnabled()) or widget.focusProxy() is not None:
            continue
        if widget.focusPolicy() & Qt.FocusPolicy.TabFocus != Qt.FocusPolicy.TabFocus:
            continue
        parent = widget.parentWidget()
        while parent is not None and parent is not stage:
            if isinstance(parent, QAbstractItemView | QAbstractSpinBox | QComboBox):
                break  # a part of another control (a cell editor, a spin box's line)
            parent = parent.parentWidget()
        else:
            found.append(widget)
    return found


def control_of(widget: QWidget) -> QWidget:
    """The control a focused widget belongs to (a cell editor belongs to its table)."""
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QAbstractItemView):
            return parent
        parent = parent.parentWidget()
    return widget


def walk(qtbot: Any, backwards: bool = False) -> list[QWidget]:
    """Press Tab (or Shift+Tab) from the focused control until the focus comes back to it."""
    start = control_of(focused())
    reached = [start]
    for _ in range(300):
        press(qtbot, Qt.Key.Key_Tab, SHIFT if backwards else Qt.KeyboardModifier.NoModifier)
        now = control_of(focused())
        if now is start:
            return reached
        reached.append(now)
    raise AssertionError(f"Tab never came back to {start!r}: a trap")


def pages(stage: QWidget) -> list[tuple[QTabWidget | None, int]]:
    tabs = stage.findChildren(QTabWidget)
    if not tabs:
        return [(None, 0)]
    return [(tabs[0], n) for n in range(tabs[0].count())]


@pytest.mark.parametrize("backwards", [False, True], ids=["Tab", "Shift+Tab"])
def test_tab_reaches_every_control_of_every_stage(
    qtbot: Any, window: MainWindow, tmp_path: Path, backwards: bool
) -> None:
    open_sample(qtbot, window, tmp_path)
    checked = 0
    for key in STAGE_KEYS:
        stage = window.workspace.show_stage(key)
        for tabs, page in pages(stage):
            if tabs is not None:
                tabs.setCurrentIndex(page)
            QApplication.processEvents()
            for table in stage.findChildren(QAbstractItemView):  # so row buttons are enabled
                if table.isVisible() and table.model() is not None and table.model().rowCount():
                    table.setCurrentIndex(table.model().index(0, 0))
            QApplication.processEvents()
            expected = controls(stage)
            assert expected, key
            expected[0].setFocus(Qt.FocusReason.TabFocusReason)
            QApplication.processEvents()
            reached = walk(qtbot, backwards)
            missing = [
                f"{type(w).__name__} “{w.accessibleName() or getattr(w, 'text', str)()}”"
                for w in expected
                if w not in reached
            ]
            assert not missing, f"{key} page {page}: Tab never reaches {missing}"
            checked += len(expected)
    assert checked > 80


def mnemonic(text: str) -> str | None:
    found = re.search(r"&([^&\s])", text.replace("&&", ""))
    return found[1].casefold() if found else None


def mnemonics_shown(window: MainWindow, root: QWidget) -> list[tuple[str, str]]:
    """(letter, where) for every mnemonic a user can press while ``root`` is on screen."""
    found: list[tuple[str, str]] = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisibleTo(window):
            continue
        texts: list[str] = []
        if isinstance(widget, QAbstractButton) or (
            isinstance(widget, QLabel) and widget.buddy() is not None
        ):
            texts.append(widget.text())
        elif isinstance(widget, QGroupBox):
            texts.append(widget.title())
        elif isinstance(widget, QTabBar):
            texts += [widget.tabText(n) for n in range(widget.count())]
        for text in texts:
            letter = mnemonic(text)
            if letter:
                found.append((letter, text))
    return found


def test_mnemonics_are_unique_and_never_the_menu_bars(
    qtbot: Any, window: MainWindow, tmp_path: Path
) -> None:
    menus = [mnemonic(a.text()) for a in window.menuBar().actions()]
    assert sorted(m for m in menus if m) == ["e", "f", "h", "r", "v"]
    screens: dict[str, list[tuple[str, str]]] = {"welcome": mnemonics_shown(window, window.welcome)}
    open_sample(qtbot, window, tmp_path)
    for key in STAGE_KEYS:
        stage = window.workspace.show_stage(key)
        QApplication.processEvents()
        screens[key] = mnemonics_shown(window, stage)
    for screen, found in screens.items():
        letters = [letter for letter, _ in found]
        clashing = [text for letter, text in found if letters.count(letter) > 1]
        assert not clashing, f"{screen}: the same mnemonic twice: {clashing}"
        with_menus = [text for letter, text in found if letter in menus]
        assert not with_menus, f"{screen}: a menu's mnemonic: {with_menus}"
    assert screens["overview"] and screens["positions"]  # the forms and tabs keep theirs


def test_a_mnemonic_acts_where_the_focus_is(qtbot: Any, window: MainWindow, tmp_path: Path):
    """Alt+I on the Overview goes to the facilitator's box; typing goes in there, not a menu."""
    open_sample(qtbot, window, tmp_path)
    press(qtbot, Qt.Key.Key_1, ALT)
    overview = window.workspace.current_stage()
    assert focused() is overview.fields["title"]
    press(qtbot, Qt.Key.Key_I, ALT)
    assert focused() is overview.fields["facilitator"]
    focused().selectAll()
    type_keys(qtbot, "Sam Price")
    press(qtbot, Qt.Key.Key_Return)
    assert window.session.workshop.facilitator == "Sam Price"
    assert not answered_questions(window)


def answered_questions(window: MainWindow) -> list[Any]:
    return [w for w in QApplication.topLevelWidgets() if w.isVisible() and w is not window]


def test_a_disagreement_recorded_in_full_by_keyboard(
    qtbot: Any, window: MainWindow, tmp_path: Path
) -> None:
    open_sample(qtbot, window, tmp_path)
    press(qtbot, Qt.Key.Key_4, ALT)
    stage = window.workspace.current_stage()
    register = stage.register
    before = {d.id for d in window.session.items("disagreement")}
    press(qtbot, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier | SHIFT)  # add item
    assert editing(register.view)
    type_keys(qtbot, "Who holds the contract")
    press(qtbot, Qt.Key.Key_Tab)
    type_keys(qtbot, "Both leads want to hold it")
    press(qtbot, Qt.Key.Key_Tab)  # topic: a choice waiting with its list closed
    assert isinstance(focused(), ChoiceEditor)
    press(qtbot, Qt.Key.Key_Return)  # opens the list
    qtbot.waitUntil(lambda: focused() is not None and not isinstance(focused(), ChoiceEditor))
    press(qtbot, Qt.Key.Key_Down)
    press(qtbot, Qt.Key.Key_Return)  # picks, and waits in the cell again
    assert isinstance(focused(), ChoiceEditor)
    for _ in range(4):  # past severity, status and route step, left as they are
        press(qtbot, Qt.Key.Key_Tab)
    assert register.view.currentIndex().column() == column(register, "owner")
    type_keys(qtbot, "Chairs of both")
    press(qtbot, Qt.Key.Key_Tab)
    type_keys(qtbot, "15 December")
    press(qtbot, Qt.Key.Key_Tab)  # to the outcome: not yet
    press(qtbot, Qt.Key.Key_Tab)  # to the visibility
    press(qtbot, Qt.Key.Key_Tab)  # out of the table, to the route buttons, then the parties
    assert focused() is stage.escalate_button
    press(qtbot, Qt.Key.Key_Tab)
    press(qtbot, Qt.Key.Key_Tab)
    assert focused() is stage.parties
    press(qtbot, Qt.Key.Key_Space)  # first partner: involved
    press(qtbot, Qt.Key.Key_Return)
    type_keys(qtbot, "We bid, so we hold it")
    press(qtbot, Qt.Key.Key_Return)
    press(qtbot, Qt.Key.Key_Down)
    press(qtbot, Qt.Key.Key_Space)  # second partner
    press(qtbot, Qt.Key.Key_F2)
    type_keys(qtbot, "The lead should rotate")
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not register.model.stale)
    (new,) = [d for d in window.session.items("disagreement") if d.id not in before]
    topics = window.session.items("topic")
    assert new.title == "Who holds the contract"
    assert new.description == "Both leads want to hold it"
    assert new.topic_id == topics[0].id
    assert new.owner == "Chairs of both" and new.review_date.endswith("-12-15")
    partners = window.session.items("partner")
    views = {
        p.partner_id: p.view
        for p in window.session.items("disagreement_party")
        if p.disagreement_id == new.id
    }
    assert views == {
        partners[0].id: "We bid, so we hold it",
        partners[1].id: "The lead should rotate",
    }
    # Space again takes a partner out
    press(qtbot, Qt.Key.Key_Space)
    assert partners[1].id not in {
        p.partner_id
        for p in window.session.items("disagreement_party")
        if p.disagreement_id == new.id
    }


def test_escalating_takes_a_deliberate_key_and_says_so(
    qtbot: Any, window: MainWindow, tmp_path: Path
) -> None:
    open_sample(qtbot, window, tmp_path)
    press(qtbot, Qt.Key.Key_4, ALT)
    stage = window.workspace.current_stage()
    register = stage.register
    first = register.model.item(0)
    register.select_id(first.id, column(register, "outcome"))
    register.view.setFocus()
    # Alt+N (once "Next route step") typed while in the register, and while typing in a cell
    press(qtbot, Qt.Key.Key_N, ALT)
    press(qtbot, Qt.Key.Key_F2)
    assert isinstance(focused(), QLineEdit)
    press(qtbot, Qt.Key.Key_N, ALT)
    press(qtbot, Qt.Key.Key_Escape)
    assert window.session.by_id("disagreement")[first.id].route_step == first.route_step
    # Ctrl+Shift+E escalates, names the step for undo and in the status bar
    press(qtbot, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier | SHIFT)
    after = window.session.by_id("disagreement")[first.id]
    assert after.route_step != first.route_step and after.status == "escalated"
    undo = window.actions[Action.UNDO].text()
    assert undo.startswith(f"&Undo Escalate “{first.title}” to ")
    assert "Ctrl+Z undoes" in window.statusBar().currentMessage()
    window.actions[Action.UNDO].trigger()
    assert window.session.by_id("disagreement")[first.id].route_step == first.route_step
