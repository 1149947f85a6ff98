"""Fit to screen (issue 13, "Zoom and scale"): the window's frame lies within the screen's
available area at 1,024×768, at 200 % text size and at a Qt scale factor of 2, on every stage;
the stage list is never clipped; markers are never elided; clipped headings have tooltips."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QApplication

from tests import ui_support
from ui import labels
from ui.main_window import MainWindow
from ui.stages.registry import STAGE_KEYS
from workshop.sample import write_sample

answered, clock, window = ui_support.answered, ui_support.clock, ui_support.window
ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture
def sample(window: MainWindow, tmp_path: Path) -> MainWindow:
    path = tmp_path / "Sample.workshop"
    write_sample(path)
    assert window.open_path(path)
    return window


def test_every_stage_fits_a_1024_by_768_screen(qtbot: Any, sample: MainWindow) -> None:
    window, small = sample, QRect(0, 0, 1024, 768)
    assert window.workspace is not None
    for key in STAGE_KEYS:
        window.workspace.show_stage(key)
        QApplication.processEvents()
        window.display.fit_to(small)
        QApplication.processEvents()
        assert window.minimumSizeHint().width() <= small.width(), key
        assert small.contains(window.frameGeometry()), (key, window.frameGeometry())


def test_at_200_percent_text_the_window_fits_its_screen(qtbot: Any, sample: MainWindow) -> None:
    window = sample
    assert window.workspace is not None
    screen = window.screen()
    assert screen is not None
    available = screen.availableGeometry()
    window.display.apply_text_scale(200)
    try:
        for key in STAGE_KEYS:
            window.workspace.show_stage(key)
            QApplication.processEvents()
            assert available.contains(window.frameGeometry()), (key, window.frameGeometry())
            nav = window.workspace.nav
            # The stage list shows whole titles ("9  Meetings & agenda", not "9 Me").
            assert nav.viewport().width() >= nav.sizeHintForColumn(0), key
    finally:
        window.display.apply_text_scale(100)


SCALED = """
import json, sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from ui import app as entry

application = entry.create_application()
window = entry.start(None)

def report():
    available = window.screen().availableGeometry()
    frame = window.frameGeometry()
    print(json.dumps({"frame": frame.getRect(), "available": available.getRect()}))
    window.close()
    application.quit()

QTimer.singleShot(300, report)
application.exec()
"""


@pytest.mark.slow
@pytest.mark.parametrize("factor", ["1.5", "2"])
def test_with_a_scale_factor_the_window_opens_on_its_screen(tmp_path: Path, factor: str) -> None:
    """A 1,280×800 laptop screen (the offscreen platform's, still offscreen) at 150 % and 200 %:
    640×400 logical pixels at 2."""
    config = tmp_path / "screen.json"
    screen = {"name": "laptop", "x": 0, "y": 0, "width": 1280, "height": 800, "logicalDpi": 96}
    config.write_text(json.dumps({"screens": [screen]}))
    platform = os.environ.get("QT_QPA_PLATFORM", "offscreen")
    environment = dict(
        os.environ,
        QT_SCALE_FACTOR=factor,
        QT_QPA_PLATFORM=f"{platform}:configfile={config}",
    )
    done = subprocess.run(
        [sys.executable, "-c", SCALED],
        cwd=ROOT,
        env=environment,
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    found = json.loads(done.stdout.strip().splitlines()[-1])
    frame, available = QRect(*found["frame"]), QRect(*found["available"])
    assert available.width() == round(1280 / float(factor))
    assert available.contains(frame), (frame, available)


def test_a_confidential_mark_leads_its_grid_cell(qtbot: Any, sample: MainWindow) -> None:
    window = sample
    assert window.workspace is not None
    stage = window.workspace.show_stage("positions")
    model = stage.grid.model()  # type: ignore[attr-defined]
    mark = labels.symbol("visibility", "confidential")
    lines = [
        line
        for row in range(model.rowCount())
        for column in range(model.columnCount())
        for line in str(model.index(row, column).data() or "").splitlines()
    ]
    marked = [line for line in lines if mark in line]
    assert marked, "the sample has a confidential position"
    assert all(line.startswith(mark) for line in marked), marked  # elision cuts the end


def test_clipped_headings_have_their_full_name_on_hover(qtbot: Any, sample: MainWindow) -> None:
    window = sample
    assert window.workspace is not None and window.session is not None
    stage = window.workspace.show_stage("values")
    grid = stage.grid  # type: ignore[attr-defined]
    names = [p.name for p in window.session.items("partner")]
    tips = [
        grid.model().headerData(c, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
        for c in range(grid.model().columnCount())
    ]
    assert tips == names
