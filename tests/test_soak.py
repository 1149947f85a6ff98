"""A few crash-soak trials in every test run (``make soak`` runs 200)."""

from __future__ import annotations

from pathlib import Path

from tests.soak import run


def test_killed_sessions_lose_no_acknowledged_edit(tmp_path: Path) -> None:
    lines: list[str] = []
    assert run(5, seed=11, folder=tmp_path, report=lines.append) == []
    assert lines[-1].startswith("5 trials")
