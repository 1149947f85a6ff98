"""Every kind of item a workshop holds, declared once.

A declaration is a typed record class (the plain, frozen item that snapshots, views and exports
read) whose fields carry what each column is (type, list of choices, required, label, width, the
kind it refers to) and a :class:`Kind` that says the rest: its nouns and collection name, whom a
confidential item is confidential to, what it belongs to, how its rows are ordered, the stage that
edits it, and whether it appears in the room view, the foundations summary PDF and the sheets.

Everything else is derived from these declarations: the tables (``workshop.schema``, with
SQLAlchemy as the schema's authority), validation and the JSON interchange with its JSON Schema
(``workshop.fields``), operations and their undo labels (``workshop.ops``), the audience rules'
containment and references (``workshop.audience``), quick capture's nouns, the sheets, the room
view's tables, the list stages and the confidentiality tests' canary sweep.

To add a kind: declare it here (after the kinds it refers to), add its lists to
``workshop.vocabulary``, add a migration step that creates its table (``workshop.migrations``) and,
if it has a picture or a section of its own, its renderer. Tests fail loudly if a declaration
misses a label or a decision about the room, the PDF or the sheets.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, fields, replace
from typing import (
    Annotated,
    Any,
    ClassVar,
    Literal,
    TypeVar,
    cast,
    dataclass_transform,
    get_type_hints,
)

from workshop.vocabulary import N_

FieldType = Literal["text", "int", "float", "bool", "enum", "date", "colour", "ref", "timestamp"]


@dataclass(frozen=True, slots=True)
class Field:
    """One column of a kind. ``name`` and ``table`` are filled in when the kind is declared."""

    type: FieldType
    label: str
    nullable: bool = False
    required: bool = False  # text that must not be empty
    default: Any = ""
    choices: str = ""  # the vocabulary list of an enum field
    ref: str = ""  # the table a reference points to
    on_delete: Literal["", "CASCADE", "SET NULL"] = ""
    length: int = 0  # VARCHAR(length) in the schema; 0 is TEXT (or INTEGER/FLOAT by type)
    width: int = 0  # the column's width in the app at 100 % (0: takes the room left over)
    minimum: int | None = None
    maximum: int | None = None
    editable: bool = True
    #: Only the broker ever sees it, whatever the item's visibility (a facilitator's note on an
    #: agenda item the room may see). ``snapshot.restrict`` blanks it for everyone else.
    private: bool = False
    since: int = 1  # the schema version that added the column
    name: str = ""
    table: str = ""

    @property
    def kind(self) -> str:
        """The field type (the name ``workshop.fields`` has always used)."""
        return self.type

    @property
    def sql_type(self) -> str:
        if self.type in ("int", "bool", "ref"):
            return "INTEGER"
        if self.type == "float":
            return "FLOAT"
        return f"VARCHAR({self.length})" if self.length else "TEXT"


# --- field constructors ----------------------------------------------------------------------


def text(
    label: str,
    *,
    required: bool = False,
    length: int = 0,
    width: int = 0,
    private: bool = False,
    since: int = 1,
) -> Field:
    return Field(
        "text", label, required=required, length=length, width=width, private=private, since=since
    )


def choice(
    terms: str, label: str, default: str, *, length: int, width: int = 0, since: int = 1
) -> Field:
    return Field(
        "enum", label, default=default, choices=terms, length=length, width=width, since=since
    )


def date(label: str, *, width: int = 100) -> Field:
    return Field("date", label, length=10, width=width)


def ref(
    table: str,
    label: str,
    *,
    required: bool = False,
    cascade: bool = False,
    width: int = 120,
    editable: bool = True,
    since: int = 1,
) -> Field:
    """A reference to another kind's item. ``cascade``: deleting that item deletes this one;
    otherwise the reference is cleared."""
    return Field(
        "ref",
        label,
        nullable=not required,
        default=None,
        ref=table,
        on_delete="CASCADE" if cascade else "SET NULL",
        width=width,
        editable=editable,
        since=since,
    )


def flag(label: str, *, width: int = 110) -> Field:
    return Field("bool", label, default=False, width=width)


def number(label: str, *, width: int = 80, since: int = 1) -> Field:
    return Field("float", label, nullable=True, default=None, width=width, since=since)


def whole(
    label: str,
    *,
    default: int | None,
    minimum: int | None = None,
    maximum: int | None = None,
    width: int = 80,
) -> Field:
    return Field(
        "int",
        label,
        nullable=default is None,
        default=default,
        minimum=minimum,
        maximum=maximum,
        width=width,
    )


def colour(label: str) -> Field:
    return Field("colour", label, default="#4c72b0", length=7, width=80)


def visibility(default: str = "shared") -> Field:
    return Field(
        "enum", N_("Visibility"), default=default, choices="visibility", length=16, width=130
    )


ORDER = Field("int", N_("Order"), default=0, editable=False)
TIMESTAMP = Field("timestamp", "", length=32, editable=False)


# --- kinds -------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Kind:
    """What a kind of item is, beyond its fields."""

    table: str
    noun: str  # "position": undo labels, messages
    plural: str  # "positions"
    collection: str  # the JSON interchange's (and the snapshot's) name for the list
    title: str  # a heading: the sheet's name, the stage's or section's title
    main: str  # the field that names an item ("statement")
    room: bool  # shown in the room view (through the room audience)
    pdf: bool  # shown in the foundations summary PDF
    sheet: bool  # a sheet of its own in CSV/XLSX
    stage: str | None  # the stage that edits it (None: edited inside another's, or nowhere)
    since: int  # the schema version that added it
    confidential_to: str | None = None  # a partner column, or "parties" (see workshop.audience)
    parents: tuple[tuple[str, str], ...] = ()  # (column, table): seen only with these
    order_group: str | None = None  # rows are ordered within groups of this column
    ordered: bool = True  # has a sort_order the user controls
    # An enum field the one sequence follows: a new item goes after the last of its value (and
    # before the values that come later in the vocabulary), e.g. a clause at the end of its section.
    sequence: str | None = None
    capture: str | None = None  # the quick-capture word that creates one ("risk: …")
    #: The letters of its stable number in a review pack ("P12": position 12); "" if partners
    #: do not review it item by item.
    code: str = ""
    #: Part of what the partnership says (False for the record *about* it: issues, responses,
    #: sign-offs, kept states, turns to speak). Fingerprints and "since we met" read content.
    content: bool = True
    unique: tuple[tuple[str, ...], ...] = ()  # (value_id, partner_id): one rating per partner
    checks: tuple[tuple[str, str], ...] = ()  # extra CHECK constraints: (name, SQL)
    fields: tuple[Field, ...] = ()  # filled in from the record class
    record: Any = None  # the record class

    @property
    def has_visibility(self) -> bool:
        return any(f.name == "visibility" for f in self.fields)

    def field(self, name: str) -> Field:
        for found in self.fields:
            if found.name == name:
                return found
        raise KeyError(f"{self.table} has no field {name}")

    @property
    def columns(self) -> tuple[str, ...]:
        """The table's columns in schema order: declared fields, then id and the timestamps."""
        return (*(f.name for f in self.fields), "id", "created_at", "updated_at")

    @property
    def references(self) -> tuple[Field, ...]:
        return tuple(f for f in self.fields if f.type == "ref")


