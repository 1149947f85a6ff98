"""The review loop's files: a partner's response workbook written, and read back and checked, for
the sample workshop and the 10,000-item one; and the whole review pack (issue, PDF, workbook)."""

from __future__ import annotations

import shutil
from pathlib import Path

from benchmarks.common import Measure, median_ms, out_dir
from benchmarks.large import make_large_workshop


def _measure(path: Path, label: str, repeat: int) -> list[Measure]:
    from exports import review as workbook
    from workshop import review, snapshot
    from workshop.audience import Audience
    from workshop.document import Document

    folder = path.parent / f"review-{label}"
    shutil.rmtree(folder, ignore_errors=True)
    with Document.open(path) as doc:
        partner = snapshot.build(doc, Audience.broker(), {"partner"}).partners[0].id
        pack_ms = median_ms(lambda: workbook.write_review_pack(doc, partner, folder), 1)
        broker = snapshot.build(doc, Audience.broker())
        seen = snapshot.build(doc, Audience.partner(partner))
    issue = broker.issues[-1]
    ident = review.identity(broker, issue)
    signed = review.signature(broker.workshop.secret, ident)
    book = folder / "bench.xlsx"
    write_ms = median_ms(lambda: workbook.write_workbook(seen, issue, ident, signed, book), repeat)
    read_ms = median_ms(lambda: workbook.check_workbook(broker, book), repeat)
    rows = f"{len(ident.numbers):,} rows, {book.stat().st_size / 1e6:.2f} MB"
    return [
        Measure("review", f"Response workbook of the {label} ({rows}): write", write_ms),
        Measure("review", f"Response workbook of the {label}: read and check", read_ms),
        Measure("review", f"Review pack of the {label}: issue, PDF and workbook", pack_ms),
    ]


def run() -> list[Measure]:
    from workshop.sample import write_sample

    folder = out_dir()
    sample = folder / "review-sample.workshop"
    sample.unlink(missing_ok=True)
    write_sample(sample)
    large = folder / "review-large.workshop"
    make_large_workshop(large)
    return [
        *_measure(sample, "sample workshop", 7),
        *_measure(large, "10,000-item workshop", 3),
    ]
