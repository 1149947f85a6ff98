"""Corruption fuzzing: mutated workshop and JSON files open correctly or get the clean typed error.

Never a traceback, a hang or a crash, and the input is never modified. The suite runs a small
count (``tests/test_fuzz.py``); ``make fuzz`` runs ``python -m tests.fuzz --cases 5000``.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from workshop import atomic, errors, interchange, locks, snapshot
from workshop.audience import Audience
from workshop.checks import JOURNAL_MAGIC
from workshop.document import Document

Mutation = Callable[[random.Random, bytearray], bytearray]
PAGE = 4096


def flip(rng: random.Random, data: bytearray) -> bytearray:
    for _ in range(rng.randint(1, 8)):
        data[rng.randrange(len(data))] ^= 1 << rng.randrange(8)
    return data


def scribble(rng: random.Random, data: bytearray) -> bytearray:
    start = rng.randrange(len(data))
    length = rng.randint(1, 512)
    data[start : start + length] = rng.randbytes(min(length, len(data) - start))
    return data


def truncate(rng: random.Random, data: bytearray) -> bytearray:
    return data[: rng.randrange(len(data))]


def splice_pages(rng: random.Random, data: bytearray) -> bytearray:
    pages = max(1, len(data) // PAGE)
    a, b = rng.randrange(pages), rng.randrange(pages)
    data[a * PAGE : (a + 1) * PAGE], data[b * PAGE : (b + 1) * PAGE] = (
        data[b * PAGE : (b + 1) * PAGE],
        data[a * PAGE : (a + 1) * PAGE],
    )
    return data


def header(rng: random.Random, data: bytearray) -> bytearray:
    offset = rng.choice([16, 18, 19, 20, 21, 24, 28, 32, 36, 44, 48, 52, 56, 60, 64, 68, 92, 96])
    data[offset : offset + 4] = rng.randbytes(4)
    return data


MUTATIONS: list[Mutation] = [flip, scribble, truncate, splice_pages, header]


def alter_schema(rng: random.Random, path: Path) -> None:
    """Change the schema the way another tool (or a hand edit) might."""
    conn = sqlite3.connect(path)
    choice = rng.randrange(5)
    if choice == 0:
        conn.execute("DROP TABLE note")
    elif choice == 1:
        conn.execute("ALTER TABLE position RENAME COLUMN statement TO words")
    elif choice == 2:
        conn.execute("CREATE TRIGGER t AFTER INSERT ON note BEGIN DELETE FROM partner; END")
    elif choice == 3:
        conn.execute("PRAGMA foreign_keys = OFF")
        conn.execute("UPDATE position SET partner_id = 999")
    else:
        conn.execute("DELETE FROM workshop")
    conn.commit()
    conn.close()


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def try_open(path: Path) -> str:
    """Open, read every audience and close; returns 'opened' or the typed error's class name."""
    try:
        doc = Document.open(path)
    except errors.RecoveryAvailable:
        raise
    except errors.FileProblem as exc:
        assert "\n" not in str(exc) and str(exc)
        return type(exc).__name__
    try:
        snap = snapshot.build(doc, Audience.broker())
        snapshot.build(doc, Audience.room())
        for partner in snap.partners[:2]:
            snapshot.build(doc, Audience.partner(partner.id))
    finally:
        doc.close()
    return "opened"


def workshop_case(rng: random.Random, valid: Path, folder: Path, index: int) -> str:
    path = folder / f"case-{index}.workshop"
    shutil.copyfile(valid, path)
    if rng.random() < 0.15:
        alter_schema(rng, path)
    else:
        data = bytearray(valid.read_bytes())
        path.write_bytes(bytes(rng.choice(MUTATIONS)(rng, data)))
    before = digest(path)
    outcome = try_open(path)
    assert digest(path) == before, f"{path.name} was modified"
    path.unlink()
    return outcome