KINDS: dict[str, Kind] = {}

T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class Item:
    """Columns every item has: its id and when it was created and last changed (ISO 8601, UTC)."""

    id: int
    created_at: str
    updated_at: str

    KIND: ClassVar[Kind]


@dataclass_transform(frozen_default=True)
def kind(**info: Any) -> Callable[[type[T]], type[T]]:
    """Declare a kind: the decorated class lists its fields (``Annotated[type, Field]``)."""

    def register(cls: type[T]) -> type[T]:
        record = dataclass(frozen=True, slots=True)(cls)
        hints = get_type_hints(record, include_extras=True)
        declared: list[Field] = []
        for item_field in fields(cast(Any, record)):
            if item_field.name in ("id", "created_at", "updated_at"):
                continue
            spec = next(m for m in hints[item_field.name].__metadata__ if isinstance(m, Field))
            declared.append(_named(spec, item_field.name, info["table"]))
        declaration = Kind(**info, fields=tuple(declared), record=record)
        if declaration.table in KINDS:
            raise ValueError(f"the kind {declaration.table} is declared twice")
        for column, parent in declaration.parents:
            if parent not in KINDS or column not in declaration.columns:
                raise ValueError(f"{declaration.table}.{column}: declare {parent} first")
        record.KIND = declaration  # type: ignore[attr-defined]
        KINDS[declaration.table] = declaration
        return record

    return register


def _named(spec: Field, name: str, table: str) -> Field:
    return replace(spec, name=name, table=table)


def kinds() -> Iterator[Kind]:
    """Every kind, parents before children (the order rows are created, exported, imported)."""
    return iter(KINDS.values())


