"""An export never destroys a workshop, and no command replaces its own input or a file open in
Common Ground: real files, links, FIFOs and a real second process holding a document open."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.helpers import digest, small_workshop
from ui.cli import main

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture
def workshop(tmp_path: Path) -> Path:
    path = tmp_path / "w.workshop"
    small_workshop(path).close()
    return path


def run(capsys: pytest.CaptureFixture[str], *args: object) -> tuple[int, str]:
    code = main([str(a) for a in args])
    err = capsys.readouterr().err
    assert err.count("\n") <= 1 and "Traceback" not in err and "unexpected" not in err
    return code, err


def export(workshop: Path, out: Path, *extra: str) -> list[object]:
    return ["export", workshop, "--format", "json", "--audience", "room", "-o", out, *extra]


@pytest.mark.parametrize("force", [[], ["--force"]])
def test_export_never_replaces_its_own_input(
    workshop: Path, capsys: pytest.CaptureFixture[str], force: list[str]
) -> None:
    before = digest(workshop)
    code, err = run(capsys, *export(workshop, workshop, *force))
    assert code == 1 and "“w.workshop” is the file being read" in err
    assert digest(workshop) == before


def test_export_sees_through_symbolic_and_hard_links(
    workshop: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = digest(workshop)
    (tmp_path / "link.json").symlink_to(workshop)
    os.link(workshop, tmp_path / "hard.pdf")
    for name in ("link.json", "hard.pdf"):
        code, err = run(capsys, *export(workshop, tmp_path / name, "--force"))
        assert code == 1 and f"“{name}” is the file being read" in err, err
    assert (tmp_path / "link.json").is_symlink() and digest(workshop) == before
    assert os.path.samefile(tmp_path / "hard.pdf", workshop)


def test_export_never_replaces_any_workshop(
    workshop: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    other = tmp_path / "other.workshop"
    small_workshop(other).close()
    disguised = tmp_path / "minutes.pdf"  # a workshop by content, whatever its name
    disguised.write_bytes(other.read_bytes())
    saved = {path: digest(path) for path in (other, disguised)}
    for target in (other, disguised, tmp_path / "new.workshop"):
        code, err = run(capsys, *export(workshop, target, "--force"))
        assert code == 1, err
        assert f"“{target.name}” is a Common Ground workshop, and an export never" in err
    assert {path: digest(path) for path in saved} == saved
    assert not (tmp_path / "new.workshop").exists()


def test_replacing_an_ordinary_file_needs_force(
    workshop: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "room.json"
    target.write_text("last week's export")
    code, err = run(capsys, *export(workshop, target))
    assert code == 1 and "exists already; choose another name or add --force" in err
    assert target.read_text() == "last week's export"
    assert run(capsys, *export(workshop, target, "--force"))[0] == 0
    assert '"format": "common-ground-workshop"' in target.read_text("utf-8")
    dangling = tmp_path / "dangling.json"
    dangling.symlink_to(tmp_path / "nowhere")
    assert run(capsys, *export(workshop, dangling))[0] == 1
    assert dangling.is_symlink() and not (tmp_path / "nowhere").exists()


def test_a_fifo_or_folder_is_never_a_destination(
    workshop: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    fifo = tmp_path / "pipe.json"
    os.mkfifo(fifo)
    code, err = run(capsys, *export(workshop, fifo, "--force"))
    assert code == 1 and "not an ordinary file" in err
    code, err = run(capsys, *export(workshop, tmp_path, "--force"))
    assert code == 1 and "is a folder" in err
    assert fifo.exists() and not fifo.is_file()


def test_csv_folder_files_need_force(
    workshop: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "tables"
    folder.mkdir()
    (folder / "partners.csv").write_text("mine")
    args = ["export", workshop, "--format", "csv", "--audience", "room", "-o", folder]
    code, err = run(capsys, *args)
    assert code == 1 and "partners.csv" in err and "--force" in err
    assert sorted(p.name for p in folder.iterdir()) == ["partners.csv"]
    assert run(capsys, *args, "--force")[0] == 0
    assert (folder / "partners.csv").read_text("utf-8-sig").startswith("ID,Organisation")


def test_all_partners_applies_the_same_rules_to_every_file(
    workshop: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    packs = tmp_path / "packs"
    args = ["export", workshop, "--format", "json", "--all-partners", "-o", packs]
    assert run(capsys, *args)[0] == 0
    names = sorted(p.name for p in packs.iterdir())
    assert names == ["Acme Housing [P1].json", "Bryn Trust [P2].json", "index.csv"]
    (packs / "Bryn Trust [P2].json").write_text("edited by hand")
    before = {p.name: digest(p) for p in packs.iterdir()}
    code, err = run(capsys, *args)
    assert code == 1 and "(and 2 more) exist already" in err and "--force" in err
    assert {p.name: digest(p) for p in packs.iterdir()} == before
    # A workshop where a pack would go is refused even with --force, and nothing is written.
    (packs / "Acme Housing [P1].json").write_bytes(workshop.read_bytes())
    before = {p.name: digest(p) for p in packs.iterdir()}
    code, err = run(capsys, *args, "--force")
    assert code == 1 and "“Acme Housing [P1].json” is a Common Ground workshop" in err
    assert {p.name: digest(p) for p in packs.iterdir()} == before
    (packs / "Acme Housing [P1].json").unlink()
    assert run(capsys, *args, "--force")[0] == 0
    assert (packs / "Bryn Trust [P2].json").read_text("utf-8").startswith("{")
    # DIR itself may not be the workshop.
    code, err = run(capsys, "export", workshop, "--format", "pdf", "--all-partners", "-o", workshop)
    assert code == 1 and "is a Common Ground workshop" in err


def test_import_force_never_replaces_its_own_input(
    workshop: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = tmp_path / "full.json"
    assert run(capsys, "export", workshop, "--format", "json", "-o", data)[0] == 0
    before = digest(data)
    (tmp_path / "alias.workshop").symlink_to(data)
    for target in (data, tmp_path / "alias.workshop"):
        code, err = run(capsys, "import", data, "-o", target, "--force")
        assert code == 1 and "is the file being read" in err
    assert digest(data) == before and (tmp_path / "alias.workshop").is_symlink()


@pytest.fixture
def held_open(workshop: Path) -> Iterator[Path]:
    """``workshop`` open for editing in another real Common Ground process."""
    script = (
        "import sys\n"
        "from workshop.document import Document\n"
        "doc = Document.open(sys.argv[1])\n"
        "print('open', flush=True)\n"
        "sys.stdin.read()\n"
        "doc.close()\n"
    )
    child = subprocess.Popen(
        [sys.executable, "-c", script, str(workshop)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    assert child.stdout is not None and child.stdout.readline() == "open\n"
    try:
        yield workshop
    finally:
        assert child.stdin is not None
        child.stdin.close()
        child.wait(timeout=30)


@pytest.mark.slow
def test_import_and_demo_never_replace_a_workshop_open_elsewhere(
    held_open: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = tmp_path / "data.json"
    data.write_text('{"format": "common-ground-workshop", "version": 1}')
    before = digest(held_open)
    for args in (["import", data, "-o", held_open, "--force"], ["demo", held_open, "--force"]):
        code, err = run(capsys, *args)
        assert code == 1, err
        assert "“w.workshop” is open in another Common Ground window on this computer" in err
    assert digest(held_open) == before
    # Once it is closed there, --force may replace it (import and demo write workshops).
    (tmp_path / "closed.workshop").write_bytes(held_open.read_bytes())
    assert run(capsys, "demo", tmp_path / "closed.workshop", "--force")[0] == 0
