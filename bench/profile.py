"""Profile what ``make bench`` finds slow, with pyinstrument (the test extra).

``python -m bench.profile extraction`` profiles extract_article over the
synthetic articles with a warm gazetteer; ``ingest`` one process's
ingest_paths over them (read, extract, store); ``python -m bench.profile map
--size 10000`` profiles reruns of the map page (AppTest) on a bench store.
Prints pyinstrument's call tree, and the functions by own time.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from collections import Counter
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


def profile_ingest(*, articles: int, seed: int) -> Any:
    from pyinstrument import Profiler

    from bench.corpus import write_corpus
    from dashboard.config import Settings, load_settings
    from dashboard.pipeline import ingest_paths
    from dashboard.services import build_services

    base = load_settings(secrets={})
    scratch = Path(tempfile.mkdtemp(prefix="landmine-profile-"))
    pool = load_place_pool(base.gazetteer_path)
    write_corpus(
        scratch / "corpus", generate_articles(pool, count=articles, seed=seed + 1)
    )
    settings = Settings.from_mapping(
        {
            "data_dir": str(scratch / "data"),
            "cache_dir": str(base.cache_dir),
            "tiles_url": "none",
        }
    )
    services = build_services(settings)
    warm = scratch / "warm"
    write_corpus(warm, generate_articles(pool, count=articles, seed=seed + 2))
    ingest_paths([warm], services)  # warm caches, as the bench's 2nd+ runs are
    profiler = Profiler(interval=0.0005)
    profiler.start()
    ingest_paths([scratch / "corpus"], services)
    session = profiler.stop()
    shutil.rmtree(scratch, ignore_errors=True)
    return session


def profile_map(*, size: int, reruns: int, seed: int, top: int) -> str:
    """Sample a pagebench process with py-spy (all threads: AppTest runs the page
    in a thread of its own); return the functions by inclusive and own share."""
    from bench.server import bench_environment

    pool = load_place_pool(_gazetteer_path())
    scratch = Path(tempfile.mkdtemp(prefix="landmine-profile-"))
    db_file = scratch / "bench.sqlite"
    shutil.copyfile(cached_store(RESULTS_DIR, pool, mentions=size, seed=seed), db_file)
    raw = scratch / "py-spy.txt"
    py_spy = Path(sys.executable).with_name("py-spy")
    command = [
        str(py_spy),
        "record",
        "--rate",
        "250",
        "--format",
        "raw",
        "--function",
        "--output",
        str(raw),
        "--",
        sys.executable,
        "-m",
        "bench.pagebench",
        "--page",
        "app",
        "--runs",
        str(reruns),
    ]
    subprocess.run(
        command,
        cwd=Path(__file__).resolve().parent.parent,
        env=bench_environment(scratch, db_file),
        check=True,
        capture_output=True,
    )
    report = summarise_collapsed(raw.read_text(), top=top, within="map.py")
    shutil.rmtree(scratch, ignore_errors=True)
    return report


# Frames every sample of the page thread passes through: not informative.
_PLUMBING = ("threading.py", "streamlit/runtime/", "streamlit/testing/", "<frozen")


def summarise_collapsed(text: str, *, top: int, within: str) -> str:
    """Summarise py-spy's collapsed stacks that pass through a frame of ``within``.

    Inclusive share: samples whose stack holds the function; own share:
    samples where it is the innermost frame.
    """
    inclusive: Counter[str] = Counter()
    own: Counter[str] = Counter()
    total = 0
    for line in text.splitlines():
        stack, _, count_text = line.rpartition(" ")
        if not stack or within not in stack:
            continue
        count = int(count_text)
        frames = stack.split(";")
        total += count
        for frame in set(frames):
            inclusive[frame] += count
        own[frames[-1]] += count
    if not total:
        return f"no samples in {within}"
    lines = [f"{total} samples in the page's thread ({within})", "", "inclusive:"]
    for frame, count in inclusive.most_common(top * 3):
        if any(noise in frame for noise in _PLUMBING):
            continue
        lines.append(f"{count / total:6.1%}  {frame}")
    lines += ["", "own:"]
    lines += [f"{c / total:6.1%}  {f}" for f, c in own.most_common(top)]
    return "\n".join(lines)


def _gazetteer_path() -> Path:
    from dashboard.config import load_settings

    return load_settings(secrets={}).gazetteer_path


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m bench.profile", description=__doc__
    )
    parser.add_argument("target", choices=("extraction", "ingest", "map"))
    parser.add_argument("--articles", type=int, default=60)
    parser.add_argument("--size", type=int, default=10_000)
    parser.add_argument(
        "--reruns", type=int, default=3, help="0: profile the first (cold) run"
    )
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED)
    parser.add_argument("--top", type=int, default=25)
    args = parser.parse_args(argv)
    if args.target == "extraction":
        session = profile_extraction(articles=args.articles, seed=args.seed)
    elif args.target == "ingest":
        session = profile_ingest(articles=args.articles, seed=args.seed)
    else:
        print(
            profile_map(
                size=args.size, reruns=args.reruns, seed=args.seed, top=args.top
            )
        )
        return 0
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