# --- the declarations ----------------------------------------------------------------------------
# Field order is column order. Kinds are declared parents first.


@kind(
    table="workshop",
    noun=N_("workshop details"),
    plural=N_("workshop details"),
    collection="workshop",
    title=N_("Workshop"),
    main="title",
    room=True,
    pdf=True,
    sheet=True,
    stage="overview",
    since=1,
    ordered=False,
)
class Workshop(Item):
    title: Annotated[str, text(N_("Title"))]
    purpose: Annotated[str, text(N_("Purpose"))]
    context: Annotated[str, text(N_("Context"))]
    collaboration_model: Annotated[
        str, choice("collaboration_model", N_("Collaboration model"), "consortium", length=32)
    ]
    facilitator: Annotated[str, text(N_("Facilitator"))]
    start_date: Annotated[str, date(N_("Start date"))]
    end_date: Annotated[str, date(N_("End date"))]
    status: Annotated[str, choice("workshop_status", N_("Status"), "planning", length=16)]
    language: Annotated[str, Field("text", N_("Language"), default="en-GB", length=16, since=2)]
    #: Which workshop this is, whatever its file is called (review workbooks name it).
    uid: Annotated[str, Field("text", N_("Identity"), length=32, editable=False, since=3)]
    #: The key that signs review workbooks so a changed identity is caught; the broker's only.
    secret: Annotated[
        str, Field("text", N_("Signing key"), length=64, editable=False, private=True, since=3)
    ]


@kind(
    table="partner",
    noun=N_("partner"),
    plural=N_("partners"),
    collection="partners",
    title=N_("Partners"),
    main="name",
    room=True,
    pdf=True,
    sheet=True,
    stage="overview",
    since=1,
    checks=(("ck_partner_name", "name <> ''"),),
)
class Partner(Item):
    name: Annotated[str, text(N_("Organisation"), required=True)]
    short_name: Annotated[str, text(N_("Short name"), width=110)]
    size_band: Annotated[str, choice("size_band", N_("Size"), "medium", length=16, width=150)]
    reach: Annotated[str, choice("reach", N_("Reach"), "local", length=16, width=90)]
    role: Annotated[str, choice("partner_role", N_("Role"), "equal", length=24, width=140)]
    colour: Annotated[str, colour(N_("Colour"))]
    sort_order: Annotated[int, ORDER]

    @property
    def label(self) -> str:
        """The name a partner goes by in tight places: its short name, else its name."""
        return self.short_name or self.name


@kind(
    table="person",
    noun=N_("person"),
    plural=N_("people"),
    collection="people",
    title=N_("People"),
    main="name",
    room=True,
    pdf=True,
    sheet=True,
    stage="overview",
    since=1,
    confidential_to="partner_id",
    order_group="partner_id",
    code="K",
)
class Person(Item):
    partner_id: Annotated[int | None, ref("partner", N_("Partner"), cascade=True, width=130)]
    name: Annotated[str, text(N_("Name"), required=True)]
    role: Annotated[str, text(N_("Role"), width=140)]
    email: Annotated[str, text(N_("Email"), width=170)]
    phone: Annotated[str, text(N_("Phone"), width=110)]
    is_named_contact: Annotated[bool, flag(N_("Named contact"))]
    visibility: Annotated[str, visibility()]
    sort_order: Annotated[int, ORDER]


@kind(
    table="topic",
    noun=N_("topic"),
    plural=N_("topics"),
    collection="topics",
    title=N_("Topics"),
    main="name",
    room=True,
    pdf=True,
    sheet=True,
    stage="positions",
    since=1,
    capture="topic",
)
class Topic(Item):
    name: Annotated[str, text(N_("Topic"), required=True, width=220)]
    description: Annotated[str, text(N_("Description"))]
    visibility: Annotated[str, visibility()]
    sort_order: Annotated[int, ORDER]


@kind(
    table="term",
    noun=N_("term"),
    plural=N_("terms"),
    collection="terms",
    title=N_("Terms"),
    main="name",
    room=False,  # shown through its deadlocks and zones (workshop.insight), not as a list
    pdf=False,
    sheet=True,
    stage="positions",
    since=3,
    capture="term",
)
class Term(Item):
    """A named point of negotiation positions take a stance on: exclusivity, management fee %."""

    name: Annotated[str, text(N_("Term"), required=True, width=200)]
    topic_id: Annotated[int | None, ref("topic", N_("Topic"), width=140)]
    numeric: Annotated[bool, flag(N_("Numeric"), width=80)]
    unit: Annotated[str, Field("text", N_("Unit"), length=16, width=60)]
    description: Annotated[str, text(N_("Description"))]
    visibility: Annotated[str, visibility()]
    sort_order: Annotated[int, ORDER]


