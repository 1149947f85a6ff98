"""The preferences dialog, built from the settings registry."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QSpinBox,
    QWidget,
)

from ui import settings, translations


def _labels() -> dict[str, tuple[str, int, int]]:
    """Label and range for each numeric preference (translated when the dialog opens)."""

    def tr(text: str) -> str:
        return QCoreApplication.translate("PreferencesDialog", text)

    return {
        settings.AUTOSAVE_SECONDS.key: (tr("Autosave every (seconds, 0 = never)"), 0, 3600),
        settings.TEXT_SCALE.key: (tr("Text size (%)"), 70, 250),
        settings.ROOM_TEXT_SCALE.key: (
            tr("Room view text size (% of the size fitted to its screen)"),
            50,
            300,
        ),
        settings.RECENT_LIMIT.key: (tr("Recent files to remember"), 1, 30),
    }


class PreferencesDialog(QDialog):
    def __init__(self, prefs: settings.Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Preferences"))
        self.prefs = prefs
        self.editors: dict[str, tuple[settings.Setting[Any], QWidget]] = {}
        form = QFormLayout(self)
        ranges = _labels()
        for setting in settings.PREFERENCES:
            editor: QWidget
            if setting is settings.LANGUAGE:
                combo = QComboBox(self)
                combo.addItem(self.tr("System default"), "")
                for code, name in translations.LANGUAGES.items():
                    combo.addItem(name, code)  # each language in its own words
                combo.setCurrentIndex(max(combo.findData(prefs.get(setting)), 0))
                label = self.tr("Language (from the next start)")
                combo.setAccessibleName(label)
                editor = combo
                form.addRow(label, combo)
            elif setting.type is bool:
                box = QCheckBox(self.tr("Offer to recover unsaved edits at start-up"), self)
                box.setChecked(bool(prefs.get(setting)))
                editor = box
                form.addRow(box)
            else:
                text, low, high = ranges[setting.key]
                spin = QSpinBox(self)
                spin.setRange(low, high)
                spin.setValue(int(prefs.get(setting)))
                spin.setAccessibleName(text)
                editor = spin
                form.addRow(text, spin)
            self.editors[setting.key] = (setting, editor)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def apply(self) -> None:
        """Store what the dialog shows."""
        for setting, editor in self.editors.values():
            if isinstance(editor, QCheckBox):
                self.prefs.set(setting, editor.isChecked())
            elif isinstance(editor, QSpinBox):
                self.prefs.set(setting, editor.value())
            elif isinstance(editor, QComboBox):
                self.prefs.set(setting, str(editor.currentData()))
