"""A small run of the corruption fuzzer in every test run (``make fuzz`` runs thousands)."""

from __future__ import annotations

from pathlib import Path

from tests.fuzz import run, run_files


def test_mutated_files_open_or_get_a_clean_error(tmp_path: Path) -> None:
    outcomes = run(150, seed=7, folder=tmp_path, report=lambda _: None)
    assert sum(outcomes.values()) == 300
    assert outcomes.get("InterchangeError", 0) > 0 and len(outcomes) >= 3


def test_links_modes_sidecars_and_locks_open_or_get_a_clean_error(tmp_path: Path) -> None:
    outcomes = run_files(40, seed=7, folder=tmp_path, report=lambda _: None)
    assert sum(outcomes.values()) == 40
    assert len({outcome.split(":")[0] for outcome in outcomes}) >= 12
    assert any(outcome.endswith("UnfinishedChanges") for outcome in outcomes)
