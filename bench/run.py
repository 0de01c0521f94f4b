"""``make bench``: measure extraction, ingest, the map page, the gazetteer and memory.

Prints one markdown table: per row the median and the spread (min–max) of
several runs, the target and PASS/MISS. Ratios are measured side by side in
the same invocation. Data is generated with a fixed seed (:mod:`bench.corpus`);
generated stores are cached in ``bench/results/`` (git-ignored), keyed by seed
and size. ``--quick`` runs tiny sizes (the smoke test uses it); ``--only``
picks rows (extraction, ingest, map, naive, payload, gazetteer, rss, browser).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from bench.corpus import (
    PlacePool,
    cached_store,
    generate_articles,
    load_place_pool,
    write_corpus,
)

PROJECT_ROOT = Path(__file__).resolve().parent.parent
RESULTS_DIR = Path(__file__).resolve().parent / "results"
DEFAULT_SEED = 20250
GROUPS = (
    "extraction",
    "ingest",
    "map",
    "naive",
    "payload",
    "gazetteer",
    "rss",
    "browser",
)
BROWSER_TIMEOUT_MS = 180_000


@dataclass(frozen=True)
class Plan:
    """How big and how often: the full run, or ``--quick``."""

    extraction_articles: int = 200
    extraction_runs: int = 3
    ingest_articles: int = 60
    ingest_runs: int = 3
    map_sizes: tuple[int, ...] = (1_000, 10_000, 100_000)
    map_runs: dict[int, int] = field(
        default_factory=lambda: {1_000: 5, 10_000: 5, 100_000: 3}
    )
    naive_sizes: tuple[int, ...] = (1_000, 10_000)
    naive_runs: dict[int, int] = field(default_factory=lambda: {1_000: 3, 10_000: 1})
    gazetteer_countries: tuple[str, ...] = ()  # () = the whole world
    open_runs: int = 5
    rss_size: int = 10_000
    browser_size: int = 100_000
    payload_size: int = 10_000
    ratio_size: int = 10_000


QUICK = Plan(
    extraction_articles=8,
    extraction_runs=3,
    ingest_articles=4,
    ingest_runs=1,
    map_sizes=(200,),
    map_runs={200: 2},
    naive_sizes=(200,),
    naive_runs={200: 1},
    gazetteer_countries=("AZ",),
    open_runs=3,
    rss_size=200,
    browser_size=200,
    payload_size=200,
    ratio_size=200,
)


@dataclass
class Row:
    """One line of the table."""

    group: str
    label: str
    unit: str
    samples: list[float]
    target: str = ""
    passed: bool | None = None
    note: str = ""

    @property
    def median(self) -> float | None:
        return statistics.median(self.samples) if self.samples else None


def _number(value: float | None) -> str:
    if value is None:
        return "–"
    if value >= 100:
        return f"{value:,.0f}"
    if value >= 10:
        return f"{value:.1f}"
    if value >= 1:
        return f"{value:.2f}"
    return f"{value:.3f}"


def render_table(rows: Sequence[Row]) -> str:
    """Return the rows as one markdown table."""
    lines = [
        "| Measure | Median | Spread (min–max) | Runs | Target | Result | Notes |",
        "|---|---|---|---|---|---|---|",
    ]
    for row in rows:
        spread = (
            f"{_number(min(row.samples))}–{_number(max(row.samples))}"
            if len(row.samples) > 1
            else "–"
        )
        median = f"{_number(row.median)} {row.unit}" if row.samples else "not run"
        result = {True: "PASS", False: "MISS", None: ""}[row.passed]
        lines.append(
            f"| {row.label} | {median} | {spread} | {len(row.samples)} | "
            f"{row.target} | {result} | {row.note} |"
        )
    return "\n".join(lines)


def _at_least(value: float | None, target: float) -> bool | None:
    return None if value is None else value >= target


def _at_most(value: float | None, target: float) -> bool | None:
    return None if value is None else value <= target


def _size_label(size: int) -> str:
    return f"{size // 1000}k" if size >= 1000 and size % 1000 == 0 else str(size)


class Bench:
    """Holds what the rows share: settings, the place pool, a scratch folder."""

    def __init__(
        self,
        plan: Plan,
        *,
        seed: int,
        scratch: Path,
        log: Callable[[str], None],
        results_dir: Path = RESULTS_DIR,
    ) -> None:
        from dashboard.config import Settings, load_settings

        self.plan = plan
        self.seed = seed
        self.scratch = scratch
        self.log = log
        self.results_dir = results_dir
        base = load_settings(secrets={})
        self.gazetteer_path = base.gazetteer_path
        self.cache_dir = base.cache_dir
        self._settings_type = Settings
        self._pool: PlacePool | None = None

    @property
    def pool(self) -> PlacePool:
        if self._pool is None:
            self._pool = load_place_pool(self.gazetteer_path)
        return self._pool

    def settings(self, data_dir: Path):  # noqa: ANN201
        return self._settings_type.from_mapping(
            {
                "data_dir": str(data_dir),
                "cache_dir": str(self.cache_dir),
                "tiles_url": "none",
            }
        )

    def store_copy(self, size: int) -> tuple[Path, Path]:
        """Return (data dir, db file): a private copy of the cached ``size`` store."""
        cached = cached_store(
            self.results_dir, self.pool, mentions=size, seed=self.seed
        )
        data_dir = Path(tempfile.mkdtemp(prefix=f"store{size}-", dir=self.scratch))
        db_file = data_dir / "bench.sqlite"
        shutil.copyfile(cached, db_file)
        return data_dir, db_file

    # -- rows -------------------------------------------------------------------

    def extraction(self) -> list[Row]:
        from dashboard.extraction import extract_article
        from dashboard.readers import read_article
        from dashboard.services import build_geoparser

        plan = self.plan
        geoparser = build_geoparser(self.settings(self.scratch / "extraction"))
        synthetic = generate_articles(
            self.pool, count=plan.extraction_articles, seed=self.seed
        )
        articles = [
            read_article(a.file_text.encode("utf-8"), a.file_name, max_bytes=10**7)
            for a in synthetic
        ]
        for article in articles:  # warm: gazetteer pages, per-country fuzzy choices
            extract_article(article, geoparser=geoparser)
        rates: list[float] = []
        cpu_rates: list[float] = []  # by CPU time: the machine may be shared
        places = 0
        for _ in range(plan.extraction_runs):
            started = time.perf_counter()
            cpu_started = time.process_time()
            places = sum(len(extract_article(a, geoparser=geoparser)) for a in articles)
            rates.append(len(articles) / (time.perf_counter() - started))
            cpu_rates.append(len(articles) / (time.process_time() - cpu_started))
        # The place-finding part alone (recognition + resolution), timed the
        # same way: what geodata's extraction costs before roles and facts.
        place_rates: list[float] = []
        place_cpu_rates: list[float] = []
        for _ in range(plan.extraction_runs):
            started = time.perf_counter()
            cpu_started = time.process_time()
            for article in articles:
                geoparser.parse(article.text)
            place_rates.append(len(articles) / (time.perf_counter() - started))
            place_cpu_rates.append(len(articles) / (time.process_time() - cpu_started))
        size_kb = statistics.mean(len(a.text) for a in articles) / 1000
        median = statistics.median(rates)
        place_median = statistics.median(place_rates)
        return [
            Row(
                "extraction",
                "Place extraction (Geoparser.parse: find + resolve, 1 process)",
                "articles/s",
                place_rates,
                "≥ 500",
                _at_least(place_median, 500),
                f"the same articles; by CPU time "
                f"{statistics.median(place_cpu_rates):.0f} articles/s",
            ),
            Row(
                "extraction",
                "Extraction throughput (extract_article, warm gazetteer, 1 process)",
                "articles/s",
                rates,
                "≥ 500",
                _at_least(median, 500),
                f"{len(articles)} synthetic articles of {size_kb:.1f} KB, "
                f"{places / len(articles):.1f} places each; by CPU time "
                f"{statistics.median(cpu_rates):.0f} articles/s",
            )
        ]

    def ingest(self) -> list[Row]:
        from dashboard.pipeline import ingest_paths
        from dashboard.services import build_services

        plan = self.plan
        folder = self.scratch / "ingest-corpus"
        write_corpus(
            folder,
            generate_articles(
                self.pool, count=plan.ingest_articles, seed=self.seed + 1
            ),
        )
        results: dict[int, list[float]] = {1: [], 2: []}
        for run in range(plan.ingest_runs):
            for workers in (1, 2):  # interleaved: same machine load for both
                data_dir = self.scratch / f"ingest-{workers}-{run}"
                services = build_services(self.settings(data_dir))
                started = time.perf_counter()
                report = ingest_paths([folder], services, workers=workers)
                elapsed = time.perf_counter() - started
                if len(report.saved) != plan.ingest_articles:
                    raise RuntimeError(
                        f"expected {plan.ingest_articles} articles saved, got "
                        f"{len(report.saved)} ({report.failed[:3]})"
                    )
                results[workers].append(plan.ingest_articles / elapsed)
                services.store.engine.dispose()
        one, two = (statistics.median(results[w]) for w in (1, 2))
        note = f"{plan.ingest_articles} .txt files into a fresh SQLite store per run"
        return [
            Row(
                "ingest",
                "Ingest into SQLite, 1 process (read+extract+resolve+store)",
                "articles/s",
                results[1],
                "",
                None,
                note,
            ),
            Row(
                "ingest",
                "Ingest into SQLite, 2 worker processes",
                "articles/s",
                results[2],
                "",
                None,
                f"{two / one:.2f}x the 1-process rate; includes starting the "
                "workers (each opens the gazetteer)",
            ),
        ]

    def _page(self, page: str, size: int, runs: int) -> dict[str, Any]:
        data_dir, db_file = self.store_copy(size)
        from bench.server import bench_environment

        env = bench_environment(data_dir, db_file)
        completed = subprocess.run(
            [
                sys.executable,
                "-m",
                "bench.pagebench",
                "--page",
                page,
                "--runs",
                str(runs),
            ],
            cwd=PROJECT_ROOT,
            env=env,
            capture_output=True,
            text=True,
            check=False,
        )
        lines = [ln for ln in completed.stdout.splitlines() if ln.startswith("{")]
        if completed.returncode != 0 or not lines:
            raise RuntimeError(
                f"pagebench {page} {size} failed ({completed.returncode}):\n"
                f"{completed.stderr[-3000:]}"
            )
        result = json.loads(lines[-1])
        if "error" in result:
            raise RuntimeError(f"the {page} page raised: {result['error']}")
        expected = f"{size:,} mentions shown"
        if expected not in result["shown"]:
            raise RuntimeError(
                f"expected {expected!r}, the page said {result['shown']!r}"
            )
        shutil.rmtree(data_dir, ignore_errors=True)
        return result

    def _measure(self, page: str, size: int, runs: int, rows: list[Row]) -> dict | None:
        """Run one page measurement; a failure becomes a row, not an abort."""
        label = _size_label(size)
        self.log(
            f"{'naive marker' if page == 'naive' else 'map'} page, {label} mentions"
        )
        try:
            return self._page(page, size, runs)
        except RuntimeError as exc:
            name = "Naive page" if page == "naive" else "Map page"
            rows.append(_failed_row(f"{name}, {label} mentions", exc))
            return None

    def map_pages(self, *, with_app: bool, with_naive: bool) -> list[Row]:
        plan = self.plan
        rows: list[Row] = []
        targets = {10_000: 0.5, 100_000: 2.0}
        payload_row: Row | None = None
        for size in plan.map_sizes:
            label = _size_label(size)
            app = naive = None
            if with_app:
                app = self._measure("app", size, plan.map_runs[size], rows)
            if app is not None:
                median = statistics.median(app["reruns_s"])
                target = targets.get(size)
                folium_s = statistics.median(app["st_folium_s"][1:] or [0.0])
                rows.append(
                    Row(
                        "map",
                        f"Map page rerun, {label} mentions (AppTest)",
                        "s",
                        app["reruns_s"],
                        f"≤ {target} s" if target else "",
                        _at_most(median, target) if target else None,
                        f"CPU {statistics.median(app['reruns_cpu_s']):.3f} s; "
                        f"of which st_folium {folium_s:.3f} s; process peak "
                        f"{app['max_rss_mb']:.0f} MB",
                    )
                )
                rows.append(
                    Row(
                        "map",
                        f"Map page first run, {label} mentions",
                        "s",
                        [app["first_s"]],
                        "",
                        None,
                        "store read, frame, map data; modules pre-imported",
                    )
                )
                if size == plan.payload_size:
                    payload_row = _payload_row(label, app)
            if with_naive and size in plan.naive_sizes:
                naive = self._measure("naive", size, plan.naive_runs[size], rows)
            if naive is not None:
                rows.append(
                    Row(
                        "naive",
                        f"Naive Marker+Popup page rerun, {label} (reference)",
                        "s",
                        naive["reruns_s"],
                        "",
                        None,
                        f"CPU {statistics.median(naive['reruns_cpu_s']):.1f} s; "
                        f"first run {naive['first_s']:.1f} s; payload "
                        f"{naive['payload_bytes'] / 1e6:.1f} MB",
                    )
                )
            if app is not None and naive is not None:
                ratio = statistics.median(naive["reruns_s"]) / statistics.median(
                    app["reruns_s"]
                )
                cpu_ratio = statistics.median(
                    naive["reruns_cpu_s"]
                ) / statistics.median(app["reruns_cpu_s"])
                is_target = size == plan.ratio_size
                rows.append(
                    Row(
                        "map",
                        f"Speed-up over the naive page, {label}",
                        "x",
                        [ratio],
                        "≥ 20x" if is_target else "",
                        _at_least(ratio, 20) if is_target else None,
                        "median naive rerun / median map page rerun, same bench "
                        f"run; by CPU time {cpu_ratio:.0f}x",
                    )
                )
        if payload_row is not None:
            rows.append(payload_row)
        return rows

    def payload_only(self) -> list[Row]:
        size = self.plan.payload_size
        return [_payload_row(_size_label(size), self._page("app", size, 1))]

    def gazetteer(self) -> list[Row]:
        plan = self.plan
        target_file = self.scratch / "gazetteer-build" / "gazetteer.sqlite"
        command = [sys.executable, "-m", "geodata.gazetteer", str(target_file)]
        if plan.gazetteer_countries:
            command += ["--countries", ",".join(plan.gazetteer_countries)]
        self.log("gazetteer build (first use)")
        before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
        started = time.perf_counter()
        subprocess.run(command, cwd=PROJECT_ROOT, check=True, capture_output=True)
        build_s = time.perf_counter() - started
        peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
        size_mb = target_file.stat().st_size / 1e6
        target_file.unlink()
        scope = "AZ only (quick)" if plan.gazetteer_countries else "whole world"
        opener = (
            "import sys, time\n"
            "from geodata.gazetteer import Gazetteer\n"
            "t = time.perf_counter()\n"
            "g = Gazetteer.open(__import__('pathlib').Path(sys.argv[1]))\n"
            "g.has_name('aghdam'); g.lookup('Aghdam')\n"
            "print(time.perf_counter() - t)\n"
        )
        opens = []
        for _ in range(plan.open_runs):
            completed = subprocess.run(
                [sys.executable, "-c", opener, str(self.gazetteer_path)],
                cwd=PROJECT_ROOT,
                check=True,
                capture_output=True,
                text=True,
            )
            opens.append(float(completed.stdout.strip().splitlines()[-1]))
        open_median = statistics.median(opens)
        return [
            Row(
                "gazetteer",
                "Gazetteer first build (into a temp path)",
                "s",
                [build_s],
                "≤ 60 s",
                _at_most(build_s, 60),
                f"{scope}, {size_mb:.0f} MB file, build process peak "
                f"{max(peak, before) / 1024:.0f} MB; one run (it reads ~900 MB)",
            ),
            Row(
                "gazetteer",
                "Gazetteer open (fresh process, + first lookup)",
                "s",
                opens,
                "≤ 1 s",
                _at_most(open_median, 1.0),
                "Gazetteer.open + has_name + lookup, imports excluded",
            ),
        ]

    def rss(self) -> list[Row]:
        from bench.server import has_chromium, peak_rss_mb, start_server

        size = self.plan.rss_size
        data_dir, db_file = self.store_copy(size)
        self.log(f"dashboard server with {_size_label(size)} mentions (RSS)")
        server = start_server(data_dir, db_file)
        try:
            import urllib.request

            with urllib.request.urlopen(
                f"{server.url}/_stcore/health", timeout=10
            ) as r:
                r.read()
            visited = "health GET only (no chromium)"
            if has_chromium():
                self._visit(server.url)
                visited = "health GET + one Chromium page visit (map drawn)"
            peak, current = peak_rss_mb(server.process.pid)
        finally:
            server.stop()
        return [
            Row(
                "rss",
                f"Dashboard peak RSS, gazetteer loaded, {_size_label(size)} store",
                "MB",
                [peak],
                "≤ 400 MB",
                _at_most(peak, 400),
                f"VmHWM of `landmine-map serve` (+children); now {current:.0f} MB; "
                f"{visited}",
            )
        ]

    def _visit(self, url: str) -> float:
        from playwright.sync_api import sync_playwright

        from bench.server import launch_chromium, wait_for_map

        with sync_playwright() as playwright:
            browser = launch_chromium(playwright)
            try:
                page = browser.new_page(viewport={"width": 1400, "height": 1000})
                started = time.perf_counter()
                page.goto(url, timeout=BROWSER_TIMEOUT_MS)
                wait_for_map(page, timeout_ms=BROWSER_TIMEOUT_MS)
                return time.perf_counter() - started
            finally:
                browser.close()

    def browser(self) -> list[Row]:
        from playwright.sync_api import sync_playwright

        from bench.server import (
            MAP_IFRAME,
            has_chromium,
            launch_chromium,
            pan_zoom_and_open_popup,
            peak_rss_mb,
            start_server,
            wait_for_map,
        )

        size = self.plan.browser_size
        label = _size_label(size)
        if not has_chromium():
            return [
                Row(
                    "browser",
                    f"Map appears in Chromium, {label} mentions",
                    "s",
                    [],
                    "",
                    None,
                    "chromium not installed: apt-get install chromium",
                )
            ]
        data_dir, db_file = self.store_copy(size)
        self.log(f"Chromium against {label} mentions")
        server = start_server(data_dir, db_file)
        try:
            with sync_playwright() as playwright:
                browser = launch_chromium(playwright)
                try:
                    loads: list[float] = []
                    iframes: list[float] = []  # the script run has sent the map
                    errors: list[str] = []
                    for visit in range(2):  # cold server run, then a warm one
                        page = browser.new_page(
                            viewport={"width": 1400, "height": 1000}
                        )
                        page.on("pageerror", lambda exc: errors.append(str(exc)))
                        started = time.perf_counter()
                        page.goto(server.url, timeout=BROWSER_TIMEOUT_MS)
                        page.locator(MAP_IFRAME).wait_for(
                            state="attached", timeout=BROWSER_TIMEOUT_MS
                        )
                        iframes.append(time.perf_counter() - started)
                        wait_for_map(page, timeout_ms=BROWSER_TIMEOUT_MS)
                        loads.append(time.perf_counter() - started)
                        if visit == 0:
                            page.close()
                    started = time.perf_counter()
                    try:
                        clicks = pan_zoom_and_open_popup(page, timeout_ms=60_000)
                        popup_s: float | None = time.perf_counter() - started
                    except Exception as exc:  # noqa: BLE001 - reported in the row
                        clicks, popup_s = 0, None
                        errors.append(f"popup: {type(exc).__name__}: {exc}")
                        page.screenshot(path=str(self.results_dir / "popup-failed.png"))
                finally:
                    browser.close()
            peak, _ = peak_rss_mb(server.process.pid)
        finally:
            server.stop()
        note = f"page errors: {len(errors)}" + (
            f" ({errors[0][:80]})" if errors else ""
        )
        return [
            Row(
                "browser",
                f"Map appears in Chromium, {label} mentions, first visit",
                "s",
                [loads[0]],
                "",
                None,
                "goto → first marker/cluster + caption; includes the server's "
                f"first script run (iframe attached at {iframes[0]:.1f} s); {note}",
            ),
            Row(
                "browser",
                f"Map appears in Chromium, {label} mentions, second visit",
                "s",
                [loads[1]],
                "",
                None,
                f"server caches warm (iframe attached at {iframes[1]:.1f} s)",
            ),
            Row(
                "browser",
                f"Pan, zoom (cluster clicks) and open a popup, {label}",
                "s",
                [] if popup_s is None else [popup_s],
                "",
                None if popup_s is not None else False,
                (
                    f"{clicks} clicks until a popup opened"
                    if popup_s is not None
                    else f"no popup: {errors[-1][:200]}"
                )
                + f"; server peak RSS {peak:.0f} MB",
            ),
        ]


def _payload_row(label: str, result: dict[str, Any]) -> Row:
    page_mb = result["payload_bytes"] / 1e6
    file_mb = result.get("data_file_bytes", 0) / 1e6
    note = f"st_folium json_args (HTML + script) {page_mb:.2f} MB per run"
    if file_mb:
        note += f" + map data file {file_mb:.2f} MB fetched by the browser"
    return Row(
        "payload",
        f"Payload to the browser, {label} mentions",
        "MB",
        [page_mb + file_mb],
        "",
        None,
        note,
    )


def _failed_row(what: str, exc: BaseException) -> Row:
    message = " ".join(str(exc).split())[:300].replace("|", "/")
    return Row(
        what,
        f"{what}: could not be measured",
        "",
        [],
        "",
        False,
        f"{type(exc).__name__}: {message}",
    )


def machine_description() -> str:
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    memory_gb = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30
    load = ", ".join(f"{x:.1f}" for x in os.getloadavg())
    return (
        f"{cpu}, {os.cpu_count()} cores, {memory_gb:.0f} GiB, "
        f"Python {platform.python_version()}, {platform.system()} "
        f"{platform.release()}; load average {load}"
    )


def run(
    plan: Plan,
    *,
    only: Sequence[str] = (),
    seed: int = DEFAULT_SEED,
    log: Callable[[str], None] | None = None,
) -> list[Row]:
    """Run the benchmark rows (all, or the ``only`` groups); return them."""
    unknown = sorted(set(only) - set(GROUPS))
    if unknown:
        raise ValueError(
            f"Expected row groups from {list(GROUPS)}, instead got {unknown}"
        )
    wanted = set(only or GROUPS)
    log = log or (
        lambda message: print(f"[bench] {message}", file=sys.stderr, flush=True)
    )
    rows: list[Row] = []
    with tempfile.TemporaryDirectory(prefix="landmine-bench-") as scratch:
        bench = Bench(plan, seed=seed, scratch=Path(scratch), log=log)
        steps: list[tuple[str, Callable[[], list[Row]]]] = []
        if "extraction" in wanted:
            steps.append(("extraction", bench.extraction))
        if "ingest" in wanted:
            steps.append(("ingest", bench.ingest))
        if wanted & {"map", "naive"}:
            steps.append(
                (
                    "map pages",
                    lambda: bench.map_pages(
                        with_app="map" in wanted or "payload" in wanted,
                        with_naive="naive" in wanted,
                    ),
                )
            )
        elif "payload" in wanted:
            steps.append(("payload", bench.payload_only))
        if "gazetteer" in wanted:
            steps.append(("gazetteer", bench.gazetteer))
        if "rss" in wanted:
            steps.append(("rss", bench.rss))
        if "browser" in wanted:
            steps.append(("browser", bench.browser))
        for name, step in steps:
            log(f"{name}…")
            started = time.perf_counter()
            try:
                found = step()
            except Exception as exc:  # noqa: BLE001 - one broken row must not hide the rest
                found = [_failed_row(name, exc)]
            rows.extend(found)
            log(
                f"{name} done in {time.perf_counter() - started:.0f} s\n"
                + render_table(found)
            )
    if not ({"map", "payload"} & wanted):
        rows = [r for r in rows if r.group != "payload"]
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.run", description=__doc__)
    parser.add_argument("--quick", action="store_true", help="tiny sizes (smoke test)")
    parser.add_argument(
        "--only",
        action="append",
        default=[],
        metavar="ROW",
        help="run only these row groups (repeatable or comma-separated): "
        + ", ".join(GROUPS),
    )
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED)
    parser.add_argument(
        "--save",
        type=Path,
        default=None,
        help="also write the table (with the machine) to this markdown file",
    )
    args = parser.parse_args(argv)
    only = [part for value in args.only for part in value.split(",") if part]
    plan = QUICK if args.quick else Plan()
    started = time.perf_counter()
    machine = machine_description()
    try:
        rows = run(plan, only=only, seed=args.seed)
    except ValueError as exc:
        parser.error(str(exc))
    table = render_table(rows)
    elapsed = time.perf_counter() - started
    when = datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")
    header = (
        f"Benchmark {'(quick) ' if args.quick else ''}of {when}, seed {args.seed}, "
        f"{elapsed:.0f} s.\nMachine: {machine}.\n"
    )
    print(header)
    print(table)
    if args.save is None and not args.quick and not only:
        args.save = RESULTS_DIR / "latest.md"
    if args.save:
        args.save.parent.mkdir(parents=True, exist_ok=True)
        args.save.write_text(f"{header}\n{table}\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
