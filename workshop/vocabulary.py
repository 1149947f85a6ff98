"""The one vocabulary: every stored choice's label, short label, order, symbol and colours, and the
audience markings, declared once. The app translates these words; the exports print them.

A *list* (``position_kind``, ``visibility``…) is an ordered set of *terms*. A term's ``value`` is
what the file stores; ``label`` is what a person reads everywhere (screen, projector, paper);
``short`` is for tight places (a grid cell, a column); ``symbol`` tells terms apart without colour
(projectors wash colours out); ``ink`` is its text colour on white and ``fill`` a pale background,
chosen for a contrast of at least 4.5:1 between ink and white and between ink and fill.

Strings are in UK English. They are marked with :func:`N_` so the translation tools find them; the
app looks them up under the context ``"vocabulary"``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from enum import StrEnum

#: Translates a sentence of the vocabulary into the reader's language (``same``: UK English).
Translate = Callable[[str], str]


def same(text: str) -> str:
    return text


def N_(text: str) -> str:
    """Mark ``text`` for translation without translating it here (the core has no Qt)."""
    return text


@dataclass(frozen=True, slots=True)
class Term:
    value: str
    label: str
    short: str = ""
    symbol: str = ""
    ink: str = ""
    fill: str = ""
    since: int = 1  # the schema version whose files may hold it

    @property
    def short_label(self) -> str:
        return self.short or self.label


@dataclass(frozen=True, slots=True)
class Terms:
    """An ordered list of terms, e.g. the kinds of position from strongest to weakest."""

    name: str
    terms: tuple[Term, ...]

    def __iter__(self) -> Iterator[Term]:
        return iter(self.terms)

    def __len__(self) -> int:
        return len(self.terms)

    def __contains__(self, value: object) -> bool:
        return any(term.value == value for term in self.terms)

    @property
    def values(self) -> tuple[str, ...]:
        return tuple(term.value for term in self.terms)

    def term(self, value: str) -> Term | None:
        return next((term for term in self.terms if term.value == value), None)

    def label(self, value: str | None) -> str:
        """The label of ``value``; an unknown value reads as itself, tidied."""
        if value is None:
            return ""
        found = self.term(value)
        return found.label if found is not None else value.replace("_", " ").capitalize()

    def short(self, value: str | None) -> str:
        if value is None:
            return ""
        found = self.term(value)
        return found.short_label if found is not None else self.label(value)

    def order(self, value: str) -> int:
        """The position of ``value`` in the list (unknown values last)."""
        for index, term in enumerate(self.terms):
            if term.value == value:
                return index
        return len(self.terms)


def _terms(name: str, *terms: Term) -> Terms:
    return Terms(name, terms)


# --- colours (ink on white ≥ 4.5:1; ink on its fill ≥ 4.5:1) -------------------------------------

RED, RED_FILL = "#b42318", "#fdeceb"
AMBER, AMBER_FILL = "#a44406", "#fef4e6"
BLUE, BLUE_FILL = "#2558a8", "#eaf1fb"
GREEN, GREEN_FILL = "#1d7a46", "#e7f5ec"
GREY, GREY_FILL = "#5f6b7a", "#f1f3f5"

# --- the lists ------------------------------------------------------------------------------------

VISIBILITY = _terms(
    "visibility",
    Term("shared", N_("Shared"), symbol="◯", ink=GREEN, fill=GREEN_FILL),
    Term("confidential", N_("Confidential"), symbol="◐", ink=AMBER, fill=AMBER_FILL),
    Term("private", N_("Private"), symbol="●", ink=RED, fill=RED_FILL),
)

POSITION_KIND = _terms(
    "position_kind",
    Term("red_line", N_("Red line"), symbol="✖", ink=RED, fill=RED_FILL),
    Term("bottom_line", N_("Bottom line"), symbol="▼", ink=AMBER, fill=AMBER_FILL),
    Term("preference", N_("Preference"), symbol="◆", ink=BLUE, fill=BLUE_FILL),
    Term("open", N_("Open"), symbol="○", ink=GREEN, fill=GREEN_FILL),
)

LINE_OWNER = _terms(
    "line_owner",
    Term("rep", N_("Rep in the room"), short=N_("Rep")),
    Term("ceo", N_("CEO")),
    Term("board", N_("Board")),
)

COLLABORATION_MODEL = _terms(
    "collaboration_model",
    Term("prime_sub", N_("Prime and subcontractors")),
    Term("consortium", N_("Consortium")),
    Term("joint_venture", N_("Joint venture")),
    Term("alliance_contract", N_("Alliance contract")),
    Term("lead_partner", N_("Lead partner")),
    Term("informal_network", N_("Informal network")),
)

WORKSHOP_STATUS = _terms(
    "workshop_status",
    Term("planning", N_("Planning")),
    Term("in_progress", N_("In progress")),
    Term("complete", N_("Complete")),
)

SIZE_BAND = _terms(
    "size_band",
    Term("micro", N_("Micro (under £10k)"), short=N_("Micro")),
    Term("small", N_("Small (£10k–£100k)"), short=N_("Small")),
    Term("medium", N_("Medium (£100k–£1m)"), short=N_("Medium")),
    Term("large", N_("Large (£1m–£10m)"), short=N_("Large")),
    Term("major", N_("Major (over £10m)"), short=N_("Major")),
)

REACH = _terms(
    "reach",
    Term("national", N_("National")),
    Term("regional", N_("Regional")),
    Term("local", N_("Local")),
)

PARTNER_ROLE = _terms(
    "partner_role",
    Term("lead", N_("Lead")),
    Term("prime", N_("Prime")),
    Term("sub", N_("Subcontractor"), short=N_("Sub")),
    Term("equal", N_("Equal partner"), short=N_("Equal")),
    Term("coordinating_agent", N_("Coordinating agent"), short=N_("Coordinator")),
)

VALUE_STATUS = _terms(
    "value_status",
    Term("proposed", N_("Proposed"), ink=GREY, fill=GREY_FILL),
    Term("agreed", N_("Agreed"), ink=GREEN, fill=GREEN_FILL),
    Term("dropped", N_("Dropped"), ink=GREY, fill=GREY_FILL),
)

SEVERITY = _terms(
    "severity",
    Term("low", N_("Low"), ink=GREEN, fill=GREEN_FILL),
    Term("medium", N_("Medium"), ink=AMBER, fill=AMBER_FILL),
    Term("high", N_("High"), ink=RED, fill=RED_FILL),
)

DISAGREEMENT_STATUS = _terms(
    "disagreement_status",
    Term("open", N_("Open")),
    Term("in_discussion", N_("In discussion")),
    Term("parked", N_("Parked")),
    Term("resolved", N_("Resolved"), ink=GREEN, fill=GREEN_FILL),
    Term("escalated", N_("Escalated"), ink=RED, fill=RED_FILL),
)

ROUTE_STEP = _terms(
    "route_step",
    Term("leads_talk", N_("Leads talk")),
    Term("ceos_meet", N_("CEOs meet")),
    Term("mediator", N_("Independent mediator"), short=N_("Mediator")),
    Term("exit", N_("Exit")),
)

CLAUSE_SECTION = _terms(
    "clause_section",
    Term("purpose", N_("Purpose")),
    Term("roles", N_("Roles")),
    Term("decision_making", N_("Decision-making")),
    Term("communication", N_("Communication cadence"), short=N_("Communication")),
    Term("named_contacts", N_("Named contacts")),
    Term("money", N_("Money and fair pricing"), short=N_("Money")),
    Term("data", N_("Data")),
    Term("branding", N_("Branding and intellectual property"), short=N_("Branding")),
    Term("conflict_resolution", N_("Conflict resolution")),
    Term("review", N_("Review")),
    Term("exit", N_("Exit and change"), short=N_("Exit")),
    Term("term", N_("Term and conditions"), short=N_("Term"), since=3),
    Term("duties", N_("Duties: safeguarding, equality, language"), short=N_("Duties"), since=3),
)

CLAUSE_STATUS = _terms(
    "clause_status",
    Term("draft", N_("Draft"), ink=AMBER, fill=AMBER_FILL),
    Term("agreed", N_("Agreed"), ink=GREEN, fill=GREEN_FILL),
)

COMMITMENT_ANSWER = _terms(
    "commitment_answer",
    Term("committed", N_("Committed"), short=N_("Yes"), symbol="✔", ink=GREEN, fill=GREEN_FILL),
    Term("not_committed", N_("Not committed"), short=N_("No"), symbol="✘", ink=RED, fill=RED_FILL),
    Term("not_applicable", N_("Not applicable"), short=N_("n/a"), symbol="–", ink=GREY),
)

IMPACT_AREA = _terms(
    "impact_area",
    Term("communities", N_("Communities")),
    Term("beneficiaries", N_("Beneficiaries")),
    Term("local_sector", N_("Local sector")),
)

IMPACT_SCENARIO = _terms(
    "impact_scenario",
    Term("with_partnership", N_("With the partnership"), short=N_("With it")),
    Term("without_partnership", N_("Without the partnership"), short=N_("Without it")),
)

ACTION_STATUS = _terms(
    "action_status",
    Term("open", N_("Open")),
    Term("in_progress", N_("In progress")),
    Term("done", N_("Done"), ink=GREEN, fill=GREEN_FILL),
    Term("dropped", N_("Dropped"), ink=GREY),
)

ATTENDANCE_STATUS = _terms(
    "attendance_status",
    Term("attended", N_("Attended")),
    Term("apologies", N_("Apologies")),
    Term("invited", N_("Invited")),
)

CONTRIBUTION_KIND = _terms(
    "contribution_kind",
    Term("money", N_("Money")),
    Term("staff", N_("Staff time")),
    Term("premises", N_("Premises")),
    Term("reach", N_("Reach into communities"), short=N_("Reach")),
    Term("expertise", N_("Expertise")),
    Term("data", N_("Data")),
    Term("reputation", N_("Reputation")),
    Term("other", N_("Other")),
)

#: Likelihood and impact of a risk, 1 (rare, minor) to 5 (almost certain, severe).
RISK_SCALE = _terms(
    "risk_scale",
    Term("1", N_("Very low")),
    Term("2", N_("Low")),
    Term("3", N_("Medium")),
    Term("4", N_("High")),
    Term("5", N_("Very high")),
)

#: How aligned a partner is with a value, 1 (not at all) to 5 (fully).
ALIGNMENT = _terms(
    "alignment",
    Term("1", N_("Not aligned"), fill="#f4c7c3"),
    Term("2", N_("Slightly aligned"), fill="#fbe3c5"),
    Term("3", N_("Partly aligned"), fill="#f3f0d7"),
    Term("4", N_("Mostly aligned"), fill="#cfe8d8"),
    Term("5", N_("Fully aligned"), fill="#9fd3b3"),
)

TERM_STANCE = _terms(
    "term_stance",
    Term("none", N_("No stance")),
    Term("requires", N_("Requires it"), short=N_("Requires")),
    Term("rules_out", N_("Rules it out"), short=N_("Rules out")),
    Term("either", N_("Either way"), short=N_("Either")),
    Term("limit", N_("Within limits"), short=N_("Limits")),
)

AUDIENCE = _terms(
    "audience",
    Term("room", N_("The room (all partners)"), short=N_("Room")),
    Term("partner", N_("One partner"), short=N_("Partner")),
    Term("broker", N_("The broker"), short=N_("Broker")),
)

ISSUE_STATUS = _terms(
    "issue_status",
    Term("draft", N_("Draft"), ink=AMBER, fill=AMBER_FILL),
    Term("final", N_("Final"), ink=GREEN, fill=GREEN_FILL),
)

#: The ingredients of a partnering agreement (workshop.coverage), in the order a reader checks them.
INGREDIENT = _terms(
    "ingredient",
    Term("purpose", N_("Purpose")),
    Term("members", N_("Members and roles")),
    Term("governance", N_("Governance and decisions")),
    Term("money", N_("Money and payment")),
    Term("risks", N_("Risks")),
    Term("data", N_("Data and information")),
    Term("brand", N_("Brand and intellectual property")),
    Term("contributions", N_("Contributions")),
    Term("conflict", N_("Conflict resolution")),
    Term("review", N_("Review")),
    Term("exit", N_("Exit and change")),
    Term("term", N_("Term and conditions")),
    Term("duties", N_("Duties: safeguarding, equality, language"), short=N_("Duties")),
    Term("sign_off", N_("Sign-off")),
)

#: How far an ingredient is in place.
COVERAGE = _terms(
    "coverage",
    Term("not_relevant", N_("Not relevant"), symbol="–", ink=GREY, fill=GREY_FILL),
    Term("not_started", N_("Not started"), symbol="✘", ink=RED, fill=RED_FILL),
    Term("partial", N_("Partly in place"), symbol="◔", ink=AMBER, fill=AMBER_FILL),
    Term("in_place", N_("In place"), symbol="✔", ink=GREEN, fill=GREEN_FILL),
)

RESPONSE_ANSWER = _terms(
    "response_answer",
    Term("agree", N_("Agree"), ink=GREEN, fill=GREEN_FILL),
    Term("amend", N_("Amend"), ink=AMBER, fill=AMBER_FILL),
    Term("question", N_("Question"), ink=BLUE, fill=BLUE_FILL),
)

DISPOSITION = _terms(
    "disposition",
    Term("open", N_("Waiting for the broker"), short=N_("Open")),
    Term("accepted", N_("Accepted"), ink=GREEN, fill=GREEN_FILL),
    Term("revised", N_("Revised"), ink=GREEN, fill=GREEN_FILL),
    Term("declined", N_("Declined"), ink=RED, fill=RED_FILL),
    Term("replied", N_("Replied"), ink=BLUE, fill=BLUE_FILL),
)

LISTS: dict[str, Terms] = {
    terms.name: terms
    for terms in (
        VISIBILITY,
        POSITION_KIND,
        LINE_OWNER,
        COLLABORATION_MODEL,
        WORKSHOP_STATUS,
        SIZE_BAND,
        REACH,
        PARTNER_ROLE,
        VALUE_STATUS,
        SEVERITY,
        DISAGREEMENT_STATUS,
        ROUTE_STEP,
        CLAUSE_SECTION,
        CLAUSE_STATUS,
        COMMITMENT_ANSWER,
        IMPACT_AREA,
        IMPACT_SCENARIO,
        ACTION_STATUS,
        ATTENDANCE_STATUS,
        CONTRIBUTION_KIND,
        RISK_SCALE,
        ALIGNMENT,
        AUDIENCE,
        ISSUE_STATUS,
        TERM_STANCE,
        INGREDIENT,
        COVERAGE,
        RESPONSE_ANSWER,
        DISPOSITION,
    )
}


def terms(name: str) -> Terms:
    return LISTS[name]


class Visibility(StrEnum):
    """Who may see a captured item (the audience rules live in ``workshop.audience``)."""

    SHARED = "shared"
    CONFIDENTIAL = "confidential"
    PRIVATE = "private"


HARD_KINDS = frozenset({"red_line", "bottom_line"})

# --- audience markings ----------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Marking:
    """What an output says about who it is for: in full (footers, metadata), in short (a running
    head), and a one-line warning for the person about to send it."""

    full: str
    short: str
    warning: str


def marking(kind: str, partner: str = "") -> Marking:
    """The audience marking; ``partner`` is the partner's full name for a partner's pack.

    The words contain ``%1`` where the partner's name goes, so a translation can move it.
    """
    if kind == "room":
        found = Marking(
            N_("Room pack: shared items only, for all partners"),
            N_("Room pack: shared items only"),
            N_("Shared items only: safe to show to every partner."),
        )
    elif kind == "broker":
        found = Marking(
            N_("Broker’s full record: includes confidential and private items"),
            N_("Broker’s full record: confidential"),
            N_("Includes confidential and private items: for the broker only."),
        )
    else:
        found = Marking(
            N_("Prepared for %1: includes items shared in confidence with %1 only"),
            N_("Prepared for %1: in confidence"),
            N_("Includes what %1 said in confidence: send it to %1 only."),
        )
    return found


def fill_in(text: str, partner: str) -> str:
    return text.replace("%1", partner)


def fill(text: str, *values: object) -> str:
    """``text`` with ``%1``, ``%2``… replaced by ``values`` (highest first, so %1 never eats
    %10)."""
    for index in range(len(values), 0, -1):
        text = text.replace(f"%{index}", str(values[index - 1]))
    return text


def compose(tr: Translate, text: str, *values: object) -> str:
    """``text`` translated by ``tr``, then filled in with ``values``. A translation into two
    languages at once (``workshop.translation.SideBySide``) makes each sentence whole in each
    language (its ``compose``)."""
    both = getattr(tr, "compose", None)
    if both is not None:
        return str(both(text, values))
    return fill(tr(text), *values)


def marking_text(
    kind: str, partner_names: Mapping[int, str], partner_id: int | None, tr: Translate = same
) -> str:
    """The full marking (in English, or through ``tr``) with the partner's name filled in."""
    name = partner_names.get(partner_id if partner_id is not None else -1, "this partner")
    return fill_in(tr(marking(kind).full), name)


