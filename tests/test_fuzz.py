"""A small run of the corruption fuzzer in every test run (``make fuzz`` runs thousands)."""

from __future__ import annotations

from pathlib import Path

from tests.fuzz import run


def test_mutated_files_open_or_get_a_clean_error(tmp_path: Path) -> None:
    outcomes = run(150, seed=7, folder=tmp_path, report=lambda _: None)
    assert sum(outcomes.values()) == 300
    assert outcomes.get("InterchangeError", 0) > 0 and len(outcomes) >= 3
