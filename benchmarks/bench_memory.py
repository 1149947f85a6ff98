"""Memory: the app's resident size with the 10,000-item workshop open, after ten exports, and
across repeated open/close cycles (which must not grow)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import textwrap
from pathlib import Path

from benchmarks.common import Measure, out_dir
from benchmarks.large import make_large_workshop

ROOT = Path(__file__).resolve().parents[1]

SCRIPT = textwrap.dedent(
    """
    import gc, json, os, sys, tempfile
    from pathlib import Path
    os.environ["QT_QPA_PLATFORM"] = "offscreen"

    def rss_mb():
        with open("/proc/self/statm") as f:
            return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20

    from ui.app import create_application
    from ui.main_window import MainWindow
    import exports
    from workshop import snapshot
    from workshop.audience import Audience

    app = create_application()
    large, sample, out = Path(sys.argv[1]), Path(sys.argv[2]), Path(sys.argv[3])
    window = MainWindow()
    window.show()
    app.processEvents()
    figures = {"empty window": rss_mb()}
    window.open_path(large)
    app.processEvents()
    figures["10k workshop open"] = rss_mb()
    document = window.session.document
    for i in range(10):
        fmt = ("pdf", "xlsx", "csv", "json")[i % 4]
        snap = snapshot.build(document, Audience.room())
        target = out / (f"export-{i}" + ("" if fmt == "csv" else f".{fmt}"))
        exports.export(snap, fmt, target)
        gc.collect()
    app.processEvents()
    figures["after ten exports"] = rss_mb()
    window.close_document()
    cycles = []
    for _ in range(10):
        window.open_path(sample)
        app.processEvents()
        window.close_document()
        app.processEvents()
        gc.collect()
        cycles.append(rss_mb())
    figures["open/close cycles"] = cycles
    print(json.dumps(figures))
    """
)


def run() -> list[Measure]:
    from workshop.sample import write_sample

    folder = Path(tempfile.mkdtemp(dir=out_dir()))
    large = make_large_workshop(folder / "large.workshop")
    sample = folder / "sample.workshop"
    write_sample(sample)
    env = {
        **os.environ,
        "PYTHONPATH": str(ROOT),
        "COMMONGROUND_DATA_DIR": str(folder / "data"),
        "COMMONGROUND_CONFIG_DIR": str(folder / "config"),
    }
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT, str(large), str(sample), str(folder)],
        capture_output=True,
        text=True,
        env=env,
        check=True,
    )
    figures = json.loads(done.stdout.strip().splitlines()[-1])
    cycles = figures["open/close cycles"]
    growth = cycles[-1] - cycles[1]
    return [
        Measure("memory", "resident size, empty main window", figures["empty window"], unit="MB"),
        Measure(
            "memory",
            "resident size, 10,000-item workshop open",
            figures["10k workshop open"],
            unit="MB",
        ),
        Measure(
            "memory",
            "resident size after ten exports (PDF, XLSX, CSV, JSON)",
            figures["after ten exports"],
            unit="MB",
        ),
        Measure(
            "memory",
            "growth over open/close cycles 2–10 of the sample workshop",
            growth,
            2.0,
            note="per cycle: " + ", ".join(f"{c:.0f}" for c in cycles) + " MB",
            unit="MB",
        ),
    ]