#: JSON that Python's parser accepts but a workshop cannot hold: each must be refused.
EDGE_VALUES = [
    "NaN",
    "Infinity",
    "-Infinity",
    "1e400",
    "-1e400",
    str(2**63),
    str(-(2**63) - 1),
    "1" + "0" * 5000,
    '"\\ud800"',
    '"text \\udfff and more"',
    '"\\udc00\\ud800"',
]
PLACEHOLDER = "\u0000edge\u0000"


def json_edge_case(rng: random.Random, valid_text: str) -> tuple[str, str]:
    """A valid export with one edge value spliced into a random field of a random row: a value
    from EDGE_VALUES, a repeated key, or a key with a lone surrogate. Returns the text and the
    JSON path the error must name."""
    doc = json.loads(valid_text)
    collection = rng.choice([k for k, v in doc.items() if isinstance(v, list) and v])
    index = rng.randrange(len(doc[collection]))
    row = doc[collection][index]
    key = rng.choice(list(row))
    where = f"{collection}[{index}]"
    kind = rng.random()
    if kind < 0.6:
        row[key] = PLACEHOLDER
        edge = rng.choice(EDGE_VALUES)
        where = f"{where}.{key}"
    elif kind < 0.9:  # the same key twice: the second value must never win silently
        original = row[key]
        row[key] = PLACEHOLDER
        other = rng.choice(["shared", "private", 0, None, True, "x"])
        edge = f"{json.dumps(original)}, {json.dumps(key)}: {json.dumps(other)}"
        where = f"{where}.{key}"
    else:
        row["\ud800"] = PLACEHOLDER  # a key that is not text; its value is ordinary
        edge = "1"
        where = f'{where}."\\ud800"'
    text = json.dumps(doc, ensure_ascii=True).replace(json.dumps(PLACEHOLDER), edge, 1)
    return text, where


def json_edge_outcome(rng: random.Random, valid_text: str) -> str:
    text, where = json_edge_case(rng, valid_text)
    try:
        interchange.parse(text)
    except errors.InterchangeError as exc:
        assert exc.problems and all("\n" not in p for p in exc.problems)
        assert any(p.startswith(where + ":") for p in exc.problems), (where, exc.problems)
        str(exc).encode("utf-8")  # the message itself is always text
        return "InterchangeError"
    raise AssertionError(f"an edge value at {where} was accepted")


def json_case(rng: random.Random, valid_text: str) -> str:
    data = bytearray(valid_text.encode("utf-8"))
    text: str | bytes
    if rng.random() < 0.25:
        return json_edge_outcome(rng, valid_text)
    if rng.random() < 0.5:
        text = bytes(rng.choice([flip, scribble, truncate])(rng, data))
    else:
        doc = json.loads(valid_text)
        table = rng.choice([k for k, v in doc.items() if isinstance(v, list) and v])
        row = rng.choice(doc[table])
        key = rng.choice(list(row))
        row[key] = rng.choice([None, "", -1, 1.5, True, [], {}, "x" * 300, "2027-13-45"])
        text = json.dumps(doc)
    try:
        interchange.parse(text)
    except errors.InterchangeError as exc:
        assert exc.problems and all("\n" not in p for p in exc.problems)
        return "InterchangeError"
    return "parsed"


# --- file-level cases: links, modes, sidecar files, lock files --------------------------------


#: Ours to remove or replace beside a document: the lock file and interrupted saves' copies.
def _ours(name: str, document: str) -> bool:
    return name == f".~lock.{document}#" or atomic.is_leftover(name, document)


def _lock(owner: dict[str, object]) -> bytes:
    return json.dumps(owner).encode()


def _dead_pid() -> int:
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    return child.pid  # reaped: no process has it now


