"""Core benchmarks: import time, opening, durable edits, JSON interchange at 10,000 items."""

from __future__ import annotations

import os
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.common import Measure, median_ms, out_dir
from benchmarks.large import make_large_workshop

ROOT = Path(__file__).resolve().parents[1]


def _python_ms(code: str, repeat: int = 7) -> float:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return median_ms(
        lambda: subprocess.run([sys.executable, "-c", code], check=True, env=env), repeat
    )


def _raw_sqlite_commit_ms(folder: Path) -> float:
    conn = sqlite3.connect(folder / "raw.sqlite", isolation_level=None)
    conn.execute("PRAGMA journal_mode = DELETE")
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, text TEXT)")
    times = []
    for i in range(300):
        start = time.perf_counter()
        conn.execute("BEGIN")
        conn.execute("INSERT INTO t (text) VALUES (?)", (f"row {i}",))
        conn.execute("COMMIT")
        times.append((time.perf_counter() - start) * 1000)
    conn.close()
    return statistics.median(times)


def run() -> list[Measure]:
    from workshop import interchange, ops, snapshot
    from workshop.audience import Audience
    from workshop.document import Document
    from workshop.sample import write_sample

    folder = Path(tempfile.mkdtemp(dir=out_dir()))
    os.environ.setdefault("COMMONGROUND_DATA_DIR", str(folder / "data"))
    large = make_large_workshop(folder / "large.workshop")
    sample = folder / "sample.workshop"
    write_sample(sample)
    results: list[Measure] = []

    bare = _python_ms("pass")
    results.append(
        Measure(
            "core",
            "`import workshop` (fresh interpreter, minus bare start-up)",
            _python_ms("import workshop") - bare,
            300,
            f"bare interpreter {bare:.0f} ms",
        )
    )
    results.append(
        Measure(
            "core",
            "import document, ops, snapshot (what the app needs; minus bare start-up)",
            _python_ms("import workshop.document, workshop.ops, workshop.snapshot") - bare,
            None,
            "SQLAlchemy is most of it",
        )
    )

    def open_and_snapshot(path: Path) -> None:
        doc = Document.open(path)
        snapshot.build(doc, Audience.broker())
        doc.close()

    results.append(
        Measure(
            "core",
            "open typical workshop (sample) to loaded snapshot",
            median_ms(lambda: open_and_snapshot(sample)),
            500,
        )
    )
    results.append(
        Measure(
            "core",
            "open 10,000-item workshop to loaded snapshot",
            median_ms(lambda: open_and_snapshot(large)),
            1000,
            "ORM load of 10k rows 72 ms (design.md)",
        )
    )

    doc = Document.open(large)
    partner = snapshot.build(doc, Audience.broker()).partners[0].id
    times = []
    for i in range(400):
        start = time.perf_counter()
        ops.add_position(doc, partner, "preference", f"Benchmark edit {i}")
        times.append((time.perf_counter() - start) * 1000)
    times.sort()
    floor = _raw_sqlite_commit_ms(folder)
    results.append(
        Measure(
            "core",
            "one edit made durable (p99 of 400, 10k workshop)",
            times[int(len(times) * 0.99) - 1],
            5,
            f"raw SQLite commit, rollback journal, FULL sync: {floor:.2f} ms (median)",
            f"median {statistics.median(times):.2f} ms",
        )
    )
    results.append(Measure("core", "raw SQLite commit (floor)", floor, None))
    broker = snapshot.build(doc, Audience.broker())
    doc.close()
    json_path = folder / "large.json"
    results.append(
        Measure(
            "core",
            f"JSON export of {broker.count():,} items",
            median_ms(lambda: json_path.write_text(interchange.dumps(broker), "utf-8")),
            1000,
        )
    )

    def import_large() -> None:
        target = folder / "imported.workshop"
        target.unlink(missing_ok=True)
        interchange.import_file(json_path, target)

    results.append(Measure("core", "JSON import of the same", median_ms(import_large, 5), 1000))
    return results
