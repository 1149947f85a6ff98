"""The interface's languages: English (UK) and Welsh (Cymraeg).

Qt Linguist files in ``resources/translations``:

* ``commonground_cy.ts`` — every message of the interface (``ui/``) and of the core's vocabulary
  (the ``N_``-marked words of ``workshop/``, context ``"vocabulary"``) with its Welsh
  translation; ``commonground_cy.qm`` is what the app loads.
* ``commonground_en.ts`` — English plural forms only ("1 minute", "2 minutes"): the source
  strings are English already, but Qt leaves the choice of plural form to a translation.

``make translations`` (``python -m ui.translations``) runs pyside6-lupdate over the sources
(keeping the translations already made), fills the English plural forms and compiles both .qm
files with pyside6-lrelease. The .qm files are committed: building the app needs no tools and
no network. ``tests/test_ui_translations.py`` fails when a message has no Welsh translation or
a .qm is out of date. See docs/translation.md.
"""

from __future__ import annotations

import ast
import re
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from workshop.resources import resource_path

SOURCES = ("ui/*.py", "ui/stages/*.py")
#: The core's modules whose ``N_`` words the interface (and the exports) translate.
VOCABULARY_SOURCES = ("workshop/*.py", "exports/*.py")
VOCABULARY_CONTEXT = "vocabulary"
#: The languages the interface is translated into, by code, with their own names.
LANGUAGES = {"en": "English", "cy": "Cymraeg"}
#: The translated languages (English is the source).
TRANSLATED = ("cy",)
#: English words whose plural is not the word with "s".
IRREGULAR = {"person(s)": ("person", "people")}

_current: list[QTranslator] = []


def folder() -> Path:
    return resource_path("translations")


def language_of(setting: str, locale: QLocale | None = None) -> str:
    """The language to show: the setting's, or with none ("") the system's when it is one we
    have (Welsh for a Welsh locale), else English."""
    if setting in LANGUAGES:
        return setting
    system = (locale or QLocale.system()).name().split("_")[0]
    return system if system in LANGUAGES else "en"


def install(app: QCoreApplication, language: str = "en") -> str:
    """Load ``language``'s messages into ``app`` (replacing any loaded before) and make its
    locale the default for dates and numbers; returns the language now in use."""
    if app.property("cg_language") == language and _current:
        return language
    for old in _current:
        app.removeTranslator(old)
    _current.clear()
    translator = QTranslator(app)
    if translator.load(str(folder() / f"commonground_{language}.qm")):
        app.installTranslator(translator)
        _current.append(translator)
    if language == "cy":
        QLocale.setDefault(QLocale(QLocale.Language.Welsh, QLocale.Country.UnitedKingdom))
    else:
        QLocale.setDefault(QLocale.system())
    app.setProperty("cg_language", language)
    return language


# --- building the files ------------------------------------------------------------------------


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


def vocabulary_messages(root: Path) -> list[str]:
    """Every ``N_("…")`` word of the core, in the order the files declare them."""
    found: list[str] = []
    for pattern in VOCABULARY_SOURCES:
        for path in sorted(root.glob(pattern)):
            for node in ast.walk(ast.parse(path.read_text("utf-8"))):
                if (
                    isinstance(node, ast.Call)
                    and isinstance(node.func, ast.Name)
                    and node.func.id == "N_"
                    and node.args
                    and isinstance(node.args[0], ast.Constant)
                    and isinstance(node.args[0].value, str)
                    and node.args[0].value not in found
                ):
                    found.append(node.args[0].value)
    return found


#: ``def _tr(text): return QCoreApplication.translate("Files", text)``: a module's (or a
#: function's) own helper, whose calls lupdate cannot follow.
_HELPER = re.compile(
    r"def (?P<name>_?tr)\(text: str\) -> str:\n"
    r"(?:\s*\"\"\"[^\n]*\"\"\"\n)?"
    r"\s*return QCoreApplication\.translate\((?P<context>\"\w+\"), text\)"
)


def readable_source(text: str) -> str:
    """A source file as lupdate should read it: calls of a translating helper written out as
    the ``QCoreApplication.translate(context, …)`` they make."""
    for found in _HELPER.finditer(text):
        call = re.compile(rf"(?<![\w.]){found['name']}\((?=\s*[\"'])")
        text = call.sub(f"QCoreApplication.translate({found['context']}, ", text)
    return text


def _sources(root: Path, scratch: Path) -> list[str]:
    """The interface's sources, rewritten for lupdate into ``scratch``."""
    copies = []
    for number, path in enumerate(sorted(p for pattern in SOURCES for p in root.glob(pattern))):
        copy = scratch / f"{number:03d}_{path.name}"
        copy.write_text(readable_source(path.read_text("utf-8")), "utf-8")
        copies.append(str(copy))
    return copies


def _vocabulary_file(root: Path, out: Path) -> Path:
    """The core's words as ``QT_TRANSLATE_NOOP("vocabulary", …)`` lines that lupdate reads."""
    lines = [
        f"QT_TRANSLATE_NOOP({VOCABULARY_CONTEXT!r}, {text!r})" for text in vocabulary_messages(root)
    ]
    path = out / "vocabulary_messages.py"
    path.write_text("\n".join(lines) + "\n", "utf-8")
    return path


def update(root: Path, out: Path | None = None) -> list[Path]:
    """Rebuild the .ts files from the sources under ``root`` (keeping their translations) and
    compile them; returns the .qm files. With ``out``, writes there from copies of the .ts."""
    import shutil
    import subprocess
    import tempfile

    shipped = folder()
    out = out or shipped
    tools = Path(sys.executable).parent
    built: list[Path] = []
    with tempfile.TemporaryDirectory() as scratch:
        sources = _sources(root, Path(scratch))
        vocabulary = _vocabulary_file(root, Path(scratch))
        # English: the plural messages of the interface only, their forms made from the source.
        ts_file = out / "commonground_en.ts"
        command = [str(tools / "pyside6-lupdate"), "-pluralonly", "-no-obsolete", "-locations"]
        command += ["none", "-target-language", "en_GB", *sources, "-ts", str(ts_file)]
        subprocess.run(command, check=True, capture_output=True)
        fill(ts_file)
        # The translations: every message, the translations made so far kept.
        for language in TRANSLATED:
            ts_file = out / f"commonground_{language}.ts"
            if out != shipped and (shipped / ts_file.name).exists():
                shutil.copyfile(shipped / ts_file.name, ts_file)
            command = [str(tools / "pyside6-lupdate"), "-no-obsolete", "-locations", "none"]
            command += ["-target-language", f"{language}_GB", *sources, str(vocabulary)]
            command += ["-ts", str(ts_file)]
            subprocess.run(command, check=True, capture_output=True)
    for language in ("en", *TRANSLATED):
        ts_file, qm_file = out / f"commonground_{language}.ts", out / f"commonground_{language}.qm"
        release = [str(tools / "pyside6-lrelease"), "-silent", str(ts_file), "-qm", str(qm_file)]
        subprocess.run(release, check=True, capture_output=True)
        built.append(qm_file)
    return built


if __name__ == "__main__":
    for built_file in update(Path(__file__).resolve().parents[1]):
        print(built_file)
