"""Every English sentence the foundations summary prints, in one place, for translation.

The words for what is stored (kinds of position, statuses, route steps, markings) are the
vocabulary's (``workshop.vocabulary``) and the column headings the declarations' labels
(``workshop.kinds``); what is here is the summary's own prose: headings, introductions, legends,
counts and document control. Each is marked with ``N_`` and read through the pack's ``tr``
(``exports.pdf_pack.Pack.tr``), so a translation (issue 13) replaces them without touching the
layout. ``%1``, ``%2``… are where names and numbers go, so a translation can move them.
"""

from __future__ import annotations

from workshop.vocabulary import N_, Translate, compose, fill, same

# --- the frame: cover, running head and foot, metadata ----------------------------------------

FOUNDATIONS_SUMMARY = N_("FOUNDATIONS SUMMARY")
DOCUMENT_TITLE = N_("Foundations summary: %1")
UNTITLED = N_("Untitled workshop")
DO_NOT_FORWARD = N_("Please do not forward this document beyond the people it was prepared for.")
PAGE_OF = N_("Page %1 of %2")
CONTENTS = N_("Contents")
DATES = N_("Dates")
PARTNERS = N_("Partners")

# Document control.
CONTROL = N_("Document control")
ISSUE = N_("Issue")
STATUS = N_("Status")
PRINTED = N_("Printed")
PREPARED_BY = N_("Prepared by")
DISTRIBUTION = N_("Distribution")
ISSUE_N = N_("Issue %1")
ISSUE_N_STATUS = N_("Issue %1, %2")  # "Issue 3, draft"
ISSUED_ON = N_("issued %1")
NOT_ISSUED = N_("Not issued: a working copy")
NOT_ISSUED_SHORT = N_("Not issued")
CHANGED_SINCE_SHORT = N_("Changed since issue %1")
CHANGED_SINCE = N_("Changed since issue %1 (%2): not yet issued")
FOR_ROOM = N_("For all partners")
FOR_PARTNER = N_("For %1 only")
FOR_BROKER = N_("For the broker only")
WHO_ROOM = N_("all partners")
WHO_BROKER = N_("the broker")

# --- the first pages ----------------------------------------------------------------------------

MORE = N_("… and %1 more, in “%2”.")
MORE_PLAIN = N_("… and %1 more.")
NONE_AT_PRESENT = N_("None at present.")
NOTHING_YET = N_("Nothing recorded yet.")

# For the broker: what is safe to say in the room.
SAFE_TITLE = N_("Safe to say in the room")
SAFE_INTRO = N_(
    "Everything shared (%1) is in the room pack and safe to say aloud. What follows is not: "
    "it was told in confidence, or it is yours alone. Say none of it in the room."
)
SAFE_NOTHING = N_("Nothing in this record is confidential or private: all of it is shared.")
CONFIDED_BY = N_("Told in confidence: %1")
YOURS_ALONE = N_("Private: yours alone")
CONFIDENTIAL_UNNAMED = N_("Confidential, naming no partner")

# For a partner: its own organisation first.
YOURS_TITLE = N_("Your organisation: %1")
YOURS_INTRO = N_(
    "What concerns %1 first: the decisions your CEO or board is asked to take, your red and "
    "bottom lines and where they meet other partners', the disagreements you are party to and "
    "your actions. Items marked “In confidence to you” are in this pack only: other partners "
    "have not seen them."
)
YOUR_DECISIONS = N_("Decisions for your CEO or board")
YOUR_LINES = N_("Your red and bottom lines, and where they meet others’")
YOUR_DEADLOCKS = N_("Deadlocks you are in")
YOUR_ZONES = N_("Zones of agreement on your terms")
YOUR_DISAGREEMENTS = N_("Disagreements you are party to")
YOUR_ACTIONS = N_("Your actions")
MEETS = N_("Where it meets others")
NO_OTHER_LINE = N_("No other partner has a position on this topic.")
HARD_LINES_MEET = N_("Two or more hard lines on this topic")

