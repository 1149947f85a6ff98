"""The domain model of a workshop document, as typed SQLAlchemy 2.x ORM classes.

Every table has an integer ``id`` and ``created_at``/``updated_at`` timestamps (ISO 8601, UTC), so
the operation journal (``workshop.journal``) can record, undo and redo any change generically.
Dates a user enters (meeting dates, due dates) are ISO ``YYYY-MM-DD`` text, readable with plain
``sqlite3``. The schema is documented in ``docs/file-format.md``.
"""

from __future__ import annotations

from enum import StrEnum

from sqlalchemy import (
    CheckConstraint,
    Float,
    ForeignKey,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


class Visibility(StrEnum):
    """Who may see a captured item (the audience rules live in ``workshop.audience``)."""

    SHARED = "shared"
    CONFIDENTIAL = "confidential"
    PRIVATE = "private"


class CollaborationModel(StrEnum):
    PRIME_SUB = "prime_sub"
    CONSORTIUM = "consortium"
    JOINT_VENTURE = "joint_venture"
    ALLIANCE_CONTRACT = "alliance_contract"
    LEAD_PARTNER = "lead_partner"
    INFORMAL_NETWORK = "informal_network"


class WorkshopStatus(StrEnum):
    PLANNING = "planning"
    IN_PROGRESS = "in_progress"
    COMPLETE = "complete"


class SizeBand(StrEnum):
    """Size by annual income, in the bands the sector uses."""

    MICRO = "micro"  # under £10k
    SMALL = "small"  # £10k–£100k
    MEDIUM = "medium"  # £100k–£1m
    LARGE = "large"  # £1m–£10m
    MAJOR = "major"  # over £10m


class Reach(StrEnum):
    NATIONAL = "national"
    REGIONAL = "regional"
    LOCAL = "local"


class PartnerRole(StrEnum):
    LEAD = "lead"
    PRIME = "prime"
    SUB = "sub"
    EQUAL = "equal"
    COORDINATING_AGENT = "coordinating_agent"


class PositionKind(StrEnum):
    RED_LINE = "red_line"
    BOTTOM_LINE = "bottom_line"
    PREFERENCE = "preference"
    OPEN = "open"


class LineOwner(StrEnum):
    REP = "rep"
    CEO = "ceo"
    BOARD = "board"


class ValueStatus(StrEnum):
    PROPOSED = "proposed"
    AGREED = "agreed"
    DROPPED = "dropped"


class Severity(StrEnum):
    LOW = "low"
    MEDIUM = "medium"
    HIGH = "high"


class DisagreementStatus(StrEnum):
    OPEN = "open"
    IN_DISCUSSION = "in_discussion"
    PARKED = "parked"
    RESOLVED = "resolved"
    ESCALATED = "escalated"


class RouteStep(StrEnum):
    """The agreed resolution route, in order of escalation."""

    LEADS_TALK = "leads_talk"
    CEOS_MEET = "ceos_meet"
    MEDIATOR = "mediator"
    EXIT = "exit"


class ClauseSection(StrEnum):
    PURPOSE = "purpose"
    ROLES = "roles"
    DECISION_MAKING = "decision_making"
    COMMUNICATION = "communication"
    NAMED_CONTACTS = "named_contacts"
    MONEY = "money"
    DATA = "data"
    BRANDING = "branding"
    CONFLICT_RESOLUTION = "conflict_resolution"
    REVIEW = "review"
    EXIT = "exit"


class ClauseStatus(StrEnum):
    DRAFT = "draft"
    AGREED = "agreed"


class CommitmentAnswerKind(StrEnum):
    COMMITTED = "committed"
    NOT_COMMITTED = "not_committed"
    NOT_APPLICABLE = "not_applicable"


class ImpactArea(StrEnum):
    COMMUNITIES = "communities"
    BENEFICIARIES = "beneficiaries"
    LOCAL_SECTOR = "local_sector"


class ImpactScenario(StrEnum):
    WITH_PARTNERSHIP = "with_partnership"
    WITHOUT_PARTNERSHIP = "without_partnership"


class ActionStatus(StrEnum):
    OPEN = "open"
    IN_PROGRESS = "in_progress"
    DONE = "done"
    DROPPED = "dropped"


class AttendanceStatus(StrEnum):
    ATTENDED = "attended"
    APOLOGIES = "apologies"
    INVITED = "invited"


def _check(column: str, enum: type[StrEnum]) -> CheckConstraint:
    values = ", ".join(f"'{member.value}'" for member in enum)
    return CheckConstraint(f"{column} IN ({values})", name=f"ck_{column}")


_VISIBILITY_CHECK = f"visibility IN ({', '.join(repr(v.value) for v in Visibility)})"


class Base(DeclarativeBase):
    pass


class _Item:
    """Columns every row has: a surrogate id and its timestamps."""

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    created_at: Mapped[str] = mapped_column(String(32), default="")
    updated_at: Mapped[str] = mapped_column(String(32), default="")


class Workshop(_Item, Base):
    """The document itself: exactly one row."""

    __tablename__ = "workshop"
    title: Mapped[str] = mapped_column(Text, default="")
    purpose: Mapped[str] = mapped_column(Text, default="")
    context: Mapped[str] = mapped_column(Text, default="")
    collaboration_model: Mapped[str] = mapped_column(String(32), default="consortium")
    facilitator: Mapped[str] = mapped_column(Text, default="")
    start_date: Mapped[str] = mapped_column(String(10), default="")
    end_date: Mapped[str] = mapped_column(String(10), default="")
    status: Mapped[str] = mapped_column(String(16), default="planning")
    language: Mapped[str] = mapped_column(String(16), default="en-GB")
    __table_args__ = (
        _check("collaboration_model", CollaborationModel),
        _check("status", WorkshopStatus),
    )


class Partner(_Item, Base):
    __tablename__ = "partner"
    name: Mapped[str] = mapped_column(Text)
    short_name: Mapped[str] = mapped_column(Text, default="")
    size_band: Mapped[str] = mapped_column(String(16), default="medium")
    reach: Mapped[str] = mapped_column(String(16), default="local")
    role: Mapped[str] = mapped_column(String(24), default="equal")
    colour: Mapped[str] = mapped_column(String(7), default="#4c72b0")
    sort_order: Mapped[int] = mapped_column(Integer, default=0)
    __table_args__ = (
        _check("size_band", SizeBand),
        _check("reach", Reach),
        _check("role", PartnerRole),
        CheckConstraint("name <> ''", name="ck_partner_name"),
    )


class Person(_Item, Base):
    __tablename__ = "person"
    partner_id: Mapped[int | None] = mapped_column(
        ForeignKey("partner.id", ondelete="CASCADE"), index=True
    )
    name: Mapped[str] = mapped_column(Text)
    role: Mapped[str] = mapped_column(Text, default="")
    email: Mapped[str] = mapped_column(Text, default="")
    phone: Mapped[str] = mapped_column(Text, default="")
    is_named_contact: Mapped[int] = mapped_column(Integer, default=0)
    visibility: Mapped[str] = mapped_column(String(16), default="shared")
    sort_order: Mapped[int] = mapped_column(Integer, default=0)
    __table_args__ = (CheckConstraint(_VISIBILITY_CHECK, name="ck_visibility"),)


class Topic(_Item, Base):
    __tablename__ = "topic"
    name: Mapped[str] = mapped_column(Text)
    description: Mapped[str] = mapped_column(Text, default="")
    visibility: Mapped[str] = mapped_column(String(16), default="shared")
    sort_order: Mapped[int] = mapped_column(Integer, default=0)
    __table_args__ = (CheckConstraint(_VISIBILITY_CHECK, name="ck_visibility"),)


class Position(_Item, Base):
    __tablename__ = "position"
    partner_id: Mapped[int] = mapped_column(
        ForeignKey("partner.id", ondelete="CASCADE"), index=True
    )
    topic_id: Mapped[int | None] = mapped_column(
        ForeignKey("topic.id", ondelete="SET NULL"), index=True
    )
    kind: Mapped[str] = mapped_column(String(16), default="open")
    statement: Mapped[str] = mapped_column(Text, default="")
    reasoning: Mapped[str] = mapped_column(Text, default="")
    owner: Mapped[str] = mapped_column(String(8), default="rep")
    needs_decision: Mapped[int] = mapped_column(Integer, default=0)
    range_min: Mapped[float | None] = mapped_column(Float)
    range_max: Mapped[float | None] = mapped_column(Float)
    range_unit: Mapped[str] = mapped_column(String(16), default="")
    visibility: Mapped[str] = mapped_column(String(16), default="shared")
    sort_order: Mapped[int] = mapped_column(Integer, default=0)
    __table_args__ = (
        _check("kind", PositionKind),
        _check("owner", LineOwner),
        CheckConstraint(_VISIBILITY_CHECK, name="ck_visibility"),
    )


class Value(_Item, Base):
    __tablename__ = "value"
    name: Mapped[str] = mapped_column(Text)
    description: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[str] = mapped_column(String(16), default="proposed")
    visibility: Mapped[str] = mapped_column(String(16), default="shared")
    sort_order: Mapped[int] = mapped_column(Integer, default=0)
    __table_args__ = (
        _check("status", ValueStatus),
        CheckConstraint(_VISIBILITY_CHECK, name="ck_visibility"),
    )


class Alignment(_Item, Base):
    """How aligned one partner is with one value: 1 (not at all) to 5 (fully)."""

    __tablename__ = "alignment"
    value_id: Mapped[int] = mapped_column(ForeignKey("value.id", ondelete="CASCADE"), index=True)
    partner_id: Mapped[int] = mapped_column(
        ForeignKey("partner.id", ondelete="CASCADE"), index=True
    )
    rating: Mapped[int | None] = mapped_column(Integer)
    note: Mapped[str] = mapped_column(Text, default="")
    visibility: Mapped[str] = mapped_column(String(16), default="shared")
    __table_args__ = (
        UniqueConstraint("value_id", "partner_id", name="uq_alignment"),
        CheckConstraint("rating IS NULL OR rating BETWEEN 1 AND 5", name="ck_rating"),
        CheckConstraint(_VISIBILITY_CHECK, name="ck_visibility"),
    )


class Disagreement(_Item, Base):
    __tablename__ = "disagreement"
    title: Mapped[str] = mapped_column(Text)
    description: Mapped[str] = mapped_column(Text, default="")
    topic_id: Mapped[int | None] = mapped_column(
        ForeignKey("topic.id", ondelete="SET NULL"), index=True
    )
    severity: Mapped[str] = mapped_column(String(8), default="medium")
    status: Mapped[str] = mapped_column(String(16), default="open")
    route_step: Mapped[str] = mapped_column(String(16), default="leads_talk")
    owner: Mapped[str] = mapped_column(Text, default="")
    review_date: Mapped[str] = mapped_column(String(10), default="")
    outcome: Mapped[str] = mapped_column(Text, default="")
    visibility: Mapped[str] = mapped_column(String(16), default="shared")
    sort_order: Mapped[int] = mapped_column(Integer, default=0)
    __table_args__ = (
        _check("severity", Severity),
        _check("status", DisagreementStatus),
        _check("route_step", RouteStep),
        CheckConstraint(_VISIBILITY_CHECK, name="ck_visibility"),
    )


class DisagreementParty(_Item, Base):
    """A partner involved in a disagreement, with its view. Seen with its disagreement."""

    __tablename__ = "disagreement_party"
    disagreement_id: Mapped[int] = mapped_column(
        ForeignKey("disagreement.id", ondelete="CASCADE"), index=True
    )
    partner_id: Mapped[int] = mapped_column(
        ForeignKey("partner.id", ondelete="CASCADE"), index=True
    )
    view: Mapped[str] = mapped_column(Text, default="")
    __table_args__ = (UniqueConstraint("disagreement_id", "partner_id", name="uq_party"),)


class Clause(_Item, Base):
    __tablename__ = "clause"
    section: Mapped[str] = mapped_column(String(24), default="purpose")
    text: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[str] = mapped_column(String(8), default="draft")
    partner_id: Mapped[int | None] = mapped_column(
        ForeignKey("partner.id", ondelete="SET NULL"), index=True
    )
    visibility: Mapped[str] = mapped_column(String(16), default="shared")
    sort_order: Mapped[int] = mapped_column(Integer, default=0)
    __table_args__ = (
        _check("section", ClauseSection),
        _check("status", ClauseStatus),
        CheckConstraint(_VISIBILITY_CHECK, name="ck_visibility"),
    )


class Commitment(_Item, Base):
    """A fair-practice checklist item."""

    __tablename__ = "commitment"
    text: Mapped[str] = mapped_column(Text)
    guidance: Mapped[str] = mapped_column(Text, default="")
    visibility: Mapped[str] = mapped_column(String(16), default="shared")
    sort_order: Mapped[int] = mapped_column(Integer, default=0)
    __table_args__ = (CheckConstraint(_VISIBILITY_CHECK, name="ck_visibility"),)


class CommitmentAnswer(_Item, Base):
    __tablename__ = "commitment_answer"
    commitment_id: Mapped[int] = mapped_column(
        ForeignKey("commitment.id", ondelete="CASCADE"), index=True
    )
    partner_id: Mapped[int] = mapped_column(
        ForeignKey("partner.id", ondelete="CASCADE"), index=True
    )
    answer: Mapped[str] = mapped_column(String(16), default="committed")
    note: Mapped[str] = mapped_column(Text, default="")
    visibility: Mapped[str] = mapped_column(String(16), default="shared")
    __table_args__ = (
        UniqueConstraint("commitment_id", "partner_id", name="uq_commitment_answer"),
        _check("answer", CommitmentAnswerKind),
        CheckConstraint(_VISIBILITY_CHECK, name="ck_visibility"),
    )


class Impact(_Item, Base):
    __tablename__ = "impact"
    description: Mapped[str] = mapped_column(Text)
    area: Mapped[str] = mapped_column(String(16), default="communities")
    scenario: Mapped[str] = mapped_column(String(24), default="with_partnership")
    partner_id: Mapped[int | None] = mapped_column(
        ForeignKey("partner.id", ondelete="SET NULL"), index=True
    )
    visibility: Mapped[str] = mapped_column(String(16), default="shared")
    sort_order: Mapped[int] = mapped_column(Integer, default=0)
    __table_args__ = (
        _check("area", ImpactArea),
        _check("scenario", ImpactScenario),
        CheckConstraint(_VISIBILITY_CHECK, name="ck_visibility"),
    )


class Meeting(_Item, Base):
    __tablename__ = "meeting"
    title: Mapped[str] = mapped_column(Text)
    date: Mapped[str] = mapped_column(String(10), default="")
    location: Mapped[str] = mapped_column(Text, default="")
    visibility: Mapped[str] = mapped_column(String(16), default="shared")
    sort_order: Mapped[int] = mapped_column(Integer, default=0)
    __table_args__ = (CheckConstraint(_VISIBILITY_CHECK, name="ck_visibility"),)


class Attendance(_Item, Base):
    __tablename__ = "attendance"
    meeting_id: Mapped[int] = mapped_column(
        ForeignKey("meeting.id", ondelete="CASCADE"), index=True
    )
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"), index=True)
    status: Mapped[str] = mapped_column(String(16), default="attended")
    __table_args__ = (
        UniqueConstraint("meeting_id", "person_id", name="uq_attendance"),
        _check("status", AttendanceStatus),
    )


class AgendaItem(_Item, Base):
    __tablename__ = "agenda_item"
    meeting_id: Mapped[int] = mapped_column(
        ForeignKey("meeting.id", ondelete="CASCADE"), index=True
    )
    title: Mapped[str] = mapped_column(Text)
    planned_minutes: Mapped[int] = mapped_column(Integer, default=15)
    notes: Mapped[str] = mapped_column(Text, default="")
    visibility: Mapped[str] = mapped_column(String(16), default="shared")
    sort_order: Mapped[int] = mapped_column(Integer, default=0)
    __table_args__ = (
        CheckConstraint("planned_minutes >= 0", name="ck_planned_minutes"),
        CheckConstraint(_VISIBILITY_CHECK, name="ck_visibility"),
    )


class Action(_Item, Base):
    __tablename__ = "action"
    text: Mapped[str] = mapped_column(Text)
    partner_id: Mapped[int | None] = mapped_column(
        ForeignKey("partner.id", ondelete="SET NULL"), index=True
    )
    person_id: Mapped[int | None] = mapped_column(
        ForeignKey("person.id", ondelete="SET NULL"), index=True
    )
    meeting_id: Mapped[int | None] = mapped_column(
        ForeignKey("meeting.id", ondelete="SET NULL"), index=True
    )
    due_date: Mapped[str] = mapped_column(String(10), default="")
    status: Mapped[str] = mapped_column(String(16), default="open")
    visibility: Mapped[str] = mapped_column(String(16), default="shared")
    sort_order: Mapped[int] = mapped_column(Integer, default=0)
    __table_args__ = (
        _check("status", ActionStatus),
        CheckConstraint(_VISIBILITY_CHECK, name="ck_visibility"),
    )


class Note(_Item, Base):
    """The facilitator's own note; private unless the broker chooses otherwise."""

    __tablename__ = "note"
    text: Mapped[str] = mapped_column(Text)
    partner_id: Mapped[int | None] = mapped_column(
        ForeignKey("partner.id", ondelete="SET NULL"), index=True
    )
    visibility: Mapped[str] = mapped_column(String(16), default="private")
    sort_order: Mapped[int] = mapped_column(Integer, default=0)
    __table_args__ = (CheckConstraint(_VISIBILITY_CHECK, name="ck_visibility"),)


#: Every table, parents before children: the order rows are created, exported and imported in.
TABLES_IN_ORDER: tuple[str, ...] = (
    "workshop",
    "partner",
    "person",
    "topic",
    "position",
    "value",
    "alignment",
    "disagreement",
    "disagreement_party",
    "clause",
    "commitment",
    "commitment_answer",
    "impact",
    "meeting",
    "attendance",
    "agenda_item",
    "action",
    "note",
)

#: Tables whose rows carry a ``visibility``.
VISIBLE_TABLES: frozenset[str] = frozenset(
    name for name, table in Base.metadata.tables.items() if "visibility" in table.c
)
