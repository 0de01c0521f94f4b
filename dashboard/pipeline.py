"""Files in, stored articles out: the ingest pipeline shared by the CLI and the app.

Each file is read, skipped when its article is already stored (same content
hash), extracted, and saved in one transaction. One bad file never stops the
batch: its failure, with the reason, goes into the :class:`IngestReport`.
"""

from __future__ import annotations

import logging
import multiprocessing
import threading
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from dashboard.config import Settings
from dashboard.errors import ArticleReadError, DashboardError
from dashboard.models import Article, ArticleExtraction, ExtractedPlace
from geodata.errors import GeodataError

if TYPE_CHECKING:
    from dashboard.services import Services
    from geodata.geoparser import Geoparser

log = logging.getLogger(__name__)

#: File types a folder is searched for (a file named explicitly is always tried).
SUPPORTED_SUFFIXES = (".txt", ".md", ".html", ".htm", ".pdf", ".docx")
DEMO_DIR = Path(__file__).resolve().parent / "demo"

Outcome = Literal["saved", "duplicate", "failed"]


@dataclass(frozen=True, slots=True)
class FileResult:
    """What happened to one file of a batch."""

    path: str
    outcome: Outcome
    article_id: int | None = None
    places: int = 0
    reason: str | None = None


@dataclass(frozen=True, slots=True)
class IngestReport:
    """Per-file results of one batch, each list in input order."""

    saved: tuple[FileResult, ...] = ()
    duplicates: tuple[FileResult, ...] = ()
    failed: tuple[FileResult, ...] = ()
    results: tuple[FileResult, ...] = field(default=(), repr=False)

    @property
    def ok(self) -> bool:
        """True when every file landed (saved, or already stored)."""
        return not self.failed


#: Called after each file with (files done, files in the batch, its result).
Progress = Callable[[int, int, FileResult], None]


def collect_files(paths: Iterable[str | Path]) -> list[Path]:
    """Expand files and folders (recursively, supported types only), in order.

    A path that does not exist is kept, so that it is reported as failed.
    """
    found: list[Path] = []
    seen: set[Path] = set()
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            children = sorted(
                p
                for p in path.rglob("*")
                if p.is_file() and p.suffix.lower() in SUPPORTED_SUFFIXES
            )
        else:
            children = [path]
        for child in children:
            key = child.resolve()
            if key not in seen:
                seen.add(key)
                found.append(child)
    return found


def read_file_bytes(path: Path, *, max_bytes: int) -> bytes:
    """Return a file's bytes, refusing (before reading) one over ``max_bytes``."""
    try:
        size = path.stat().st_size
        if not path.is_file():
            raise ArticleReadError(path.name, "not a file")
        if size > max_bytes:
            # Same words as the reader's check, without reading the file first.
            raise ArticleReadError(
                path.name,
                f"larger than {_format_mb(max_bytes)} MB (the file has "
                f"{_format_mb(size)} MB)",
            )
        return path.read_bytes()
    except FileNotFoundError as exc:
        raise ArticleReadError(str(path), "no such file") from exc
    except OSError as exc:
        raise ArticleReadError(str(path), f"cannot be read ({exc.strerror})") from exc


def _format_mb(size_bytes: int) -> str:
    return f"{size_bytes / (1024 * 1024):.3g}"


def extract_uploads(
    items: Iterable[tuple[str, bytes]],
    *,
    geoparser: Geoparser,
    max_bytes: int,
    rules_only: bool = False,
) -> list[ArticleExtraction]:
    """Extract each (file name, bytes) pair; failures carry their ``error``."""
    from dashboard.extraction import extract_file

    return [
        extract_file(
            data, name, geoparser=geoparser, max_bytes=max_bytes, rules_only=rules_only
        )
        for name, data in items
    ]