# For everyone: where things stand.
STAND_TITLE = N_("Where things stand")
STAND_INTRO = N_(
    "What is agreed, what is still open and who moves it next, the decisions waiting on CEOs "
    "and boards, and the actions due. The full record follows."
)
AGREED = N_("Agreed")
AGREED_VALUES = N_("Shared values agreed")
AGREED_CLAUSES = N_("Ways of working agreed")
RESOLVED = N_("Disagreements resolved")
NOTHING_AGREED = N_("Nothing is agreed yet.")
STILL_OPEN = N_("Still open")
NOTHING_OPEN = N_("No disagreement is open.")
DECISIONS_WAITING = N_("Decisions waiting on CEOs and boards")
ACTIONS_DUE = N_("Actions overdue and due soon")
OVERDUE = N_("Overdue")
DUE_SOON = N_("Due within four weeks")
NEXT_DUE = N_("Nothing is overdue or due within four weeks; the next is due %1: %2")
NONE_DUE_UNDATED = N_("Nothing is overdue or due within four weeks; the open actions have no date.")
NO_OPEN_ACTIONS = N_("No action is open.")

# Columns of our own.
COL_NO = N_("No.")
COL_WHAT = N_("What")
COL_KIND = N_("Kind")
COL_MARKING = N_("Who may see it")
COL_ROUTE = N_("Where it stands on the route")
COL_OWNER = N_("Owner")
COL_REVIEW = N_("Review")
COL_DUE = N_("Due")
COL_DECISION_BY = N_("Decision by")
COL_PARTNER = N_("Partner")
COL_POSITION = N_("Position")
COL_YOUR_LINE = N_("Your line")
COL_INGREDIENT = N_("Ingredient")
COL_MISSING = N_("What is missing")

# Coverage of the agreement.
COVERAGE_TITLE = N_("Coverage of the agreement")
COVERAGE_INTRO = N_(
    "What is captured so far against the ingredients of a partnering agreement. %1 of %2 in "
    "place, %3 partly, %4 not started."
)
COVERAGE_NOT_RELEVANT = N_("%1 not relevant to a %2.")

# --- counts that say what they include --------------------------------------------------------

#: "7 positions, 2 of them in confidence to you"
OF_THEM = N_("%1, %2 of them %3")
AND = N_("%1 and %2")
COUNT_ACTIONS = N_("%1 open: %2 overdue, %3 due within four weeks, %4 due later, %5 with no date.")

# --- since the last meeting --------------------------------------------------------------------

SINCE_TITLE = N_("Since %1")
SINCE_INTRO = N_("What changed since “%1” ended on %2, as this pack’s readers may see it.")
SINCE_INTRO_UNDATED = N_("What changed since “%1” ended, as this pack’s readers may see it.")
SINCE_NOTHING = N_("Nothing has changed since then.")
SINCE_NO_MEETING = N_("No meeting has ended yet, so there is nothing to compare with.")
ADDED = N_("Added")
CHANGED = N_("Changed")
RESOLVED_SINCE = N_("Resolved or agreed")
DROPPED = N_("Dropped")
REMOVED = N_("Removed")
REMOVED_COUNT = N_("%1 removed (deleted: nothing of what they said is kept).")

# --- since the last issue ------------------------------------------------------------------------

SINCE_ISSUE_TITLE = N_("Changed since issue %1")
SINCE_ISSUE_INTRO = N_("What is new or different, item by item, since issue %1 of this pack (%2).")
SINCE_ISSUE_NOTHING = N_("Nothing has changed since then.")
REMOVED_ITEMS = N_("%1 removed since then (deleted or no longer in this pack: no text is kept).")
ITEM = N_("item")
ITEMS = N_("items")

# --- balance of voices --------------------------------------------------------------------------

