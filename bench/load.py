"""``make load``: many ingests at once, and many browsers while an ingest runs.

(a) 20 ``landmine-map ingest`` processes started at once on the same folder,
    against one SQLite database: every article must be stored exactly once,
    with the same mentions a single ingest stores.
(b) The dashboard (``landmine-map serve``, 127.0.0.1) serving 10 concurrent
    headless Chromium sessions (one browser, 10 contexts) while an ingest
    writes to its store: every page load must show the map iframe and the
    "N mentions shown" caption, with no error. Median and worst page time.

Prints one markdown table; exits 1 when a check fails.
"""

from __future__ import annotations

import argparse
import asyncio
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from bench.corpus import generate_articles, load_place_pool, write_corpus
from bench.run import DEFAULT_SEED, RESULTS_DIR
from bench.server import (
    CLUSTER,
    MAP_IFRAME,
    MARKER,
    bench_environment,
    cli_command,
    has_chromium,
    start_server,
)

PAGE_TIMEOUT_MS = 240_000
# Console noise every Streamlit page prints (TECH-NOTES §4b), not from the app.
CONSOLE_NOISE = ("Unrecognized feature", "allow-scripts and allow-same-origin")


@dataclass
class Outcome:
    test: str
    ok: bool
    figures: str
    detail: str = ""


def _stored(db_file: Path) -> tuple[list[str], Counter[str]]:
    """Return every stored content hash, and the mentions per content hash."""
    conn = sqlite3.connect(f"file:{db_file}?mode=ro", uri=True)
    try:
        hashes = [row[0] for row in conn.execute("SELECT content_hash FROM articles")]
        mentions = Counter(
            dict(
                conn.execute(
                    "SELECT a.content_hash, count(m.id) FROM articles a "
                    "LEFT JOIN mentions m ON m.article_id = a.id GROUP BY a.id"
                ).fetchall()
            )
        )
    finally:
        conn.close()
    return hashes, mentions


def concurrent_ingests(
    scratch: Path, *, processes: int, articles: int, seed: int
) -> Outcome:
    """Start ``processes`` ingests of one folder at once; check each article once."""
    from dashboard.readers import read_article

    pool = load_place_pool(_gazetteer_path())
    folder = scratch / "corpus-ingest"
    paths = write_corpus(folder, generate_articles(pool, count=articles, seed=seed))
    expected = {
        read_article(p.read_bytes(), p.name, max_bytes=10**7).content_hash
        for p in paths
    }

    # The reference: one ingest alone, for the mentions each article should get.
    reference_dir = scratch / "reference"
    reference_db = reference_dir / "db.sqlite"
    subprocess.run(
        [*cli_command(), "ingest", str(folder)],
        env=bench_environment(reference_dir, reference_db),
        check=True,
        capture_output=True,
    )
    _, reference_mentions = _stored(reference_db)

    data_dir = scratch / "concurrent"
    db_file = data_dir / "db.sqlite"
    env = bench_environment(data_dir, db_file)
    logs = []
    started = time.perf_counter()
    children = []
    for index in range(processes):
        log = (scratch / f"ingest-{index}.log").open("wb")
        logs.append(log)
        children.append(
            subprocess.Popen(
                [*cli_command(), "ingest", str(folder)],
                env=env,
                stdout=log,
                stderr=subprocess.STDOUT,
            )
        )
    codes = [child.wait() for child in children]
    elapsed = time.perf_counter() - started
    for log in logs:
        log.close()
    hashes, mentions = _stored(db_file)
    counts = Counter(hashes)
    problems = []
    if any(codes):
        bad = [i for i, code in enumerate(codes) if code]
        tail = (scratch / f"ingest-{bad[0]}.log").read_text(errors="replace")[-400:]
        problems.append(f"exit codes {Counter(codes)}; e.g. #{bad[0]}: {tail!r}")
    if set(counts) != expected:
        problems.append(
            f"{len(expected - set(counts))} articles missing, "
            f"{len(set(counts) - expected)} unexpected"
        )
    duplicated = [h for h, n in counts.items() if n > 1]
    if duplicated:
        problems.append(f"{len(duplicated)} articles stored more than once")
    differing = [h for h in expected if mentions.get(h) != reference_mentions.get(h)]
    if differing:
        problems.append(
            f"{len(differing)} articles with other mentions than a lone ingest stores"
        )
    return Outcome(
        f"{processes} `landmine-map ingest` processes at once, same folder, "
        "one SQLite DB",
        not problems,
        f"{len(counts)}/{articles} articles stored, each once; "
        f"{sum(mentions.values())} mentions (lone ingest: "
        f"{sum(reference_mentions.values())}); all {processes} done in {elapsed:.1f} s",
        "; ".join(problems),
    )


async def _session(browser, url: str, index: int) -> tuple[float, list[str]]:  # noqa: ANN001
    context = await browser.new_context(viewport={"width": 1280, "height": 900})
    page = await context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda exc: errors.append(f"pageerror: {exc}"))
    page.on(
        "console",
        lambda msg: (
            errors.append(f"console: {msg.text}")
            if msg.type == "error" and not any(n in msg.text for n in CONSOLE_NOISE)
            else None
        ),
    )
    started = time.perf_counter()
    try:
        await page.goto(url, timeout=PAGE_TIMEOUT_MS)
        await page.locator(MAP_IFRAME).wait_for(
            state="attached", timeout=PAGE_TIMEOUT_MS
        )
        frame = page.frame_locator(MAP_IFRAME)
        await frame.locator(f"{MARKER}, {CLUSTER}").first.wait_for(
            state="visible", timeout=PAGE_TIMEOUT_MS
        )
        await page.get_by_text("mentions shown").first.wait_for(
            state="visible", timeout=PAGE_TIMEOUT_MS
        )
        elapsed = time.perf_counter() - started
        shown_errors = await page.locator('[data-testid="stException"]').count()
        if shown_errors:
            errors.append(f"{shown_errors} exception box(es) on the page")
    except Exception as exc:  # noqa: BLE001 - a failed session is a result to report
        elapsed = time.perf_counter() - started
        errors.append(f"session {index} failed: {type(exc).__name__}: {exc}"[:300])
    finally:
        await context.close()
    return elapsed, errors