def _arrange(rng: random.Random, valid: Path, case: Path) -> tuple[Path, Path, str]:
    """Lay out one file-level case in ``case``; returns (path to open, the real file, what)."""
    real = case / "Partnership.workshop"
    shutil.copyfile(valid, real)
    me = locks.Owner.me().as_json()
    kind = rng.choice(
        [
            "symlink", "folder-link", "dangling", "loop", "hard-link", "unreadable",
            "read-only-file", "read-only-folder", "wal", "empty-wal", "shm", "hot-journal",
            "cold-journal", "our-temp", "legacy-temp", "garbage-lock", "live-lock",
            "dead-lock", "reused-lock", "other-computer-lock", "fifo", "device",
        ]
    )  # fmt: skip
    opened = real
    if kind == "symlink":
        opened = case / "link.workshop"
        opened.symlink_to(real)
    elif kind == "folder-link":
        (case / "share").symlink_to(case)
        opened = case / "share" / real.name
    elif kind == "dangling":
        opened = case / "gone.workshop"
        opened.symlink_to(case / "missing" / real.name)
    elif kind == "loop":
        opened = case / "a.workshop"
        opened.symlink_to(case / "b.workshop")
        (case / "b.workshop").symlink_to(opened)
    elif kind == "fifo":
        opened = case / "pipe.workshop"
        os.mkfifo(opened)
    elif kind == "device":
        opened = case / "device.workshop"
        opened.symlink_to("/dev/zero")
    elif kind == "hard-link":
        opened = case / "Other name.workshop"
        os.link(real, opened)
    elif kind == "unreadable":
        real.chmod(0o000)
    elif kind == "read-only-file":
        real.chmod(0o444)
    elif kind == "read-only-folder":
        case.chmod(0o555)
    elif kind in ("wal", "empty-wal", "shm"):
        suffix = "-shm" if kind == "shm" else "-wal"
        data = b"" if kind == "empty-wal" else rng.randbytes(rng.randint(1, 70000))
        real.with_name(real.name + suffix).write_bytes(data)
    elif kind in ("hot-journal", "cold-journal"):
        start = JOURNAL_MAGIC if kind == "hot-journal" else b"\0" * 8
        real.with_name(real.name + "-journal").write_bytes(start + rng.randbytes(600))
    elif kind == "our-temp":
        temp = case / f".{real.name}.cg-{rng.randbytes(6).hex()}.tmp"
        temp.write_bytes(valid.read_bytes()[: rng.randrange(1, 9000)])
        temp.with_name(temp.name + "-journal").write_bytes(rng.randbytes(512))
    elif kind == "legacy-temp":
        (case / f".{real.name}.{rng.randbytes(4).hex()}.tmp").write_bytes(valid.read_bytes())
    else:
        owner: dict[str, object] = {
            "garbage-lock": {},
            "live-lock": {**me, "pid": os.getppid(), "started": None},
            "dead-lock": {**me, "pid": _dead_pid()},
            "reused-lock": {**me, "pid": 1, "started": -1},
            "other-computer-lock": {**me, "host": "church-hall", "machine": "elsewhere"},
        }[kind]
        content = rng.randbytes(rng.randint(0, 64)) if kind == "garbage-lock" else _lock(owner)
        (case / f".~lock.{real.name}#").write_bytes(content)
    return opened, real, kind


def _snapshot_files(case: Path) -> dict[str, str]:
    """Every file in the case folder that is not ours, as it is (links as their targets)."""
    found = {}
    for entry in case.iterdir():
        if _ours(entry.name, "Partnership.workshop"):
            continue
        if entry.is_symlink():
            found[entry.name] = "-> " + os.readlink(entry)
        elif entry.is_fifo():
            found[entry.name] = "a named pipe"
        elif entry.is_file():
            found[entry.name] = digest(entry) if os.access(entry, os.R_OK) else "unreadable"
    return found


#: What each kind must come to (any other typed FileProblem is a finding).
_EXPECTED = {
    "fifo": {"NotAFile"},
    "device": {"NotAFile"},
    "dangling": {"FileMissing"},
    "loop": {"FileUnreadable"},
    "wal": {"UnfinishedChanges"},
    "hot-journal": {"UnfinishedChanges"},
    "live-lock": {"DocumentInUse"},
    "other-computer-lock": {"DocumentInUse"},
}


