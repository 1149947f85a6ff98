"""Interrupted exports (SIGINT, SIGTERM) leave nothing behind: a real ``commonground`` process,
a real workshop big enough to be still exporting, a real signal."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from benchmarks.large import make_large_workshop
from tests.helpers import digest, small_workshop
from ui.cli import main

ROOT = Path(__file__).resolve().parents[1]

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def large(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A workshop of 1,000 items: its broker PDF takes seconds to write, each of its eight
    partner packs about a second."""
    folder = tmp_path_factory.mktemp("large")
    os.environ["COMMONGROUND_DATA_DIR"] = str(folder / "data")
    try:
        return make_large_workshop(folder / "large.workshop", items=1000)
    finally:
        del os.environ["COMMONGROUND_DATA_DIR"]


def start(*args: object, paused_after: int | None = None) -> subprocess.Popen[str]:
    module = ["ui.cli"] if paused_after is None else ["tests.paused_cli", str(paused_after)]
    return subprocess.Popen(
        [sys.executable, "-m", *module, *(str(a) for a in args)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )


def wait_for(condition: Callable[[], bool], child: subprocess.Popen[str]) -> None:
    """Poll the file system until ``condition`` holds (the export is under way)."""
    deadline = time.monotonic() + 120
    while not condition():
        assert child.poll() is None, f"the export ended first: {child.communicate()}"
        assert time.monotonic() < deadline, "the export never started writing"
        time.sleep(0.005)


def stop(child: subprocess.Popen[str], signum: int) -> str:
    child.send_signal(signum)
    _, err = child.communicate(timeout=60)
    assert child.returncode == 128 + signum, err
    assert err.count("\n") == 1 and "Traceback" not in err
    assert "nothing was left half-written" in err
    return err


def every_file(folder: Path) -> list[str]:
    return sorted(str(p.relative_to(folder)) for p in folder.rglob("*"))


def leftovers_in_data_dir() -> list[str]:
    data = Path(os.environ["COMMONGROUND_DATA_DIR"])
    return [p.name for p in data.rglob("*") if p.is_file()] if data.exists() else []


def test_sigterm_during_a_pdf_leaves_nothing(large: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    child = start("export", large, "--format", "pdf", "--audience", "broker", "-o", out / "b.pdf")
    wait_for(lambda: any(p.suffix == ".tmp" for p in out.iterdir()), child)
    assert "stopped" in stop(child, signal.SIGTERM)
    assert every_file(out) == []
    assert leftovers_in_data_dir() == []


def test_sigint_during_a_set_of_packs_leaves_nothing(large: Path, tmp_path: Path) -> None:
    packs = tmp_path / "packs"
    child = start("export", large, "--format", "pdf", "--all-partners", "-o", packs)

    def one_pack_complete() -> bool:  # in the hidden staging folder, not yet in place
        return any(p.suffix == ".pdf" for p in packs.glob(".*/*"))

    wait_for(one_pack_complete, child)
    assert "interrupted" in stop(child, signal.SIGINT)
    assert not packs.exists()  # the folder the command made is gone too
    assert leftovers_in_data_dir() == []


@pytest.mark.parametrize(
    ("name", "signum"), [("tables", signal.SIGTERM), ("tables.zip", signal.SIGINT)]
)
def test_a_signal_mid_table_leaves_nothing(tmp_path: Path, name: str, signum: int) -> None:
    small_workshop(tmp_path / "w.workshop").close()
    out = tmp_path / "out"
    out.mkdir()
    args = ("export", tmp_path / "w.workshop", "--format", "csv", "--audience", "room")
    child = start(*args, "-o", out / name, paused_after=4)
    assert child.stdout is not None and child.stdout.readline() == "paused\n"
    assert every_file(out) != []  # half an export is on disk now...
    stop(child, signum)
    assert every_file(out) == []  # ...and gone
    assert leftovers_in_data_dir() == []


def test_a_signal_never_costs_the_packs_it_would_have_replaced(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    small_workshop(tmp_path / "w.workshop").close()
    packs = tmp_path / "packs"
    args = ("export", tmp_path / "w.workshop", "--format", "csv", "--all-partners", "-o", packs)
    assert main([str(a) for a in args]) == 0
    before = {name: digest(packs / name) for name in every_file(packs)}
    assert len(before) == 3  # two packs and the index
    child = start(*args, "--force", paused_after=19 + 2)  # in the second pack
    assert child.stdout is not None and child.stdout.readline() == "paused\n"
    assert len(every_file(packs)) > len(before)  # the new set is being made beside the old
    stop(child, signal.SIGTERM)
    assert {name: digest(packs / name) for name in every_file(packs)} == before