@kind(
    table="position",
    noun=N_("position"),
    plural=N_("positions"),
    collection="positions",
    title=N_("Positions"),
    main="statement",
    room=True,
    pdf=True,
    sheet=True,
    stage="positions",
    since=1,
    confidential_to="partner_id",
    order_group="partner_id",
    code="P",
)
class Position(Item):
    partner_id: Annotated[int, ref("partner", N_("Partner"), required=True, cascade=True)]
    topic_id: Annotated[int | None, ref("topic", N_("Topic"), width=140)]
    kind: Annotated[str, choice("position_kind", N_("Kind"), "open", length=16, width=130)]
    statement: Annotated[str, text(N_("Statement"))]
    reasoning: Annotated[str, text(N_("Reasoning"), width=200)]
    owner: Annotated[str, choice("line_owner", N_("Owner of the line"), "rep", length=8, width=120)]
    needs_decision: Annotated[bool, flag(N_("Needs CEO or board decision"))]
    range_min: Annotated[float | None, number(N_("Range from"), width=85)]
    range_max: Annotated[float | None, number(N_("Range to"), width=70)]
    range_unit: Annotated[str, Field("text", N_("Unit"), length=16, width=60)]
    visibility: Annotated[str, visibility()]
    sort_order: Annotated[int, ORDER]
    term_id: Annotated[int | None, ref("term", N_("Term"), width=140, since=3)]
    stance: Annotated[
        str, choice("term_stance", N_("Stance on the term"), "none", length=16, width=130, since=3)
    ]
    preferred: Annotated[float | None, number(N_("Preferred value"), width=85, since=3)]


@kind(
    table="value",
    noun=N_("value"),
    plural=N_("values"),
    collection="values",
    title=N_("Values"),
    main="name",
    room=True,
    pdf=True,
    sheet=True,
    stage="values",
    since=1,
    capture="value",
    code="V",
)
class Value(Item):
    name: Annotated[str, text(N_("Value"), required=True, width=220)]
    description: Annotated[str, text(N_("Description"))]
    status: Annotated[str, choice("value_status", N_("Status"), "proposed", length=16, width=100)]
    visibility: Annotated[str, visibility()]
    sort_order: Annotated[int, ORDER]


@kind(
    table="alignment",
    noun=N_("rating"),
    plural=N_("ratings"),
    collection="alignments",
    title=N_("Alignment"),
    main="note",
    room=True,
    pdf=True,
    sheet=True,
    stage=None,  # rated in the values grid
    since=1,
    confidential_to="partner_id",
    parents=(("value_id", "value"),),
    ordered=False,
    unique=(("value_id", "partner_id"),),
    checks=(("ck_rating", "rating IS NULL OR rating BETWEEN 1 AND 5"),),
    code="VR",
)
class Alignment(Item):
    value_id: Annotated[int, ref("value", N_("Value"), required=True, cascade=True)]
    partner_id: Annotated[int, ref("partner", N_("Partner"), required=True, cascade=True)]
    rating: Annotated[int | None, whole(N_("Rating"), default=None, minimum=1, maximum=5)]
    note: Annotated[str, text(N_("Note"))]
    visibility: Annotated[str, visibility()]


@kind(
    table="disagreement",
    noun=N_("disagreement"),
    plural=N_("disagreements"),
    collection="disagreements",
    title=N_("Disagreements"),
    main="title",
    room=True,
    pdf=True,
    sheet=True,
    stage="disagreements",
    since=1,
    confidential_to="parties",
    capture="disagreement",
    code="D",
)
class Disagreement(Item):
    title: Annotated[str, text(N_("Disagreement"), required=True, width=190)]
    description: Annotated[str, text(N_("What is disputed"), width=280)]
    topic_id: Annotated[int | None, ref("topic", N_("Topic"))]
    severity: Annotated[str, choice("severity", N_("Severity"), "medium", length=8, width=75)]
    status: Annotated[
        str, choice("disagreement_status", N_("Status"), "open", length=16, width=105)
    ]
    route_step: Annotated[
        str, choice("route_step", N_("Resolution route step"), "leads_talk", length=16, width=160)
    ]
    owner: Annotated[str, text(N_("Owner"), width=120)]
    review_date: Annotated[str, date(N_("Review date"), width=95)]
    outcome: Annotated[str, text(N_("Outcome"), width=240)]
    visibility: Annotated[str, visibility()]
    sort_order: Annotated[int, ORDER]


