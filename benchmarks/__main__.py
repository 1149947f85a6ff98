"""Run every benchmark module and write docs/performance.md.

``make bench`` runs them all; ``python -m benchmarks bench_core`` runs one (and prints only).
"""

from __future__ import annotations

import importlib
import os
import platform
import sys
import tempfile
import traceback
from datetime import date
from pathlib import Path

from benchmarks.common import Measure, out_dir

ROOT = Path(__file__).resolve().parents[1]
REPORT = ROOT / "docs" / "performance.md"


def _modules() -> list[str]:
    return sorted(p.stem for p in Path(__file__).parent.glob("bench_*.py"))


def _row(m: Measure) -> str:
    budget = f"≤ {m.budget_ms:,.0f} {m.unit}" if m.budget_ms is not None else "—"
    verdict = {True: "within", False: "**over**", None: ""}[m.within_budget]
    note = "; ".join(part for part in (m.floor, m.note) if part)
    return f"| {m.area} | {m.name} | {m.value:,.1f} {m.unit} | {budget} | {verdict} | {note} |"


def main(argv: list[str]) -> int:
    os.environ.setdefault("COMMONGROUND_DATA_DIR", tempfile.mkdtemp(dir=out_dir()))
    chosen = argv or _modules()
    measures: list[Measure] = []
    failures: list[str] = []
    for name in chosen:
        print(f"running {name} ...", flush=True)
        try:
            module = importlib.import_module(f"benchmarks.{name}")
            found = module.run()
        except Exception:
            failures.append(name)
            traceback.print_exc()
            continue
        for measure in found:
            print("  " + _row(measure), flush=True)
        measures.extend(found)
    if not argv:
        lines = [
            "# Performance",
            "",
            f"Measured by `make bench` (`python -m benchmarks`) on {date.today():%d %B %Y}: "
            f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}, "
            f"{platform.system()}. Medians unless the row says otherwise; budgets from "
            "`design.md` §6 and the issues. Benchmarks are not part of the test suite.",
            "",
            "| area | what | median | budget | | floor / note |",
            "|---|---|---|---|---|---|",
            *(_row(m) for m in measures),
            "",
        ]
        if failures:
            lines += [f"Benchmark modules that failed to run: {', '.join(failures)}.", ""]
        REPORT.parent.mkdir(exist_ok=True)
        REPORT.write_text("\n".join(lines), "utf-8")
        print(f"wrote {REPORT.relative_to(ROOT)}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
