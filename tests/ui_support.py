"""What the UI tests share: a main window with its modal dialogs answered, and a fake clock."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QApplication, QLineEdit

from ui import dialogs
from ui.agenda_timer import AgendaTimer
from ui.main_window import MainWindow


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


@dataclass
class Dialogs:
    """Records every dialog the app shows and answers questions from a script."""

    problems: list[str] = field(default_factory=list)
    questions: list[str] = field(default_factory=list)
    answers: list[int] = field(default_factory=list)
    save_paths: list[str] = field(default_factory=list)
    open_paths: list[str] = field(default_factory=list)

    def show_problem(self, _parent: Any, _title: str, message: str) -> None:
        self.problems.append(message)

    def ask(self, _parent: Any, title: str, message: str, choices: Any, default: int = 0) -> int:
        self.questions.append(f"{title}: {message}")
        if self.answers:
            return self.answers.pop(0)
        if title == "Unsaved changes":
            return 1  # close without saving when a test ends
        return len(choices) - 1

    def choose_save_path(self, *_args: Any) -> str | None:
        return self.save_paths.pop(0) if self.save_paths else None

    def choose_open_path(self, *_args: Any) -> str | None:
        return self.open_paths.pop(0) if self.open_paths else None


@pytest.fixture
def answered(monkeypatch: pytest.MonkeyPatch) -> Dialogs:
    log = Dialogs()
    monkeypatch.setattr(dialogs, "show_problem", log.show_problem)
    monkeypatch.setattr(dialogs, "ask", log.ask)
    monkeypatch.setattr(dialogs, "choose_save_path", log.choose_save_path)
    monkeypatch.setattr(dialogs, "choose_open_path", log.choose_open_path)
    return log


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def window(qtbot: Any, answered: Dialogs, clock: FakeClock) -> Iterator[MainWindow]:
    win = MainWindow(timer=AgendaTimer(clock=clock))
    qtbot.addWidget(win)
    win.resize(1280, 800)
    win.show()
    win.welcome.load_templates()
    yield win
    if win.session is not None:
        win.close_document()
    if win.room is not None:
        win.room.close()


def editor_of(view: QAbstractItemView) -> QLineEdit:
    """The open in-place line editor of a table view."""
    editors = [e for e in view.findChildren(QLineEdit) if e.isVisible()]
    assert editors, "no cell editor is open"
    return editors[-1]


def type_in_cell(qtbot: Any, view: QAbstractItemView, text: str) -> None:
    """Replace the text of the open cell editor and press Enter, as a facilitator would."""
    editor = editor_of(view)
    editor.selectAll()
    qtbot.keyClicks(editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    QApplication.processEvents()


def edit_cell(qtbot: Any, view: QAbstractItemView, row: int, column: int, text: str) -> None:
    """Select a cell, start editing it and type."""
    QApplication.processEvents()  # let views catch up with the last edit
    index = view.model().index(row, column)
    view.setCurrentIndex(index)
    qtbot.keyClick(view, Qt.Key.Key_F2)
    type_in_cell(qtbot, view, text)


def texts(session: Any, table: str, name: str) -> list[str]:
    return [str(getattr(item, name)) for item in session.items(table)]