@kind(
    table="disagreement_party",
    noun=N_("view in a disagreement"),
    plural=N_("views in disagreements"),
    collection="disagreement_parties",
    title=N_("Disagreement views"),
    main="view",
    room=True,
    pdf=True,
    sheet=True,
    stage=None,  # recorded under the disagreement
    since=1,
    parents=(("disagreement_id", "disagreement"),),
    ordered=False,
    unique=(("disagreement_id", "partner_id"),),
    code="DV",
)
class DisagreementParty(Item):
    disagreement_id: Annotated[
        int, ref("disagreement", N_("Disagreement"), required=True, cascade=True)
    ]
    partner_id: Annotated[int, ref("partner", N_("Partner"), required=True, cascade=True)]
    view: Annotated[str, text(N_("View"))]


@kind(
    table="clause",
    noun=N_("clause"),
    plural=N_("clauses"),
    collection="clauses",
    title=N_("Ways of working"),
    main="text",
    room=True,
    pdf=True,
    sheet=True,
    stage="clauses",
    since=1,
    confidential_to="partner_id",
    capture="clause",
    # One sequence, as the templates write them and the list numbers them: ordered by section, a
    # new clause in an empty section was numbered "1" beside the first clause's "1". A new clause
    # goes at the end of its own section.
    sequence="section",
    code="W",
)
class Clause(Item):
    section: Annotated[
        str, choice("clause_section", N_("Section"), "purpose", length=24, width=170)
    ]
    text: Annotated[str, text(N_("Clause"))]
    status: Annotated[str, choice("clause_status", N_("Status"), "draft", length=8, width=90)]
    partner_id: Annotated[int | None, ref("partner", N_("Proposed by"))]
    visibility: Annotated[str, visibility()]
    sort_order: Annotated[int, ORDER]


@kind(
    table="commitment",
    noun=N_("commitment"),
    plural=N_("commitments"),
    collection="commitments",
    title=N_("Commitments"),
    main="text",
    room=True,
    pdf=True,
    sheet=True,
    stage="commitments",
    since=1,
    code="F",
)
class Commitment(Item):
    text: Annotated[str, text(N_("Commitment"), required=True, width=360)]
    guidance: Annotated[str, text(N_("Guidance"))]
    visibility: Annotated[str, visibility()]
    sort_order: Annotated[int, ORDER]


@kind(
    table="commitment_answer",
    noun=N_("fair-practice answer"),
    plural=N_("fair-practice answers"),
    collection="commitment_answers",
    title=N_("Commitment answers"),
    main="note",
    room=True,
    pdf=True,
    sheet=True,
    stage=None,  # answered in the fair-practice grid
    since=1,
    confidential_to="partner_id",
    parents=(("commitment_id", "commitment"),),
    ordered=False,
    unique=(("commitment_id", "partner_id"),),
    code="FA",
)
class CommitmentAnswer(Item):
    commitment_id: Annotated[int, ref("commitment", N_("Commitment"), required=True, cascade=True)]
    partner_id: Annotated[int, ref("partner", N_("Partner"), required=True, cascade=True)]
    answer: Annotated[str, choice("commitment_answer", N_("Answer"), "committed", length=16)]
    note: Annotated[str, text(N_("Note"))]
    visibility: Annotated[str, visibility()]


@kind(
    table="impact",
    noun=N_("impact"),
    plural=N_("impacts"),
    collection="impacts",
    title=N_("Impacts"),
    main="description",
    room=True,
    pdf=True,
    sheet=True,
    stage="impact",
    since=1,
    confidential_to="partner_id",
    capture="impact",
    code="I",
)
class Impact(Item):
    description: Annotated[str, text(N_("Impact"), required=True)]
    area: Annotated[str, choice("impact_area", N_("Area"), "communities", length=16, width=130)]
    scenario: Annotated[
        str,
        choice(
            "impact_scenario", N_("Scenario"), "with_partnership", length=24, width=170, since=2
        ),
    ]
    partner_id: Annotated[int | None, ref("partner", N_("Raised by"))]
    visibility: Annotated[str, visibility()]
    sort_order: Annotated[int, ORDER]