def extract_paths(
    paths: Sequence[str | Path],
    *,
    geoparser: Geoparser,
    max_bytes: int,
    rules_only: bool = False,
) -> list[ArticleExtraction]:
    """Extract each file given (not folders), in order: the ``extract`` command."""
    from dashboard.extraction import extract_file

    results = []
    for raw in paths:
        path = Path(raw)
        try:
            data = read_file_bytes(path, max_bytes=max_bytes)
        except ArticleReadError as exc:
            results.append(
                ArticleExtraction(file=str(raw), article=None, error=exc.reason)
            )
            continue
        extraction = extract_file(
            data,
            path.name,
            geoparser=geoparser,
            max_bytes=max_bytes,
            rules_only=rules_only,
        )
        results.append(_with_file(extraction, str(raw)))
    return results


def ingest_paths(
    paths: Iterable[str | Path],
    services: Services,
    *,
    progress: Progress | None = None,
    workers: int = 1,
    is_demo: bool = False,
) -> IngestReport:
    """Store the articles of files and folders; return what happened to each file.

    ``workers`` is how many processes read and extract: this one and
    ``workers`` - 1 helpers, started once for the batch. This process checks
    each article's content hash before it is extracted and alone writes to
    the store.
    """
    files = collect_files(paths)
    total = len(files)
    results: list[FileResult] = []

    def record(result: FileResult) -> None:
        results.append(result)
        if progress is not None:
            progress(len(results), total, result)

    store = services.store
    max_bytes = services.settings.max_file_bytes

    def known(article: Article) -> int | None:
        return store.find_article_id(article.content_hash)

    def prepare(path: Path) -> Article | None:
        """Read the article; record and return None when it needs no extraction."""
        try:
            article = _read_article(path, max_bytes=max_bytes)
        except DashboardError as exc:
            record(_failed(path, exc))
            return None
        existing = known(article)
        if existing is not None:
            record(FileResult(str(path), "duplicate", article_id=existing))
            return None
        return article

    def save(path: Path, article: Article, found: Sequence[ExtractedPlace]) -> None:
        try:
            saved = store.save_article(article, found, is_demo=is_demo)
        except DashboardError as exc:
            record(_failed(path, exc))
            return
        if saved.is_new:
            record(FileResult(str(path), "saved", saved.article_id, len(found)))
        else:  # stored meanwhile (same article twice in a batch, or another writer)
            record(FileResult(str(path), "duplicate", article_id=saved.article_id))

    def ingest_here(path: Path) -> None:
        article = prepare(path)
        if article is None:
            return
        try:
            found = _extract(article, services.geoparser, services.settings)
        except _ExtractionFailed as exc:
            record(FileResult(str(path), "failed", reason=exc.reason))
            return
        save(path, article, found)

    if workers <= 1 or total <= 1:
        for path in files:
            ingest_here(path)
    else:
        _ingest_parallel(
            files,
            services.settings,
            workers=workers,
            known=known,
            save=save,
            record=record,
            ingest_here=ingest_here,
        )

    order = {str(path): index for index, path in enumerate(files)}
    results.sort(key=lambda r: order.get(r.path, total))
    return IngestReport(
        saved=tuple(r for r in results if r.outcome == "saved"),
        duplicates=tuple(r for r in results if r.outcome == "duplicate"),
        failed=tuple(r for r in results if r.outcome == "failed"),
        results=tuple(results),
    )


def demo_files() -> list[Path]:
    """Return the demo articles shipped with the app."""
    return sorted(DEMO_DIR.glob("*.txt"))


def load_demo(services: Services, *, progress: Progress | None = None) -> int:
    """Store the demo articles (flagged ``is_demo``); return how many were new."""
    report = ingest_paths(demo_files(), services, progress=progress, is_demo=True)
    for failure in report.failed:
        log.error("demo article %s failed: %s", failure.path, failure.reason)
    return len(report.saved)


def load_demo_if_empty(services: Services) -> int:
    """Load the demo when the store is empty and the demo was never cleared."""
    store = services.store
    if not store.is_empty() or store.was_demo_cleared():
        return 0
    return load_demo(services)