def file_level_case(rng: random.Random, valid: Path, folder: Path, index: int) -> str:
    """One link, mode, sidecar or lock case: it opens as it should or gets the clean typed
    error, within a deadline, and nothing that is not ours changes."""
    case = folder / f"files-{index}"
    case.mkdir()
    opened, real, kind = _arrange(rng, valid, case)
    before = _snapshot_files(case)
    lock = case / f".~lock.{real.name}#"
    lock_before = lock.read_bytes() if lock.exists() else None
    previous = signal.signal(signal.SIGALRM, _hung)
    signal.alarm(30)
    try:
        outcome = try_open(opened)
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)
    expected = _EXPECTED.get(kind, {"opened"})
    if kind == "unreadable" and os.geteuid() != 0:
        expected = {"FileUnreadable"}
    assert outcome in expected, f"{kind}: {outcome}"
    assert _snapshot_files(case) == before, f"{kind}: something not ours changed"
    if outcome == "DocumentInUse":  # someone else's lock: left exactly as it was
        assert lock.read_bytes() == lock_before, f"{kind}: the holder's lock changed"
    else:  # a stale or garbage lock was replaced by ours, and ours went at close
        assert not lock.exists(), f"{kind}: a lock was left behind"
    case.chmod(0o755)
    real.chmod(0o644)
    shutil.rmtree(case)
    return f"{kind}: {outcome}"


def _hung(signum: int, frame: object) -> None:
    raise AssertionError("a case hung")


def run_files(
    cases: int, seed: int, folder: Path, report: Callable[[str], None] = print
) -> dict[str, int]:
    """Run ``cases`` file-level cases (links, modes, sidecars, locks); returns outcome counts."""
    from workshop.sample import write_sample

    rng = random.Random(seed)
    valid = folder / "valid-files.workshop"
    write_sample(valid)
    outcomes: dict[str, int] = {}
    slowest = 0.0
    for index in range(cases):
        start = time.perf_counter()
        outcome = file_level_case(rng, valid, folder, index)
        slowest = max(slowest, time.perf_counter() - start)
        outcomes[outcome] = outcomes.get(outcome, 0) + 1
    kinds = len({outcome.split(":")[0] for outcome in outcomes})
    report(
        f"{cases} file-level cases ({kinds} kinds of link, mode, sidecar and lock) from seed "
        f"{seed}: all as expected, no input changed; slowest case {slowest * 1000:.0f} ms"
    )
    return outcomes


def run(
    cases: int, seed: int, folder: Path, report: Callable[[str], None] = print
) -> dict[str, int]:
    """Run ``cases`` workshop cases and as many JSON cases; returns outcome counts."""
    from workshop.sample import write_sample

    rng = random.Random(seed)
    valid = folder / "valid.workshop"
    write_sample(valid)
    doc = Document.open(valid, read_only=True)
    valid_text = interchange.dumps(snapshot.build(doc, Audience.broker()))
    doc.close()
    outcomes: dict[str, int] = {}
    slowest = 0.0
    for index in range(cases):
        for kind in ("workshop", "json"):
            start = time.perf_counter()
            if kind == "workshop":
                outcome = workshop_case(rng, valid, folder, index)
            else:
                outcome = json_case(rng, valid_text)
            slowest = max(slowest, time.perf_counter() - start)
            outcomes[outcome] = outcomes.get(outcome, 0) + 1
    report(f"{2 * cases} cases from seed {seed}: {outcomes}; slowest case {slowest * 1000:.0f} ms")
    return outcomes


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--cases", type=int, default=5000)
    parser.add_argument("--seed", type=int, default=20261127)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        os.environ.setdefault("COMMONGROUND_DATA_DIR", str(Path(folder) / "data"))
        run(args.cases, args.seed, Path(folder))
        run_files(max(1, args.cases // 5), args.seed, Path(folder))
    return 0


if __name__ == "__main__":
    sys.exit(main())
