"""Every preference and piece of window state, declared once with its type and default."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QByteArray, QSettings, QStandardPaths

T = TypeVar("T")


@dataclass(frozen=True)
class Setting(Generic[T]):
    """One preference: its key in the settings file, its type and its default."""

    key: str
    type: type
    default: T


# --- preferences (what the user chooses) -----------------------------------------------------
AUTOSAVE_SECONDS: Setting[int] = Setting("preferences/autosave_seconds", int, 60)
TEXT_SCALE: Setting[int] = Setting("preferences/text_scale_percent", int, 100)
#: The room view's text size, per cent of the size fitted to its screen (ui/room_view.py).
ROOM_TEXT_SCALE: Setting[int] = Setting("preferences/room_text_percent", int, 100)
RECENT_LIMIT: Setting[int] = Setting("preferences/recent_limit", int, 8)
OFFER_RECOVERY: Setting[bool] = Setting("preferences/offer_recovery_at_start", bool, True)
#: The interface's language: "en", "cy", or "" for the system's (ui/translations.py).
LANGUAGE: Setting[str] = Setting("preferences/language", str, "")

# --- state (what the app remembers) -----------------------------------------------------------
RECENT_FILES: Setting[list] = Setting("state/recent_files", list, [])
WINDOW_GEOMETRY: Setting[QByteArray] = Setting("state/window_geometry", QByteArray, QByteArray())
WINDOW_STATE: Setting[QByteArray] = Setting("state/window_state", QByteArray, QByteArray())
SPLITTERS: Setting[dict] = Setting("state/splitters", dict, {})
LAST_STAGE: Setting[int] = Setting("state/last_stage", int, 0)
LAST_FOLDER: Setting[str] = Setting("state/last_folder", str, "")
ROOM_FOLLOW: Setting[bool] = Setting("state/room_follows_released_items", bool, True)

PREFERENCES: tuple[Setting[Any], ...] = (
    AUTOSAVE_SECONDS,
    TEXT_SCALE,
    ROOM_TEXT_SCALE,
    RECENT_LIMIT,
    OFFER_RECOVERY,
    LANGUAGE,
)


def config_dir() -> Path:
    override = os.environ.get("COMMONGROUND_CONFIG_DIR")
    if override:
        return Path(override)
    location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.ConfigLocation)
    return Path(location or Path.home() / ".config") / "commonground"


class Settings:
    """Typed access to the settings file; the only place QSettings is used."""

    def __init__(self, path: Path | None = None) -> None:
        target = path or config_dir() / "commonground.ini"
        target.parent.mkdir(parents=True, exist_ok=True)
        self._store = QSettings(str(target), QSettings.Format.IniFormat)

    def get(self, setting: Setting[T]) -> T:
        if not self._store.contains(setting.key):
            return _copy(setting.default)
        if setting.type is bool:
            raw = self._store.value(setting.key)
            flag: Any = raw in (True, "true", "1", 1) if raw is not None else setting.default
            return flag  # type: ignore[no-any-return]
        if setting.type is dict:
            raw = self._store.value(setting.key)
            return raw if isinstance(raw, dict) else _copy(setting.default)  # type: ignore[return-value]
        try:
            value = self._store.value(setting.key, setting.default, type=setting.type)
        except (TypeError, ValueError):
            return _copy(setting.default)
        if value is None:
            return _copy(setting.default)
        result: Any = value
        return result  # type: ignore[no-any-return]

    def set(self, setting: Setting[T], value: T) -> None:
        self._store.setValue(setting.key, value)

    def reset(self, setting: Setting[Any]) -> None:
        self._store.remove(setting.key)

    def sync(self) -> None:
        self._store.sync()

    # --- recent files -------------------------------------------------------------------------

    def recent_files(self) -> list[str]:
        """Recent files that still exist, most recent first (missing ones are dropped)."""
        kept = [p for p in self.get(RECENT_FILES) if isinstance(p, str) and Path(p).is_file()]
        if kept != self.get(RECENT_FILES):
            self.set(RECENT_FILES, kept)
        return kept

    def add_recent(self, path: Path | str) -> None:
        text = str(Path(path).resolve())
        files = [p for p in self.recent_files() if p != text]
        self.set(RECENT_FILES, [text, *files][: self.get(RECENT_LIMIT)])


def _copy(value: T) -> T:
    if isinstance(value, list | dict):
        return type(value)(value)  # type: ignore[return-value]
    return value