def retry_pending(services: Services) -> int:
    """Geocode again the mentions left pending; return how many got resolved.

    Each article with pending mentions is extracted again (so resolution has
    the whole article's context), and its pending mentions take the new
    resolution when it is no longer pending.
    """
    store = services.store
    by_article: dict[int, list[dict]] = {}
    for row in store.pending_mentions():
        by_article.setdefault(row["article_id"], []).append(row)
    resolved = 0
    for article_id, rows in by_article.items():
        article = store.article(article_id)
        if article is None:
            continue
        try:
            found = _extract(article, services.geoparser, services.settings)
        except _ExtractionFailed as exc:
            log.error("could not re-extract article %d: %s", article_id, exc.reason)
            continue
        by_name = {place.name: place for place in found}
        for row in rows:
            place = by_name.get(row["name"]) or _overlapping(found, row)
            if place is None or place.status == "pending":
                continue
            store.update_mention_resolution(
                row["mention_id"],
                status=place.status,
                lat=place.lat,
                lon=place.lon,
                country_code=place.country_code,
                admin1=place.admin1,
                precision=place.precision,
                gazetteer_id=place.gazetteer_id,
                confidence=place.confidence,
                candidates=place.candidates,
            )
            resolved += place.status == "resolved"
    return resolved


# -- internals -------------------------------------------------------------------


class _ExtractionFailed(Exception):
    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def _read_article(path: Path, *, max_bytes: int) -> Article:
    from dashboard.readers import read_article

    data = read_file_bytes(path, max_bytes=max_bytes)
    return read_article(data, path.name, max_bytes=max_bytes)


def _extract(
    article: Article, geoparser: Geoparser, settings: Settings
) -> tuple[ExtractedPlace, ...]:
    from dashboard.extraction import extract_article

    try:
        return tuple(
            extract_article(
                article, geoparser=geoparser, rules_only=not settings.role_model
            )
        )
    except (DashboardError, GeodataError) as exc:
        raise _ExtractionFailed(str(exc)) from exc
    except Exception as exc:  # noqa: BLE001 - one bad file must not stop the batch
        log.exception("extraction failed on %s", article.file_name)
        raise _ExtractionFailed(f"internal error: {type(exc).__name__}: {exc}") from exc


def _failed(path: Path, exc: DashboardError) -> FileResult:
    return FileResult(str(path), "failed", reason=_reason(exc))


def _reason(exc: DashboardError) -> str:
    return exc.reason if isinstance(exc, ArticleReadError) else str(exc)


def _overlapping(found: Sequence[ExtractedPlace], row: dict) -> ExtractedPlace | None:
    for place in found:
        if place.start < row["end"] and row["start"] < place.end:
            return place
    return None


def _with_file(extraction: ArticleExtraction, file: str) -> ArticleExtraction:
    if extraction.file == file:
        return extraction
    return ArticleExtraction(
        file=file,
        article=extraction.article,
        places=extraction.places,
        error=extraction.error,
    )


# -- worker processes ------------------------------------------------------------
#
# With ``workers`` = N, N - 1 helper processes read files (decoding, parsing,
# language detection) and extract the articles this process has found absent
# from the store (by content hash); this process checks the hashes, saves
# every article, and ingests files itself whenever no helper result is
# waiting. This process's geoparser is already open (and warm in the app),
# while each helper pays ~0.4 s CPU to open and warm its own, so on two cores
# this process plus one helper beats two helpers plus an idle saver.

#: Modules the forkserver imports once; each helper is forked from it with
#: them loaded instead of importing them itself (~0.8 s CPU per helper).
_WORKER_PRELOAD = ["dashboard.ingest_worker"]

_worker_geoparser: Geoparser | None = None
_worker_settings: Settings | None = None


def _init_worker(settings: Settings) -> None:
    global _worker_geoparser, _worker_settings
    import dashboard.ingest_worker  # noqa: F401 - loaded already when forked from the server
    from dashboard.services import build_services

    _worker_geoparser = build_services(settings).geoparser
    _worker_settings = settings


def _read_in_worker(path: Path) -> Article | str:
    """Return the file's article, or the reason it cannot be read."""
    assert _worker_settings is not None, "worker not initialised"
    try:
        return _read_article(path, max_bytes=_worker_settings.max_file_bytes)
    except DashboardError as exc:
        return _reason(exc)
    except Exception as exc:  # noqa: BLE001 - one bad file must not stop the batch
        log.exception("reading failed on %s", path)
        return f"internal error: {type(exc).__name__}: {exc}"


