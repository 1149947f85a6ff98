"""``python -m tests.paused_cli N ARGS...``: the real command line, paused part-way through an export.

After the N-th CSV table or XLSX sheet is written it prints ``paused`` and waits on stdin, so a
test can send a real signal at a known point (the export's files half made) without depending on
how fast the machine is. Nothing else is changed: the signal handling is the CLI's own.
"""

from __future__ import annotations

import sys
from typing import Any

import exports.tables as tables
from ui import cli

calls = 0


def pause_after(count: int, wrapped: Any) -> Any:
    def pausing(*args: Any, **kwargs: Any) -> Any:
        global calls
        result = wrapped(*args, **kwargs)
        calls += 1
        if calls == count:
            print("paused", flush=True)
            sys.stdin.read()  # a signal handler that raises ends this wait
        return result

    return pausing


if __name__ == "__main__":
    after = int(sys.argv[1])
    tables._csv_bytes = pause_after(after, tables._csv_bytes)  # type: ignore[assignment]
    tables._write_cells = pause_after(after, tables._write_cells)  # type: ignore[assignment]
    sys.exit(cli.main(sys.argv[2:]))
