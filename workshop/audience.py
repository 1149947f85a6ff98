"""Who may see what: the one place the rules live. The room view and every export use it.

* The **room** (the projector, the all-partners pack) sees shared items only.
* A **partner** sees shared items and the items confidential to it.
* The **broker** sees everything, private notes included.

An item is *confidential to* the partners named on it (see :func:`named_partners`); a confidential
item that names no partner is seen by the broker alone. An item that belongs to another (a rating
to its value, a view to its disagreement, an agenda item to its meeting) is seen only with it.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from dataclasses import dataclass
from typing import Literal

from workshop import kinds
from workshop.vocabulary import Translate, Visibility, marking_text, same

AudienceKind = Literal["room", "partner", "broker"]


@dataclass(frozen=True, slots=True)
class Audience:
    kind: AudienceKind
    partner_id: int | None = None

    @classmethod
    def room(cls) -> Audience:
        return cls("room")

    @classmethod
    def broker(cls) -> Audience:
        return cls("broker")

    @classmethod
    def partner(cls, partner_id: int) -> Audience:
        return cls("partner", partner_id)

    def __post_init__(self) -> None:
        if (self.kind == "partner") != (self.partner_id is not None):
            raise ValueError("a partner audience names exactly one partner")


def may_see(audience: Audience, visibility: str, named: Collection[int]) -> bool:
    """The rule: may ``audience`` see an item with this visibility, naming these partners?"""
    if audience.kind == "broker":
        return True
    if visibility == Visibility.SHARED:
        return True
    if visibility == Visibility.CONFIDENTIAL and audience.kind == "partner":
        return audience.partner_id in named
    return False  # private, unknown or confidential to someone else: never shown


#: Child table -> ((column, parent table), ...): a child is seen only if its parents are.
CONTAINED_IN: dict[str, tuple[tuple[str, str], ...]] = {
    kind.table: kind.parents for kind in kinds.kinds() if kind.parents
}

#: References shown alongside an item (to a kind that has a visibility of its own, and is not its
#: container); blanked if the audience may not see what they point to.
SHOWN_REFERENCES: dict[str, tuple[tuple[str, str], ...]] = {
    kind.table: refs
    for kind in kinds.kinds()
    if (
        refs := tuple(
            (spec.name, spec.ref)
            for spec in kind.references
            if kinds.of(spec.ref).has_visibility and (spec.name, spec.ref) not in kind.parents
        )
    )
}

#: Kind -> the child kind whose partners an item is confidential to ("parties": a disagreement is
#: confidential to the partners party to it).
PARTIES: dict[str, str] = {
    kind.table: child.table
    for kind in kinds.kinds()
    if kind.confidential_to == "parties"
    for child in kinds.kinds()
    if any(parent == kind.table for _, parent in child.parents)
    and any(spec.ref == "partner" for spec in child.references)
}


def named_partners(
    table: str, item_id: int, partner_id: int | None, parties: Mapping[int, frozenset[int]]
) -> frozenset[int]:
    """The partners an item is confidential to: the partner on it, or a disagreement's parties."""
    if table in PARTIES:
        return parties.get(item_id, frozenset())
    return frozenset({partner_id}) if partner_id is not None else frozenset()


def describe(audience: Audience, partner_names: Mapping[int, str], tr: Translate = same) -> str:
    """The audience marking printed on every page and shown on screen (in English, or through
    ``tr``; the words are ``workshop.vocabulary.marking``'s)."""
    return marking_text(audience.kind, partner_names, audience.partner_id, tr)
