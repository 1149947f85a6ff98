"""One open workshop as the interface sees it: the document, its change signal and a row cache."""

from __future__ import annotations

from collections.abc import Callable, Collection
from typing import Any

from PySide6.QtCore import QObject, Signal

from workshop import errors, kinds, snapshot
from workshop.audience import PARTIES, Audience, named_partners
from workshop.document import Change, Document
from workshop.kinds import TABLES, VISIBLE_TABLES

Key = tuple[str, int]  # (table, id) of one item

#: What the room may be held back from: every kind of item with a visibility of its own. (A
#: partner, a party to a disagreement or an attendance has none; it goes with its parent.)
HOLDABLE: frozenset[str] = VISIBLE_TABLES


class Session(QObject):
    """Wraps a :class:`Document`: the UI's one "document changed" signal and broker-audience rows.

    The facilitator sees everything (the broker audience), so rows are read table by table and
    only the tables a change touched are read again.
    """

    changed = Signal(object)  # workshop.document.Change
    problem = Signal(str)  # a message to show the user
    #: The set of items held from the room changed; carries the keys just released (may be empty).
    hold_changed = Signal(object)

    def __init__(self, document: Document, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self._rows: dict[str, tuple[Any, ...]] = {}
        self._by_id: dict[str, dict[int, Any]] = {}
        #: A kind's parties by item (a disagreement's partners), with the rows they came from.
        self._parties: dict[str, tuple[tuple[Any, ...], dict[int, frozenset[int]]]] = {}
        #: While the room view is open, every new item is held from it until released.
        self.holding = False
        self._held: set[Key] = set()
        document.subscribe(self._on_change)

    def _on_change(self, change: Change) -> None:
        if change.kind == "reset":
            self._rows.clear()
            self._by_id.clear()
        else:
            for table in change.tables:
                self._by_id.pop(table, None)
                cached = self._rows.pop(table, None)
                if cached is not None:
                    # Patch the cached rows: re-reading a 4,000-row table on every edit is too slow.
                    self._rows[table] = self._patched(table, cached, change)
        # Held before anyone hears of the change, so no view can show the room a new item first.
        # An undo or redo that brings an item back brings it back held, like a new one.
        before = len(self._held)
        gone = self._held & change.deleted
        self._held -= gone
        if self.holding:
            self._held |= {key for key in change.created if key[0] in HOLDABLE}
        self.changed.emit(change)
        if gone or len(self._held) != before:
            self.hold_changed.emit(frozenset())

    def _patched(self, table: str, cached: tuple[Any, ...], change: Change) -> tuple[Any, ...]:
        gone = {i for t, i in change.deleted if t == table}
        fresh_ids = {i for t, i in change.created | change.updated if t == table}
        fresh = {item.id: item for item in self._read(table, fresh_ids)} if fresh_ids else {}
        rows = [fresh.pop(item.id, item) for item in cached if item.id not in gone]
        rows += fresh.values()  # the created ones
        if rows and hasattr(rows[0], "sort_order"):
            rows.sort(key=lambda item: (item.sort_order, item.id))
        else:
            rows.sort(key=lambda item: item.id)
        return tuple(rows)

    # --- reading ------------------------------------------------------------------------------

    def items(self, table: str) -> tuple[Any, ...]:
        """Every row of ``table`` as a snapshot item, in display order (broker audience)."""
        found = self._rows.get(table)
        if found is None:
            found = self._read(table)
            self._rows[table] = found
        return found

    def by_id(self, table: str) -> dict[int, Any]:
        found = self._by_id.get(table)
        if found is None:
            found = {item.id: item for item in self.items(table)}
            self._by_id[table] = found
        return found

    @property
    def workshop(self) -> snapshot.WorkshopInfo:
        info: snapshot.WorkshopInfo = self.items("workshop")[0]
        return info

    def partner_label(self, partner_id: int | None) -> str:
        partner = self.by_id("partner").get(partner_id) if partner_id is not None else None
        return partner.label if partner is not None else ""

    def marking(self, table: str, item: Any, tr: Callable[[str], str]) -> str:
        """What an item that is not shared says about itself to the broker, in words: "Private",
        "Confidential to Acme Housing, Bryn Trust" ("" when shared): ``vocabulary.item_marking``,
        translated by ``tr``, with the partners the audience rules name."""
        found = self.by_id("partner")
        return snapshot.marking_for(
            "broker", item, self._confidential_to(table, item), found.get, tr
        )

    def _confidential_to(self, table: str, item: Any) -> frozenset[int]:
        child = PARTIES.get(table)
        parties: dict[int, frozenset[int]] = {}
        if child is not None:
            rows = self.items(child)
            cached = self._parties.get(child)
            if cached is None or cached[0] is not rows:
                column = next(c for c, parent in kinds.of(child).parents if parent == table)
                found: dict[int, set[int]] = {}
                for party in rows:
                    found.setdefault(getattr(party, column), set()).add(party.partner_id)
                cached = (rows, {key: frozenset(value) for key, value in found.items()})
                self._parties[child] = cached
            parties = cached[1]
        return named_partners(table, item.id, getattr(item, "partner_id", None), parties)

    def _read(self, name: str, ids: set[int] | None = None) -> tuple[Any, ...]:
        return snapshot.read_items(self.document, name, ids)

    def room_snapshot(self, tables: Collection[str] | None = None) -> snapshot.Snapshot:
        """What the room may see (of ``tables``, or all), through the core's audience rules.

        Filters the rows this session already holds (no reading, no copying): the rules are
        ``snapshot.restrict``'s, exactly as for every export. Held items are left out first, so
        what belongs to them (a disagreement's parties, a meeting's agenda) goes with them.
        """
        wanted = snapshot.needed_for(tables) if tables is not None else TABLES
        items = {name: self.items(name) for name in wanted}
        for table in {table for table, _ in self._held} & set(wanted):
            held = {item_id for name, item_id in self._held if name == table}
            items[table] = tuple(item for item in items[table] if item.id not in held)
        return snapshot.restrict(items, Audience.room())

    # --- holding new items from the room -------------------------------------------------------

    @property
    def held(self) -> frozenset[Key]:
        """The items the room may not see yet, whatever their visibility."""
        return frozenset(self._held)

    def is_held(self, table: str, item_id: int) -> bool:
        return (table, item_id) in self._held

    def set_holding(self, holding: bool) -> None:
        """Hold new items from the room from now on (the room view is open), or stop holding
        new ones. Items already held stay held until released."""
        self.holding = holding

    def release(self, keys: Collection[Key] | None = None) -> frozenset[Key]:
        """Let the room see held items (all of them, or ``keys``); returns those released."""
        released = frozenset(self._held if keys is None else self._held.intersection(keys))
        if released:
            self._held -= released
            self.hold_changed.emit(released)
        return released

    # --- writing ------------------------------------------------------------------------------

    def run(self, operation: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
        """Run an operation; a problem becomes a message for the user and ``None`` is returned."""
        try:
            return operation(self.document, *args, **kwargs)
        except errors.WorkshopError as error:
            self.problem.emit(str(error))
            return None

    def close(self) -> None:
        self.document.unsubscribe(self._on_change)
        self.document.close()
