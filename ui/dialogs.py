"""The few modal questions the app asks, and its status-bar messages. One place, so tests can
answer them (monkeypatch)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

FILTER = "Common Ground workshops (*.workshop);;All files (*)"


def show_problem(parent: QWidget | None, title: str, message: str) -> None:
    """Tell the user something went wrong, in the core's own words."""
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(
        QMessageBox.Icon.Warning, title, message, QMessageBox.StandardButton.Ok, parent
    )
    box.exec()


def ask(
    parent: QWidget | None, title: str, message: str, choices: Sequence[str], default: int = 0
) -> int:
    """Ask a question with the given answers (the last one cancels); returns the chosen index."""
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(
        QMessageBox.Icon.Question, title, message, QMessageBox.StandardButton.NoButton, parent
    )
    buttons = []
    for number, text in enumerate(choices):
        role = (
            QMessageBox.ButtonRole.RejectRole
            if number == len(choices) - 1
            else QMessageBox.ButtonRole.AcceptRole
        )
        buttons.append(box.addButton(text, role))
    box.setDefaultButton(buttons[default])
    box.setEscapeButton(buttons[-1])
    box.exec()
    clicked = box.clickedButton()
    return buttons.index(clicked) if clicked in buttons else len(choices) - 1


def choose_open_path(
    parent: QWidget | None, title: str, folder: str, file_filter: str = FILTER
) -> str | None:
    """A file to open (a workshop, unless ``file_filter`` says otherwise); None if cancelled."""
    from PySide6.QtWidgets import QFileDialog

    path, _ = QFileDialog.getOpenFileName(parent, title, folder, file_filter)
    return path or None


def choose_save_path(parent: QWidget | None, title: str, suggestion: str) -> str | None:
    from PySide6.QtWidgets import QFileDialog

    path, _ = QFileDialog.getSaveFileName(parent, title, suggestion, FILTER)
    if not path:
        return None
    return path if path.endswith(".workshop") else path + ".workshop"


def tell(widget: QWidget, message: str, milliseconds: int = 10000) -> None:
    """Say something in the status bar of ``widget``'s main window (no dialog, no focus lost)."""
    from PySide6.QtWidgets import QMainWindow

    window: QWidget | None = widget.window()
    while window is not None and not isinstance(window, QMainWindow):
        parent = window.parentWidget()  # a dialog's main window
        window = parent.window() if parent is not None else None
    if isinstance(window, QMainWindow):
        window.statusBar().showMessage(message, milliseconds)
