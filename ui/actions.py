"""Every command of the main window, keyed by an enum; shortcuts declared here, once."""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum, auto

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget


class Action(Enum):
    NEW = auto()
    OPEN = auto()
    OPEN_SAMPLE = auto()
    SAVE = auto()
    SAVE_AS = auto()
    CLOSE = auto()
    EXPORT = auto()
    SAVE_COPY_FOR_SHARING = auto()
    REVIEW_PACK = auto()
    QUIT = auto()
    UNDO = auto()
    REDO = auto()
    QUICK_CAPTURE = auto()
    ADD_ITEM = auto()
    DELETE_ITEM = auto()
    MOVE_UP = auto()
    MOVE_DOWN = auto()
    NEXT_STAGE = auto()
    PREVIOUS_STAGE = auto()
    ZOOM_IN = auto()
    ZOOM_OUT = auto()
    ZOOM_RESET = auto()
    ROOM_VIEW = auto()
    ROOM_BLANK = auto()
    ROOM_FREEZE = auto()
    # --- the room view, steered from the console (one block: see docs/ui.md) ---
    ROOM_RELEASE = auto()
    ROOM_FOLLOW = auto()
    ROOM_LINE_DOWN = auto()
    ROOM_LINE_UP = auto()
    ROOM_PAGE_DOWN = auto()
    ROOM_PAGE_UP = auto()
    ROOM_TOP = auto()
    ROOM_TEXT_LARGER = auto()
    ROOM_TEXT_SMALLER = auto()
    ROOM_TEXT_FITTED = auto()
    TIMER_START = auto()
    TIMER_PAUSE = auto()
    TIMER_NEXT = auto()
    SHORTCUTS = auto()
    PREFERENCES = auto()


Key = QKeySequence.StandardKey


@dataclass(frozen=True)
class Spec:
    text: str
    shortcuts: tuple[QKeySequence | QKeySequence.StandardKey | str, ...] = ()
    tip: str = ""
    checkable: bool = False