@kind(
    table="meeting",
    noun=N_("meeting"),
    plural=N_("meetings"),
    collection="meetings",
    title=N_("Meetings"),
    main="title",
    room=True,
    pdf=True,
    sheet=True,
    stage="meetings",
    since=1,
)
class Meeting(Item):
    title: Annotated[str, text(N_("Meeting"), required=True)]
    date: Annotated[str, date(N_("Date"))]
    location: Annotated[str, text(N_("Location"), width=180)]
    visibility: Annotated[str, visibility()]
    sort_order: Annotated[int, ORDER]
    #: When the facilitator ended it (ISO 8601); what each audience could see then is kept.
    ended_at: Annotated[
        str, Field("text", N_("Ended"), length=32, width=140, editable=False, since=3)
    ]


@kind(
    table="attendance",
    noun=N_("attendance record"),
    plural=N_("attendance records"),
    collection="attendance",
    title=N_("Attendance"),
    main="status",
    room=False,
    pdf=True,
    sheet=True,
    stage=None,  # marked beside the meeting
    since=1,
    parents=(("meeting_id", "meeting"), ("person_id", "person")),
    ordered=False,
    unique=(("meeting_id", "person_id"),),
)
class Attendance(Item):
    meeting_id: Annotated[int, ref("meeting", N_("Meeting"), required=True, cascade=True)]
    person_id: Annotated[int, ref("person", N_("Person"), required=True, cascade=True)]
    status: Annotated[str, choice("attendance_status", N_("Attendance"), "attended", length=16)]


@kind(
    table="agenda_item",
    noun=N_("agenda item"),
    plural=N_("agenda items"),
    collection="agenda_items",
    title=N_("Agenda"),
    main="title",
    room=True,
    pdf=True,
    sheet=True,
    stage="meetings",
    since=1,
    parents=(("meeting_id", "meeting"),),
    order_group="meeting_id",
    checks=(("ck_planned_minutes", "planned_minutes >= 0"),),
)
class AgendaItem(Item):
    meeting_id: Annotated[int, ref("meeting", N_("Meeting"), required=True, cascade=True)]
    title: Annotated[str, text(N_("Agenda item"), required=True)]
    planned_minutes: Annotated[int, whole(N_("Planned minutes"), default=15, minimum=0)]
    notes: Annotated[str, text(N_("Notes"), width=260)]
    visibility: Annotated[str, visibility()]
    sort_order: Annotated[int, ORDER]
    #: The facilitator's run-sheet note ("check in privately with …"): never in any pack.
    facilitator_note: Annotated[
        str, text(N_("Facilitator’s note"), width=220, private=True, since=3)
    ]


@kind(
    table="action",
    noun=N_("action"),
    plural=N_("actions"),
    collection="actions",
    title=N_("Actions"),
    main="text",
    room=True,
    pdf=True,
    sheet=True,
    stage="actions",
    since=1,
    confidential_to="partner_id",
    capture="action",
    code="A",
)
class Action(Item):
    text: Annotated[str, text(N_("Action"), required=True)]
    partner_id: Annotated[int | None, ref("partner", N_("Partner"))]
    person_id: Annotated[int | None, ref("person", N_("Person"), width=130)]
    meeting_id: Annotated[int | None, ref("meeting", N_("From meeting"), width=150)]
    due_date: Annotated[str, date(N_("Due date"))]
    status: Annotated[str, choice("action_status", N_("Status"), "open", length=16, width=100)]
    visibility: Annotated[str, visibility()]
    sort_order: Annotated[int, ORDER]


@kind(
    table="note",
    noun=N_("note"),
    plural=N_("notes"),
    collection="notes",
    title=N_("Notes"),
    main="text",
    room=False,  # the facilitator's own: never on the projector, whatever their visibility
    pdf=True,
    sheet=True,
    stage="notes",
    since=1,
    confidential_to="partner_id",
    capture="note",
)
class Note(Item):
    text: Annotated[str, text(N_("Note"), required=True)]
    partner_id: Annotated[int | None, ref("partner", N_("About partner"), width=140)]
    visibility: Annotated[str, visibility("private")]
    sort_order: Annotated[int, ORDER]


@kind(
    table="risk",
    noun=N_("risk"),
    plural=N_("risks"),
    collection="risks",
    title=N_("Risks"),
    main="description",
    room=True,
    pdf=True,
    sheet=True,
    stage="risks",
    since=3,
    confidential_to="partner_id",
    capture="risk",
    checks=(
        ("ck_likelihood", "likelihood BETWEEN 1 AND 5"),
        ("ck_impact", "impact BETWEEN 1 AND 5"),
    ),
    code="R",
)
class Risk(Item):
    description: Annotated[str, text(N_("What could go wrong"), required=True)]
    partner_id: Annotated[int | None, ref("partner", N_("Carried by"), width=130)]
    likelihood: Annotated[int, whole(N_("Likelihood"), default=3, minimum=1, maximum=5, width=90)]
    impact: Annotated[int, whole(N_("Impact"), default=3, minimum=1, maximum=5, width=80)]
    mitigation: Annotated[str, text(N_("Mitigation"), width=260)]
    owner: Annotated[str, text(N_("Owner"), width=120)]
    review_date: Annotated[str, date(N_("Review date"), width=95)]
    visibility: Annotated[str, visibility()]
    sort_order: Annotated[int, ORDER]