# --- an item's marking: who may see it, said to the reader who may ---------------------------


def item_marking(kind: str, visibility: str, partners: list[str], tr: Translate = same) -> str:
    """What an item that is not shared says about itself to a reader of ``kind``'s output ("" for
    a shared item). ``partners`` names those it is confidential to (in full)."""
    if visibility == "shared":
        return ""
    if kind == "partner":
        return tr(N_("In confidence to you"))
    if visibility == "private":
        return tr(N_("Private"))
    if not partners:
        return tr(N_("Confidential (no partner named): broker only"))
    return fill_in(tr(N_("Confidential to %1")), ", ".join(partners))


def route_text(step: str, tr: Translate = same) -> str:
    """ "Now: step 2 of 4, CEOs meet · Next: independent mediator" (the last step has no next)."""
    order = ROUTE_STEP.order(step)
    if order >= len(ROUTE_STEP):
        return tr(ROUTE_STEP.label(step))
    now = compose(
        tr, N_("Now: step %1 of %2, %3"), order + 1, len(ROUTE_STEP), tr(ROUTE_STEP.label(step))
    )
    if order + 1 < len(ROUTE_STEP):
        following = tr(ROUTE_STEP.terms[order + 1].label)
        return f"{now} · " + compose(tr, N_("Next: %1"), following)
    return now
