"""Editors for table cells: choice lists for enums and references, plain editors otherwise."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QComboBox, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from ui.table_model import CHOICES_ROLE

Index = QModelIndex | QPersistentModelIndex


class ChoiceDelegate(QStyledItemDelegate):
    """A combo box for cells whose model offers choices (CHOICES_ROLE); the default otherwise."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        choices = index.data(CHOICES_ROLE)
        if not choices:
            return super().createEditor(parent, option, index)
        combo = QComboBox(parent)
        combo.setAccessibleName(
            str(
                index.model().headerData(
                    index.column(), Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole
                )
            )
        )
        for text, value in choices:
            combo.addItem(text, value)
        # Commit as soon as a choice is made, so one click or key is enough.
        combo.activated.connect(lambda _i, c=combo: self._commit(c))
        return combo

    def _commit(self, combo: QComboBox) -> None:
        self.commitData.emit(combo)
        self.closeEditor.emit(combo)

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        if isinstance(editor, QComboBox) and index.data(CHOICES_ROLE):
            current = index.data(Qt.ItemDataRole.EditRole)
            found = editor.findData(current)
            editor.setCurrentIndex(max(found, 0))
            return
        super().setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        if isinstance(editor, QComboBox) and index.data(CHOICES_ROLE):
            value: Any = editor.currentData()
            model.setData(index, value, Qt.ItemDataRole.EditRole)
            return
        super().setModelData(editor, model, index)
