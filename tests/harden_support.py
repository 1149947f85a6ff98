"""Real processes, real users and real full disks for the [harden] tests."""

from __future__ import annotations

import contextlib
import errno
import os
import shutil
import signal
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

CHILD = Path(__file__).resolve().parent / "harden_child.py"
NOBODY = 65534


class Session:
    """A Common Ground session in a child process (``tests/harden_child.py``)."""

    def __init__(self, *, wait: bool = True) -> None:
        self.process = subprocess.Popen(
            [sys.executable, str(CHILD)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
            env=os.environ.copy(),
        )
        self.pid = self.process.pid
        if wait:
            self.wait_ready()

    def wait_ready(self) -> None:
        ready = self.read()
        assert ready == f"ready {self.pid}", ready

    def read(self) -> str:
        assert self.process.stdout is not None
        line = self.process.stdout.readline()
        assert line, "the child process ended"
        return line.rstrip("\n")

    def send(self, command: str) -> None:
        assert self.process.stdin is not None
        self.process.stdin.write(command + "\n")
        self.process.stdin.flush()

    def ask(self, command: str) -> str:
        self.send(command)
        reply = self.read()
        assert not reply.startswith("crash"), reply
        return reply

    def kill(self) -> None:
        """SIGKILL: no clean-up of any kind runs."""
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGKILL)
        self.process.wait(timeout=30)
        for stream in (self.process.stdin, self.process.stdout):
            if stream is not None:
                with contextlib.suppress(OSError):
                    stream.close()


@contextlib.contextmanager
def sessions(count: int) -> Iterator[list[Session]]:
    """``count`` sessions, started side by side; every one is killed at the end."""
    started = [Session(wait=False) for _ in range(count)]
    try:
        for session in started:
            session.wait_ready()
        yield started
    finally:
        for session in started:
            session.kill()


def needs_root() -> None:
    if os.geteuid() != 0:
        pytest.skip("needs root (to act as another user or mount a small disk)")


@contextlib.contextmanager
def small_disk(folder: Path, size: str = "4m") -> Iterator[Path]:
    """A real, small file system (tmpfs) mounted at ``folder``; skipped where mounting is not
    permitted. Unmounted afterwards."""
    needs_root()
    folder.mkdir(parents=True, exist_ok=True)
    mounted = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={size},mode=0700", "tmpfs", str(folder)],
        capture_output=True,
        check=False,
    )
    if mounted.returncode != 0:
        pytest.skip(f"cannot mount a small disk here: {mounted.stderr.decode().strip()}")
    try:
        yield folder
    finally:
        subprocess.run(["umount", "-l", str(folder)], check=False)


def fill(folder: Path) -> Path:
    """Fill the file system holding ``folder`` to the last byte; returns the filler file."""
    filler = folder / "filler.bin"
    fd = os.open(filler, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
    try:
        for size in (64 * 1024, 4096, 1):
            block = b"\0" * size
            try:
                while True:
                    os.write(fd, block)
            except OSError as exc:
                assert exc.errno == errno.ENOSPC
    finally:
        os.close(fd)
    # Small files may still fit in pages the file system keeps: take those too.
    spare = 0
    while True:
        try:
            (folder / f"filler-{spare}.bin").write_bytes(b"\0")
        except OSError:
            break
        spare += 1
    return filler


def unfill(folder: Path) -> None:
    for filler in folder.glob("filler*.bin"):
        filler.unlink()


@contextlib.contextmanager
def shared_folder() -> Iterator[Path]:
    """A folder any user may list and enter, as a shared one on a multi-user machine is
    (pytest's own temporary folders are private to root)."""
    folder = Path(tempfile.mkdtemp(prefix="cg-shared-"))
    folder.chmod(0o755)
    try:
        yield folder
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def nobody_can_read(path: Path) -> bool:
    """Whether user ``nobody`` (another local user) can read ``path``: a real child process that
    drops to uid and gid 65534 before it opens the file."""
    result = subprocess.run(
        ["cat", str(path)],
        user=NOBODY,
        group=NOBODY,
        extra_groups=[],
        capture_output=True,
        check=False,
    )
    return result.returncode == 0
