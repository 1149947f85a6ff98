"""The bundled fonts, and user text turned into safe ReportLab markup with a font per run.

Every character a user typed either renders in a font whose cmap has it (Noto Sans for Latin,
Greek and Cyrillic; Noto Sans Arabic for Arabic, shaped and put in visual order; DejaVu Sans for
symbols and some emoji) or becomes a visible placeholder. Markup characters are escaped, so
``<b>`` prints literally. Licences: ``resources/fonts/LICENSES.md``.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from workshop.resources import resource_path

SANS = "CGSans"
SANS_BOLD = "CGSans-Bold"
SANS_ITALIC = "CGSans-Italic"
ARABIC = "CGArabic"
ARABIC_BOLD = "CGArabic-Bold"
FALLBACK = "CGFallback"

#: Our font name -> bundled file.
FONT_FILES: dict[str, str] = {
    SANS: "NotoSans-Regular.ttf",
    SANS_BOLD: "NotoSans-Bold.ttf",
    SANS_ITALIC: "NotoSans-Italic.ttf",
    ARABIC: "NotoSansArabic-Regular.ttf",
    ARABIC_BOLD: "NotoSansArabic-Bold.ttf",
    FALLBACK: "DejaVuSans.ttf",
}

EMOJI_PLACEHOLDER = "[emoji]"
MISSING_PLACEHOLDER = "[?]"

# Emoji blocks (pictographs, emoticons, transport, supplemental symbols, dingbats, misc symbols).
_EMOJI_RANGES = (
    (0x1F000, 0x1FAFF),
    (0x2600, 0x27BF),
    (0x2B00, 0x2BFF),
    (0x1F1E6, 0x1F1FF),
)
# Invisible joiners and selectors that only shape emoji sequences: dropped when not drawable.
_EMOJI_GLUE = frozenset({0x200D, 0xFE0E, 0xFE0F, 0x20E3}) | frozenset(range(0x1F3FB, 0x1F400))
_LINE_BREAKS = re.compile(r"\r\n|\r|\u2028|\u2029|\x85")
_RTL_CLASSES = frozenset({"R", "AL", "AN"})


@functools.cache
def load(name: str) -> TTFont:
    """Register one bundled font on first use (parsing a font costs tens of milliseconds)."""
    font = TTFont(name, str(resource_path("fonts", FONT_FILES[name])))
    pdfmetrics.registerFont(font)
    return font


@functools.cache
def register() -> None:
    """Register the body fonts and the font families; the others load when text needs them."""
    load(SANS)
    load(SANS_BOLD)
    pdfmetrics.registerFontFamily(
        SANS, normal=SANS, bold=SANS_BOLD, italic=SANS_ITALIC, boldItalic=SANS_BOLD
    )
    pdfmetrics.registerFontFamily(
        ARABIC, normal=ARABIC, bold=ARABIC_BOLD, italic=ARABIC, boldItalic=ARABIC_BOLD
    )


@functools.cache
def coverage(font_name: str) -> frozenset[int]:
    """The code points ``font_name`` (one of ours) draws with a correct text layer.

    Only the Basic Multilingual Plane: ReportLab writes a broken ToUnicode entry for characters
    above U+FFFF (they would draw but not copy, search or extract), so those get a placeholder.
    """
    font = load(font_name)
    return frozenset(c for c in font.face.charToGlyph if c <= 0xFFFF)


@functools.cache
def characters(font_name: str) -> frozenset[str]:
    """:func:`coverage` as characters, for fast subset tests on whole strings."""
    return frozenset(map(chr, coverage(font_name)))


def plain(text: str, *, bold: bool = False) -> bool:
    """Whether ``text`` is one line the body font draws as it is (no shaping, no fallback)."""
    return "\n" not in text and set(text) <= characters(SANS_BOLD if bold else SANS)


def _is_emoji(code: int) -> bool:
    return any(low <= code <= high for low, high in _EMOJI_RANGES)


def _is_rtl(line: str) -> bool:
    return any(unicodedata.bidirectional(char) in _RTL_CLASSES for char in line)


def has_rtl(text: str) -> bool:
    """Whether ``text`` has right-to-left characters (so lines must be broken before reordering)."""
    return not set(text) <= _simple() and _is_rtl(text)


def starts_rtl(text: str) -> bool:
    """Whether the first strongly directional character of ``text`` is right to left."""
    for char in text:
        kind = unicodedata.bidirectional(char)
        if kind in {"R", "AL"}:
            return True
        if kind == "L":
            return False
    return False


def break_lines(text: str, width: float, size: float, *, bold: bool = False) -> list[str]:
    """Logical-order ``text`` broken into lines that fit ``width`` once shaped and reordered.

    Bidi reordering works line by line, so text with right-to-left runs is broken into lines
    first (in logical order) and only then put in display order; otherwise a wrapped Arabic
    paragraph would read its lines in the wrong order.
    """
    out: list[str] = []
    for logical in drawable(text).split("\n"):
        current = ""
        for word in logical.split(" "):
            candidate = f"{current} {word}" if current else word
            shown = drawable(visual(candidate))
            if current and string_width(shown, size, bold=bold) > width:
                out.append(current)
                current = word
            else:
                current = candidate
        out.append(current)
    return out


def _covered(code: int) -> bool:
    # The body font first: the other fonts are loaded only for text that needs them.
    return code in coverage(SANS) or code in coverage(ARABIC) or code in coverage(FALLBACK)


def drawable(text: str) -> str:
    """``text`` with line breaks normalised and every undrawable character made a placeholder."""
    text = _LINE_BREAKS.sub("\n", text).replace("\t", " ")
    if set(text) <= characters(SANS):
        return text
    out: list[str] = []
    joined = False  # inside an emoji sequence (after a zero-width joiner)
    for char in text:
        code = ord(char)
        if out and out[-1] == EMOJI_PLACEHOLDER and (code in _EMOJI_GLUE or joined):
            # One placeholder per emoji sequence: drop joiners, selectors, skin tones and the
            # emoji they join.
            joined = code == 0x200D
            if code in _EMOJI_GLUE or _is_emoji(code):
                continue
        joined = False
        if char == "\n" or _covered(code):
            out.append(char)
        elif code in _EMOJI_GLUE or unicodedata.category(char) in {"Cc", "Cf", "Zl", "Zp"}:
            continue  # invisible: control and format characters carry nothing to draw
        elif _is_emoji(code):
            out.append(EMOJI_PLACEHOLDER)
        elif unicodedata.category(char).startswith("Z"):
            out.append(" ")
        else:
            out.append(MISSING_PLACEHOLDER)
    return "".join(out)


def visual(line: str, base: str = "L") -> str:
    """One line in display order: Arabic letters joined and right-to-left runs reversed."""
    if not _is_rtl(line):
        return line
    from bidi import get_display  # type: ignore[import-untyped]

    shaped = _reshaper().reshape(line)
    # The document reads left to right, so by default right-to-left runs are reversed in place;
    # a paragraph that starts right to left is laid out right to left (base "R").
    return _marks_after_bases(str(get_display(shaped, base_dir=base)))


@functools.cache
def _reshaper() -> Any:
    import arabic_reshaper  # type: ignore[import-untyped]

    # Keep the vowel marks (harakat): the default configuration deletes them.
    return arabic_reshaper.ArabicReshaper(configuration={"delete_harakat": False})


def _marks_after_bases(shown: str) -> str:
    """Reversing a right-to-left run puts each combining mark before its letter; the fonts draw
    a mark over the glyph drawn just before it, so move marks back after their letter."""
    out: list[str] = []
    marks: list[str] = []
    for char in shown:
        if unicodedata.category(char) == "Mn":
            marks.append(char)
            continue
        if marks and unicodedata.bidirectional(char) in {"R", "AL"}:
            out.append(char)
            out += marks
        else:
            out += marks
            out.append(char)
        marks = []
    return "".join(out + marks)


@dataclass(frozen=True, slots=True)
class Run:
    """Consecutive characters drawn in one font."""

    font: str
    text: str


def _font_for(code: int, bold: bool) -> str:
    primary = SANS_BOLD if bold else SANS
    if code in coverage(primary):
        return primary
    arabic = ARABIC_BOLD if bold else ARABIC
    if code in coverage(arabic):
        return arabic
    if code in coverage(FALLBACK):
        return FALLBACK
    return primary  # only newline and space reach here; the primary font handles both


def runs(text: str, *, bold: bool = False) -> Iterator[Run]:
    """Split a single line of drawable, visual-order text into runs by font."""
    primary = SANS_BOLD if bold else SANS
    if set(text) <= characters(primary):
        if text:
            yield Run(primary, text)
        return
    current = ""
    font = primary
    for char in text:
        chosen = _font_for(ord(char), bold)
        if chosen != font and current:
            yield Run(font, current)
            current = ""
        font = chosen
        current += char
    if current:
        yield Run(font, current)


def escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


@functools.cache
def _simple() -> frozenset[str]:
    """Characters the body font draws that need no bidi reordering (and a line break)."""
    return frozenset(
        char for char in characters(SANS) if unicodedata.bidirectional(char) not in _RTL_CLASSES
    ) | {"\n"}


def lines(text: str) -> list[str]:
    """User text as drawable lines in display order."""
    if set(text) <= _simple():
        return text.split("\n")
    # Shaping may produce presentation forms: check them again against the fonts.
    return [drawable(visual(line)) for line in drawable(text).split("\n")]


def markup(text: str, *, bold: bool = False) -> str:
    """Paragraph markup for user text: escaped, line breaks kept, each run in a font that has it."""
    primary = SANS_BOLD if bold else SANS
    parts: list[str] = []
    for index, line in enumerate(lines(text)):
        if index:
            parts.append("<br/>")
        for run in runs(line, bold=bold):
            if run.font == primary:
                parts.append(escape(run.text))
            else:
                parts.append(f'<font face="{run.font}">{escape(run.text)}</font>')
    return "".join(parts)


def string_width(text: str, size: float, *, bold: bool = False) -> float:
    """The width of one drawable, visual-order line when drawn run by run."""
    widths = (pdfmetrics.stringWidth(run.text, run.font, size) for run in runs(text, bold=bold))
    return float(sum(widths))