BALANCE_TITLE = N_("Balance of voices")
BALANCE_INTRO = N_(
    "Who had the floor and whose views were captured, from the turns you marked in meetings. "
    "For you alone: raise it with the partners if it helps."
)
BALANCE_NO_TIME = N_("No turns to speak were marked, so only the captured items are counted.")
TALK_TIME = N_("Share of talk time")
CAPTURED = N_("Share of captured items")
GAPS = N_("Gaps")
NO_GAPS = N_("No gaps stand out.")
MINUTES = N_("%1 min")

# --- deadlocks and zones --------------------------------------------------------------------------

STUCK_TITLE = N_("Where the deal is stuck")
STUCK_INTRO = N_(
    "A deadlock is a set of partners’ hard lines on one term that cannot all hold. A red line "
    "was set by a CEO or board: moving it needs a mandate. A bottom line is the rep’s own: the "
    "people in the room could move it."
)
DEADLOCKS_TITLE = N_("Deadlocks")
NO_DEADLOCK = N_("No deadlock: every term’s hard lines can hold together.")
DEADLOCK = N_("Deadlock on %1: %2 cannot both hold")
DEADLOCK_MANY = N_("Deadlock on %1: %2 cannot all hold")
DEADLOCK_SHORT = N_("Deadlock on %1 — %2")
NEEDS_MANDATE = N_("needs a mandate")
MOVABLE = N_("movable by the people in the room")
LINE_OF = N_("%1’s %2 (%3)")
AT_LEAST = N_("at least %1")
AT_MOST = N_("at most %1")
FROM_TO = N_("%1 to %2")
ZONES_TITLE = N_("Zones of possible agreement")
ZONES_INTRO = N_(
    "Each partner’s acceptable range on a numeric term, drawn on one axis: the bar is what it "
    "accepts (an arrow: no limit that way), the diamond what it would prefer. A solid end is a "
    "red line, a dashed end a bottom line. Where every range meets, the zone of agreement is "
    "shaded; where they do not, the gap is hatched."
)
NO_ZONE = N_("No numeric term has hard limits from two or more partners yet.")
SMALLEST_MOVES = N_("The smallest moves that would open a zone:")
ZONE_LABEL = N_("zone")
GAP_LABEL = N_("gap")
PREFERRED = N_("preferred")
NO_LIMIT = N_("no limit")

# --- the record -------------------------------------------------------------------------------

