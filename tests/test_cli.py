"""The command line: clear one-line errors, exit codes, no partial output, no traceback."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from ui.cli import main

ROOT = Path(__file__).resolve().parents[1]


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


def test_demo_check_export_import(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    sample = tmp_path / "Sample.workshop"
    assert run(capsys, "demo", sample)[0] == 0
    code, out, _ = run(capsys, "check", sample)
    assert code == 0 and "schema version 3" in out and "positions: 33" in out
    assert run(capsys, "export", sample, "--format", "json", "-o", tmp_path / "full.json")[0] == 0
    data = json.loads((tmp_path / "full.json").read_text("utf-8"))
    assert data["audience"]["kind"] == "broker" and "partner" not in data["audience"]
    code, _, _ = run(
        capsys,
        "export",
        sample,
        "--format",
        "json",
        "--audience",
        "partner:al-amal",
        "-o",
        tmp_path / "al-amal.json",
    )
    assert code == 0
    assert json.loads((tmp_path / "al-amal.json").read_text("utf-8"))["notes"] == []
    assert run(capsys, "import", tmp_path / "full.json", "-o", tmp_path / "again.workshop")[0] == 0
    assert run(capsys, "check", tmp_path / "again.workshop")[0] == 0


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (("check", "{missing}"), "There is no file"),
        (("check", "{text}"), "not a Common Ground workshop file"),
        (("import", "{text}", "-o", "{out}"), "not valid JSON"),
        (("export", "{sample}", "--format", "pdf", "-o", "{out}"), "--audience is required"),
        (
            (
                "export",
                "{sample}",
                "--format",
                "json",
                "--audience",
                "partner:nobody",
                "-o",
                "{out}",
            ),
            "no partner called",
        ),
        (("demo", "{sample}"), "exists already"),
    ],
)
def test_errors_are_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], args: tuple[str, ...], words: str
) -> None:
    sample = tmp_path / "Sample.workshop"
    main(["demo", str(sample)])
    text = tmp_path / "notes.txt"
    text.write_text("hello")
    capsys.readouterr()
    paths = {
        "missing": tmp_path / "nope.workshop",
        "text": text,
        "out": tmp_path / "out.x",
        "sample": sample,
    }
    code, _, err = run(capsys, *(a.format(**paths) for a in args))
    assert code == 1
    assert words in err and err.count("\n") == 1 and "Traceback" not in err
    assert not (tmp_path / "out.x").exists()


def test_version_and_no_traceback_in_a_real_process(tmp_path: Path) -> None:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    done = subprocess.run(
        [sys.executable, "-m", "ui.cli", "--version"], capture_output=True, text=True, env=env
    )
    assert done.returncode == 0 and done.stdout.startswith("Common Ground ")
    (tmp_path / "empty.workshop").write_bytes(b"")
    done = subprocess.run(
        [sys.executable, "-m", "ui.cli", "check", str(tmp_path / "empty.workshop")],
        capture_output=True,
        text=True,
        env=env,
    )
    assert done.returncode == 1 and "Traceback" not in done.stderr and "empty" in done.stderr
