"""``landmine-map``: the command line of the dashboard.

Every command builds its settings with :func:`dashboard.config.load_settings`.
Errors print one line to stderr and exit non-zero; argparse exits 2 on a usage
error.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import sys
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from dashboard.config import PROJECT_ROOT, Settings, load_settings
from dashboard.errors import DashboardError
from geodata.errors import GeodataError

if TYPE_CHECKING:
    from tqdm import tqdm

    from dashboard.pipeline import FileResult
    from dashboard.services import Services
    from geodata.gazetteer import Gazetteer
    from geodata.geoparser import Geoparser
    from geodata.models import GeocodeResult

log = logging.getLogger("landmine-map")

PROG = "landmine-map"
STREAMLIT_APP = PROJECT_ROOT / "streamlit_app.py"


class CommandError(DashboardError):
    """A command cannot do what was asked (shown as one line, exit 1)."""


# -- progress bars -----------------------------------------------------------------


def _bar(description: str, *, unit: str = "it", total: int | None = None) -> tqdm:
    from tqdm import tqdm

    return tqdm(
        desc=description, unit=unit, total=total, file=sys.stderr, dynamic_ncols=True
    )


def _build_progress() -> Callable[[int, int, str], None]:
    """Return a ``progress(done, total, stage)`` callback that draws one bar."""
    state: dict[str, Any] = {}

    def progress(done: int, total: int, stage: str) -> None:
        bar = state.get("bar")
        if bar is None:
            bar = state["bar"] = _bar("building the gazetteer")
        bar.total = total
        bar.set_description(f"gazetteer: {stage}", refresh=False)
        bar.n = done
        bar.refresh()
        if done >= total:
            bar.close()
            state.pop("bar")

    return progress


# -- building what a command needs ---------------------------------------------------


def _settings() -> Settings:
    return load_settings()


def _services(settings: Settings) -> Services:
    from dashboard.services import build_services

    return build_services(settings, progress=_build_progress())


def _geoparser(settings: Settings) -> Geoparser:
    """Return a geoparser; offline it needs no store (extract writes nothing)."""
    if settings.is_online:
        return _services(settings).geoparser
    from dashboard.services import build_geoparser, open_gazetteer

    gazetteer = open_gazetteer(settings, progress=_build_progress())
    return build_geoparser(settings, gazetteer=gazetteer)


# -- extract -------------------------------------------------------------------------


def cmd_extract(args: argparse.Namespace) -> int:
    from dashboard.pipeline import extract_paths

    settings = _settings()
    results = extract_paths(
        args.files,
        geoparser=_geoparser(settings),
        max_bytes=settings.max_file_bytes,
        rules_only=not settings.role_model,
    )
    documents = [result.to_contract() for result in results]
    if args.format == "json":
        json.dump(documents, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    else:
        _print_extraction_table(documents, sys.stdout)
    return 0


_TABLE_COLUMNS = (
    ("name", 22),
    ("role", 10),
    ("status", 10),
    ("lat", 9),
    ("lon", 9),
    ("country_code", 3),
    ("precision", 2),
    ("event_date", 10),
    ("killed", 4),
    ("injured", 4),
    ("mines", 6),
    ("device", 19),
)


def _print_extraction_table(documents: list[dict[str, Any]], out: TextIO) -> None:
    for document in documents:
        out.write(f"== {document['file']}\n")
        if document["error"]:
            out.write(f"   error: {document['error']}\n\n")
            continue
        out.write(
            f"   {document['title'] or '(no title)'} | "
            f"{document['published'] or 'no date'} | {document['source'] or ''}\n"
        )
        header = " ".join(
            ("cc" if key == "country_code" else "p" if key == "precision" else key)[
                :width
            ].ljust(width)
            for key, width in _TABLE_COLUMNS
        )
        out.write(f"   {header}\n")
        for place in document["places"]:
            cells = []
            for key, width in _TABLE_COLUMNS:
                value = place.get(key)
                if isinstance(value, float):
                    text = f"{value:.4f}"
                else:
                    text = "" if value is None else str(value)
                cells.append(text[:width].ljust(width))
            out.write("   " + " ".join(cells).rstrip() + "\n")
        if not document["places"]:
            out.write("   (no places found)\n")
        out.write("\n")


# -- ingest --------------------------------------------------------------------------


def cmd_ingest(args: argparse.Namespace) -> int:
    from dashboard.pipeline import collect_files, ingest_paths

    services = _services(_settings())
    bar = _bar("ingesting", unit="file", total=len(collect_files(args.paths)))

    def progress(done: int, _total: int, result: FileResult) -> None:
        bar.update(1)
        if result.outcome == "failed":
            bar.write(f"failed: {result.path}: {result.reason}", file=sys.stderr)

    try:
        report = ingest_paths(
            args.paths, services, progress=progress, workers=args.workers
        )
    finally:
        bar.close()
    for result in report.results:
        if result.outcome == "saved":
            print(f"saved      {result.path} ({result.places} places)")
        elif result.outcome == "duplicate":
            print(f"duplicate  {result.path} (already stored)")
        else:
            print(f"failed     {result.path}: {result.reason}")
    print(
        f"{len(report.saved)} saved, {len(report.duplicates)} already stored, "
        f"{len(report.failed)} failed"
    )
    return 0 if report.ok else 1


# -- geocode -------------------------------------------------------------------------


def cmd_geocode(args: argparse.Namespace) -> int:
    services = _services(_settings())
    if args.retry_pending:
        from dashboard.pipeline import retry_pending

        if services.fallback is None:
            print(
                "offline (no online geocoder configured): retrying with the "
                "gazetteer only",
                file=sys.stderr,
            )
        resolved = retry_pending(services)
        left = services.store.counts()["pending"]
        print(f"{resolved} pending places resolved, {left} still pending")
        return 0
    from geodata.errors import GeocodingUnavailable
    from geodata.geocoders import GazetteerGeocoder

    country = args.country.upper() if args.country else None
    result = GazetteerGeocoder(services.gazetteer).geocode(
        args.name, country_code=country
    )
    if (result is None or result.confidence < 0.5) and services.fallback is not None:
        try:
            online = services.fallback.geocode(args.name, country_code=country)
        except GeocodingUnavailable as exc:
            print(f"online geocoding unavailable: {exc}", file=sys.stderr)
        else:
            if online is not None:
                result = online
    if result is None:
        print(f"{args.name!r}: no place found", file=sys.stderr)
        return 1
    _print_geocode(args.name, result, services.gazetteer)
    return 0


def _print_geocode(query: str, result: GeocodeResult, gazetteer: Gazetteer) -> None:
    entry = result.entry
    rows = [
        ("query", query),
        ("name", entry.name),
        ("lat", f"{entry.lat:.5f}"),
        ("lon", f"{entry.lon:.5f}"),
        ("country", entry.country_code or ""),
        ("admin1", entry.admin1 or ""),
        ("precision", str(result.precision)),
        ("confidence", f"{result.confidence:.2f}"),
        ("source", f"{result.provider} ({entry.gazetteer_id})"),
    ]
    for label, value in rows:
        print(f"{label + ':':<12}{value}")
    print(f"{'candidates considered:'}")
    if not result.candidates:
        print("  (only this one)")
    for candidate in result.candidates:
        country = candidate.country_code or "?"
        print(
            f"  {candidate.score:.2f}  {candidate.name} ({country})"
            f"  {candidate.lat:.4f}, {candidate.lon:.4f}  {candidate.gazetteer_id}"
        )


# -- gazetteer -----------------------------------------------------------------------


def cmd_gazetteer_build(args: argparse.Namespace) -> int:
    from filelock import FileLock

    from geodata.gazetteer import build_gazetteer, check_gazetteer, ensure_gazetteer

    path = _settings().gazetteer_path
    if args.force:
        path.parent.mkdir(parents=True, exist_ok=True)
        with FileLock(str(path) + ".lock"):
            build_gazetteer(path, progress=_build_progress())
    elif check_gazetteer(path) is None:
        print(f"the gazetteer is already built at {path} (--force rebuilds it)")
        return 0
    else:
        ensure_gazetteer(path, progress=_build_progress())
    print(f"gazetteer built at {path}")
    return 0


def cmd_gazetteer_status(args: argparse.Namespace) -> int:
    from geodata.gazetteer import Gazetteer, check_gazetteer

    settings = _settings()
    path = settings.gazetteer_path
    problem = check_gazetteer(path)
    if problem is not None:
        raise CommandError(
            f"the gazetteer at {path} is {problem}; run `{PROG} gazetteer build`"
        )
    status = Gazetteer.open(path, user_path=settings.user_gazetteer_path).status()
    _print_mapping(status)
    return 0


def cmd_gazetteer_import(args: argparse.Namespace) -> int:
    from geodata.importer import import_geonames_dump

    settings = _settings()
    source = Path(args.file)
    if not source.is_file():
        raise CommandError(f"Expected a GeoNames dump file, instead got {source}")
    bar = _bar(f"importing {source.name}", unit="B")
    bar.unit_scale = True

    def progress(done_bytes: int, total_bytes: int, _stage: str = "") -> None:
        bar.total = total_bytes
        bar.n = done_bytes
        bar.refresh()

    try:
        imported = import_geonames_dump(
            settings.user_gazetteer_path, source, progress=progress
        )
    finally:
        bar.close()
    print(f"imported {imported} places into {settings.user_gazetteer_path}")
    from dashboard.store import Store
    from geodata.cache import GeocodeCache

    # Online answers cached before the import may now be overruled by it.
    forgotten = GeocodeCache(Store(settings.database_url).engine).invalidate()
    if forgotten:
        print(f"forgot {forgotten} cached online answers")
    return 0


def _print_mapping(values: dict[str, Any], indent: str = "") -> None:
    for key, value in values.items():
        if isinstance(value, dict):
            print(f"{indent}{key}:")
            _print_mapping(value, indent + "  ")
        else:
            print(f"{indent}{key + ':':<16}{value}")


# -- serve ---------------------------------------------------------------------------


def streamlit_command(
    settings: Settings, *, port: int, address: str, python: str = sys.executable
) -> list[str]:
    """Return the command that starts the dashboard with every option explicit."""
    return [
        python,
        "-m",
        "streamlit",
        "run",
        str(STREAMLIT_APP),
        "--server.headless",
        "true",
        "--server.enableStaticServing",
        "true",
        "--server.port",
        str(port),
        "--server.address",
        address,
        "--server.maxUploadSize",
        str(settings.max_file_mb),
        "--server.fileWatcherType",
        "none",
        "--browser.gatherUsageStats",
        "false",
    ]


def _absolute_environment(settings: Settings) -> dict[str, str]:
    """Return the environment with data paths made absolute (serve changes cwd)."""
    from dashboard.store import sqlite_file_path

    env = dict(os.environ)
    env["LANDMINE_MAP_HOME"] = str(settings.data_dir.resolve())
    env["LANDMINE_MAP_CACHE"] = str(settings.cache_dir.resolve())
    db_file = sqlite_file_path(settings.database_url)
    if db_file is not None:
        env["LANDMINE_MAP_DB"] = f"sqlite:///{db_file.resolve().as_posix()}"
    config = env.get("LANDMINE_MAP_CONFIG")
    if config:
        env["LANDMINE_MAP_CONFIG"] = str(Path(config).resolve())
    return env


def cmd_serve(args: argparse.Namespace) -> int:
    from dashboard.assets import install_static_assets
    from dashboard.pipeline import load_demo_if_empty

    if not STREAMLIT_APP.is_file():
        raise CommandError(f"Expected the app at {STREAMLIT_APP}; it is missing")
    settings = _settings()
    install_static_assets()
    services = _services(settings)
    loaded = load_demo_if_empty(services)
    if loaded:
        print(f"loaded {loaded} demo articles into the empty store", file=sys.stderr)
    command = streamlit_command(settings, port=args.port, address=args.address)
    env = _absolute_environment(settings)
    print(f"serving on http://{args.address}:{args.port}", file=sys.stderr)
    sys.stdout.flush()
    sys.stderr.flush()
    # The project root holds .streamlit/config.toml (theme) and secrets.toml.
    os.chdir(PROJECT_ROOT)
    if os.name == "posix":
        # Become the server, so signals (Ctrl-C, a supervisor's SIGTERM) reach it.
        os.execve(command[0], command, env)
    import subprocess

    return subprocess.call(command, env=env)


# -- db ------------------------------------------------------------------------------


def cmd_db_backup(args: argparse.Namespace) -> int:
    from dashboard.store import Store

    store = Store(_settings().database_url)
    store.backup(Path(args.file))
    counts = store.counts()
    print(
        f"backed up {counts['articles']} articles and {counts['mentions']} mentions "
        f"to {args.file}"
    )
    return 0


def cmd_db_restore(args: argparse.Namespace) -> int:
    from dashboard.store import Store

    store = Store(_settings().database_url)
    store.restore(Path(args.file))
    counts = store.counts()
    print(
        f"restored {counts['articles']} articles and {counts['mentions']} mentions "
        f"from {args.file}"
    )
    return 0


def cmd_db_migrate_to(args: argparse.Namespace) -> int:
    from sqlalchemy.engine import make_url

    from dashboard.migrate import migrate_store

    source = args.source or _settings().database_url
    bars: dict[str, Any] = {}

    def progress(table: str, done: int, total: int) -> None:
        if total == 0:
            return
        bar = bars.get(table)
        if bar is None:
            bar = bars[table] = _bar(f"copying {table}", unit="row", total=total)
        bar.update(done - bar.n)

    try:
        copied = migrate_store(source, args.url, force=args.force, progress=progress)
    finally:
        for bar in bars.values():
            bar.close()
    shown = {
        name: make_url(url).render_as_string(hide_password=True)
        for name, url in (("from", source), ("to", args.url))
    }
    print(f"copied {shown['from']} to {shown['to']} (counts checked)")
    width = max(len(name) for name in copied) if copied else 5
    for name, count in copied.items():
        print(f"  {name:<{width}}  {count:>9,}")
    return 0


# -- demo ----------------------------------------------------------------------------


def cmd_demo_load(args: argparse.Namespace) -> int:
    from dashboard.pipeline import load_demo

    loaded = load_demo(_services(_settings()))
    print(f"loaded {loaded} demo articles")
    return 0


def cmd_demo_clear(args: argparse.Namespace) -> int:
    from dashboard.store import Store

    deleted = Store(_settings().database_url).delete_demo()
    print(f"deleted {deleted} demo articles")
    return 0


# -- aliases -------------------------------------------------------------------------


def cmd_aliases_export(args: argparse.Namespace) -> int:
    from dashboard.aliases import AliasStore
    from dashboard.store import Store

    count = AliasStore(Store(_settings().database_url)).export_csv(Path(args.file))
    print(f"exported {count} aliases to {args.file}")
    return 0


def cmd_aliases_import(args: argparse.Namespace) -> int:
    from dashboard.aliases import AliasStore
    from dashboard.store import Store

    aliases = AliasStore(Store(_settings().database_url))
    result = aliases.import_csv(Path(args.file), who=args.editor)
    print(
        f"imported {args.file}: {result.added} added, {result.changed} changed, "
        f"{result.unchanged} unchanged"
    )
    return 0


# -- export / import -----------------------------------------------------------------


def cmd_export(args: argparse.Namespace) -> int:
    from dashboard.events import event_groups_of, with_event_ids
    from dashboard.exports import export_text
    from dashboard.frames import FilterState, filter_mentions, mentions_frame
    from dashboard.store import Store

    store = Store(_settings().database_url)
    frame = mentions_frame(store.mention_rows())
    frame = with_event_ids(frame, groups=event_groups_of(store))
    filters = FilterState(
        countries=tuple(c.upper() for c in args.country or ()),
        roles=tuple(args.role or ()),
        date_from=args.since,
        date_to=args.until,
    )
    shown = filter_mentions(frame, filters)
    text = export_text(args.format, shown, store=store)
    events = int(shown["event_id"].nunique()) if len(shown) else 0
    if args.output:
        Path(args.output).write_text(text, encoding="utf-8")
        print(
            f"exported {len(shown)} mentions ({events} events) to {args.output}",
            file=sys.stderr,
        )
    else:
        sys.stdout.write(text)
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    from dashboard.exports import import_file
    from dashboard.store import Store

    source = Path(args.file)
    if not source.is_file():
        raise CommandError(f"Expected a CSV or GeoJSON file, instead got {source}")
    report = import_file(Store(_settings().database_url), source)
    print(
        f"{report.articles_new} articles added, {report.articles_known} already "
        f"stored, {report.mentions_added} mentions added"
    )
    return 0


# -- parser --------------------------------------------------------------------------


def _iso_date(value: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(
            f"expected a date as YYYY-MM-DD, instead got {value!r}"
        ) from exc


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog=PROG,
        description="Map landmine contamination reported in news articles.",
    )
    parser.add_argument(
        "-v", "--verbose", action="store_true", help="log what is being done"
    )
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    extract = commands.add_parser(
        "extract", help="print the places found in files (JSON contract)"
    )
    extract.add_argument("files", nargs="+", metavar="FILE")
    extract.add_argument("--format", choices=("json", "table"), default="json")
    extract.set_defaults(handler=cmd_extract)

    ingest = commands.add_parser("ingest", help="store files and folders of articles")
    ingest.add_argument("paths", nargs="+", metavar="PATH")
    ingest.add_argument(
        "--workers", type=int, default=1, help="extraction processes (default 1)"
    )
    ingest.set_defaults(handler=cmd_ingest)

    geocode = commands.add_parser("geocode", help="show where a place name resolves")
    geocode.add_argument("name", nargs="?", metavar="NAME")
    geocode.add_argument("--country", metavar="CC", help="ISO country code hint")
    geocode.add_argument(
        "--retry-pending",
        action="store_true",
        help="geocode again the places an online provider could not answer",
    )
    geocode.set_defaults(handler=cmd_geocode)

    gazetteer = commands.add_parser("gazetteer", help="manage the offline gazetteer")
    gazetteer_commands = gazetteer.add_subparsers(
        dest="gazetteer_command", required=True, metavar="ACTION"
    )
    build = gazetteer_commands.add_parser("build", help="build it (once)")
    build.add_argument("--force", action="store_true", help="rebuild even if built")
    build.set_defaults(handler=cmd_gazetteer_build)
    status = gazetteer_commands.add_parser("status", help="describe the built file")
    status.set_defaults(handler=cmd_gazetteer_status)
    import_ = gazetteer_commands.add_parser(
        "import", help="import a GeoNames dump (allCountries.zip, AZ.zip, AZ.txt)"
    )
    import_.add_argument("file", metavar="FILE")
    import_.set_defaults(handler=cmd_gazetteer_import)

    serve = commands.add_parser("serve", help="start the dashboard")
    serve.add_argument("--port", type=int, default=8501)
    serve.add_argument("--address", default="localhost")
    serve.set_defaults(handler=cmd_serve)

    db = commands.add_parser("db", help="back up or restore the store")
    db_commands = db.add_subparsers(dest="db_command", required=True, metavar="ACTION")
    backup = db_commands.add_parser(
        "backup", help="copy the store (safe while running)"
    )
    backup.add_argument("file", metavar="FILE")
    backup.set_defaults(handler=cmd_db_backup)
    restore = db_commands.add_parser("restore", help="bring a backup back")
    restore.add_argument("file", metavar="FILE")
    restore.set_defaults(handler=cmd_db_restore)
    migrate_to = db_commands.add_parser(
        "migrate-to",
        help="copy the whole store to another database (e.g. PostgreSQL)",
    )
    migrate_to.add_argument(
        "url", metavar="URL", help="target SQLAlchemy URL, e.g. postgresql+psycopg://..."
    )
    migrate_to.add_argument(
        "--from",
        dest="source",
        metavar="URL",
        help="the store to copy (default: the configured one)",
    )
    migrate_to.add_argument(
        "--force", action="store_true", help="replace the rows of a non-empty target"
    )
    migrate_to.set_defaults(handler=cmd_db_migrate_to)

    demo = commands.add_parser("demo", help="load or clear the demo articles")
    demo_commands = demo.add_subparsers(
        dest="demo_command", required=True, metavar="ACTION"
    )
    demo_commands.add_parser("load", help="store the demo articles").set_defaults(
        handler=cmd_demo_load
    )
    demo_commands.add_parser(
        "clear", help="delete the demo articles (and only them)"
    ).set_defaults(handler=cmd_demo_clear)

    aliases = commands.add_parser(
        "aliases", help="export or import the corrections (alias list) as CSV"
    )
    alias_commands = aliases.add_subparsers(
        dest="aliases_command", required=True, metavar="ACTION"
    )
    alias_export = alias_commands.add_parser("export", help="write the list to FILE")
    alias_export.add_argument("file", metavar="FILE")
    alias_export.set_defaults(handler=cmd_aliases_export)
    alias_import = alias_commands.add_parser(
        "import", help="add or replace the aliases in FILE (all rows or none)"
    )
    alias_import.add_argument("file", metavar="FILE")
    alias_import.add_argument(
        "--editor", default=None, help="name recorded in the audit trail (local)"
    )
    alias_import.set_defaults(handler=cmd_aliases_import)
    export = commands.add_parser(
        "export", help="print the stored mentions as CSV, GeoJSON or KML"
    )
    export.add_argument("--format", choices=("csv", "geojson", "kml"), default="csv")
    export.add_argument(
        "--country", action="append", metavar="CC", help="ISO code (repeatable)"
    )
    export.add_argument(
        "--role",
        action="append",
        choices=("incident", "minefield", "clearance", "conference", "mention"),
        help="repeatable",
    )
    export.add_argument("--since", type=_iso_date, metavar="YYYY-MM-DD")
    export.add_argument("--until", type=_iso_date, metavar="YYYY-MM-DD")
    export.add_argument("--output", metavar="FILE", help="write here, not stdout")
    export.set_defaults(handler=cmd_export)

    import_file = commands.add_parser(
        "import", help="import a CSV or GeoJSON export (again: adds nothing)"
    )
    import_file.add_argument("file", metavar="FILE")
    import_file.set_defaults(handler=cmd_import)
    return parser


def _check_usage(parser: argparse.ArgumentParser, args: argparse.Namespace) -> None:
    if args.command == "geocode":
        if args.retry_pending and args.name:
            parser.error("geocode takes a NAME or --retry-pending, not both")
        if not args.retry_pending and not args.name:
            parser.error("geocode needs a NAME (or --retry-pending)")
    if args.command == "ingest" and args.workers < 1:
        parser.error(f"--workers must be 1 or more, not {args.workers}")
    if args.command == "serve" and not 0 < args.port < 65536:
        parser.error(f"--port must be between 1 and 65535, not {args.port}")


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    _check_usage(parser, args)
    logging.basicConfig(
        level=logging.INFO if args.verbose else logging.WARNING,
        format=f"{PROG}: %(message)s",
        stream=sys.stderr,
    )
    # Output is UTF-8 whatever the locale: place names carry ə, ğ, ı, ş.
    for stream in (sys.stdout, sys.stderr):
        if hasattr(stream, "reconfigure"):
            stream.reconfigure(encoding="utf-8", errors="replace")
    try:
        return args.handler(args)
    except (DashboardError, GeodataError) as exc:
        print(f"{PROG}: error: {exc}", file=sys.stderr)
        return 1
    except OSError as exc:
        print(f"{PROG}: error: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print(f"{PROG}: interrupted", file=sys.stderr)
        return 130


if __name__ == "__main__":
    sys.exit(main())
