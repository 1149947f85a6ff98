"""Common Ground's Qt-free core: the workshop document, its operations, audiences and files."""

from __future__ import annotations


def __getattr__(name: str) -> str:
    # Looked up on first use only: reading package metadata costs tens of ms at start-up.
    if name == "__version__":
        from importlib.metadata import PackageNotFoundError, version

        try:
            return version("common-ground")
        except PackageNotFoundError:  # a source tree that was never installed
            return "0.0.0"
    raise AttributeError(f"module 'workshop' has no attribute {name!r}")