def _extract_in_worker(article: Article) -> tuple[ExtractedPlace, ...] | str:
    assert _worker_geoparser is not None, "worker not initialised"
    assert _worker_settings is not None
    try:
        return _extract(article, _worker_geoparser, _worker_settings)
    except _ExtractionFailed as exc:
        return exc.reason


def _worker_context() -> multiprocessing.context.BaseContext:
    # Not fork: the parent holds SQLite connections and (in the app) threads.
    # forkserver where there is one: the server process imports the worker's
    # modules once and forks every worker from that warm state, here and in
    # later batches of the same process; spawn elsewhere.
    if "forkserver" not in multiprocessing.get_all_start_methods():
        return multiprocessing.get_context("spawn")
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload(_WORKER_PRELOAD)
    return context


def _ingest_parallel(
    files: Sequence[Path],
    settings: Settings,
    *,
    workers: int,
    known: Callable[[Article], int | None],
    save: Callable[[Path, Article, Sequence[ExtractedPlace]], None],
    record: Callable[[FileResult], None],
    ingest_here: Callable[[Path], None],
) -> None:
    # A file given to a helper makes two trips: read there, hash checked here
    # (an article already stored is not extracted), extracted there. The
    # helpers' queue is kept short, so that this process, which takes the
    # next file whenever no result is waiting, gets its share to the end.
    helpers = workers - 1
    in_flight_limit = helpers * 4
    reading: dict[Future, Path] = {}
    extracting: dict[Future, tuple[Path, Article]] = {}
    queue = iter(files)
    with ProcessPoolExecutor(
        max_workers=helpers,
        mp_context=_worker_context(),
        initializer=_init_worker,
        initargs=(settings,),
    ) as pool:

        def submit(task: Callable, argument: object) -> Future | None:
            try:
                return pool.submit(task, argument)
            except BrokenProcessPool:
                return None  # no helper could start: this process does the work

        def fill() -> None:
            while len(reading) + len(extracting) < in_flight_limit:
                path = next(queue, None)
                if path is None:
                    return
                future = submit(_read_in_worker, path)
                if future is None:
                    ingest_here(path)
                else:
                    reading[future] = path

        def read_done(future: Future) -> None:
            path = reading.pop(future)
            article = _outcome(future)
            if isinstance(article, str):
                record(FileResult(str(path), "failed", reason=article))
                return
            existing = known(article)
            if existing is not None:
                record(FileResult(str(path), "duplicate", article_id=existing))
                return
            extraction = submit(_extract_in_worker, article)
            if extraction is None:
                ingest_here(path)
            else:
                extracting[extraction] = (path, article)

        def extract_done(future: Future) -> None:
            path, article = extracting.pop(future)
            found = _outcome(future)
            if isinstance(found, str):
                record(FileResult(str(path), "failed", reason=found))
            else:
                save(path, article, found)

        # Starting a helper blocks until it is forked, which in a process's
        # first batch waits for the forkserver's imports (~1 s): start them
        # from a thread and ingest here meanwhile. (No submit from this thread
        # until then: submit would block on the same start.)
        starter = threading.Thread(
            target=_start_helpers, args=(pool, helpers), daemon=True
        )
        starter.start()
        while starter.is_alive():
            path = next(queue, None)
            if path is None:
                break
            ingest_here(path)
        starter.join()
        fill()
        while reading or extracting:
            futures = [*reading, *extracting]
            done, _ = wait(futures, timeout=0)
            if not done:
                path = next(queue, None)
                if path is not None:
                    ingest_here(path)
                    continue
                done, _ = wait(futures, return_when=FIRST_COMPLETED)
            for future in done:
                if future in reading:
                    read_done(future)
                else:
                    extract_done(future)
            fill()


def _start_helpers(pool: ProcessPoolExecutor, helpers: int) -> None:
    # Each submit of a task while none is idle starts one more process.
    for _ in range(helpers):
        try:
            pool.submit(_started)
        except BrokenProcessPool:
            return  # the batch goes on in the parent (see submit)


def _started() -> bool:
    return True


def _outcome(future: Future) -> object:
    try:
        return future.result()
    except BrokenProcessPool:
        return "the extraction worker crashed"
