"""Common Ground's Qt-free core: the workshop document, its operations, audiences and files."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("common-ground")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0.0.0"
