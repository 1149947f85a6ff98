"""A facilitator's session in a separate process, to be killed with SIGKILL mid-stream.

Usage: ``python tests/crash_child.py FILE START SAVE_EVERY``. Adds notes "edit-N" from N=START,
printing ``ack N`` once each edit has returned (is committed), and saving every SAVE_EVERY edits
(printing ``saving`` before and ``saved`` after). Runs until killed.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from workshop import errors, ops
from workshop.document import Document


def main() -> None:
    path, start, save_every = Path(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3])
    try:
        doc = Document.open(path)
    except errors.RecoveryAvailable:
        doc = Document.open(path, recovery="recover")
    n = start
    while True:
        ops.create(doc, "note", text=f"edit-{n}", visibility="shared")
        print(f"ack {n}", flush=True)
        n += 1
        if n % save_every == 0:
            print("saving", flush=True)
            doc.save()
            print("saved", flush=True)


if __name__ == "__main__":
    main()
