"""Contrast (issue 13): every text on its background at least 4.5:1 and the current cell's
frame at least 3:1, in a light and a dark palette, computed from the palette the app applies
and the vocabulary's colours (ink on white, on alternate rows, on its fill)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import pytest
from PySide6.QtCore import QItemSelectionModel
from PySide6.QtGui import QColor, QPalette, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QApplication, QStyleFactory

from ui import access, labels
from ui.access import NON_TEXT_CONTRAST, TEXT_CONTRAST, blend, contrast
from ui.cells import CellTable
from ui.table_model import HELD_COLOUR, HELD_FOREGROUND
from workshop import vocabulary

R = QPalette.ColorRole


def light() -> QPalette:
    """Qt's own light palette (Fusion): its selection reads at 3.69:1, its placeholder 4.0:1."""
    style = QStyleFactory.create("Fusion")
    assert style is not None
    return style.standardPalette()


def dark() -> QPalette:
    """A dark desktop palette (Breeze Dark's colours)."""
    palette = QPalette()
    for role, colour in (
        (R.Window, "#31363b"),
        (R.WindowText, "#eff0f1"),
        (R.Base, "#1b1e20"),
        (R.AlternateBase, "#232629"),
        (R.Text, "#fcfcfc"),
        (R.Button, "#31363b"),
        (R.ButtonText, "#fcfcfc"),
        (R.Highlight, "#3daee9"),
        (R.HighlightedText, "#fcfcfc"),
        (R.PlaceholderText, "#80fcfcfc"),
        (R.ToolTipBase, "#31363b"),
        (R.ToolTipText, "#fcfcfc"),
        (R.Link, "#1d99f3"),
    ):
        palette.setColor(role, QColor(colour))
    return palette


PALETTES: dict[str, Callable[[], QPalette]] = {"light": light, "dark": dark}


@pytest.fixture(params=sorted(PALETTES))
def palette(request: Any, qapp: QApplication) -> Iterator[QPalette]:
    original = qapp.palette()
    qapp.setPalette(PALETTES[request.param]())
    access.apply_palette(qapp)
    yield qapp.palette()
    qapp.setPalette(original)


def palette_failures(palette: QPalette) -> list[str]:
    found = []
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        for text, background in access.TEXT_PAIRS:
            paper = palette.color(group, background)
            ink = blend(palette.color(group, text), paper)
            ratio = contrast(ink, paper)
            if ratio < TEXT_CONTRAST:
                found.append(f"{group.name} {text.name} on {background.name}: {ratio:.2f}")
    return found


def test_the_systems_palettes_fall_short_and_the_apps_does_not(qapp: QApplication) -> None:
    assert any("HighlightedText" in f for f in palette_failures(light())), "3.69:1 selection"
    assert any("PlaceholderText" in f for f in palette_failures(light())), "4.0:1 placeholder"
    assert palette_failures(dark())
    for make in PALETTES.values():
        assert palette_failures(access.accessible_palette(make())) == []


def test_every_text_on_its_background(palette: QPalette) -> None:
    assert palette_failures(palette) == []
    rows = (palette.color(R.Base), palette.color(R.AlternateBase))
    found = []
    for terms in vocabulary.LISTS.values():
        for term in terms:
            ink = labels.ink(terms.name, term.value)
            if ink is not None:
                for row in rows:
                    if contrast(ink, row) < TEXT_CONTRAST:
                        found.append(f"{terms.name} {term.value} {ink.name()} on {row.name()}")
            fill, cell_ink = labels.cell_colours(terms.name, term.value)
            if fill is not None:
                text = cell_ink or palette.color(R.Text)
                if contrast(text, fill) < TEXT_CONTRAST:
                    found.append(f"{terms.name} {term.value} on its fill {fill.name()}")
    window = palette.color(R.Window)
    for name, colour in (("over time", labels.warning_ink()), ("problem", labels.problem_ink())):
        if contrast(colour, window) < TEXT_CONTRAST:
            found.append(f"{name} {colour.name()} on the window {window.name()}")
    held = access.readable_on(QColor(HELD_FOREGROUND), QColor(HELD_COLOUR))
    assert contrast(held, QColor(HELD_COLOUR)) >= TEXT_CONTRAST
    for score in range(1, 26):  # the risk matrix's squares carry dark numbers
        if contrast(QColor("#1f2933"), labels.risk_shade(score)) < TEXT_CONTRAST:
            found.append(f"risk square {score}")
    assert found == [], found


def test_the_current_cell_is_framed_visibly_in_a_selected_row(
    qtbot: Any, palette: QPalette
) -> None:
    colour = access.focus_colour(palette)
    for background in (R.Base, R.AlternateBase, R.Highlight):
        assert contrast(colour, palette.color(background)) >= NON_TEXT_CONTRAST, background
    model = QStandardItemModel(3, 3)
    for row in range(3):
        for column in range(3):
            model.setItem(row, column, QStandardItem(f"cell {row}.{column}"))
    view = CellTable()
    qtbot.addWidget(view)
    view.setModel(model)
    view.resize(400, 200)
    view.show()
    view.setFocus()
    qtbot.waitUntil(view.hasFocus)
    view.setSelectionBehavior(CellTable.SelectionBehavior.SelectRows)
    current = model.index(1, 1)
    view.selectionModel().setCurrentIndex(
        current,
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
    )
    QApplication.processEvents()
    image = view.viewport().grab().toImage()
    rect = view.visualRect(current)
    edge = QColor(image.pixel(rect.left() + 1, rect.center().y()))
    # The frame stands out from the selection it sits in (the style's dotted line is 1.1:1).
    assert contrast(edge, palette.color(R.Highlight)) >= NON_TEXT_CONTRAST, edge.name()
