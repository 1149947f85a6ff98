"""What every benchmark module shares: a measurement record, a timer and the large workshop."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

OUT = Path(__file__).resolve().parent / "out"


@dataclass(frozen=True, slots=True)
class Measure:
    """One line of docs/performance.md."""

    area: str
    name: str
    median_ms: float
    budget_ms: float | None = None
    floor: str = ""
    note: str = ""
    unit: str = "ms"

    @property
    def within_budget(self) -> bool | None:
        return None if self.budget_ms is None else self.median_ms <= self.budget_ms

    @property
    def value(self) -> float:
        """The figure in ``unit`` (``median_ms`` holds it, whatever the unit)."""
        return self.median_ms


def median_ms(
    run: Callable[[], object], repeat: int = 7, setup: Callable[[], object] | None = None
) -> float:
    """The median wall time of ``run`` in milliseconds (``setup`` runs untimed before each)."""
    times = []
    for _ in range(repeat):
        if setup is not None:
            setup()
        start = time.perf_counter()
        run()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def out_dir() -> Path:
    OUT.mkdir(parents=True, exist_ok=True)
    return OUT
