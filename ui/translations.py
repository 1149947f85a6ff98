"""The interface's translations. For now one: English plural forms ("1 minute", "2 minutes").

Qt writes plurals as ``tr("%n minute(s)", "", n)`` and leaves choosing the form to a translation,
even in English. ``resources/translations/commonground_en.ts`` holds every such message with
its English forms; ``commonground_en.qm`` is what the app loads. After adding or changing a
plural message, run ``python -m ui.translations`` (pyside6-lupdate, then pyside6-lrelease).
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTranslator

from workshop.resources import resource_path

SOURCES = ("ui/*.py", "ui/stages/*.py")
#: English words whose plural is not the word with "s".
IRREGULAR = {"person(s)": ("person", "people")}


def folder() -> Path:
    return resource_path("translations")


def install(app: QCoreApplication) -> None:
    """Load the English plural forms into ``app`` (once)."""
    if app.property("cg_translations"):
        return
    translator = QTranslator(app)
    if translator.load(str(folder() / "commonground_en.qm")):
        app.installTranslator(translator)
    app.setProperty("cg_translations", True)


def english_forms(source: str) -> tuple[str, str]:
    """The singular and plural of a plural message: "%n minute(s)" -> "%n minute", "%n minutes"."""
    singular, plural = source, source
    for word, (one, many) in IRREGULAR.items():
        singular, plural = singular.replace(word, one), plural.replace(word, many)
    return re.sub(r"\(s\)", "", singular), re.sub(r"\(s\)", "s", plural)


def fill(ts_file: Path) -> None:
    """Give every plural message of ``ts_file`` its English forms."""
    from xml.etree import ElementTree  # only when rebuilding, never at start-up

    tree = ElementTree.parse(ts_file)
    for message in tree.iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        if translation is None or message.get("numerus") != "yes":
            continue
        translation.attrib.pop("type", None)
        for form in list(translation):
            translation.remove(form)
        for text in english_forms(source):
            ElementTree.SubElement(translation, "numerusform").text = text
    tree.write(ts_file, encoding="utf-8", xml_declaration=True)


def update(root: Path, out: Path | None = None) -> Path:
    """Rebuild the English plural forms from the sources under ``root``; returns the .qm."""
    import subprocess

    out = out or folder()
    ts_file, qm_file = out / "commonground_en.ts", out / "commonground_en.qm"
    tools = Path(sys.executable).parent
    sources = sorted(str(p) for pattern in SOURCES for p in root.glob(pattern))
    command = [str(tools / "pyside6-lupdate"), "-pluralonly", "-no-obsolete", "-locations"]
    command += ["none", "-target-language", "en_GB", *sources, "-ts", str(ts_file)]
    subprocess.run(command, check=True, capture_output=True)
    fill(ts_file)
    release = [str(tools / "pyside6-lrelease"), "-silent", str(ts_file), "-qm", str(qm_file)]
    subprocess.run(release, check=True, capture_output=True)
    return qm_file


if __name__ == "__main__":
    print(update(Path(__file__).resolve().parents[1]))
