"""The sample workshop (``commonground demo``): a realistic partnership to learn the app on."""

from __future__ import annotations

from pathlib import Path

from workshop import interchange
from workshop.resources import resource_path


def sample_json_path() -> Path:
    return resource_path("sample", "sample-workshop.json")


def write_sample(path: Path | str) -> None:
    """Write the sample workshop to ``path`` (atomically; replaces an existing file)."""
    interchange.import_file(sample_json_path(), path)
