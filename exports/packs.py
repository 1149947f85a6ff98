"""File names that survive every file system and mail client, and the set of partner packs.

A pack's file name is the partner's full name, made portable, then the partner's id in brackets:
``Acme Housing [P3].pdf``. The id is the partner's own (stable across exports) and brackets never
come from a name, so no two partners' packs can share a name or be read as each other's, on any
file system, whatever the names look like. ``index.csv`` beside the packs says which file is
whose.
"""

from __future__ import annotations

import csv
import io
import re
import unicodedata
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from exports.cells import neutralise

if TYPE_CHECKING:
    from workshop.snapshot import Partner

INDEX_NAME = "index.csv"

#: Windows refuses these as a file's name, whatever follows the first dot.
RESERVED = frozenset(
    {
        "CON",
        "PRN",
        "AUX",
        "NUL",
        "CONIN$",
        "CONOUT$",
        *(f"COM{i}" for i in range(10)),
        *(f"LPT{i}" for i in range(10)),
    }
)
#: Punctuation every file system, zip tool and mail client keeps as it is.
PUNCTUATION = frozenset(" -_.,()&'")
_SPACES = re.compile(r" +")


def _portable_char(char: str, previous: str) -> bool:
    category = unicodedata.category(char)
    if char in PUNCTUATION or category[0] == "L" or category == "Nd":
        return True
    # A combining mark only on a letter (accents, Arabic vowel marks); never on its own.
    return category[0] == "M" and previous != "" and unicodedata.category(previous)[0] in "LM"


def portable_name(text: str, max_chars: int = 60, max_bytes: int = 120) -> str:
    """``text`` as a file name stem any system keeps as it is: letters (any script), digits,
    spaces and ``-_.,()&'``; NFC; no leading dot, dash or space, no trailing dot or space; not a
    Windows device name; at most ``max_chars`` characters and ``max_bytes`` UTF-8 bytes, cut at a
    word boundary where there is one. Everything else (slashes, emoji, direction marks, control
    characters) becomes a space. May be empty."""
    kept: list[str] = []
    for char in unicodedata.normalize("NFKC", text):
        previous = kept[-1] if kept else ""
        kept.append(char if _portable_char(char, previous) else " ")
    name = _SPACES.sub(" ", "".join(kept)).lstrip(" .-_,'").rstrip(" .")
    if len(name) > max_chars or len(name.encode("utf-8")) > max_bytes:
        name = _shorten(name, max_chars, max_bytes)
    name = unicodedata.normalize("NFC", name)
    if name.split(".")[0].rstrip(" ").upper() in RESERVED:
        name = f"_{name}"
    return name


def _shorten(name: str, max_chars: int, max_bytes: int) -> str:
    cut = name[:max_chars]
    while len(cut.encode("utf-8")) > max_bytes:
        cut = cut[:-1]
    if len(cut) < len(name) and name[len(cut)] != " " and " " in cut[max_chars // 2 :]:
        cut = cut[: cut.rindex(" ")]  # a whole word, when that keeps at least half the room
    return cut.rstrip(" .")


def pack_stem(partner: Partner) -> str:
    """``Acme Housing [P3]``: the partner's full name, portable, and its id (which is unique)."""
    name = portable_name(partner.name) or portable_name(partner.short_name) or "Partner"
    return f"{name} [P{partner.id}]"


def index_text(packs: Sequence[tuple[str, Partner]]) -> bytes:
    """``index.csv``: which file is for which partner (UTF-8 with BOM, as the CSV exports)."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(["File", "Partner", "Short name", "Partner ID"])
    for file_name, partner in packs:
        writer.writerow(
            [file_name, neutralise(partner.name), neutralise(partner.short_name), partner.id]
        )
    return buffer.getvalue().encode("utf-8-sig")


def read_index(path: Path) -> list[dict[str, str]]:
    """The rows of an ``index.csv`` (for tools and tests)."""
    with open(path, encoding="utf-8-sig", newline="") as handle:
        return list(csv.DictReader(handle))
