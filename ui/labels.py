"""What the interface calls each stored value, in UK English, through Qt's translation."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor, QIcon

_LABELS: dict[str, str] = {
    # visibility
    "shared": "Shared",
    "confidential": "Confidential",
    "private": "Private",
    # position kinds
    "red_line": "Red line",
    "bottom_line": "Bottom line",
    "preference": "Preference",
    "open": "Open",
    # line owners
    "rep": "Rep in room",
    "ceo": "CEO",
    "board": "Board",
    # collaboration models
    "prime_sub": "Prime and subcontractors",
    "consortium": "Consortium",
    "joint_venture": "Joint venture",
    "alliance_contract": "Alliance contract",
    "lead_partner": "Lead partner",
    "informal_network": "Informal network",
    # workshop status
    "planning": "Planning",
    "in_progress": "In progress",
    "complete": "Complete",
    # partner
    "micro": "Micro (under £10k)",
    "small": "Small (£10k–£100k)",
    "medium": "Medium",
    "large": "Large (£1m–£10m)",
    "major": "Major (over £10m)",
    "national": "National",
    "regional": "Regional",
    "local": "Local",
    "lead": "Lead",
    "prime": "Prime",
    "sub": "Sub",
    "equal": "Equal partner",
    "coordinating_agent": "Coordinating agent",
    # values
    "proposed": "Proposed",
    "agreed": "Agreed",
    "dropped": "Dropped",
    # disagreements
    "low": "Low",
    "high": "High",
    "in_discussion": "In discussion",
    "parked": "Parked",
    "resolved": "Resolved",
    "escalated": "Escalated",
    "leads_talk": "1 Leads talk",
    "ceos_meet": "2 CEOs meet",
    "mediator": "3 Independent mediator",
    "exit": "4 Exit",
    # clauses
    "purpose": "Purpose",
    "roles": "Roles",
    "decision_making": "Decision-making",
    "communication": "Communication cadence",
    "named_contacts": "Named contacts",
    "money": "Money and fair pricing",
    "data": "Data",
    "branding": "Branding",
    "conflict_resolution": "Conflict resolution",
    "review": "Review",
    "draft": "Draft",
    # commitments
    "committed": "Committed",
    "not_committed": "Not committed",
    "not_applicable": "Not applicable",
    # impact
    "communities": "Communities",
    "beneficiaries": "Beneficiaries",
    "local_sector": "Local sector",
    "with_partnership": "With the partnership",
    "without_partnership": "Without it",
    # actions
    "done": "Done",
    # attendance
    "attended": "Attended",
    "apologies": "Apologies",
    "invited": "Invited",
}

#: Section "exit" and route step "exit" share a key; the section reads better without a number.
_SECTION_EXIT = "Exit"


def label(value: str | None, field: str = "") -> str:
    """The translated label for a stored enum value (the value itself if unknown)."""
    if value is None:
        return ""
    if field == "section" and value == "exit":
        return QCoreApplication.translate("labels", _SECTION_EXIT)
    if field == "size_band" and value == "medium":
        return QCoreApplication.translate("labels", "Medium (£100k–£1m)")
    text = _LABELS.get(value)
    return QCoreApplication.translate("labels", text) if text else value


#: Symbols that tell kinds apart without colour (projectors wash colours out).
KIND_SYMBOL = {"red_line": "✖", "bottom_line": "▼", "preference": "◆", "open": "○"}
KIND_COLOUR = {
    "red_line": QColor("#c0392b"),
    "bottom_line": QColor("#d68910"),
    "preference": QColor("#2471a3"),
    "open": QColor("#1e8449"),
}
VISIBILITY_SYMBOL = {"shared": "◯", "confidential": "◐", "private": "●"}
RATING_COLOUR = {
    1: QColor("#e6b0aa"),
    2: QColor("#f5cba7"),
    3: QColor("#f9e79f"),
    4: QColor("#abebc6"),
    5: QColor("#82e0aa"),
}


_ICONS: dict[str, QIcon] = {}


def icon(name: str) -> QIcon:
    """A bundled icon from resources/icons (e.g. "visibility-shared", "kind-red_line")."""
    found = _ICONS.get(name)
    if found is None:
        from workshop.resources import resource_path

        found = QIcon(str(resource_path("icons", f"{name}.svg")))
        _ICONS[name] = found
    return found


def kind_colour(kind: str) -> QColor:
    """The kind's colour, lightened on a dark palette so it stays legible."""
    from PySide6.QtGui import QGuiApplication

    colour = KIND_COLOUR.get(kind, KIND_COLOUR["open"])
    if QGuiApplication.palette().base().color().lightness() < 128:
        return colour.lighter(160)
    return colour


def kind_text(kind: str) -> str:
    return f"{KIND_SYMBOL.get(kind, '')} {label(kind)}".strip()


def visibility_text(visibility: str) -> str:
    return f"{VISIBILITY_SYMBOL.get(visibility, '')} {label(visibility)}".strip()
