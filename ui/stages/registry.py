"""The stages of a workshop, in the order it runs: the one list the navigation, its numbers, the
keys that jump to a stage, the F1 list, the room view's pages and the tests are derived from.

A stage that edits one kind of item as a list (``kind``) is built from that kind's declaration
(``ui.stages.lists``): adding one is a line here. Stage modules are imported when the stage is
first shown, so the app opens as fast as its first screen allows.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from ui.agenda_timer import AgendaTimer
    from ui.session import Session
    from ui.stages.base import Stage

CONTEXT = "Stages"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark ``text`` for translation in ``context`` without translating it yet (pyside6-lupdate
    finds it by this name; Qt's own is typed as returning ``object``)."""
    return text


class StageContext:
    """What a stage is built with."""

    __slots__ = ("session", "spec", "timer")

    def __init__(self, session: Session, timer: AgendaTimer, spec: StageSpec) -> None:
        self.session, self.timer, self.spec = session, timer, spec


StageFactory = Callable[[StageContext, "QWidget"], "Stage"]


class StageSpec:
    """One stage. ``title``, ``intro`` and ``new_item`` are marked for translation (context
    "Stages") and read translated through the properties below. (A plain class: the registry
    is read on the way to the first screen, where a dataclass's generated code costs time.)"""

    __slots__ = ("factory", "intro_text", "key", "kind", "new_item_text", "title_text")

    def __init__(
        self,
        key: str,
        title_text: str,
        factory: StageFactory,
        *,
        kind: str | None = None,
        intro_text: str = "",
        new_item_text: str = "",
    ) -> None:
        self.key = key
        self.title_text = title_text
        self.factory = factory
        #: The kind a list stage edits; its columns, order and outputs come from its declaration.
        self.kind = kind
        #: A list stage's sentence above its table.
        self.intro_text = intro_text
        #: The text a new item of a list stage starts with.
        self.new_item_text = new_item_text

    def __repr__(self) -> str:
        return f"StageSpec({self.key!r})"

    @property
    def title(self) -> str:
        return QCoreApplication.translate(CONTEXT, self.title_text)

    @property
    def intro(self) -> str:
        return QCoreApplication.translate(CONTEXT, self.intro_text) if self.intro_text else ""

    @property
    def new_item(self) -> str:
        return QCoreApplication.translate(CONTEXT, self.new_item_text)


# --- factories (each imports its stage's module on first use) --------------------------------


def _overview(context: StageContext, parent: QWidget) -> Stage:
    from ui.stages.overview import OverviewStage

    return OverviewStage(context.session, parent)


def _positions(context: StageContext, parent: QWidget) -> Stage:
    from ui.stages.positions import PositionsStage

    return PositionsStage(context.session, parent)


def _values(context: StageContext, parent: QWidget) -> Stage:
    from ui.stages.values import ValuesStage

    return ValuesStage(context.session, parent)


def _disagreements(context: StageContext, parent: QWidget) -> Stage:
    from ui.stages.disagreements import DisagreementsStage

    return DisagreementsStage(context.session, parent)


def _commitments(context: StageContext, parent: QWidget) -> Stage:
    from ui.stages.commitments import CommitmentsStage

    return CommitmentsStage(context.session, parent)


def _meetings(context: StageContext, parent: QWidget) -> Stage:
    from ui.stages.meetings import MeetingsStage

    return MeetingsStage(context.session, context.timer, parent)


def _list(context: StageContext, parent: QWidget) -> Stage:
    from ui.stages.lists import ListStage

    return ListStage(context.session, context.spec, parent)


def _risks(context: StageContext, parent: QWidget) -> Stage:
    from ui.stages.risks import RisksStage

    return RisksStage(context.session, context.spec, parent)


