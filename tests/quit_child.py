"""The app as a facilitator quits it: open FILE, type into a new position's cell and press Ctrl+Q
mid-edit, answering "Save" when asked. Usage: ``python tests/quit_child.py FILE``.

Runs the app's own start-up and event loop (``ui.app.start`` and ``ui.app.run``), so a crash or
a warning on the way out shows on this process's stderr and exit code.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from ui import app as ui_app
from ui import dialogs
from ui.stages.registry import STAGE_KEYS


def main() -> None:
    dialogs.ask = lambda *_args, **_kwargs: 0  # "Save" when asked about unsaved changes
    app = ui_app.create_application()
    window = ui_app.start(sys.argv[1])

    def type_then_quit() -> None:
        window.activateWindow()
        if window.session is None or QApplication.activeWindow() is not window:  # not yet
            QTimer.singleShot(10, type_then_quit)
            return
        for key in STAGE_KEYS:
            window.workspace.show_stage(key)  # every stage built, as after a day's work
            QApplication.processEvents()
        stage = window.workspace.show_stage("positions")
        stage.add_position("red_line")
        QTest.keyClicks(QApplication.focusWidget(), "Typed as the workshop ended")
        QTest.keyClick(
            QApplication.focusWidget(), Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier
        )

    QTimer.singleShot(0, type_then_quit)
    sys.exit(ui_app.run(app, window))


if __name__ == "__main__":
    main()
