"""Export benchmarks: foundations PDF (sample room pack, 10,000-item broker record), XLSX, CSV,
and ReportLab's raw pages per second on this machine for comparison."""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

from benchmarks.common import Measure, median_ms, out_dir
from benchmarks.large import make_large_workshop

ROOT = Path(__file__).resolve().parents[1]

# Runs in a fresh interpreter: the core is loaded and the snapshot built first (the app has
# both already), then the timed part imports the exporters (ReportLab...) and writes the PDF.
_ROOM_PDF = """
import sys, time
from workshop import snapshot
from workshop.audience import Audience
from workshop.document import Document
doc = Document.open(sys.argv[1], read_only=True)
snap = snapshot.build(doc, Audience.room())
doc.close()
start = time.perf_counter()
import exports
exports.export(snap, "pdf", sys.argv[2])
print((time.perf_counter() - start) * 1000)
"""


def _sample(folder: Path) -> Path:
    from workshop.sample import write_sample

    path = folder / "sample.workshop"
    if not path.exists():
        write_sample(path)
    return path


def _room_pdf(folder: Path, repeat: int = 5) -> tuple[float, float]:
    """(median ms of import + export in a fresh interpreter, median ms of the whole process)."""
    sample = _sample(folder)
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    inner: list[float] = []
    whole: list[float] = []
    for _ in range(repeat):
        start = time.perf_counter()
        done = subprocess.run(
            [sys.executable, "-c", _ROOM_PDF, str(sample), str(folder / "room.pdf")],
            check=True,
            env=env,
            capture_output=True,
            text=True,
        )
        whole.append((time.perf_counter() - start) * 1000)
        inner.append(float(done.stdout.strip().splitlines()[-1]))
    return statistics.median(inner), statistics.median(whole)


def _raw_pages_per_second(folder: Path, pages: int = 300) -> float:
    """A trivial platypus document: one short paragraph per page."""
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate

    style = getSampleStyleSheet()["Normal"]

    def build() -> None:
        story = []
        for i in range(pages):
            story += [Paragraph(f"Page {i}: a line of text.", style), PageBreak()]
        SimpleDocTemplate(str(folder / "raw.pdf")).build(story)

    build()  # warm up imports and fonts
    return pages / (median_ms(build, 3) / 1000)


def run() -> list[Measure]:
    import exports
    from workshop import snapshot
    from workshop.audience import Audience
    from workshop.document import Document

    folder = out_dir()
    results: list[Measure] = []
    inner, whole = _room_pdf(folder)
    results.append(
        Measure(
            "exports",
            "Room PDF of the sample workshop, fresh interpreter, imports included",
            inner,
            1000,
            note=f"whole process incl. Python start-up, core imports and opening: {whole:.0f} ms",
        )
    )

    large = folder / "large-exports.workshop"
    if not large.exists():
        make_large_workshop(large)
    doc = Document.open(large, read_only=True)
    try:
        broker = snapshot.build(doc, Audience.broker())
    finally:
        doc.close()
    rows = broker.count()
    exports.export(broker, "pdf", folder / "warm.pdf")  # warm: fonts parsed, modules loaded
    pdf_ms = median_ms(lambda: exports.export(broker, "pdf", folder / "broker.pdf"), 3)
    from pypdf import PdfReader

    pages = len(PdfReader(str(folder / "broker.pdf")).pages)
    ours = pages / (pdf_ms / 1000)
    raw = _raw_pages_per_second(folder)
    results.append(
        Measure(
            "exports",
            f"Broker PDF of the {rows:,}-item workshop ({pages} pages)",
            pdf_ms,
            10_000,
            note=f"{ours:.0f} pages/s",
        )
    )
    results.append(
        Measure(
            "exports",
            "ReportLab raw pages per second (trivial one-paragraph pages)",
            raw,
            None,
            unit="pages/s",
            note=f"our broker PDF runs at {ours / raw:.0%} of it (dense tables)",
        )
    )
    results.append(
        Measure(
            "exports",
            f"XLSX of the {rows:,}-row broker record (18 sheets)",
            median_ms(lambda: exports.export(broker, "xlsx", folder / "broker.xlsx"), 5),
            1500,
            floor="xlsxwriter 650 ms for 10k rows (design.md)",
        )
    )
    results.append(
        Measure(
            "exports",
            f"CSV (zip) of the {rows:,}-row broker record",
            median_ms(lambda: exports.export(broker, "csv", folder / "broker.zip"), 5),
            None,
        )
    )
    return results