def _specs() -> dict[Action, Spec]:
    def tr(text: str) -> str:
        return QCoreApplication.translate("Actions", text)

    return {
        Action.NEW: Spec(tr("&New from template…"), (Key.New,)),
        Action.OPEN: Spec(tr("&Open…"), (Key.Open,)),
        Action.OPEN_SAMPLE: Spec(tr("Open the &sample workshop")),
        Action.SAVE: Spec(tr("&Save"), (Key.Save,)),
        Action.SAVE_AS: Spec(tr("Save &As…"), (Key.SaveAs, "Ctrl+Shift+S")),
        Action.CLOSE: Spec(tr("&Close workshop"), (Key.Close,)),
        Action.EXPORT: Spec(tr("&Export…"), ("Ctrl+E",)),
        Action.SAVE_COPY_FOR_SHARING: Spec(
            tr("Save a &copy for sharing…"),
            (),
            tr("A copy without the issued summaries, responses, sign-offs or the signing key"),
        ),
        Action.REVIEW_PACK: Spec(
            tr("Re&view pack for a partner…"),
            (),
            tr("A partner's summary with numbered items and a response workbook"),
        ),
        Action.QUIT: Spec(tr("&Quit"), (Key.Quit, "Ctrl+Q")),
        Action.UNDO: Spec(tr("&Undo"), (Key.Undo,)),
        Action.REDO: Spec(tr("&Redo"), (Key.Redo, "Ctrl+Y")),
        Action.QUICK_CAPTURE: Spec(tr("&Quick capture…"), ("Ctrl+K",)),
        Action.ADD_ITEM: Spec(tr("&Add item"), ("Ctrl+Shift+N", "Ctrl+Ins")),
        Action.DELETE_ITEM: Spec(tr("&Delete item"), ("Ctrl+Del",)),
        Action.MOVE_UP: Spec(tr("Move item &up"), ("Ctrl+Shift+Up",)),
        Action.MOVE_DOWN: Spec(tr("Move item do&wn"), ("Ctrl+Shift+Down",)),
        Action.NEXT_STAGE: Spec(tr("&Next stage"), ("Ctrl+PgDown",)),
        Action.PREVIOUS_STAGE: Spec(tr("&Previous stage"), ("Ctrl+PgUp",)),
        Action.ZOOM_IN: Spec(tr("&Larger text"), (Key.ZoomIn, "Ctrl+=")),
        Action.ZOOM_OUT: Spec(tr("&Smaller text"), (Key.ZoomOut,)),
        Action.ZOOM_RESET: Spec(tr("&Normal text size"), ("Ctrl+0",)),
        Action.ROOM_VIEW: Spec(tr("&Room view"), ("F5",), checkable=True),
        Action.ROOM_BLANK: Spec(tr("&Blank the room view"), ("F6",), checkable=True),
        Action.ROOM_FREEZE: Spec(tr("&Freeze the room view"), ("F7",), checkable=True),
        # --- the room view, steered from the console ---
        Action.ROOM_RELEASE: Spec(
            tr("Release &held items to the room"),
            ("Ctrl+Return", "Ctrl+Enter"),
            tr("Let the room view show the new items held back from it"),
        ),
        Action.ROOM_FOLLOW: Spec(
            tr("Room view f&ollows released items"),
            ("F8",),
            tr("Scroll the room view to an item when it is released (otherwise keep its place)"),
            checkable=True,
        ),
        Action.ROOM_LINE_DOWN: Spec(tr("Room view: &line down"), ("Alt+Shift+Down",)),
        Action.ROOM_LINE_UP: Spec(tr("Room view: l&ine up"), ("Alt+Shift+Up",)),
        Action.ROOM_PAGE_DOWN: Spec(tr("Room view: page &down"), ("Alt+PgDown",)),
        Action.ROOM_PAGE_UP: Spec(tr("Room view: page &up"), ("Alt+PgUp",)),
        Action.ROOM_TOP: Spec(tr("Room view: &top"), ("Alt+Home",)),
        Action.ROOM_TEXT_LARGER: Spec(tr("Room view: lar&ger text"), ("Alt+=", "Alt++")),
        Action.ROOM_TEXT_SMALLER: Spec(tr("Room view: s&maller text"), ("Alt+-",)),
        Action.ROOM_TEXT_FITTED: Spec(
            tr("Room view: te&xt fitted to its screen"),
            ("Alt+Shift+0",),
            tr("The room view's text size for its screen, readable from 10 m"),
        ),
        Action.TIMER_START: Spec(tr("&Start timing the selected agenda item"), ("Ctrl+T",)),
        Action.TIMER_PAUSE: Spec(tr("&Pause or resume the timer"), ("Ctrl+Shift+P",)),
        Action.TIMER_NEXT: Spec(tr("&Next agenda item"), ("Ctrl+Shift+T",)),
        Action.SHORTCUTS: Spec(tr("&Keyboard shortcuts"), (Key.HelpContents, "F1")),
        Action.PREFERENCES: Spec(tr("&Preferences…"), (Key.Preferences, "Ctrl+,")),
    }


def build_actions(parent: QWidget) -> dict[Action, QAction]:
    """Create every action (unconnected); the main window connects them to its controllers."""
    actions: dict[Action, QAction] = {}
    for key, spec in _specs().items():
        action = QAction(spec.text, parent)
        action.setObjectName(key.name.lower())
        sequences = [QKeySequence(s) for s in spec.shortcuts]
        sequences = [s for s in sequences if not s.isEmpty()]
        unique: list[QKeySequence] = []
        for sequence in sequences:
            if sequence not in unique:
                unique.append(sequence)
        action.setShortcuts(unique)
        action.setCheckable(spec.checkable)
        if spec.tip:
            action.setToolTip(spec.tip)
        parent.addAction(action)
        actions[key] = action
    return actions


def shortcut_text(action: QAction) -> str:
    return ", ".join(s.toString(QKeySequence.SequenceFormat.NativeText) for s in action.shortcuts())
