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

from functools import cache
from pathlib import Path

from workshop.resources import resource_path
from workshop.vocabulary import Translate, same

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


def side_by_side(first: Translate, second: Translate = same, between: str = " / ") -> Translate:
    """Both languages at once ("Llinell goch / Red line"); one where they agree ("Data")."""

    def translate(text: str) -> str:
        one, other = first(text), second(text)
        return one if one == other else f"{one}{between}{other}"

    return translate
