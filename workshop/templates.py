"""Templates: what a new workshop starts from, chosen by collaboration model.

``resources/templates/common.json`` holds the default topics, candidate values, the fair-practice
checklist, starter clauses for every agreement section and a one-day foundations agenda;
``resources/templates/models/<model>.json`` adds what is particular to each collaboration model.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from workshop import ops
from workshop.document import Document
from workshop.errors import WorkshopError
from workshop.resources import resource_path
from workshop.vocabulary import CLAUSE_SECTION, COLLABORATION_MODEL

SECTION_ORDER = {section: index for index, section in enumerate(CLAUSE_SECTION.values)}


@dataclass(frozen=True, slots=True)
class TemplateInfo:
    model: str
    name: str
    description: str


def _load(path: Path) -> dict[str, Any]:
    try:
        data = json.loads(path.read_text("utf-8"))
    except (OSError, ValueError) as exc:
        raise WorkshopError(f"The template “{path.name}” could not be read ({exc}).") from None
    if not isinstance(data, dict):
        raise WorkshopError(f"The template “{path.name}” is not a template.")
    return data


def list_templates() -> list[TemplateInfo]:
    """One template per collaboration model, in the order the sector meets them."""
    found = []
    for model in COLLABORATION_MODEL.values:
        data = _load(resource_path("templates", "models", f"{model}.json"))
        found.append(TemplateInfo(model, data["name"], data.get("description", "")))
    return found


def template_content(model: str) -> dict[str, Any]:
    """The merged content for ``model``: common topics, clauses and agenda plus the model's own."""
    if model not in COLLABORATION_MODEL:
        raise WorkshopError(f"There is no template for the collaboration model “{model}”.")
    common = _load(resource_path("templates", "common.json"))
    extra = _load(resource_path("templates", "models", f"{model}.json"))
    return {
        "name": extra["name"],
        "topics": common["topics"] + extra.get("extra_topics", []),
        "values": common["values"],
        "commitments": common["commitments"],
        # Sections in the agreement's order, the model's own clauses beside the common ones.
        "clauses": sorted(
            common["clauses"] + extra.get("extra_clauses", []),
            key=lambda clause: SECTION_ORDER.get(clause["section"], len(SECTION_ORDER)),
        ),
        "agenda": {
            "title": common["agenda"]["title"],
            "items": common["agenda"]["items"] + extra.get("extra_agenda_items", []),
        },
    }


def apply_template(doc: Document, model: str, title: str = "") -> None:
    """Fill a new, empty document from the template for ``model`` in one step (not undoable)."""
    content = template_content(model)

    with doc.edit("Start from template") as edit:

        def add(table: str, order: int, **values: Any) -> int:
            row = ops.clean(table, values, creating=True)
            return edit.insert(table, {**row, "sort_order": order})

        edit.update(
            "workshop",
            1,
            ops.clean(
                "workshop",
                {
                    "collaboration_model": model,
                    "title": title or f"{content['name']}: partnership foundations",
                },
                creating=False,
            ),
        )
        for order, topic in enumerate(content["topics"]):
            add("topic", order, name=topic["name"], description=topic.get("description", ""))
        for order, value in enumerate(content["values"]):
            add("value", order, name=value["name"], description=value.get("description", ""))
        for order, item in enumerate(content["commitments"]):
            add("commitment", order, text=item["text"], guidance=item.get("guidance", ""))
        for order, clause in enumerate(content["clauses"]):
            add("clause", order, section=clause["section"], text=clause["text"])
        agenda = content["agenda"]
        meeting_id = add("meeting", 0, title=agenda["title"])
        for order, item in enumerate(agenda["items"]):
            add(
                "agenda_item",
                order,
                meeting_id=meeting_id,
                title=item["title"],
                planned_minutes=int(item.get("planned_minutes", 15)),
                notes=item.get("notes", ""),
            )
    doc.clear_history()


def new_workshop(path: Path | str | None, model: str, title: str = "") -> Document:
    """A new document at ``path`` (or untitled) from ``model``'s template, saved if named."""
    doc = Document.new(path)
    try:
        apply_template(doc, model, title)
        if doc.path is not None:
            doc.save()
    except BaseException:
        doc.close()
        raise
    return doc
