"""Quick capture: turn one typed line into the item it describes. Pure Python, no Qt.

Lines it understands (case does not matter)::

    Acme red line: no exclusivity clauses #exclusivity
    Bridgend CVS prefers: monthly payments #money !confidential
    value: serve the community, not the commissioner
    action Bridgend CVS: circulate the draft by 3 March
    disagreement: who holds the contract #governance
    clause: meet monthly      note: ...      topic: ...
    impact without: 40 families lose their advice service      impact: ...

``#tag`` files an item under a topic, matched by name ignoring case and punctuation: the longest
topic name the words after ``#`` spell out (``#management fee``), else one word (``#money`` for
"Money and pricing"). A new topic is one word, ``#two-words`` or ``#"two words"``.
``!shared``, ``!confidential`` or ``!private`` set its visibility. An impact is *with* the
partnership unless the line says ``impact without:`` or its text starts with "without".
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from typing import Any

from workshop import kinds
from workshop.dates import parse_date  # also re-exported: quick capture reads dates so

KIND_PHRASES: tuple[tuple[str, str], ...] = (
    ("red line", "red_line"),
    ("redline", "red_line"),
    ("bottom line", "bottom_line"),
    ("bottomline", "bottom_line"),
    ("preference", "preference"),
    ("prefers", "preference"),
    ("open to", "open"),
    ("open", "open"),
)
#: Item words that start a line, and the table each creates (from the kind declarations).
ITEM_WORDS: dict[str, str] = {kind.capture: kind.table for kind in kinds.kinds() if kind.capture}
VISIBILITIES = ("shared", "confidential", "private")
#: Words after "impact" (or starting its text) that say which scenario it is.
SCENARIO_WORDS: tuple[tuple[str, str], ...] = (
    ("without the partnership", "without_partnership"),
    ("without partnership", "without_partnership"),
    ("without it", "without_partnership"),
    ("without", "without_partnership"),
    ("with the partnership", "with_partnership"),
    ("with partnership", "with_partnership"),
    ("with it", "with_partnership"),
    ("with", "with_partnership"),
)
#: At most this many words after # are read as a topic's name.
TAG_WORDS = 6


@dataclass(frozen=True, slots=True)
class Named:
    """A partner or topic the parser may recognise."""

    id: int
    name: str
    short_name: str = ""


@dataclass(frozen=True, slots=True)
class Capture:
    """What a line was understood to mean: the table and the fields of the new item."""

    table: str
    fields: dict[str, Any]
    new_topic: str | None = None  # a #tag that names no topic yet: create it first
    notes: tuple[str, ...] = field(default_factory=tuple)  # what was assumed, for the preview
    tag: str = ""  # the #tag as written, to say in the preview which topic it matched


@dataclass(frozen=True, slots=True)
class NotUnderstood:
    """Why a line could not be captured, in a sentence the facilitator can act on."""

    reason: str


def _fold(text: str) -> str:
    """Case- and accent-insensitive form for matching (Bridgend, bridgend, Brídgend)."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _slug(text: str) -> str:
    return re.sub(r"[^0-9a-z]+", "", _fold(text))


def match_partner(text: str, partners: Sequence[Named]) -> tuple[Named, str] | None:
    """The partner whose name or short name starts ``text`` (longest wins), and the rest."""
    folded = _fold(text)
    best: tuple[int, Named] | None = None
    for partner in partners:
        for name in (partner.name, partner.short_name):
            key = _fold(name).strip()
            if not key or not folded.startswith(key):
                continue
            following = folded[len(key) : len(key) + 1]
            if following and (following.isalnum()):
                continue
            if best is None or len(key) > best[0]:
                best = (len(key), partner)
    if best is None:
        # A unique partner whose name begins with the whole text, word by word ("Acme" for
        # "Acme Housing").
        whole = folded.strip()
        starting = [p for p in partners if whole and _fold(p.name).startswith(whole + " ")]
        if len(starting) == 1:
            return starting[0], ""
        return None
    return best[1], text[best[0] :].strip()


def match_topic(tag: str, topics: Sequence[Named]) -> Named | None:
    """The topic a ``#tag`` names: exact slug first, then the one slug it starts."""
    wanted = _slug(tag)
    if not wanted:
        return None
    for topic in topics:
        if _slug(topic.name) == wanted:
            return topic
    starting = [t for t in topics if _slug(t.name).startswith(wanted)]
    if len(starting) == 1:
        return starting[0]
    containing = [t for t in topics if wanted in _slug(t.name)]
    return containing[0] if len(containing) == 1 else None


_VIS = re.compile(r"(?<!\S)!(shared|confidential|private)\b", re.IGNORECASE)
_DUE = re.compile(r"\s+(?:by|due|before)\s+(.+?)\s*$", re.IGNORECASE)


