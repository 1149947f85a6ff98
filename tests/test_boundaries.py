"""The core stays Qt-free and light; templates and the sample workshop are complete."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from workshop import snapshot
from workshop.audience import Audience
from workshop.sample import write_sample
from workshop.templates import list_templates, new_workshop
from workshop.vocabulary import COLLABORATION_MODEL

ROOT = Path(__file__).resolve().parents[1]


def test_core_and_exports_import_no_qt_and_core_no_heavy_libraries() -> None:
    code = (
        "import sys, workshop, ui.cli, workshop.document, workshop.ops, workshop.snapshot,"
        " workshop.interchange, workshop.templates, workshop.sample, workshop.checks, exports\n"
        "bad = sorted(m for m in sys.modules if m.split('.')[0] in"
        " ('PySide6', 'shiboken6', 'pandas', 'reportlab', 'sqlalchemy'))\n"
        "print(','.join(bad))"
    )
    done = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == ""


def test_no_qt_in_core_sources() -> None:
    for folder in ("workshop", "exports"):
        for source in (ROOT / folder).rglob("*.py"):
            text = source.read_text("utf-8")
            assert "PySide6" not in text and "QtCore" not in text, source


@pytest.mark.parametrize("model", list(COLLABORATION_MODEL.values))
def test_every_collaboration_model_has_a_template(tmp_path: Path, model: str) -> None:
    doc = new_workshop(tmp_path / f"{model}.workshop", model)
    snap = snapshot.build(doc, Audience.broker())
    doc.close()
    assert snap.workshop.collaboration_model == model
    assert len(snap.topics) >= 12 and len(snap.commitments) >= 6
    assert {c.section for c in snap.clauses} >= {"purpose", "exit", "conflict_resolution"}
    assert len(snap.meetings) == 1 and sum(a.planned_minutes for a in snap.agenda_items) >= 300
    names = [t.name for t in list_templates()]
    assert len(names) == len(COLLABORATION_MODEL)


def test_sample_workshop_is_realistic(tmp_path: Path) -> None:
    path = tmp_path / "Sample.workshop"
    write_sample(path)
    from workshop.document import Document

    doc = Document.open(path)
    snap = snapshot.build(doc, Audience.broker())
    room = snapshot.build(doc, Audience.room())
    doc.close()
    assert len(snap.partners) == 5 and len(snap.values) == 8 and len(snap.disagreements) == 6
    assert 25 <= len(snap.positions) <= 40 and len(snap.actions) == 12 and len(snap.meetings) == 2
    assert {p.kind for p in snap.positions} == {"red_line", "bottom_line", "preference", "open"}
    assert len({d.status for d in snap.disagreements}) >= 4
    text = " ".join(p.name for p in snap.partners) + " ".join(p.name for p in snap.people)
    assert all(ch in text for ch in "ŵŷłż") and any("\u0600" <= ch <= "\u06ff" for ch in text)
    assert len(room.positions) < len(snap.positions) and not room.notes


def test_the_app_opens_a_workshop_without_loading_export_libraries(tmp_path: Path) -> None:
    write_sample(tmp_path / "Sample.workshop")
    code = (
        "import os, sys\n"
        "os.environ['QT_QPA_PLATFORM'] = 'offscreen'\n"
        "from ui.app import create_application\n"
        "from ui.main_window import MainWindow\n"
        "app = create_application()\n"
        "window = MainWindow(); window.show()\n"
        f"assert window.open_path({str(tmp_path / 'Sample.workshop')!r})\n"
        "app.processEvents()\n"
        "print(','.join(sorted(m for m in sys.modules if m.split('.')[0] in"
        " ('pandas', 'reportlab', 'exports', 'numpy'))))\n"
        "window.close_document()\n"
    )
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == ""


def test_template_clauses_come_in_the_agreements_section_order(tmp_path: Path) -> None:
    from workshop.templates import SECTION_ORDER

    doc = new_workshop(tmp_path / "jv.workshop", "joint_venture")
    sections = [c.section for c in snapshot.build(doc, Audience.broker()).clauses]
    doc.close()
    assert sections == sorted(sections, key=SECTION_ORDER.__getitem__)
