"""Crash soak: real processes editing a workshop are killed with SIGKILL at random moments.

Each trial starts a child (this module with ``--child``) that applies a random stream of creates,
updates and deletes, saving every few edits and on an autosave clock, and announces each step:
``doing OP`` before it, ``ack`` once it returned, ``saving`` / ``saved`` around each save. The
parent kills it at a random moment, then checks that:

* the workshop file itself passes every check and holds exactly the state of a completed save
  (the last one, or the one in flight when the kill came);
* opened with recovery, the document holds every acknowledged edit (and the one in flight either
  wholly or not at all).

``make soak`` runs ``python -m tests.soak --trials 200``; the suite runs a few trials.
"""

from __future__ import annotations

import argparse
import json
import os
import queue
import random
import signal
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
State = dict[str, tuple[str, int | None]]  # "table:id" -> (text, partner of a position)
TEXT_FIELD = {"note": "text", "partner": "name", "position": "statement", "value": "name"}


# --- the child ----------------------------------------------------------------------------------


def child(path: Path, seed: int) -> None:
    sys.path.insert(0, str(ROOT))
    from workshop import errors, ops
    from workshop.document import Document

    rng = random.Random(seed)
    try:
        doc = Document.open(path)
    except errors.RecoveryAvailable:
        doc = Document.open(path, recovery="recover")
    live: dict[str, list[int]] = {table: [] for table in TEXT_FIELD}
    for key in read_state(doc):
        table, row_id = key.split(":")
        live[table].append(int(row_id))
    say("ready")
    last_save = time.monotonic()
    n = 0
    while True:
        n += 1
        op = _choose(rng, live, n)
        say("doing " + json.dumps(op))
        if op["op"] == "create":
            values = {TEXT_FIELD[op["table"]]: op["text"]}
            if op["table"] == "position":
                values |= {"partner_id": op["partner_id"], "kind": "red_line"}
            change = ops.create(doc, op["table"], **values)
            (created,) = [row_id for table, row_id in change.created if table == op["table"]]
            live[op["table"]].append(created)
            say("ack " + str(created))
        elif op["op"] == "update":
            ops.update(doc, op["table"], op["id"], **{TEXT_FIELD[op["table"]]: op["text"]})
            say("ack")
        else:
            ops.delete(doc, op["table"], op["id"])
            live[op["table"]].remove(op["id"])
            if op["table"] == "partner":
                live["position"] = [pid for pid in live["position"] if pid in _positions(doc)]
            say("ack")
        if n % rng.choice([3, 7, 11]) == 0 or time.monotonic() - last_save > 0.05:
            say("saving")
            doc.save()
            last_save = time.monotonic()
            say("saved")


def _positions(doc: Any) -> set[int]:
    return {int(key.split(":")[1]) for key in read_state(doc) if key.startswith("position:")}


def _choose(rng: random.Random, live: dict[str, list[int]], n: int) -> dict[str, Any]:
    table = rng.choice(list(TEXT_FIELD))
    text = f"{table}-{n}-{rng.randrange(10**6)} Cŵn ł ج"
    if table == "position" and not live["partner"]:
        table = "partner"
    choice = rng.random()
    if live[table] and choice < 0.25:
        return {"op": "update", "table": table, "id": rng.choice(live[table]), "text": text}
    if live[table] and choice < 0.4 and (table != "partner" or len(live["partner"]) > 1):
        return {"op": "delete", "table": table, "id": rng.choice(live[table])}
    op: dict[str, Any] = {"op": "create", "table": table, "text": text}
    if table == "position":
        op["partner_id"] = rng.choice(live["partner"])
    return op


def say(line: str) -> None:
    sys.stdout.write(line + "\n")
    sys.stdout.flush()


# --- the parent ---------------------------------------------------------------------------------


def read_state(doc: Any) -> State:
    from workshop import snapshot
    from workshop.audience import Audience

    snap = snapshot.build(doc, Audience.broker())
    state: State = {}
    for table, field in TEXT_FIELD.items():
        for item in snap.items(table):
            partner = item.partner_id if table == "position" else None
            state[f"{table}:{item.id}"] = (getattr(item, field), partner)
    return state


def apply(state: State, op: dict[str, Any], created: int | None) -> State:
    state = dict(state)
    if op["op"] == "create":
        state[f"{op['table']}:{created}"] = (op["text"], op.get("partner_id"))
    elif op["op"] == "update":
        key = f"{op['table']}:{op['id']}"
        state[key] = (op["text"], state[key][1])
    else:
        del state[f"{op['table']}:{op['id']}"]
        if op["table"] == "partner":
            state = {
                k: v
                for k, v in state.items()
                if not (k.startswith("position:") and v[1] == op["id"])
            }
    return state


