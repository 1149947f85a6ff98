"""A Common Ground session in its own process, driven line by line from stdin, for tests that race
it, look at it from outside or kill it.

Prints ``ready`` at start, then one reply per command: ``ok [detail]``, ``error CLASS: message``
for a typed error, or ``crash CLASS: message`` for anything else (a test failure).

Commands: ``open PATH``, ``open-ro PATH``, ``recover PATH``, ``note TEXT``, ``undo``, ``save``,
``hang-in-save`` (save, and stop for good once the temporary copy has data: the test kills it),
``close``.
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from workshop import errors, ops
from workshop.document import Document


def say(line: str) -> None:
    sys.stdout.write(line + "\n")
    sys.stdout.flush()


def hang_in_save(doc: Document) -> None:
    assert doc.path is not None
    folder, name = doc.path.resolve().parent, doc.path.resolve().name

    def handler() -> int:
        temps = [p for p in folder.iterdir() if p.name.startswith(f".{name}.")]
        if any(p.stat().st_size > 0 for p in temps if p.name.endswith(".tmp")):
            say("saving " + " ".join(str(p) for p in temps))
            time.sleep(3600)  # the test kills us here, mid-save
        return 0

    doc.db.set_progress_handler(handler, 50)
    doc.save()


def main() -> None:
    doc: Document | None = None
    say(f"ready {os.getpid()}")
    for line in sys.stdin:
        command, _, argument = line.rstrip("\n").partition(" ")
        try:
            detail = ""
            if command == "open":
                doc = Document.open(argument)
            elif command == "open-ro":
                doc = Document.open(argument, read_only=True)
            elif command == "recover":
                doc = Document.open(argument, recovery="recover")
            elif command == "note":
                assert doc is not None
                ops.create(doc, "note", text=argument)
            elif command == "undo":
                assert doc is not None
                doc.undo()
            elif command == "save":
                assert doc is not None
                doc.save()
                detail = "modified" if doc.modified else "saved"
            elif command == "hang-in-save":
                assert doc is not None
                hang_in_save(doc)
            elif command == "close":
                assert doc is not None
                doc.close()
            else:
                raise ValueError(f"unknown command {command}")
            say(f"ok {detail}".rstrip())
        except errors.WorkshopError as exc:
            say(f"error {type(exc).__name__}: {exc}")
        except Exception as exc:
            say(f"crash {type(exc).__name__}: {exc}")


if __name__ == "__main__":
    main()