_TAG_START = re.compile(r"(?<!\S)#")
_QUOTED = re.compile(r'"([^"]*)"|“([^”]*)”')


@dataclass(frozen=True, slots=True)
class _Tag:
    written: str  # as typed, without the #
    topic: Named | None  # the topic it names, if any
    new_name: str  # otherwise the name of the topic to add


def _take_tags(text: str, topics: Sequence[Named]) -> tuple[str, list[_Tag]]:
    """The text without its #tags, and what each tag names (see the module docstring)."""
    tags: list[_Tag] = []
    out: list[str] = []
    position = 0
    for found in _TAG_START.finditer(text):
        if found.start() < position:
            continue  # a # inside a tag already read
        tag, end = _read_tag(text, found.end(), topics)
        if tag is None:
            continue  # a lone "#" stays in the text
        before = text[position : found.start()]
        if text[end : end + 1] == " " and (not before or before.endswith(" ")):
            end += 1  # one space goes with the tag
        out.append(before)
        tags.append(tag)
        position = end
    out.append(text[position:])
    return "".join(out).strip(), tags


def _read_tag(text: str, start: int, topics: Sequence[Named]) -> tuple[_Tag | None, int]:
    """The tag that starts at ``start`` (just after the #) and where it ends."""
    quoted = _QUOTED.match(text, start)
    if quoted:
        name = (quoted[1] if quoted[1] is not None else quoted[2]).strip()
        if not name:
            return None, start
        exact = [t for t in topics if _slug(t.name) == _slug(name)]
        return _Tag(name, exact[0] if exact else None, name), quoted.end()
    # The words after #, up to another tag, a !visibility or the colon that ends a line's head.
    words: list[tuple[str, int]] = []  # (word, where it ends)
    for word in re.finditer(r"[^\s]+", text[start:]):
        if word.start() > 0 and not words:
            break  # "# " is not a tag
        token = word[0]
        if words and token[0] in "#!":
            break
        cut = token.find(":")
        if cut >= 0:
            token = token[:cut]
        if token:
            words.append((token, start + word.start() + len(token)))
        if cut >= 0 or len(words) == TAG_WORDS:
            break
    if not words:
        return None, start
    # The longest run of words that is a topic's whole name, then one word as before.
    for count in range(len(words), 1, -1):
        phrase = " ".join(w for w, _ in words[:count])
        exact = [t for t in topics if _slug(t.name) == _slug(phrase)]
        if exact:
            return _Tag(phrase, exact[0], phrase), words[count - 1][1]
    first = words[0][0].rstrip(".,;")
    end = words[0][1] - (len(words[0][0]) - len(first))
    topic = match_topic(first, topics)
    return _Tag(first, topic, first.replace("-", " ").replace("_", " ")), end


def _scenario(words: str) -> tuple[str, str] | None:
    """The scenario ``words`` start with, and the words after it."""
    folded = _fold(words)
    for phrase, scenario in SCENARIO_WORDS:
        if folded == phrase or folded.startswith((phrase + " ", phrase + ",")):
            return scenario, words[len(phrase) :].lstrip(" ,")
    return None


