"""The vocabulary in another language, without Qt: what an export calls to print its words in
Welsh, in English, or in both side by side.

The translations are the interface's own (``resources/translations/commonground_<code>.ts``,
context ``"vocabulary"``: every ``N_``-marked word of ``workshop/``), so the screen and the
paper say the same words in each language. Use::

    from workshop.translation import translator, side_by_side
    tr = translator("cy")                 # a vocabulary.Translate: "Red line" -> "Llinell goch"
    both = side_by_side(tr)               # "Llinell goch / Red line"
    item_marking("partner", "confidential", [], tr)

An unknown language, or a word not (yet) translated, reads in English.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache
from pathlib import Path

from workshop.resources import resource_path
from workshop.vocabulary import Translate, fill, same

CONTEXT = "vocabulary"
#: Languages with a translation file, by code.
LANGUAGES = ("en", "cy")


def ts_file(language: str) -> Path:
    return resource_path("translations", f"commonground_{language}.ts")


@cache
def messages(language: str) -> dict[str, str]:
    """The vocabulary's translations into ``language`` (English words to their translation)."""
    path = ts_file(language)
    if language == "en" or not path.exists():
        return {}
    from xml.etree import ElementTree  # only when a translation is asked for

    found: dict[str, str] = {}
    for context in ElementTree.parse(path).getroot().iter("context"):
        if context.findtext("name") != CONTEXT:
            continue
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            if translation is None or translation.get("type") in ("unfinished", "obsolete"):
                continue
            text = translation.text or ""
            if text:
                found[source] = text
    return found


def translator(language: str) -> Translate:
    """A :data:`~workshop.vocabulary.Translate` into ``language`` ("en": the words as they are)."""
    if language not in LANGUAGES or language == "en":
        return same
    table = messages(language)

    def translate(text: str) -> str:
        return table.get(text, text)

    return translate


class SideBySide:
    """Both languages at once ("Llinell goch / Red line"); one where they agree ("Data").

    A sentence with names or numbers filled in (:func:`workshop.vocabulary.compose`) is made in
    each language whole, with each filled-in part in that language, then the two are set side
    by side: "Nawr: cam 2 o 4, Prif Weithredwyr yn cyfarfod / Now: step 2 of 4, CEOs meet",
    never the Welsh sentence with both languages' parts in it. To know a part's two halves, it
    remembers every pair it made (and the pair lower-cased, as a sentence may use it)."""

    def __init__(self, first: Translate, second: Translate = same, between: str = " / ") -> None:
        self.first, self.second, self.between = first, second, between
        self._halves: dict[str, tuple[str, str]] = {}

    def __call__(self, text: str) -> str:
        return self._pair(self.first(text), self.second(text))

    def compose(self, text: str, values: Sequence[object]) -> str:
        """``text`` in each language with ``values`` (``%1``, ``%2``…) in that language."""
        halves = [self._halves.get(v, (v, v)) if isinstance(v, str) else (v, v) for v in values]
        one = fill(self.first(text), *(h[0] for h in halves))
        other = fill(self.second(text), *(h[1] for h in halves))
        return self._pair(one, other)

    def _pair(self, one: str, other: str) -> str:
        if one == other:
            return one
        both = f"{one}{self.between}{other}"
        self._halves[both] = (one, other)
        self._halves[both.lower()] = (one.lower(), other.lower())
        self._halves[both[:1].lower() + both[1:]] = (
            one[:1].lower() + one[1:],
            other[:1].lower() + other[1:],
        )
        return both


def side_by_side(first: Translate, second: Translate = same, between: str = " / ") -> Translate:
    """Both languages at once ("Llinell goch / Red line"): a :class:`SideBySide`."""
    return SideBySide(first, second, between)