VALUES_TITLE = N_("Shared values")
ALIGNMENT_TITLE = N_("Alignment with each value")
ALIGNMENT_LEGEND = N_(
    "How aligned each partner is with each value, from 1 (not at all) to 5 (fully). A red "
    "outline marks a partner two or more points away from the others: worth a conversation."
)
NOTE_BELOW = N_("%1 a note below the grid.")
ALIGNMENT_NOTES = N_("Notes on alignment")
COL_VALUE = N_("Value")
COL_MEANS = N_("What it means")
COL_NOTE = N_("Note")
PARTNERS_TITLE = N_("Where each partner stands")
PARTNERS_INTRO = N_(
    "Red line: ruled out by the board or CEO; the rep cannot move it. Bottom line: a limit the "
    "rep set and could revisit after consulting. Preference and open: room to compromise."
)
NO_POSITIONS = N_("No positions recorded.")
COL_STANCE = N_("Stance")
COL_TOPIC = N_("Topic")
COL_POSITION_REASONING = N_("Position and reasoning")
COL_WHO_OWNS = N_("Who owns it")
COL_RANGE = N_("Range")
NEEDS_DECISION = N_("Needs %1\ndecision")
BRINGS = N_("What %1 brings")
PARTNERS_BRING = N_("What the partners bring")
BRINGS_LEGEND = N_("✔ brings this, with no value given. Each partner’s own list, above, says what.")
DECISIONS_TITLE = N_("Points that need a CEO or board decision")
NEGOTIATION_TITLE = N_("The negotiation space")
NEGOTIATION_INTRO = N_(
    "Each partner’s stance on each topic. Under a topic where two or more partners hold a red or "
    "bottom line, a line says so, and names the deadlock where their lines truly cannot all hold."
)
NO_TOPIC = N_("No topic")
DISAGREEMENTS_TITLE = N_("Disagreement register")
DISAGREEMENTS_INTRO = N_(
    "Each disagreement, where it stands on the agreed resolution route (%1), who owns it and "
    "when it is reviewed."
)
NO_DISAGREEMENTS = N_("No disagreements recorded.")
EACH_VIEW = N_("Each side’s view")
OUTCOME = N_("Outcome")
RISKS_INTRO = N_(
    "What could go wrong for the partnership, how likely it is and how much it would matter, "
    "each from 1 to 5. Each numbered circle is a risk in the register below, placed by its "
    "likelihood (across) and impact (up); the figure in each square is its score."
)
NO_RISKS = N_("No risks recorded.")
RISK_REGISTER = N_("Risk register")
WAYS_TITLE = N_("Ways of working")
FAIR_TITLE = N_("Fair-practice commitments")
FAIR_BLANK = N_("Blank: not yet answered.")
NOTE_BELOW_SHORT = N_("%1 a note below.")
FAIR_NOTES = N_("Notes on commitments")
COL_COMMITMENT = N_("Commitment")
IMPACT_TITLE = N_("Impact on communities")
COL_WHO = N_("Who")
COL_EFFECT = N_("Expected effect")
COL_RAISED_BY = N_("Raised by")
ACTIONS_TITLE = N_("Actions")
COL_ACTION = N_("Action")
COL_STATUS = N_("Status")
FROM_MEETING = N_("From %1")
MEETINGS_TITLE = N_("Meetings and attendees")
NO_MEETINGS = N_("No meetings recorded.")
COL_START = N_("Start")
COL_AGENDA_ITEM = N_("Agenda item")
COL_NOTES = N_("Notes")
PLANNED = N_("(%1 min)")
FACILITATOR_NOTE = N_("Facilitator’s note (private)")
COL_ATTENDEE = N_("Attendee")
COL_ORGANISATION = N_("Organisation")
COL_ATTENDANCE = N_("Attendance")
CONTACTS_TITLE = N_("People and named contacts")
COL_NAME = N_("Name")
COL_ROLE = N_("Role")
COL_EMAIL = N_("Email")
COL_PHONE = N_("Phone")
NOTES_TITLE = N_("Facilitator's notes")
SIGN_OFF_TITLE = N_("Sign-off")
SIGN_OFF_INTRO = N_(
    "By signing, each partner confirms this summary is a fair record of the foundations agreed "
    "so far."
)
SIGN_OFF_INTRO_ONE = N_(
    "By signing, %1 confirms this summary is a fair record of the foundations agreed so far. "
    "Each partner signs its own pack."
)
SIGNATURE = N_("Signature")
DATE = N_("Date")
OF_ISSUE = N_("%1 (of issue %2)")

# --- markings in grids ------------------------------------------------------------------------

MARKED_LEGEND = N_("%1 %2.")  # "◐ In confidence to you."
GRID_CONFIDENTIAL = N_("Confidential to the partner in its column")
GRID_PRIVATE = N_("Private")


def say(tr: Translate, text: str, *values: object) -> str:
    """``text`` translated, then filled in (in two languages, each whole: ``compose``)."""
    return compose(tr, text, *values)


def plural(count: int, one: str, many: str) -> str:
    """ "1 position", "7 positions": ``one`` and ``many`` are the nouns (the kind's)."""
    return f"{count} {one if count == 1 else many}"


def listed(tr: Translate, parts: list[str]) -> str:
    """ "a", "a and b", "a, b and c"."""
    if len(parts) <= 1:
        return "".join(parts)
    return say(tr, AND, ", ".join(parts[:-1]), parts[-1])


__all__ = ["fill", "listed", "plural", "same", "say"]