def parse(
    line: str, partners: Sequence[Named], topics: Sequence[Named], today: date
) -> Capture | NotUnderstood:
    """Understand one quick-capture line (see the module docstring for what it accepts)."""
    text = line.strip()
    if not text:
        return NotUnderstood("Type a line such as “Acme red line: no exclusivity #exclusivity”.")
    notes: list[str] = []
    extra: dict[str, object] = {}
    visibility = _VIS.search(text)
    if visibility:
        extra["visibility"] = visibility[1].lower()
        text = _VIS.sub("", text).strip()
    text, tags = _take_tags(text, topics)
    new_topic: str | None = None
    written = tags[0].written if tags else ""
    if tags:
        if tags[0].topic is not None:
            extra["topic_id"] = tags[0].topic.id
        else:
            new_topic = tags[0].new_name
            notes.append(
                f"“{new_topic}” is not a topic yet; it will be added. "
                '(A new topic of several words: #"two words".)'
            )
        if len(tags) > 1:
            notes.append("Only the first #tag files an item; the others were left out.")
    if ":" not in text:
        return NotUnderstood(
            "Put a colon after what the line is, e.g. “Acme red line: …” or “value: …”."
        )
    head, body = (part.strip() for part in text.split(":", 1))
    if not body:
        return NotUnderstood("There is nothing after the colon to capture.")
    folded_head = _fold(head)
    first_word = folded_head.split(" ", 1)[0] if folded_head else ""

    if first_word in ITEM_WORDS:
        table = ITEM_WORDS[first_word]
        rest = head[len(first_word) :].strip()
        partner = match_partner(rest, partners) if rest else None
        if table == "impact":
            # "impact without: …", "impact without Acme: …", or text starting "Without …".
            said = _scenario(rest) if partner is None or partner[1] else None
            if said is not None:
                extra["scenario"] = said[0]
                rest = said[1]
                partner = match_partner(rest, partners) if rest else None
            else:
                from_text = _scenario(body)
                scenario = from_text[0] if from_text else "with_partnership"
                extra["scenario"] = scenario
        if rest and (partner is None or partner[1]):
            return NotUnderstood(f"“{rest}” is not one of the partners.")
        made = _item(table, body, partner[0] if partner else None, extra, new_topic, notes, today)
        return replace(made, tag=written) if isinstance(made, Capture) else made

    for phrase, kind in KIND_PHRASES:
        if folded_head.endswith(phrase):
            who = head[: len(head) - len(phrase)].strip()
            if not who:
                return NotUnderstood("Say whose position it is, e.g. “Acme red line: …”.")
            found = match_partner(who, partners)
            if found is None or found[1]:
                return NotUnderstood(f"“{who}” is not one of the partners.")
            fields: dict[str, object] = {
                "partner_id": found[0].id,
                "kind": kind,
                "statement": body,
                **extra,
            }
            return Capture("position", fields, new_topic, tuple(notes), written)
    return NotUnderstood(
        f"“{head}” is not something quick capture knows. Start with a partner and red line, "
        f"bottom line, preference or open; or with {_either(list(ITEM_WORDS))}."
    )


def _item(
    table: str,
    body: str,
    partner: Named | None,
    extra: dict[str, object],
    new_topic: str | None,
    notes: list[str],
    today: date,
) -> Capture | NotUnderstood:
    fields: dict[str, object] = {}
    kind = kinds.of(table)
    columns = kind.columns
    dated = next((spec.name for spec in kind.fields if spec.type == "date"), None)
    if dated is not None:  # an action's due date, a risk's review date: "… by 3 March"
        due = _DUE.search(body)
        if due:
            when = parse_date(due[1], today)
            if when is not None:
                fields[dated] = when.isoformat()
                body = body[: due.start()].strip()
            else:
                notes.append(f"“{due[1]}” was not read as a date; it stays in the text.")
    fields[kind.main] = body
    if partner is not None:
        if "partner_id" not in columns:
            notes.append(
                f"{kind.plural.capitalize()} are not filed under a partner; "
                f"{partner.name} was ignored."
            )
        else:
            fields["partner_id"] = partner.id
    elif "partner_id" in columns and not kind.field("partner_id").nullable:
        return NotUnderstood(f"Say whose {kind.noun} it is, e.g. “{kind.capture} Acme: …”.")
    topic_id = extra.pop("topic_id", None)
    if topic_id is not None or new_topic is not None:
        if "topic_id" in columns:
            if topic_id is not None:
                fields["topic_id"] = topic_id
        else:
            notes.append(
                "Only positions and disagreements are filed under a topic; the tag was ignored."
            )
            new_topic = None
    fields.update(extra)
    if kind.has_visibility:
        fields.setdefault("visibility", kind.field("visibility").default)
    return Capture(table, fields, new_topic, tuple(notes))


def _either(words: list[str]) -> str:
    return ", ".join(words[:-1]) + f" or {words[-1]}" if len(words) > 1 else "".join(words)


def completions(text: str, partners: Sequence[Named], topics: Sequence[Named]) -> list[str]:
    """Whole-line completions for ``text``: partner names and kinds at the start, topics after #."""
    tag = re.search(r"(?<!\S)#([^\s#!:]*)$", text)
    if tag:
        stem = text[: tag.start()]
        wanted = _slug(tag[1])
        return [f"{stem}#{_tag_of(t.name)}" for t in topics if _slug(t.name).startswith(wanted)]
    if ":" in text:
        return []
    folded = _fold(text)
    found: list[str] = []
    words = [*ITEM_WORDS, *(f"action {p.name}" for p in partners)]
    for word in words:
        if _fold(word).startswith(folded):
            found.append(f"{word}: ")
    for partner in partners:
        name = partner.name
        if _fold(name).startswith(folded) or folded.startswith(_fold(name)):
            for phrase in ("red line", "bottom line", "preference", "open"):
                candidate = f"{name} {phrase}: "
                if _fold(candidate).startswith(folded):
                    found.append(candidate)
    return found


def _tag_of(name: str) -> str:
    return re.sub(r"[^0-9A-Za-z\u00C0-\uFFFF]+", "-", name.strip().lower()).strip("-")
