"""Quitting mid-edit: the typed text is saved, and the process ends cleanly (no warnings, no
"Fatal Python error … finalizing"), run after run."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from workshop.sample import write_sample

CHILD = Path(__file__).with_name("quit_child.py")
RUNS = (
    4  # a crash on quit was seen in 1 run of 5; the refcount test above finds its cause every time
)
#: What the offscreen test platform itself says; nothing of the app's.
PLATFORM_NOTICES = ("This plugin does not support",)


def test_qt_calls_that_return_nothing_keep_pythons_count_of_none(qtbot: object) -> None:
    """PySide6 6.12.0 dropped a reference to None on every such call, and a long session then
    aborted on quit; pyproject.toml leaves that version out."""
    widget, label = QWidget(), QLabel()
    before = sys.getrefcount(None)
    for _ in range(500):
        assert widget.parentWidget() is None and label.buddy() is None
        QApplication.activePopupWidget()
    assert sys.getrefcount(None) >= before


@pytest.mark.slow
def test_quitting_mid_edit_is_clean_every_time(tmp_path: Path) -> None:
    sample = tmp_path / "sample.workshop"
    write_sample(sample)
    runs = []
    for number in range(RUNS):
        home = tmp_path / f"run{number}"
        home.mkdir()
        path = home / "workshop.workshop"
        path.write_bytes(sample.read_bytes())
        env = dict(
            os.environ,
            HOME=str(home),
            COMMONGROUND_CONFIG_DIR=str(home / "config"),
            COMMONGROUND_DATA_DIR=str(home / "data"),
            XDG_CONFIG_HOME=str(home / "xdg"),
        )
        child = subprocess.Popen(
            [sys.executable, str(CHILD), str(path)],
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        runs.append((path, child))
    for path, child in runs:
        _out, err = child.communicate(timeout=120)
        noise = [
            line for line in err.splitlines() if line and not line.startswith(PLATFORM_NOTICES)
        ]
        assert child.returncode == 0, err
        assert not noise, f"stderr on quitting: {noise}"
        with sqlite3.connect(path) as db:  # saved on the way out, as typed
            found = db.execute(
                "SELECT kind, owner FROM position WHERE statement = ?",
                ("Typed as the workshop ended",),
            ).fetchall()
        assert found == [("red_line", "ceo")]
