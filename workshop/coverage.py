"""Coverage of the agreement: what is captured, mapped onto the ingredients of a partnering
agreement, each *not relevant* (for this collaboration model), *not started*, *partly in place* or
*in place*, with what is missing. Qt-free; computed from one audience's snapshot, so a reader is
never told of a clause, risk or contribution it may not see.

The ingredients follow partnering-agreement scorecards: who (members and roles), why (purpose),
what (contributions, risks), how (governance and decisions, money and payment, data, brand and
intellectual property, conflict resolution, review, exit and change, term and conditions, duties)
and sign-off.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from workshop.snapshot import Snapshot
from workshop.vocabulary import INGREDIENT, N_, Translate, same

NOT_RELEVANT, NOT_STARTED, PARTIAL, IN_PLACE = "not_relevant", "not_started", "partial", "in_place"


#: The ways-of-working sections that record each ingredient (the others are read elsewhere).
SECTIONS: dict[str, tuple[str, ...]] = {
    "purpose": ("purpose",),
    "members": ("roles", "named_contacts"),
    "governance": ("decision_making", "communication"),
    "money": ("money",),
    "data": ("data",),
    "brand": ("branding",),
    "conflict": ("conflict_resolution",),
    "review": ("review",),
    "exit": ("exit",),
    "term": ("term",),
    "duties": ("duties",),
}

#: Ingredients a collaboration model does not need. The seed: "collaboration does not always
#: require the exchange of money" — an informal network agrees no payments and signs no term.
NOT_NEEDED: dict[str, frozenset[str]] = {
    "informal_network": frozenset({"money", "term"}),
}


@dataclass(frozen=True, slots=True)
class Covered:
    ingredient: str  # a value of the vocabulary's "ingredient" list
    status: str  # a value of its "coverage" list
    missing: tuple[str, ...]  # what is missing, in words (empty when in place)


def coverage(snap: Snapshot, tr: Translate = same) -> tuple[Covered, ...]:
    """Every ingredient's status for ``snap``'s reader (and collaboration model)."""
    needless = NOT_NEEDED.get(snap.workshop.collaboration_model, frozenset())
    found = []
    for ingredient in INGREDIENT.values:
        if ingredient in needless:
            found.append(Covered(ingredient, NOT_RELEVANT, ()))
            continue
        check = _SPECIAL.get(ingredient, _from_clauses)
        status, missing = check(snap, ingredient, tr)
        found.append(Covered(ingredient, status, tuple(missing)))
    return tuple(found)


Check = Callable[[Snapshot, str, Translate], tuple[str, list[str]]]


def _from_clauses(snap: Snapshot, ingredient: str, tr: Translate) -> tuple[str, list[str]]:
    sections = SECTIONS[ingredient]
    clauses = [c for c in snap.clauses if c.section in sections]
    agreed = [c for c in clauses if c.status == "agreed"]
    drafts = len(clauses) - len(agreed)
    if agreed and not drafts:
        return IN_PLACE, []
    if agreed:
        return PARTIAL, [
            _count(
                tr,
                drafts,
                N_("%n draft clause not yet agreed"),
                N_("%n draft clauses not yet agreed"),
            )
        ]
    if clauses:
        return PARTIAL, [
            _count(
                tr, drafts, N_("%n draft clause, none agreed"), N_("%n draft clauses, none agreed")
            )
        ]
    return NOT_STARTED, [tr(N_("No clause yet"))]


def _members(snap: Snapshot, ingredient: str, tr: Translate) -> tuple[str, list[str]]:
    status, missing = _from_clauses(snap, ingredient, tr)
    contacts = {p.partner_id for p in snap.people if p.is_named_contact}
    without = [p.label for p in snap.partners if p.id not in contacts]
    if len(snap.partners) < 2:
        return NOT_STARTED, [tr(N_("Fewer than two partners recorded"))]
    if without:
        missing.append(tr(N_("No named contact for %1")).replace("%1", ", ".join(without)))
        status = PARTIAL if status != NOT_STARTED or len(without) < len(snap.partners) else status
    return status, missing


def _risks(snap: Snapshot, _ingredient: str, tr: Translate) -> tuple[str, list[str]]:
    if not snap.risks:
        return NOT_STARTED, [tr(N_("No risk recorded"))]
    missing = []
    unmitigated = sum(1 for r in snap.risks if not r.mitigation.strip())
    unowned = sum(1 for r in snap.risks if not r.owner.strip())
    if unmitigated:
        missing.append(
            _count(
                tr, unmitigated, N_("%n risk has no mitigation"), N_("%n risks have no mitigation")
            )
        )
    if unowned:
        missing.append(
            _count(tr, unowned, N_("%n risk has no owner"), N_("%n risks have no owner"))
        )
    return (PARTIAL if missing else IN_PLACE), missing


def _contributions(snap: Snapshot, _ingredient: str, tr: Translate) -> tuple[str, list[str]]:
    bringing = {c.partner_id for c in snap.contributions}
    without = [p.label for p in snap.partners if p.id not in bringing]
    if not bringing:
        return NOT_STARTED, [tr(N_("No contribution recorded"))]
    if without:
        return PARTIAL, [tr(N_("Nothing recorded for %1")).replace("%1", ", ".join(without))]
    return IN_PLACE, []


def _sign_off(snap: Snapshot, _ingredient: str, tr: Translate) -> tuple[str, list[str]]:
    issued = [i for i in snap.issues if i.audience == "room"]
    if any(i.status == "final" for i in issued):
        return IN_PLACE, []
    if issued:
        return PARTIAL, [tr(N_("Issued as a draft; not yet final"))]
    return NOT_STARTED, [tr(N_("The summary has not been issued to the partners"))]


_SPECIAL: dict[str, Check] = {
    "members": _members,
    "risks": _risks,
    "contributions": _contributions,
    "sign_off": _sign_off,
}


def _count(tr: Translate, n: int, one: str, many: str) -> str:
    return tr(one if n == 1 else many).replace("%n", str(n))
