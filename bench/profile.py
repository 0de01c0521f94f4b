"""Profile what ``make bench`` finds slow, with pyinstrument (the test extra).

``python -m bench.profile extraction`` profiles extract_article over the
synthetic articles with a warm gazetteer; ``python -m bench.profile map
--size 10000`` profiles reruns of the map page (AppTest) on a bench store.
Prints pyinstrument's call tree, and the functions by own time.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
from pathlib import Path
from typing import Any

from bench.corpus import cached_store, generate_articles, load_place_pool
from bench.run import DEFAULT_SEED, RESULTS_DIR


def profile_extraction(*, articles: int, seed: int) -> Any:
    from pyinstrument import Profiler

    from dashboard.config import load_settings
    from dashboard.extraction import extract_article
    from dashboard.readers import read_article
    from dashboard.services import build_geoparser

    settings = load_settings(secrets={})
    geoparser = build_geoparser(settings)
    pool = load_place_pool(settings.gazetteer_path)
    texts = [
        read_article(a.file_text.encode("utf-8"), a.file_name, max_bytes=10**7)
        for a in generate_articles(pool, count=articles, seed=seed)
    ]
    for article in texts:  # warm: the gazetteer's per-country fuzzy choices
        extract_article(article, geoparser=geoparser)
    profiler = Profiler(interval=0.0005)
    profiler.start()
    for article in texts:
        extract_article(article, geoparser=geoparser)
    return profiler.stop()


def profile_map(*, size: int, reruns: int, seed: int) -> Any:
    from pyinstrument import Profiler
    from streamlit.testing.v1 import AppTest

    from bench.pagebench import PAGES

    pool = load_place_pool(_gazetteer_path())
    scratch = Path(tempfile.mkdtemp(prefix="landmine-profile-"))
    db_file = scratch / "bench.sqlite"
    shutil.copyfile(cached_store(RESULTS_DIR, pool, mentions=size, seed=seed), db_file)
    os.environ.update(
        LANDMINE_MAP_HOME=str(scratch),
        LANDMINE_MAP_DB=f"sqlite:///{db_file}",
        LANDMINE_MAP_TILES="none",
    )
    at = AppTest.from_file(str(PAGES["app"]), default_timeout=900)
    at.run()
    profiler = Profiler(interval=0.0005)
    profiler.start()
    for _ in range(reruns):
        at.run()
    session = profiler.stop()
    shutil.rmtree(scratch, ignore_errors=True)
    return session


def _gazetteer_path() -> Path:
    from dashboard.config import load_settings

    return load_settings(secrets={}).gazetteer_path


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m bench.profile", description=__doc__
    )
    parser.add_argument("target", choices=("extraction", "map"))
    parser.add_argument("--articles", type=int, default=60)
    parser.add_argument("--size", type=int, default=10_000)
    parser.add_argument("--reruns", type=int, default=3)
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED)
    parser.add_argument("--top", type=int, default=25)
    args = parser.parse_args(argv)
    if args.target == "extraction":
        session = profile_extraction(articles=args.articles, seed=args.seed)
    else:
        session = profile_map(size=args.size, reruns=args.reruns, seed=args.seed)
    from pyinstrument.renderers import ConsoleRenderer

    print(
        ConsoleRenderer(
            unicode=True, short_mode=True, show_all=False, time="seconds"
        ).render(session)
    )
    flat = ConsoleRenderer(flat=True, flat_time="self", time="percent_of_total")
    print("\n".join(flat.render(session).splitlines()[: args.top + 8]))
    sys.stdout.flush()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
