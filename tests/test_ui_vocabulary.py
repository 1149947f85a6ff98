"""One vocabulary on screen: every choice the interface shows is the core vocabulary's, read
through one translation (context "vocabulary"), and the grids and the room view use its words
and colours (the foundations PDF prints the same, from the same lists)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, Qt, QTranslator
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication, QComboBox

from tests import ui_support
from ui import labels
from ui.actions import Action
from ui.main_window import MainWindow
from ui.note_editor import NoteEditor
from ui.stages.registry import STAGE_KEYS
from ui.table_editor import TableEditor
from ui.table_model import CHOICES_ROLE, ITEM_ROLE
from workshop import kinds, vocabulary
from workshop.sample import write_sample

answered, clock, window = ui_support.answered, ui_support.clock, ui_support.window


class Marked(QTranslator):
    """A "translation" that wraps every word of the vocabulary in « », and nothing else."""

    def translate(self, context: str, source: str, disambiguation: Any = None, n: int = -1) -> str:
        return f"«{source}»" if context == labels.CONTEXT and source else ""

    def isEmpty(self) -> bool:
        return False


@pytest.fixture
def marked(qapp: QCoreApplication) -> Iterator[None]:
    translator = Marked(qapp)
    qapp.installTranslator(translator)
    yield
    qapp.removeTranslator(translator)


def open_sample(window: MainWindow, tmp_path: Path) -> None:
    path = tmp_path / "sample.workshop"
    write_sample(path)
    assert window.open_path(path)


def translated(text: str) -> bool:
    return text.startswith("«") and text.endswith("»")


def shown_lists() -> set[str]:
    """Every list a stored choice of some kind is made from."""
    return {f.choices for k in kinds.kinds() for f in k.fields if f.type == "enum"}


def test_every_value_of_every_list_has_a_translated_label(marked: None) -> None:
    for name in shown_lists():
        for term in vocabulary.terms(name):
            assert term.label.strip(), (name, term.value)
            assert labels.label(name, term.value) == f"«{term.label}»"
            assert labels.short(name, term.value) == f"«{term.short_label}»"
        assert labels.choices(name) == [(f"«{t.label}»", t.value) for t in vocabulary.terms(name)]


def test_every_choice_on_screen_is_the_vocabularys_translated(
    qtbot: Any, marked: None, window: MainWindow, tmp_path: Path
) -> None:
    open_sample(window, tmp_path)
    lists_seen: set[str] = set()
    for key in STAGE_KEYS:
        stage = window.workspace.show_stage(key)
        QApplication.processEvents()
        for editor in stage.findChildren(TableEditor):
            editor.ensure_loaded()
            model = editor.model
            for number, column in enumerate(model.columns):
                title = model.headerData(number, Qt.Orientation.Horizontal, 0)
                assert column.name == "sort_order" or translated(title), (key, title)
                if not column.terms:
                    continue
                lists_seen.add(column.terms)
                for row in range(min(model.rowCount(), 30)):
                    index = model.index(row, number)
                    assert translated(index.data()), (key, column.name, index.data())
                    assert index.data(CHOICES_ROLE) == labels.choices(column.terms)
                    assert all(translated(text) for text, _ in index.data(CHOICES_ROLE))
    # Every list a list stage's columns use has been seen, translated
    listed = {
        f.choices
        for k in kinds.kinds()
        if k.stage in STAGE_KEYS
        for f in k.fields
        if f.type == "enum" and not f.private
    }
    assert listed - {"collaboration_model", "workshop_status"} <= lists_seen
    # The grids: ratings, answers, kinds of position, attendance
    values = window.workspace.show_stage("values")
    options = values.grid_model.index(0, 0).data(CHOICES_ROLE)
    assert all(translated(text.split(" ", 1)[1]) for text, value in options if value)
    commitments = window.workspace.show_stage("commitments")
    options = commitments.grid_model.index(0, 0).data(CHOICES_ROLE)
    assert [text for text, value in options if value] == [
        f"«{t.label}»" for t in vocabulary.COMMITMENT_ANSWER
    ]
    positions = window.workspace.show_stage("positions")
    positions.tabs.show_page("grid")
    cells = [
        positions.grid_model.index(r, c).data()
        for r in range(positions.grid_model.rowCount())
        for c in range(positions.grid_model.columnCount())
    ]
    assert any("«Red line»" in cell for cell in cells if cell)
    meetings = window.workspace.show_stage("meetings")
    meetings.attendance_model.show_meeting(window.session.items("meeting")[0].id)
    options = meetings.attendance_model.index(0, 2).data(CHOICES_ROLE)
    assert all(translated(text) for text, value in options if value)
    overview = window.workspace.show_stage("overview")
    for name in ("collaboration_model", "status"):
        combo = overview.fields[name]
        assert isinstance(combo, QComboBox)
        assert all(translated(combo.itemText(n)) for n in range(combo.count()))
    note = NoteEditor("about", "", "shared", window)
    assert all(translated(note.choice.itemText(n)) for n in range(note.choice.count()))
    note.reject()
    # The room view reads the same translated words
    window.actions[Action.ROOM_VIEW].setChecked(True)
    window.workspace.show_stage("positions")
    QApplication.processEvents()
    assert "«Red line»" in window.room.visible_text()
    assert window.room.marking.text() == f"«{vocabulary.marking('room').warning}»"


def _hex(colour: QColor | None) -> str:
    assert colour is not None
    return colour.name()


def test_the_grids_and_the_room_view_use_the_vocabularys_words_and_colours(
    qtbot: Any, window: MainWindow, tmp_path: Path
) -> None:
    open_sample(window, tmp_path)
    window.actions[Action.ROOM_VIEW].setChecked(True)
    room = window.room
    session = window.session

    def room_html(key: str) -> tuple[str, str]:
        window.workspace.show_stage(key)
        QApplication.processEvents()
        return room.body.toHtml().lower(), room.visible_text()

    # Positions: each kind in its word, symbol and ink, on screen and in the room
    html, text = room_html("positions")
    positions = window.workspace.current_stage()
    positions.tabs.show_page("list")
    positions.list.ensure_loaded()
    model = positions.list.model
    kind_column = [c.name for c in model.columns].index("kind")
    shared_kinds = {p.kind for p in session.items("position") if p.visibility == "shared"}
    assert len(shared_kinds) >= 3
    for kind in shared_kinds:
        term = vocabulary.POSITION_KIND.term(kind)
        assert term is not None
        assert f"{term.symbol} {term.label}" in text
        assert term.ink.lower() in html
    for row in range(model.rowCount()):
        index = model.index(row, kind_column)
        term = vocabulary.POSITION_KIND.term(index.data(ITEM_ROLE).kind)
        assert index.data() == term.label
        assert index.data(Qt.ItemDataRole.ForegroundRole).color().name() == term.ink
    # Values: each rating on its fill, in the grid and in the room
    html, text = room_html("values")
    values = window.workspace.current_stage()
    grid = values.grid_model
    for row in range(grid.rowCount()):
        for column in range(grid.columnCount()):
            value, _partner, alignment = grid.cell(grid.index(row, column))
            if alignment is None or alignment.rating is None:
                continue
            fill = vocabulary.ALIGNMENT.term(str(alignment.rating)).fill
            background = grid.index(row, column).data(Qt.ItemDataRole.BackgroundRole)
            assert background.color().name() == fill
            if alignment.visibility == value.visibility == "shared" and value.status != "dropped":
                assert fill in html
    # Fair practice: symbol, word and fill
    html, text = room_html("commitments")
    answers = window.workspace.current_stage().grid_model
    for row in range(answers.rowCount()):
        for column in range(answers.columnCount()):
            commitment, _partner, answer = answers.cell(answers.index(row, column))
            if answer is None:
                continue
            term = vocabulary.COMMITMENT_ANSWER.term(answer.answer)
            assert f"{term.symbol} {term.label}" in answers.index(row, column).data()
            if term.fill:
                background = answers.index(row, column).data(Qt.ItemDataRole.BackgroundRole)
                assert background.color().name() == term.fill
                if answer.visibility == commitment.visibility == "shared":
                    assert term.fill in html
                    assert f"{term.symbol} {term.label}" in text
    # Risks: each square in its band's shade, the band named in words
    html, text = room_html("risks")
    for risk in session.items("risk"):
        if risk.visibility == "shared":
            score = risk.likelihood * risk.impact
            band = labels.risk_term(score)
            assert band.value == _band(score)
            assert _hex(labels.risk_shade(score)) in html
            assert f"= {score} ({band.label})" in text
    # Visibility in its word and ink in every list
    window.workspace.show_stage("actions")
    actions = window.workspace.current_stage().editor
    actions.ensure_loaded()
    column = [c.name for c in actions.model.columns].index("visibility")
    for row in range(actions.model.rowCount()):
        index = actions.model.index(row, column)
        term = vocabulary.VISIBILITY.term(index.data(ITEM_ROLE).visibility)
        assert index.data() == term.label
        assert index.data(Qt.ItemDataRole.ForegroundRole).color().name() == term.ink


def _band(score: int) -> str:
    from workshop.analysis import risk_band

    return risk_band(score)
