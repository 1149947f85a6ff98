"""What a person reads for each stored value (``red_line`` -> "Red line"), shared by all exports."""

from __future__ import annotations

#: A spreadsheet reads a cell starting with one of these as a formula (OWASP CSV injection).
DANGEROUS_START = ("=", "+", "-", "@", "\t", "\r", "\n", "\x00")


def neutralise(text: str) -> str:
    """OWASP: a cell a spreadsheet could read as a formula starts with a quote instead."""
    return "'" + text if text.startswith(DANGEROUS_START) else text


LABELS: dict[str, dict[str, str]] = {
    "kind": {
        "red_line": "Red line",
        "bottom_line": "Bottom line",
        "preference": "Preference",
        "open": "Open",
    },
    "owner": {"rep": "Rep in the room", "ceo": "CEO", "board": "Board"},
    "value_status": {"proposed": "Proposed", "agreed": "Agreed", "dropped": "Dropped"},
    "severity": {"low": "Low", "medium": "Medium", "high": "High"},
    "disagreement_status": {
        "open": "Open",
        "in_discussion": "In discussion",
        "parked": "Parked",
        "resolved": "Resolved",
        "escalated": "Escalated",
    },
    "route_step": {
        "leads_talk": "Leads talk",
        "ceos_meet": "CEOs meet",
        "mediator": "Independent mediator",
        "exit": "Exit",
    },
    "section": {
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
        "exit": "Exit",
    },
    "clause_status": {"draft": "Draft", "agreed": "Agreed"},
    "answer": {
        "committed": "Committed",
        "not_committed": "Not committed",
        "not_applicable": "Not applicable",
    },
    "area": {
        "communities": "Communities",
        "beneficiaries": "Beneficiaries",
        "local_sector": "Local sector",
    },
    "scenario": {
        "with_partnership": "With the partnership",
        "without_partnership": "Without the partnership",
    },
    "action_status": {
        "open": "Open",
        "in_progress": "In progress",
        "done": "Done",
        "dropped": "Dropped",
    },
    "attendance": {"attended": "Attended", "apologies": "Apologies", "invited": "Invited"},
    "collaboration_model": {
        "prime_sub": "Prime and subcontractors",
        "consortium": "Consortium",
        "joint_venture": "Joint venture",
        "alliance_contract": "Alliance contract",
        "lead_partner": "Lead partner",
        "informal_network": "Informal network",
    },
    "workshop_status": {
        "planning": "Planning",
        "in_progress": "In progress",
        "complete": "Complete",
    },
    "size_band": {
        "micro": "Micro (under £10k)",
        "small": "Small (£10k–£100k)",
        "medium": "Medium (£100k–£1m)",
        "large": "Large (£1m–£10m)",
        "major": "Major (over £10m)",
    },
    "reach": {"national": "National", "regional": "Regional", "local": "Local"},
    "role": {
        "lead": "Lead",
        "prime": "Prime",
        "sub": "Subcontractor",
        "equal": "Equal partner",
        "coordinating_agent": "Coordinating agent",
    },
    "visibility": {"shared": "Shared", "confidential": "Confidential", "private": "Private"},
}


def label(group: str, value: str | None) -> str:
    """The readable label of ``value``; unknown values read as themselves, tidied."""
    if value is None:
        return ""
    return LABELS.get(group, {}).get(value, value.replace("_", " ").capitalize())


def date_text(iso: str) -> str:
    """``2027-01-15`` -> ``15 Jan 2027``; anything else unchanged."""
    parts = iso.split("-")
    months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
    if len(parts) == 3 and all(p.isdigit() for p in parts) and 1 <= int(parts[1]) <= 12:
        return f"{int(parts[2])} {months[int(parts[1]) - 1]} {parts[0]}"
    return iso