@kind(
    table="contribution",
    noun=N_("contribution"),
    plural=N_("contributions"),
    collection="contributions",
    title=N_("Contributions"),
    main="description",
    room=True,
    pdf=True,
    sheet=True,
    stage="contributions",
    since=3,
    confidential_to="partner_id",
    order_group="partner_id",
    capture="contribution",
    code="C",
)
class Contribution(Item):
    partner_id: Annotated[int, ref("partner", N_("Partner"), required=True, cascade=True)]
    category: Annotated[
        str, choice("contribution_kind", N_("Kind"), "expertise", length=16, width=150)
    ]
    description: Annotated[str, text(N_("What it brings"), required=True)]
    amount: Annotated[float | None, number(N_("Value"))]
    unit: Annotated[str, Field("text", N_("Unit"), length=16, width=70)]
    visibility: Annotated[str, visibility()]
    sort_order: Annotated[int, ORDER]


@kind(
    table="issue",
    noun=N_("issue"),
    plural=N_("issues"),
    collection="issues",
    title=N_("Issues"),
    main="number",
    room=False,
    pdf=False,
    sheet=False,
    stage=None,  # recorded when a summary is issued (workshop.issues)
    since=3,
    confidential_to="partner_id",
    ordered=False,
    checks=(("ck_number", "number >= 1"),),
    content=False,
)
class Issue(Item):
    """One issued foundations summary: for whom, which number for that audience, draft or
    final, when and by whom, and a fingerprint of what it held (no text: a shared copy of the
    file must carry no trace of deleted words)."""

    audience: Annotated[str, choice("audience", N_("For"), "room", length=16)]
    partner_id: Annotated[int | None, ref("partner", N_("Partner"))]
    number: Annotated[int, whole(N_("Issue"), default=1, minimum=1)]
    status: Annotated[str, choice("issue_status", N_("Status"), "draft", length=8)]
    issued_at: Annotated[str, Field("text", N_("Issued"), length=32)]
    prepared_by: Annotated[str, text(N_("Prepared by"))]
    fingerprint: Annotated[str, Field("text", N_("Fingerprint"), length=64, editable=False)]
    visibility: Annotated[str, visibility()]


@kind(
    table="issued_item",
    noun=N_("issued item"),
    plural=N_("issued items"),
    collection="issued_items",
    title=N_("Issued items"),
    main="number",
    room=False,
    pdf=False,
    sheet=False,
    stage=None,  # recorded with its issue (workshop.review)
    since=3,
    parents=(("issue_id", "issue"),),
    ordered=False,
    unique=(("issue_id", "number"),),
    content=False,
)
class IssuedItem(Item):
    """That an item was in an issue, under which number, and a digest of what it said then (no
    text; see docs/file-format.md on sharing a copy)."""

    issue_id: Annotated[int, ref("issue", N_("Issue"), required=True, cascade=True)]
    number: Annotated[str, Field("text", N_("Number"), length=16)]
    item_table: Annotated[str, Field("text", N_("Kind"), length=32)]
    item_id: Annotated[int, whole(N_("Item"), default=0)]
    digest: Annotated[str, Field("text", N_("Digest"), length=64, editable=False)]


@kind(
    table="response",
    noun=N_("response"),
    plural=N_("responses"),
    collection="responses",
    title=N_("Responses"),
    main="proposed",
    room=False,
    pdf=False,
    sheet=True,
    stage="review",
    since=3,
    confidential_to="partner_id",
    parents=(("issue_id", "issue"),),
    ordered=False,
    unique=(("issue_id", "number"),),
    content=False,
)
class Response(Item):
    """A partner's answer to one item of a review pack, and what the broker did with it."""

    issue_id: Annotated[int, ref("issue", N_("Issue"), required=True, cascade=True)]
    partner_id: Annotated[int, ref("partner", N_("Partner"), required=True, cascade=True)]
    number: Annotated[str, Field("text", N_("Item"), length=16, width=60, editable=False)]
    answer: Annotated[str, choice("response_answer", N_("Answer"), "agree", length=8, width=90)]
    proposed: Annotated[str, text(N_("Proposed wording"), width=260)]
    comment: Annotated[str, text(N_("Comment"), width=220)]
    conflict: Annotated[bool, flag(N_("Changed since the issue"), width=90)]
    disposition: Annotated[
        str, choice("disposition", N_("Broker’s decision"), "open", length=16, width=120)
    ]
    reply: Annotated[str, text(N_("Reply"), width=220)]
    visibility: Annotated[str, visibility("confidential")]


