"""Keyboard reach, accessible names, text size, window state and attendance."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
)

from tests import ui_support
from tests.ui_support import Dialogs
from ui import settings
from ui.actions import Action
from ui.agenda_timer import AgendaTimer
from ui.main_window import MainWindow
from ui.stages.registry import STAGE_KEYS
from workshop.sample import write_sample

answered, clock, window = ui_support.answered, ui_support.clock, ui_support.window


def open_sample(window: MainWindow, tmp_path: Path) -> None:
    path = tmp_path / "sample.workshop"
    write_sample(path)
    assert window.open_path(path)


def _inside_another_control(widget: Any) -> bool:
    parent = widget.parent()
    while parent is not None:
        if isinstance(parent, QAbstractItemView | QComboBox):
            return True
        if parent.isWindow():
            return not isinstance(parent, MainWindow)
        parent = parent.parent()
    return True


def test_every_action_has_a_shortcut_or_menu(window: MainWindow) -> None:
    in_menus = {
        a
        for menu in window.menuBar().findChildren(type(window.recent_menu))
        for a in menu.actions()
    }
    for key, action in window.actions.items():
        assert action in in_menus, key
    for key in (
        Action.UNDO,
        Action.REDO,
        Action.SAVE,
        Action.OPEN,
        Action.QUICK_CAPTURE,
        Action.EXPORT,
    ):
        assert window.actions[key].shortcuts(), key
    assert "Ctrl+K" in [s.toString() for s in window.actions[Action.QUICK_CAPTURE].shortcuts()]


def test_stages_by_keyboard(qtbot: Any, window: MainWindow, tmp_path: Path) -> None:
    open_sample(window, tmp_path)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.AltModifier)
    assert window.workspace.current_key() == "values"
    window.actions[Action.NEXT_STAGE].trigger()
    assert window.workspace.current_key() == "disagreements"
    window.actions[Action.PREVIOUS_STAGE].trigger()
    window.actions[Action.PREVIOUS_STAGE].trigger()
    assert window.workspace.current_key() == "positions"
    # Add item (Ctrl+Shift+N) on the positions stage adds an open position for the chosen partner
    before = len(window.session.items("position"))
    window.actions[Action.ADD_ITEM].trigger()
    ui_support.type_in_cell(qtbot, window.workspace.current_stage().list.view, "Typed by keyboard")
    assert len(window.session.items("position")) == before + 1
    window.actions[Action.DELETE_ITEM].trigger()
    assert len(window.session.items("position")) == before


def test_controls_have_accessible_names(window: MainWindow, tmp_path: Path) -> None:
    open_sample(window, tmp_path)
    buddies = {label.buddy() for label in window.findChildren(QLabel) if label.buddy() is not None}
    for key in STAGE_KEYS:
        stage = window.workspace.show_stage(key)
        QApplication.processEvents()
        for widget in (
            stage.findChildren(QAbstractItemView)
            + stage.findChildren(QComboBox)
            + stage.findChildren(QLineEdit)
            + stage.findChildren(QPlainTextEdit)
        ):
            if _inside_another_control(widget):
                continue
            name = widget.accessibleName()
            assert name or widget in buddies, (key, type(widget).__name__, widget.objectName())
        for button in stage.findChildren(QPushButton):
            assert button.text() or button.accessibleName(), key
    assert window.welcome.findChildren(QListWidget)[0].accessibleName()


def test_text_size_and_window_state_are_restored(
    qtbot: Any, answered: Dialogs, tmp_path: Path
) -> None:
    first = MainWindow(timer=AgendaTimer())
    qtbot.addWidget(first)
    first.show()
    base = QApplication.font().pointSizeF()
    first.actions[Action.ZOOM_IN].trigger()
    first.actions[Action.ZOOM_IN].trigger()
    assert first.prefs.get(settings.TEXT_SCALE) == 130
    assert QApplication.font().pointSizeF() > base
    first.resize(701, 503)
    path = tmp_path / "sample.workshop"
    write_sample(path)
    assert first.open_path(path)
    first.workspace.setSizes([300, 900])
    values = first.workspace.show_stage("values")
    values.splitter.setSizes([120, 400])
    inner = values.splitter.sizes()
    size = (first.size().width(), first.size().height())
    assert size[1] == 503
    first.close()
    second = MainWindow(timer=AgendaTimer())
    qtbot.addWidget(second)
    second.show()
    # (the width may grow to the welcome page's minimum)
    assert second.size().height() == size[1] and second.size().width() >= size[0]
    assert second.prefs.get(settings.TEXT_SCALE) == 130
    assert second.open_path(path)
    assert abs(second.workspace.sizes()[0] - 300) <= 2
    restored = second.workspace.show_stage("values").splitter.sizes()
    assert abs(restored[0] / sum(restored) - inner[0] / sum(inner)) < 0.03
    second.actions[Action.ZOOM_RESET].trigger()
    assert abs(QApplication.font().pointSizeF() - base) < 0.01
    second.close_document()


def test_attendance_is_recorded(qtbot: Any, window: MainWindow, tmp_path: Path) -> None:
    open_sample(window, tmp_path)
    meetings = window.workspace.show_stage("meetings")
    QApplication.processEvents()
    model = meetings.attendance_model
    assert model.rowCount() == len(window.session.items("person"))
    index = model.index(0, 2)
    meetings.attendance.setCurrentIndex(index)
    meetings.attendance.edit(index)
    combo = next(c for c in meetings.attendance.findChildren(QComboBox) if c.isVisible())
    combo.setCurrentIndex(combo.findData("apologies"))
    combo.activated.emit(combo.currentIndex())
    QApplication.processEvents()
    person = model.people[0]
    found = [
        a.status
        for a in window.session.items("attendance")
        if a.person_id == person.id and a.meeting_id == model.meeting_id
    ]
    assert found == ["apologies"]


def test_position_range_and_flags_edit_in_place(
    qtbot: Any, window: MainWindow, tmp_path: Path
) -> None:
    open_sample(window, tmp_path)
    positions = window.workspace.show_stage("positions")
    positions.tabs.show_page("list")
    partner = window.session.items("partner")[0]
    positions.choose_partner(partner.id)
    new_id = positions.add_position("bottom_line")
    assert window.actions[Action.UNDO].text() == "&Undo Add bottom line"
    ui_support.type_in_cell(qtbot, positions.list.view, "Management fee no more than 8 %")
    columns = [c.name for c in positions.list.model.columns]
    row = positions.list.model.row_of(new_id)
    ui_support.edit_cell(qtbot, positions.list.view, row, columns.index("range_min"), "5")
    ui_support.edit_cell(qtbot, positions.list.view, row, columns.index("range_max"), "8,5")
    ui_support.edit_cell(qtbot, positions.list.view, row, columns.index("range_unit"), "%")
    QApplication.processEvents()
    index = positions.list.model.index(row, columns.index("needs_decision"))
    positions.list.model.setData(index, Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    item = window.session.by_id("position")[new_id]
    assert (item.range_min, item.range_max, item.range_unit) == (5.0, 8.5, "%")
    assert item.needs_decision and item.kind == "bottom_line" and item.partner_id == partner.id
    QApplication.processEvents()
    assert (
        positions.list.model.data(positions.list.model.index(row, columns.index("range_max")))
        == "8.5"
    )


def test_preferences_dialog_stores_typed_values(
    qtbot: Any, window: MainWindow, monkeypatch: Any
) -> None:
    from ui.preferences import PreferencesDialog

    def fill(dialog: PreferencesDialog) -> int:
        for setting, editor in dialog.editors.values():
            if setting is settings.AUTOSAVE_SECONDS:
                editor.setValue(15)
            if setting is settings.ROOM_TEXT_SCALE:
                editor.setValue(130)
        return 1

    monkeypatch.setattr(PreferencesDialog, "exec", fill)
    window.actions[Action.PREFERENCES].trigger()
    assert window.prefs.get(settings.AUTOSAVE_SECONDS) == 15
    assert window.prefs.get(settings.ROOM_TEXT_SCALE) == 130
    assert isinstance(window.prefs.get(settings.OFFER_RECOVERY), bool)


def test_visibility_and_kind_have_icons_and_labels(
    qtbot: Any, window: MainWindow, tmp_path: Path
) -> None:
    from ui import labels
    from ui.table_model import ITEM_ROLE

    open_sample(window, tmp_path)
    positions = window.workspace.show_stage("positions")
    positions.tabs.show_page("list")
    QApplication.processEvents()
    model = positions.list.model
    names = [c.name for c in model.columns]
    for row in range(min(model.rowCount(), 20)):
        item = model.data(model.index(row, 0), ITEM_ROLE)
        for column, terms in (("kind", "position_kind"), ("visibility", "visibility")):
            index = model.index(row, names.index(column))
            assert model.data(index) == labels.label(terms, getattr(item, column))
            assert not model.data(index, Qt.ItemDataRole.DecorationRole).isNull()
