"""The app's budgets: launch, open the 10,000-item workshop, sort and filter 10,000 rows, edits."""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from benchmarks.common import Measure, median_ms, out_dir
from benchmarks.large import make_large_workshop

ROOT = Path(__file__).resolve().parents[1]


APP = "from ui.app import main; raise SystemExit(main(None))"
#: ``commonground FILE``: the command line's way in, as a facilitator opens a workshop.
OPEN = "from ui.cli import main; raise SystemExit(main([{path!r}]))"
BARE = """
import time
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
window = QMainWindow()
window.show()
def shown():
    window.repaint()
    print(f"shown {time.time():.6f}", flush=True)
    app.quit()
QTimer.singleShot(0, shown)
app.exec()
"""


def _process_ms(code: str, marker: str = "shown") -> float:
    """Process start to the line ``marker TIME`` the process prints (the app prints "shown"
    when its window is on screen and, given a file, "ready" when the workshop is drawn:
    ``COMMONGROUND_EXIT_WHEN_SHOWN``, see ui/app.py), in milliseconds."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", COMMONGROUND_EXIT_WHEN_SHOWN="1")
    env.setdefault("COMMONGROUND_CONFIG_DIR", str(out_dir() / "launch-config"))
    env.setdefault("COMMONGROUND_DATA_DIR", str(out_dir() / "launch-data"))
    start = time.time()
    done = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, cwd=ROOT, check=True
    )
    found = next(line for line in done.stdout.splitlines() if line.startswith(f"{marker} "))
    return (float(found.split()[1]) - start) * 1000


def launch_and_open(repeat: int = 9) -> tuple[float, float, float]:
    """Medians of a bare PySide6 window, the app's launch (no file) and open-to-ready (with the
    sample workshop), each run in turn so all three see the same load on the machine."""
    from workshop.sample import write_sample

    sample = out_dir() / "open-to-ready.workshop"
    sample.unlink(missing_ok=True)
    write_sample(sample)
    bare, launch, ready = [], [], []
    for _ in range(repeat):
        bare.append(_process_ms(BARE))
        launch.append(_process_ms(APP))
        ready.append(_process_ms(OPEN.format(path=str(sample)), "ready"))
    return statistics.median(bare), statistics.median(launch), statistics.median(ready)


def _ten_thousand_positions(path: Path) -> None:
    from workshop import ops
    from workshop.document import Document

    path.unlink(missing_ok=True)
    doc = Document.new(path)
    with doc.edit("Generate") as edit:
        partners = [
            edit.insert("partner", ops.clean("partner", {"name": f"Partner {i}"}, creating=True))
            for i in range(8)
        ]
        kinds = ("red_line", "bottom_line", "preference", "open")
        for i in range(10_000):
            row = {
                "partner_id": partners[i % 8],
                "kind": kinds[(i * 7) % 4],
                "statement": f"Position statement {(i * 7919) % 10_000} about the partnership",
                "sort_order": i,
            }
            edit.insert("position", ops.clean("position", row, creating=True))
    doc.save()
    doc.close()


def run() -> list[Measure]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ.setdefault("COMMONGROUND_CONFIG_DIR", str(out_dir() / "bench-config"))
    bare, launch, ready = launch_and_open()
    floor = f"bare PySide6 window, same method and run: {bare:.0f} ms"
    measures = [
        Measure(
            "app",
            "launch to main window shown (subprocess)",
            launch,
            round(1.5 * bare),
            floor=floor,
            note=f"{launch / bare:.2f}× the bare window (budget 1.5×)",
        ),
        Measure(
            "app",
            "open-to-ready: `commonground FILE` to the workshop shown (the sample, subprocess)",
            ready,
            round(2 * bare),
            floor=floor,
            note=f"{ready / bare:.2f}× the bare window (budget 2×)",
        ),
    ]

    from PySide6.QtWidgets import QApplication

    from ui import dialogs
    from ui.app import create_application
    from ui.main_window import MainWindow
    from ui.session import Session
    from ui.table_model import Column, RowsModel
    from workshop import ops
    from workshop.document import Document

    # No one is there to answer: close without saving, and never block on a dialog.
    dialogs.ask = lambda *_args, **_kwargs: 1  # type: ignore[assignment]
    dialogs.show_problem = lambda *_args: None  # type: ignore[assignment]
    app = create_application()
    large = make_large_workshop(out_dir() / "large-ui.workshop")
    window = MainWindow()
    window.show()

    def live_session() -> Session:
        assert window.session is not None, "the workshop is open"
        return window.session

    def open_large() -> None:
        assert window.open_path(large)
        assert window.workspace is not None
        window.workspace.show_stage("positions")
        QApplication.processEvents()

    def close_large() -> None:
        if window.session is not None:
            window.close_document()
        QApplication.processEvents()

    measures.append(
        Measure(
            "app",
            "open the 10,000-item workshop to interactive (positions stage shown)",
            median_ms(open_large, repeat=5, setup=close_large),
            1500,
        )
    )

    # An edit while the 10,000-item workshop is open on its positions list (all partners).
    close_large()
    open_large()
    assert window.workspace is not None
    stage: Any = window.workspace.current_stage()
    stage.tabs.show_page("list")
    stage.list.ensure_loaded()
    QApplication.processEvents()
    target = live_session().items("position")[0].id
    counter = iter(range(1000))

    def edit() -> None:
        live_session().run(ops.update, "position", target, statement=f"Edited {next(counter)}")
        QApplication.processEvents()

    measures.append(
        Measure(
            "app",
            "one edit, UI updated (3,900-row positions list and grid showing)",
            median_ms(edit, repeat=9),
            50,
        )
    )
    # The same with the room view open on the positions stage (it rebuilds the room snapshot).
    from ui.actions import Action

    window.actions[Action.ROOM_VIEW].setChecked(True)
    QApplication.processEvents()

    def edit_with_room() -> None:
        # An update redraws the room at once (it may have hidden an item), so this measures both.
        live_session().run(ops.update, "position", target, statement=f"Room {next(counter)}")
        QApplication.processEvents()

    measures.append(
        Measure(
            "app",
            "one edit with the room view open on the same stage (room snapshot rebuilt)",
            median_ms(edit_with_room, repeat=15),
            50,
            note="room page filtered from the session's rows by snapshot.restrict, then drawn",
        )
    )
    # The same while a new position is held from the room (left out before the snapshot).
    held = live_session().run(ops.add_position, live_session().items("partner")[0].id, "open", "")
    assert held is not None and live_session().held
    measures.append(
        Measure(
            "app",
            "the same edit while a new item is held from the room view",
            median_ms(edit_with_room, repeat=15),
            50,
            note="held rows are left out of the 10,000 before snapshot.restrict",
        )
    )
    live_session().release()
    window.actions[Action.ROOM_VIEW].setChecked(False)
    close_large()

    # The same edit without any interface: what the core and the disk take (for comparison).
    plain = Document.open(large)
    plain_target = target
    plain_counter = iter(range(1000))
    core_ms = median_ms(
        lambda: ops.update(plain, "position", plain_target, statement=f"C{next(plain_counter)}"),
        repeat=9,
    )
    plain.close()
    at = next(n for n, m in enumerate(measures) if m.name.startswith("one edit, UI updated"))
    plain_edit = measures[at]
    measures[at] = Measure(
        plain_edit.area,
        plain_edit.name,
        plain_edit.median_ms,
        50,
        note=f"of which the core's committed edit alone takes {core_ms:.1f} ms here",
    )

    # Sorting and filtering a 10,000-row table model.
    rows_file = out_dir() / "ten-thousand-positions.workshop"
    _ten_thousand_positions(rows_file)
    doc = Document.open(rows_file)
    session = Session(doc)
    columns = [
        Column("kind", "Kind"),
        Column("statement", "Statement"),
        Column("partner_id", "Partner"),
    ]
    model = RowsModel(session, "position", columns)
    model.reload()
    assert model.rowCount() == 10_000
    orders = iter([0, 1] * 50)
    measures.append(
        Measure(
            "app",
            "sort a 10,000-row table by its text column (Python sort + model reset)",
            median_ms(lambda: model.sort(1, next(orders)), repeat=9),  # type: ignore[arg-type]
            50,
        )
    )
    model.set_filter_text("")
    filters = iter(f"statement {n}" for n in range(100))
    measures.append(
        Measure(
            "app",
            "filter a 10,000-row table (typed text, search text cached)",
            median_ms(lambda: model.set_filter_text(next(filters)), repeat=9),
            50,
        )
    )

    def cold_filter() -> None:
        model.reload()  # drops the cached search text, as after an edit
        model.set_filter_text("statement 42")

    measures.append(
        Measure(
            "app",
            "reload and first filter of a 10,000-row table (search text built)",
            median_ms(cold_filter, repeat=5),
            None,
        )
    )
    session.close()
    window.close()
    window.deleteLater()
    app.processEvents()
    return measures


def _print(measures: list[Any]) -> None:
    for m in measures:
        extra = "; ".join(part for part in (m.floor, m.note) if part)
        print(f"{m.name}: {m.median_ms:.1f} ms (budget {m.budget_ms}) {extra}")


if __name__ == "__main__":
    _print(run())