def trial(folder: Path, seed: int) -> tuple[int, list[str]]:
    """One killed child; returns (acknowledged edits checked, problems)."""
    from tests.helpers import small_workshop
    from workshop import errors, storage
    from workshop.document import Document

    rng = random.Random(seed)
    path = folder / f"soak-{seed}.workshop"
    doc = small_workshop(path)
    state = read_state(doc)
    doc.close()
    saved_states = [state]
    proc = subprocess.Popen(
        [sys.executable, "-m", "tests.soak", "--child", str(path), str(seed)],
        stdout=subprocess.PIPE,
        text=True,
        cwd=ROOT,
        env=os.environ.copy(),
    )
    assert proc.stdout is not None
    assert proc.stdout.readline().strip() == "ready"
    lines: queue.Queue[str | None] = queue.Queue()

    def pump() -> None:
        assert proc.stdout is not None
        for line in proc.stdout:
            lines.put(line.rstrip("\n"))
        lines.put(None)

    reader = threading.Thread(target=pump, daemon=True)
    reader.start()
    kill_at = time.monotonic() + rng.uniform(0.0, 0.6)
    in_flight: dict[str, Any] | None = None
    saving: State | None = None
    acked = 0
    killed = False
    while True:
        if not killed and time.monotonic() >= kill_at:
            proc.send_signal(signal.SIGKILL)
            killed = True
        try:
            line = lines.get(timeout=0.005)
        except queue.Empty:
            continue
        if line is None:
            break
        # Every line the child wrote before it died counts, even those read after the kill.
        if line.startswith("doing "):
            in_flight = json.loads(line[6:])
        elif line.startswith("ack"):
            assert in_flight is not None
            created = int(line.split()[1]) if in_flight["op"] == "create" else None
            state = apply(state, in_flight, created)
            in_flight, acked = None, acked + 1
        elif line == "saving":
            saving = state
        elif line == "saved":
            assert saving is not None
            saved_states.append(saving)
            saving = None
    proc.wait()
    reader.join()
    proc.stdout.close()

    problems: list[str] = []
    try:
        storage.inspect(path)
        file_doc = Document.open(path, read_only=True)
        on_disk = read_state(file_doc)
        file_doc.close()
        allowed = [saved_states[-1]] + ([saving] if saving is not None else [])
        if on_disk not in allowed:
            problems.append(f"seed {seed}: the file does not hold a completed save")
    except errors.WorkshopError as exc:
        problems.append(f"seed {seed}: the file did not open: {exc}")
    try:
        doc = Document.open(path)
    except errors.RecoveryAvailable:
        doc = Document.open(path, recovery="recover")
    recovered = read_state(doc)
    doc.close()
    acceptable = [state]
    if in_flight is not None:
        # The edit in flight may have committed before its "ack" was written: but never half.
        acceptable += [
            apply(state, in_flight, int(k.split(":")[1])) for k in set(recovered) - set(state)
        ]
        if in_flight["op"] != "create":
            acceptable.append(apply(state, in_flight, None))
    if recovered not in acceptable:
        missing = sorted(set(state.items()) - set(recovered.items()))[:3]
        problems.append(f"seed {seed}: recovery lost or changed acknowledged edits, e.g. {missing}")
    path.unlink(missing_ok=True)
    return acked, problems


def run(trials: int, seed: int, folder: Path, report: Callable[[str], None] = print) -> list[str]:
    problems: list[str] = []
    edits = 0
    for index in range(trials):
        checked, found = trial(folder, seed + index)
        edits += checked
        problems += found
        if (index + 1) % 20 == 0:
            report(
                f"  {index + 1} trials, {edits} acknowledged edits checked, {len(problems)} failures"
            )
    report(f"{trials} trials, {edits} acknowledged edits checked, {len(problems)} failures")
    for problem in problems:
        report("  " + problem)
    return problems


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--child", nargs=2, metavar=("FILE", "SEED"))
    parser.add_argument("--trials", type=int, default=200)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    if args.child:
        child(Path(args.child[0]), int(args.child[1]))
        return 0
    with tempfile.TemporaryDirectory() as folder:
        os.environ.setdefault("COMMONGROUND_DATA_DIR", str(Path(folder) / "data"))
        return 1 if run(args.trials, args.seed, Path(folder)) else 0


if __name__ == "__main__":
    sys.exit(main())
