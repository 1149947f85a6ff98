"""Start the app: ``commonground [FILE]`` calls :func:`main`."""

from __future__ import annotations

import os
import sys
import time
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

if TYPE_CHECKING:
    from ui.main_window import MainWindow


def create_application() -> QApplication:
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    QCoreApplication.setOrganizationName("Common Ground")
    QCoreApplication.setApplicationName("Common Ground")
    app = QApplication(sys.argv[:1])
    app.setDesktopFileName("commonground")
    app.setWindowIcon(_app_icon())
    return app


def _app_icon() -> QIcon:
    """The app icon at every size we ship, for window managers that do not read the .desktop."""
    from workshop.resources import resource_path

    icon = QIcon()
    for size in (16, 32, 48, 64, 128, 256):
        icon.addFile(str(resource_path("desktop", "icons", f"{size}x{size}", "commonground.png")))
    return icon


def main(path: str | None = None) -> int:
    """Open the main window (and ``path`` if given); returns the exit code."""
    app = create_application()
    return run(app, start(path))


def run(app: QApplication, window: MainWindow) -> int:
    """Run the event loop, then delete the window and everything in it while Python is whole.

    Left alone, the window lives on in reference cycles (its actions' handlers refer to it) until
    the interpreter's last garbage collection, and Qt would then call its Python event handlers
    from a half-dismantled interpreter.
    """
    code = int(app.exec())
    import shiboken6

    if shiboken6.isValid(window):
        shiboken6.delete(window)
    return code


def start(path: str | None = None) -> MainWindow:
    """Show the main window; once it is on screen, offer crash recovery and open ``path``."""
    from ui.main_window import MainWindow

    window = MainWindow()
    window.show()

    # For the benchmarks: report when the window is on screen and, given a file, when its
    # workshop is on screen too (open-to-ready), then leave.
    report = bool(os.environ.get("COMMONGROUND_EXIT_WHEN_SHOWN"))

    def after_shown() -> None:
        if report:
            print(f"shown {time.time():.6f}", flush=True)
            if path is None:
                QApplication.quit()
                return
        # A workshop opened now is shown first: the templates wait until the welcome page is.
        window.welcome.load_templates_when_shown()
        from ui import settings

        if not window.prefs.get(settings.OFFER_RECOVERY):
            recovered = None
        else:
            recovered = window.files.recover_orphans()
        if recovered is not None:
            window.set_document(recovered)
        if path is not None and window.session is None:
            window.open_path(path)
        elif path is not None:
            window.show_problem(
                QCoreApplication.translate(
                    "App", "“%1” was not opened: the recovered workshop is open instead."
                ).replace("%1", path)
            )
        if window.session is None:
            window.welcome.load_templates()  # the welcome page stays: it offers them
        if report:
            window.repaint()  # the workshop drawn, not only laid out
            print(f"ready {time.time():.6f}", flush=True)
            window.close()  # the workshop closed properly: no working copy left to recover
            QApplication.quit()

    QTimer.singleShot(0, after_shown)
    return window