async def _sessions(url: str, count: int) -> list[tuple[float, list[str]]]:
    from playwright.async_api import async_playwright

    from bench.server import CHROMIUM, CHROMIUM_ARGS

    async with async_playwright() as playwright:
        browser = await playwright.chromium.launch(
            executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS
        )
        try:
            return await asyncio.gather(
                *(_session(browser, url, i) for i in range(count))
            )
        finally:
            await browser.close()


def sessions_during_ingest(
    scratch: Path, *, sessions: int, store_size: int, articles: int, seed: int
) -> Outcome:
    """Serve ``sessions`` concurrent browsers while an ingest writes to the store."""
    from bench.corpus import cached_store

    test = (
        f"{sessions} concurrent Chromium sessions on the map page while an ingest "
        f"runs ({store_size:,}-mention store)"
    )
    if not has_chromium():
        return Outcome(
            test, False, "not run", "chromium missing: apt-get install chromium"
        )
    pool = load_place_pool(_gazetteer_path())
    data_dir = scratch / "served"
    data_dir.mkdir()
    db_file = data_dir / "db.sqlite"
    shutil.copyfile(
        cached_store(RESULTS_DIR, pool, mentions=store_size, seed=DEFAULT_SEED), db_file
    )
    folder = scratch / "corpus-served"
    write_corpus(folder, generate_articles(pool, count=articles, seed=seed + 7))
    server = start_server(data_dir, db_file)
    ingest_log = (scratch / "served-ingest.log").open("wb")
    try:
        ingest = subprocess.Popen(
            [*cli_command(), "ingest", str(folder)],
            env=bench_environment(data_dir, db_file),
            stdout=ingest_log,
            stderr=subprocess.STDOUT,
        )
        ingest_started = time.perf_counter()
        ended: list[float] = []
        watcher = threading.Thread(
            target=lambda: (ingest.wait(), ended.append(time.perf_counter())),
            daemon=True,
        )
        watcher.start()
        results = asyncio.run(_sessions(server.url, sessions))
        pages_s = time.perf_counter() - ingest_started
        code = ingest.wait()
        watcher.join()
        ingest_s = ended[0] - ingest_started
    finally:
        ingest_log.close()
        server.stop()
    times = [elapsed for elapsed, _ in results]
    errors = [error for _, found in results for error in found]
    problems = list(errors[:3])
    if code != 0:
        problems.append(f"the ingest exited with {code}")
    hashes, _ = _stored(db_file)
    figures = (
        f"{sum(1 for _, e in results if not e)}/{sessions} loads complete without "
        f"error; median {statistics.median(times):.1f} s, worst {max(times):.1f} s; "
        f"all pages done {pages_s:.0f} s after the start of an ingest of "
        f"{articles} articles that took {ingest_s:.0f} s; "
        f"store now {len(hashes):,} articles"
    )
    return Outcome(test, not problems, figures, "; ".join(problems))


def _gazetteer_path() -> Path:
    from dashboard.config import load_settings

    return load_settings(secrets={}).gazetteer_path


def render(outcomes: list[Outcome]) -> str:
    lines = ["| Load test | Outcome | Figures |", "|---|---|---|"]
    for outcome in outcomes:
        verdict = "PASS" if outcome.ok else f"FAIL: {outcome.detail}"
        lines.append(f"| {outcome.test} | {verdict} | {outcome.figures} |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.load", description=__doc__)
    parser.add_argument("--processes", type=int, default=20)
    parser.add_argument("--articles", type=int, default=30)
    parser.add_argument("--sessions", type=int, default=10)
    parser.add_argument("--store-size", type=int, default=10_000)
    parser.add_argument("--ingest-articles", type=int, default=500)
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED)
    parser.add_argument("--only", choices=("ingests", "sessions"), default=None)
    args = parser.parse_args(argv)
    outcomes: list[Outcome] = []
    with tempfile.TemporaryDirectory(prefix="landmine-load-") as scratch:
        root = Path(scratch)
        if args.only in (None, "ingests"):
            print(f"[load] {args.processes} concurrent ingests…", file=sys.stderr)
            outcomes.append(
                concurrent_ingests(
                    root / "a",
                    processes=args.processes,
                    articles=args.articles,
                    seed=args.seed + 3,
                )
            )
        if args.only in (None, "sessions"):
            print(f"[load] {args.sessions} browser sessions…", file=sys.stderr)
            (root / "b").mkdir()
            outcomes.append(
                sessions_during_ingest(
                    root / "b",
                    sessions=args.sessions,
                    store_size=args.store_size,
                    articles=args.ingest_articles,
                    seed=args.seed,
                )
            )
    print(render(outcomes))
    return 0 if all(o.ok for o in outcomes) else 1


if __name__ == "__main__":
    raise SystemExit(main())