@kind(
    table="signoff",
    noun=N_("sign-off"),
    plural=N_("sign-offs"),
    collection="signoffs",
    title=N_("Sign-offs"),
    main="name",
    room=True,
    pdf=True,
    sheet=True,
    stage="review",
    since=3,
    confidential_to="partner_id",
    ordered=False,
    unique=(("issue_id", "partner_id"),),
    content=False,
)
class Signoff(Item):
    """A partner's confirmation that an issue is a fair record: who, in what role, when. Shared
    by default, so every pack can say who has confirmed; the issue itself (that partner's pack)
    stays that partner's, and the reference to it is blanked for everyone else."""

    issue_id: Annotated[int | None, ref("issue", N_("Issue"), cascade=True)]
    partner_id: Annotated[int, ref("partner", N_("Partner"), required=True, cascade=True)]
    name: Annotated[str, text(N_("Name"), required=True)]
    role: Annotated[str, text(N_("Role"))]
    signed_on: Annotated[str, date(N_("Date"))]
    confirmed: Annotated[bool, flag(N_("Confirmed a fair record"))]
    visibility: Annotated[str, visibility("shared")]


@kind(
    table="kept",
    noun=N_("kept state"),
    plural=N_("kept states"),
    collection="kept",
    title=N_("Kept at meeting ends"),
    main="item_table",
    room=False,
    pdf=False,
    sheet=False,
    stage=None,  # written when a meeting ends (workshop.insight.changes)
    since=3,
    confidential_to="partner_id",
    parents=(("meeting_id", "meeting"),),
    ordered=False,
    content=False,
)
class Kept(Item):
    """That an item existed when a meeting ended, with who could see it and its status then. No
    text is kept: a deleted item leaves "1 position removed" and nothing of what it said."""

    meeting_id: Annotated[int, ref("meeting", N_("Meeting"), required=True, cascade=True)]
    item_table: Annotated[str, Field("text", N_("Kind"), length=32)]
    item_id: Annotated[int, whole(N_("Item"), default=0)]
    status: Annotated[str, Field("text", N_("Status"), length=16)]
    partner_id: Annotated[int | None, ref("partner", N_("Partner"))]
    visibility: Annotated[str, visibility()]


@kind(
    table="speaking",
    noun=N_("turn to speak"),
    plural=N_("turns to speak"),
    collection="speaking",
    title=N_("Who spoke"),
    main="started_at",
    room=False,
    pdf=False,
    sheet=False,
    stage=None,  # marked from the agenda timer (workshop.insight.voices)
    since=3,
    confidential_to="partner_id",
    parents=(("meeting_id", "meeting"),),
    ordered=False,
    content=False,
)
class Speaking(Item):
    """A partner's turn to speak in a meeting, as the facilitator marked it. The broker's own by
    default: who talks most is for the broker to raise, not for the room to read."""

    meeting_id: Annotated[int, ref("meeting", N_("Meeting"), required=True, cascade=True)]
    partner_id: Annotated[int, ref("partner", N_("Partner"), required=True, cascade=True)]
    started_at: Annotated[str, Field("text", N_("Started"), length=32)]
    seconds: Annotated[float | None, number(N_("Seconds"))]
    visibility: Annotated[str, visibility("private")]


#: Every table, parents before children.
TABLES: tuple[str, ...] = tuple(KINDS)
#: Tables whose rows carry a ``visibility``.
VISIBLE_TABLES: frozenset[str] = frozenset(k.table for k in KINDS.values() if k.has_visibility)
#: The record class of each table.
RECORDS: dict[str, type[Item]] = {k.table: k.record for k in KINDS.values()}


def of(table: str) -> Kind:
    try:
        return KINDS[table]
    except KeyError:
        raise KeyError(f"no kind of item is stored in “{table}”") from None


__all__ = [
    "KINDS",
    "RECORDS",
    "TABLES",
    "VISIBLE_TABLES",
    "Field",
    "Item",
    "Kind",
    "kinds",
    "of",
]
