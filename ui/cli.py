"""``commonground``: open the app, or work with workshop files from the command line.

Every error is one line on stderr and a non-zero exit, never a traceback (``--debug`` shows it).
Nothing is left half-written: outputs go through ``workshop.atomic``.
"""

from __future__ import annotations

import contextlib
import signal
import sys
import threading
from collections.abc import Iterator, Sequence
from pathlib import Path
from types import FrameType
from typing import TYPE_CHECKING

from workshop.errors import WorkshopError

if TYPE_CHECKING:
    import argparse

EXPORT_FORMATS = ("json", "pdf", "csv", "xlsx")
COMMANDS = ("demo", "check", "import", "export", "review", "responses")


class CliError(WorkshopError):
    """A mistake in how the command was called."""


class Stopped(KeyboardInterrupt):
    """SIGINT or SIGTERM: unwinds like Ctrl+C, so every half-written file is removed."""


#: The signal that stopped the command (a library may re-raise ``Stopped`` with new arguments).
_received: list[int] = []


@contextlib.contextmanager
def _stopped_cleanly() -> Iterator[None]:
    """While a command runs, SIGINT and SIGTERM raise :class:`Stopped` in the main thread (the
    default SIGTERM would end the process with its temporary files still on disk). A second
    signal during the clean-up that follows is ignored, so the clean-up finishes."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    watched = (signal.SIGINT, signal.SIGTERM)

    def stop(signum: int, _frame: FrameType | None) -> None:
        for number in watched:
            signal.signal(number, signal.SIG_IGN)
        _received.append(signum)
        raise Stopped(signum)

    _received.clear()
    previous = {number: signal.getsignal(number) for number in watched}
    for number in watched:
        signal.signal(number, stop)
    try:
        yield
    finally:
        for number, handler in previous.items():
            signal.signal(number, handler)


def _print_traceback() -> None:
    import traceback  # only for --debug

    traceback.print_exc()


def _parser() -> argparse.ArgumentParser:
    import argparse  # not on the way to the app's window

    from exports import PACK_LANGUAGES
    from workshop import __version__

    parser = argparse.ArgumentParser(
        prog="commonground",
        description="Common Ground: partnership foundations workshops, offline.",
    )
    parser.add_argument("--version", action="version", version=f"Common Ground {__version__}")
    parser.add_argument("--debug", action="store_true", help="show tracebacks on errors")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    demo = sub.add_parser("demo", help="write the sample workshop to PATH")
    demo.add_argument("path", type=Path, metavar="PATH")
    demo.add_argument("--force", action="store_true", help="replace PATH if it exists")

    check = sub.add_parser("check", help="check a workshop file; print its version and contents")
    check.add_argument("file", type=Path, metavar="FILE")

    imp = sub.add_parser("import", help="import interchange JSON into a new workshop file")
    imp.add_argument("json", type=Path, metavar="JSON")
    imp.add_argument("-o", "--output", type=Path, required=True, metavar="FILE")
    imp.add_argument("--force", action="store_true", help="replace FILE if it exists")

    exp = sub.add_parser("export", help="export a workshop as JSON, PDF, CSV or XLSX")
    exp.add_argument("file", type=Path, metavar="FILE")
    exp.add_argument("--format", choices=EXPORT_FORMATS, required=True)
    exp.add_argument(
        "--audience",
        metavar="AUDIENCE",
        help="room, broker or partner:NAME (NAME is the partner's short name); "
        "required for pdf, csv and xlsx",
    )
    exp.add_argument("--all-partners", action="store_true", help="one pack per partner into DIR")
    exp.add_argument(
        "--issue",
        choices=("draft", "final"),
        help="record this pack as an issue (numbered per audience) in FILE, draft or final; "
        "the pack then carries that issue in its head, foot and title",
    )
    exp.add_argument(
        "--prepared-by", metavar="NAME", help="who prepared the issue (default: the facilitator)"
    )
    exp.add_argument(
        "--language",
        choices=tuple(PACK_LANGUAGES),
        default="en",
        help="the pack's language: en (English, the default), cy (Cymraeg) or cy+en (both, "
        "Welsh first); for pdf, csv and xlsx",
    )
    exp.add_argument("-o", "--output", type=Path, required=True, metavar="OUT")
    exp.add_argument(
        "--force",
        action="store_true",
        help="replace existing files at OUT (never a workshop, an open file or FILE itself)",
    )

    rev = sub.add_parser(
        "review", help="issue a partner's review pack: its summary PDF and a response workbook"
    )
    rev.add_argument("file", type=Path, metavar="FILE")
    rev.add_argument("--partner", required=True, metavar="NAME", help="short name or name")
    rev.add_argument("-o", "--output", type=Path, required=True, metavar="DIR")
    rev.add_argument(
        "--final",
        action="store_true",
        help="issue as final (only once every partner has confirmed its latest issue)",
    )
    rev.add_argument("--prepared-by", metavar="NAME", help="who prepared it (default: facilitator)")
    rev.add_argument("--force", action="store_true", help="replace existing files in DIR")

    resp = sub.add_parser(
        "responses", help="check a partner's returned response workbook and record its answers"
    )
    resp.add_argument("file", type=Path, metavar="FILE")
    resp.add_argument("workbook", type=Path, metavar="WORKBOOK")
    resp.add_argument(
        "--dry-run", action="store_true", help="check and show the answers; record nothing"
    )
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args_list = list(sys.argv[1:] if argv is None else argv)
    if args_list[:1] == ["--self-test"]:
        return _self_test(args_list[1:])
    if not any(arg in COMMANDS for arg in args_list if not arg.startswith("-")):
        # `commonground [FILE]`: open the app.
        return _open_app(args_list)
    parser = _parser()
    args = parser.parse_args(args_list)
    try:
        with _stopped_cleanly():
            if args.command == "demo":
                return _demo(args.path, args.force)
            if args.command == "check":
                return _check(args.file)
            if args.command == "import":
                return _import(args.json, args.output, args.force)
            if args.command == "export":
                return _export(args)
            if args.command == "review":
                return _review(args)
            if args.command == "responses":
                return _responses(args)
    except WorkshopError as exc:
        if args.debug:
            _print_traceback()
        print(f"commonground: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        signum = _received[-1] if _received else signal.SIGINT
        what = "stopped" if signum == signal.SIGTERM else "interrupted"
        print(f"commonground: {what}; nothing was left half-written.", file=sys.stderr)
        return 128 + signum
    except Exception as exc:  # the last line of defence: one line, not a traceback
        if args.debug:
            _print_traceback()
        print(
            f"commonground: unexpected error: {exc} (run with --debug for details)", file=sys.stderr
        )
        return 2
    parser.print_help()
    return 0


def _open_app(args: list[str]) -> int:
    debug = "--debug" in args
    files = [arg for arg in args if not arg.startswith("-")]
    if len(files) > 1:
        print("commonground: give at most one workshop file to open.", file=sys.stderr)
        return 2
    unknown = [arg for arg in args if arg.startswith("-") and arg not in ("--debug",)]
    if unknown:
        if unknown[0] in ("-h", "--help", "--version"):
            _parser().parse_args(unknown)
        print(f"commonground: unknown option {unknown[0]} (see --help).", file=sys.stderr)
        return 2
    try:
        from ui.app import main as app_main
    except ImportError as exc:
        if debug:
            _print_traceback()
        print(f"commonground: the app cannot start here ({exc}).", file=sys.stderr)
        return 1
    return int(app_main(files[0] if files else None))


def _self_test(args: list[str]) -> int:
    """``commonground --self-test OUTDIR``: check a (bundled) installation end to end."""
    try:
        from ui.selftest import main as self_test
    except ImportError as exc:
        print(f"commonground: the self-test cannot run here ({exc}).", file=sys.stderr)
        return 1
    return int(self_test(args))


def _demo(path: Path, force: bool) -> int:
    from workshop import destinations
    from workshop.sample import write_sample

    destinations.check(path, replace=force, writes_workshop=True)
    _writable_folder(path)
    write_sample(path)
    print(f"Wrote the sample workshop to {path}")
    return 0


def _writable_folder(path: Path) -> None:
    folder = path.parent if str(path.parent) else Path(".")
    if not folder.is_dir():
        raise CliError(f"The folder “{folder}” does not exist.")


def _check(path: Path) -> int:
    from workshop import snapshot
    from workshop.audience import Audience
    from workshop.document import Document

    # Every check runs on a private copy in the data folder: nothing is written beside FILE.
    doc = Document.open(path, read_only=True)
    try:
        snap = snapshot.build(doc, Audience.broker())
    finally:
        doc.close()
    print(f"{path}: sound Common Ground workshop, schema version {doc.file_version}")
    print(f"title: {snap.workshop.title}")
    for table, attr in snapshot.COLLECTION_ATTR.items():
        print(f"  {attr.replace('_', ' ')}: {len(snap.items(table))}")
    return 0


def _import(source: Path, target: Path, force: bool) -> int:
    from workshop import destinations, interchange

    destinations.check(target, sources=[source], replace=force, writes_workshop=True)
    _writable_folder(target)
    interchange.import_file(source, target)
    print(f"Imported {source} into {target}")
    return 0


def parse_audience(text: str | None, partners: dict[int, tuple[str, str]]) -> object:
    """``room``, ``broker`` or ``partner:NAME`` (short name or name, any case) as an Audience."""
    from workshop.audience import Audience

    if text is None:
        return None
    if text == "room":
        return Audience.room()
    if text == "broker":
        return Audience.broker()
    if text.startswith("partner:"):
        return Audience.partner(find_partner(text.removeprefix("partner:"), partners))
    raise CliError(f"Unknown audience “{text}”: use room, broker or partner:NAME.")


def find_partner(name: str, partners: dict[int, tuple[str, str]]) -> int:
    """The id of the partner called ``name`` (short name or name, any case)."""
    wanted = name.strip().casefold()
    found = [
        pid
        for pid, (full, short) in partners.items()
        if wanted in (short.casefold(), full.casefold())
    ]
    if len(found) > 1:
        raise CliError(f"More than one partner is called “{wanted}”; use the full name.")
    if found:
        return found[0]
    known = ", ".join(short or full for full, short in partners.values()) or "none"
    raise CliError(f"There is no partner called “{wanted}”. Partners: {known}.")


def _export(args: argparse.Namespace) -> int:
    import exports
    from workshop import snapshot
    from workshop.audience import Audience
    from workshop.destinations import check_all
    from workshop.document import Document

    if args.format != "json" and args.audience is None and not args.all_partners:
        raise CliError(
            f"--audience is required for {args.format}: say who the document is for "
            "(room, broker or partner:NAME)."
        )
    if args.all_partners and args.audience is not None:
        raise CliError("Use either --audience or --all-partners, not both.")
    if args.issue is not None and (args.all_partners or args.format == "json"):
        raise CliError(
            "--issue records one pack (pdf, csv or xlsx) for one --audience; "
            "issue each partner's pack on its own."
        )
    if args.format == "json" and args.language != "en":
        raise CliError("--language is for pdf, csv and xlsx: a JSON export is data, in English.")
    if args.issue is not None:
        return _issue(args)
    if not args.all_partners:  # refuse before the (slower) opening; run_jobs checks again
        check_all(
            exports.files_of(args.format, args.output), sources=[args.file], replace=args.force
        )
    doc = Document.open(args.file, read_only=True)
    try:
        if args.all_partners:
            written = exports.export_all_partners(
                doc, args.format, args.output, replace=args.force, language=args.language
            )
            for path in written:
                print(f"Wrote {path}")
            return 0
        broker = snapshot.build(doc, Audience.broker())
        partners = {p.id: (p.name, p.short_name) for p in broker.partners}
        audience = parse_audience(args.audience, partners) or Audience.broker()
        assert isinstance(audience, Audience)
        if args.audience is None:
            print(
                "commonground: no --audience given, so this is the broker's full record: it "
                "includes confidential and private items.",
                file=sys.stderr,
            )
        snap = broker if audience.kind == "broker" else snapshot.build(doc, audience)
    finally:
        doc.close()
    job = exports.Job(snap, args.format, args.output, language=args.language)
    exports.run_jobs([job], replace=args.force, sources=[args.file])
    print(f"Wrote {args.output}")
    return 0


def _issue(args: argparse.Namespace) -> int:
    """``export --issue``: record the issue in FILE and write the pack carrying it."""
    import exports
    from workshop import snapshot
    from workshop.audience import Audience
    from workshop.destinations import check_all
    from workshop.document import Document

    check_all(exports.files_of(args.format, args.output), sources=[args.file], replace=args.force)
    doc = Document.open(args.file)  # writable: "in use" if it is open elsewhere
    try:
        broker = snapshot.build(doc, Audience.broker(), {"partner"})
        partners = {p.id: (p.name, p.short_name) for p in broker.partners}
        audience = parse_audience(args.audience, partners)
        assert isinstance(audience, Audience)
        written, control = exports.issue_and_export(
            doc,
            audience,
            args.format,
            args.output,
            args.issue,
            prepared_by=args.prepared_by,
            replace=args.force,
            sources=[args.file],
            language=args.language,
        )
        doc.save()
    finally:
        doc.close()
    assert control.issue is not None
    print(f"Wrote {written}")
    print(f"Recorded issue {control.issue.number} ({control.issue.status}) in {args.file}")
    return 0


def _review(args: argparse.Namespace) -> int:
    from exports import review
    from workshop import snapshot
    from workshop.audience import Audience
    from workshop.document import Document

    doc = Document.open(args.file)  # writable: "in use" if it is open elsewhere
    try:
        broker = snapshot.build(doc, Audience.broker(), {"partner"})
        partner_id = find_partner(
            args.partner, {p.id: (p.name, p.short_name) for p in broker.partners}
        )
        written = review.write_review_pack(
            doc,
            partner_id,
            args.output,
            "final" if args.final else "draft",
            args.prepared_by,
            replace=args.force,
        )
        doc.save()
    finally:
        doc.close()
    for path in written:
        print(f"Wrote {path}")
    print(f"Recorded the issue in {args.file}")
    return 0


def _responses(args: argparse.Namespace) -> int:
    from exports import review
    from workshop import review as reviews
    from workshop import snapshot
    from workshop.audience import Audience
    from workshop.document import Document

    filled = review.read_workbook(args.workbook)  # a bad file is refused before FILE is opened
    doc = Document.open(args.file, read_only=args.dry_run)
    try:
        broker = snapshot.build(doc, Audience.broker())
        returned = reviews.check(
            broker, filled.identity, filled.signature, filled.answers, filled.sign_off
        )
        for line in (*review.summary(returned), *returned.notes):
            print(line)
        if not args.dry_run:
            reviews.take(doc, returned)
            doc.save()
    finally:
        doc.close()
    print("Dry run: nothing was recorded." if args.dry_run else f"Recorded in {args.file}")
    return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