#: The stages in the order a workshop runs.
STAGES: tuple[StageSpec, ...] = (
    StageSpec("overview", QT_TRANSLATE_NOOP("Stages", "Overview"), _overview),
    StageSpec("positions", QT_TRANSLATE_NOOP("Stages", "Positions"), _positions),
    StageSpec("values", QT_TRANSLATE_NOOP("Stages", "Values"), _values),
    StageSpec("disagreements", QT_TRANSLATE_NOOP("Stages", "Disagreements"), _disagreements),
    StageSpec(
        "clauses",
        QT_TRANSLATE_NOOP("Stages", "Ways of working"),
        _list,
        kind="clause",
        intro_text=QT_TRANSLATE_NOOP(
            "Stages",
            "Expectations, boundaries and ways of working for the draft agreement, by section. "
            "Order matters within a section.",
        ),
        new_item_text=QT_TRANSLATE_NOOP("Stages", "New clause"),
    ),
    StageSpec("commitments", QT_TRANSLATE_NOOP("Stages", "Fair practice"), _commitments),
    StageSpec(
        "impact",
        QT_TRANSLATE_NOOP("Stages", "Impact"),
        _list,
        kind="impact",
        intro_text=QT_TRANSLATE_NOOP(
            "Stages",
            "The expected effect of the partnership, or of not forming it, on communities, "
            "beneficiaries and the local sector.",
        ),
        new_item_text=QT_TRANSLATE_NOOP("Stages", "New impact"),
    ),
    StageSpec(
        "contributions",
        QT_TRANSLATE_NOOP("Stages", "Contributions"),
        _list,
        kind="contribution",
        intro_text=QT_TRANSLATE_NOOP(
            "Stages",
            "What each partner brings: money, staff time, premises, reach into communities, "
            "expertise, data, reputation; with a value and its unit where one can be given.",
        ),
        new_item_text=QT_TRANSLATE_NOOP("Stages", "New contribution"),
    ),
    StageSpec(
        "risks",
        QT_TRANSLATE_NOOP("Stages", "Risks"),
        _risks,
        kind="risk",
        intro_text=QT_TRANSLATE_NOOP(
            "Stages",
            "What could go wrong for the partnership, which partner carries it, how likely it is "
            "and how much it would matter (1 very low … 5 very high), and how it is managed. "
            "The matrix shows each risk by its number.",
        ),
        new_item_text=QT_TRANSLATE_NOOP("Stages", "New risk"),
    ),
    StageSpec(
        "actions",
        QT_TRANSLATE_NOOP("Stages", "Actions"),
        _list,
        kind="action",
        intro_text=QT_TRANSLATE_NOOP("Stages", "What happens next, who owns it and by when."),
        new_item_text=QT_TRANSLATE_NOOP("Stages", "New action"),
    ),
    StageSpec("meetings", QT_TRANSLATE_NOOP("Stages", "Meetings & agenda"), _meetings),
    StageSpec(
        "notes",
        QT_TRANSLATE_NOOP("Stages", "Notes"),
        _list,
        kind="note",
        intro_text=QT_TRANSLATE_NOOP(
            "Stages",
            "Your own notes. They are private unless you choose otherwise, and never reach the "
            "room view.",
        ),
        new_item_text=QT_TRANSLATE_NOOP("Stages", "New note"),
    ),
)

STAGE_KEYS: tuple[str, ...] = tuple(spec.key for spec in STAGES)
#: Stages 1–10 are Alt+1 … Alt+9, Alt+0; stages 11–20 Ctrl+Alt+1 … Ctrl+Alt+9, Ctrl+Alt+0.
KEYED_STAGES = 20


def spec(key: str) -> StageSpec:
    return STAGES[STAGE_KEYS.index(key)]


def number(row: int) -> str:
    """The number a stage is shown with in the navigation: its place in the workshop."""
    return str(row + 1)


def shortcut(row: int) -> str:
    """The keys that go to the stage in ``row`` ("" past the twentieth): Alt and the last digit
    of its number; from the eleventh, Ctrl+Alt and that digit (11 is Ctrl+Alt+1)."""
    if row >= KEYED_STAGES:
        return ""
    digit = (row + 1) % 10
    return f"Alt+{digit}" if row < 10 else f"Ctrl+Alt+{digit}"
