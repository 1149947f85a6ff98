"""Test configuration: headless Qt, and every test gets its own data folder and settings."""

from __future__ import annotations

import os

# Set by the test configuration, never by hand: every Qt test runs offscreen.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest


@pytest.fixture(autouse=True)
def isolated_data(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch):
    """Working copies, backups and settings go to a fresh folder for each test."""
    root = tmp_path_factory.mktemp("appdata")
    monkeypatch.setenv("COMMONGROUND_DATA_DIR", str(root / "data"))
    monkeypatch.setenv("COMMONGROUND_CONFIG_DIR", str(root / "config"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(root / "xdg-config"))
    monkeypatch.setenv("HOME", str(root / "home"))
    (root / "home").mkdir()
    return root


@pytest.fixture
def sample(tmp_path):  # type: ignore[no-untyped-def]
    """The sample workshop, written and opened (a module may define its own ``sample``)."""
    from workshop.document import Document
    from workshop.sample import write_sample

    path = tmp_path / "Sample.workshop"
    write_sample(path)
    doc = Document.open(path)
    yield doc
    doc.close()
