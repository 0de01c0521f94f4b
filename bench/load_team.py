"""``make load-team``: two app servers on one PostgreSQL, visitors and ingests.

What runs, for ``--duration`` seconds (default 120):

* a throwaway PostgreSQL cluster (initdb + pg_ctl in a temporary folder, as
  the ``postgres`` user when run as root, like tests/postgres.py);
* two ``landmine-map serve`` processes on it, with an editor password set;
* ``--users`` (10) simulated visitors, each sticky to one server (as nginx's
  ``ip_hash`` would make them). A visitor speaks Streamlit's own websocket
  protocol: it opens a session and asks for the map page (with a filter from
  the URL), the "About the data" page, the upload page (which must ask for
  the editor password) and the map again, with a short think time between.
  Each page run must finish without an exception or an error box, and show
  what that page shows (the "N mentions shown" caption and the map
  component; the store's counts; the editor sign-in). This is the load the
  server sees from a browser, without running 10 Chromiums: on this 2-core
  machine they would measure the browsers, not the servers;
* ``--ingesters`` (2) loops of ``landmine-map ingest`` against the same
  database, each round both ingest the *same* new files (in opposite orders),
  so duplicates race for real.

At the end every file ingested must be stored exactly once, with as many
mentions as the ingest that saved it reported; no article, content hash or
(article, place name) pair may appear twice; the servers' logs must hold no
traceback. Prints one table; exits 1 when a check fails.
"""

from __future__ import annotations

import argparse
import os
import random
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
from collections import Counter, defaultdict
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

import sqlalchemy as sa

# Imported here, once: importing them from 10 threads at once races.
from streamlit.proto.Alert_pb2 import Alert
from streamlit.proto.BackMsg_pb2 import BackMsg
from streamlit.proto.ForwardMsg_pb2 import ForwardMsg
from websockets.sync.client import connect

PROJECT = Path(__file__).resolve().parents[1]
if str(PROJECT) not in sys.path:
    sys.path.insert(0, str(PROJECT))

from dashboard.readers import read_article  # noqa: E402
from tests.e2e.conftest import start_app_server, stop_app_server  # noqa: E402
from tests.postgres import find_pg_bin  # noqa: E402

EDITOR_PASSWORD = "load-test-editor"
PAGE_TIMEOUT_SECONDS = 180.0
FILES_PER_ROUND = 4
COUNT_RE = re.compile(r"([\d,]+)\s+mentions?\s+shown")
SAVED_RE = re.compile(r"^saved\s+(\S+) \((\d+) places\)$")
DUPLICATE_RE = re.compile(r"^duplicate\s+(\S+) ")
FAILED_RE = re.compile(r"^failed\s+(\S+?): ")

#: Places the built gazetteer knows, with their country (our own sentences).
PLACES = (
    ("Agdam", "Azerbaijan"),
    ("Fuzuli", "Azerbaijan"),
    ("Tartar", "Azerbaijan"),
    ("Battambang", "Cambodia"),
    ("Kampot", "Cambodia"),
    ("Izium", "Ukraine"),
    ("Kherson", "Ukraine"),
    ("Mosul", "Iraq"),
    ("Sirte", "Libya"),
    ("Kandahar", "Afghanistan"),
    ("Huambo", "Angola"),
    ("Marib", "Yemen"),
)
#: The pages (url paths) a visitor asks for, in order, in one session; every
#: other visit opens the map with a filter in its URL (a shared link).
VISIT = ("", "data", "upload", "")
FILTERED_QUERY = "role=incident"


# -- PostgreSQL ----------------------------------------------------------------------


def _run_as(user: str | None, args: list[str]) -> subprocess.CompletedProcess:
    command = ["runuser", "-u", user, "--", *args] if user else args
    return subprocess.run(command, capture_output=True, text=True, check=False)


def _free_port() -> int:
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@contextmanager
def throwaway_postgres() -> Iterator[str]:
    """Start a PostgreSQL cluster on 127.0.0.1; yield the store's URL."""
    bin_dir = find_pg_bin()
    if bin_dir is None:
        raise SystemExit(
            "PostgreSQL server binaries not found: apt-get install postgresql "
            "(make load-team installs it when run as root)"
        )
    user = "postgres" if os.geteuid() == 0 else None
    base = Path(tempfile.mkdtemp(prefix="landmine-load-pg-"))
    if user:
        shutil.chown(base, user=user)
    data, port = base / "data", _free_port()
    init = _run_as(
        user,
        [
            str(bin_dir / "initdb"),
            "-D",
            str(data),
            "-U",
            "landmine",
            "-A",
            "trust",
            "-E",
            "UTF8",
            "--no-sync",
        ],
    )
    if init.returncode:
        raise SystemExit(f"initdb failed: {init.stderr}")
    options = f"-h 127.0.0.1 -p {port} -k {base} -c max_connections=200"
    start = _run_as(
        user,
        [
            str(bin_dir / "pg_ctl"),
            "-D",
            str(data),
            "-l",
            str(base / "log"),
            "-o",
            options,
            "-w",
            "start",
        ],
    )
    if start.returncode:
        raise SystemExit(f"pg_ctl start failed: {start.stderr}")
    try:
        created = _run_as(
            user,
            [
                str(bin_dir / "createdb"),
                "-h",
                "127.0.0.1",
                "-p",
                str(port),
                "-U",
                "landmine",
                "landmine",
            ],
        )
        if created.returncode:
            raise SystemExit(f"createdb failed: {created.stderr}")
        yield f"postgresql+psycopg://landmine@127.0.0.1:{port}/landmine"
    finally:
        _run_as(user, [str(bin_dir / "pg_ctl"), "-D", str(data), "-m", "fast", "stop"])
        shutil.rmtree(base, ignore_errors=True)


# -- articles ------------------------------------------------------------------------


def write_round(folder: Path, round_no: int, rng: random.Random) -> list[Path]:
    """Write this round's new articles (our own template sentences)."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for k in range(FILES_PER_ROUND):
        serial = round_no * FILES_PER_ROUND + k
        (place, country), (other, _) = rng.sample(PLACES, 2)
        day = date(2022, 1, 1) + timedelta(days=rng.randrange(1200))
        mines = rng.randrange(2, 400)
        kind = serial % 3
        if kind == 0:
            title = f"Clearance near {place} removes {mines} mines"
            body = (
                f"On {day:%d %B %Y} a clearance team working outside {place}, "
                f"{country}, removed {mines} anti-personnel mines from farmland, "
                f"the national mine action centre said in survey note {serial}."
            )
        elif kind == 1:
            title = f"Farmer hurt by a mine near {place}"
            body = (
                f"A farmer was injured on {day:%d %B %Y} when an anti-tank mine "
                f"went off under his tractor near {place} in {country}. Teams "
                f"from {other} found {mines} more devices nearby (case {serial})."
            )
        else:
            title = f"Mine action officials meet in {place}"
            body = (
                f"Officials met in {place}, {country}, on {day:%d %B %Y} to plan "
                f"the survey of {mines} suspected hazardous areas (meeting {serial})."
            )
        path = folder / f"load-{serial:05d}.txt"
        path.write_text(f"{title}\n\n{body}\n", encoding="utf-8")
        paths.append(path)
    return paths


# -- simulated visitors --------------------------------------------------------------


@dataclass
class PageRun:
    server: str
    page: str
    seconds: float
    error: str | None = None
    mentions_shown: int | None = None


@dataclass
class Results:
    runs: list[PageRun] = field(default_factory=list)
    ingest_rounds: list[tuple[str, float, int]] = field(default_factory=list)
    outcomes: dict[str, list[tuple[str, str, int | None]]] = field(
        default_factory=lambda: defaultdict(list)
    )
    problems: list[str] = field(default_factory=list)
    attempted: set[Path] = field(default_factory=set)
    lock: threading.Lock = field(default_factory=threading.Lock)


def _page_run(ws, server: str, page: str, query: str) -> PageRun:  # noqa: ANN001
    back = BackMsg()
    back.rerun_script.query_string = query
    back.rerun_script.page_name = page
    started = time.monotonic()
    ws.send(back.SerializeToString())
    kinds: Counter[str] = Counter()
    texts: list[str] = []
    errors: list[str] = []
    while True:
        left = PAGE_TIMEOUT_SECONDS - (time.monotonic() - started)
        if left <= 0:
            return PageRun(server, page or "map", PAGE_TIMEOUT_SECONDS, "timed out")
        msg = ForwardMsg()
        msg.ParseFromString(ws.recv(timeout=left))
        kind = msg.WhichOneof("type")
        if kind == "page_not_found":
            errors.append("page not found")
        elif kind == "delta" and msg.delta.WhichOneof("type") == "new_element":
            element = msg.delta.new_element
            element_kind = element.WhichOneof("type")
            kinds[element_kind] += 1
            if element_kind == "exception":
                errors.append(f"exception: {element.exception.message[:200]}")
            elif element_kind == "alert":
                texts.append(element.alert.body)
                if element.alert.format == Alert.ERROR:
                    errors.append(f"error box: {element.alert.body[:200]}")
            elif element_kind == "markdown":
                texts.append(element.markdown.body)
        elif kind == "script_finished":
            status = ForwardMsg.ScriptFinishedStatus.Name(msg.script_finished)
            if status == "FINISHED_EARLY_FOR_RERUN":
                continue
            if status != "FINISHED_SUCCESSFULLY":
                errors.append(status)
            break
    seconds = time.monotonic() - started
    shown = None
    text = "\n".join(texts)
    if page == "":
        found = COUNT_RE.search(text.replace("*", ""))
        if found is None:
            errors.append("no 'N mentions shown' caption")
        else:
            shown = int(found.group(1).replace(",", ""))
        if not kinds["component_instance"]:
            errors.append("no map component")
    elif page == "data" and not kinds["metric"]:
        errors.append("no counts on the About page")
    elif page == "upload" and "Only editors can upload articles" not in text:
        errors.append("the upload page did not ask for the editor password")
    return PageRun(server, page or "map", seconds, "; ".join(errors) or None, shown)


def visitor(
    index: int, server_name: str, url: str, deadline: float, results: Results
) -> None:
    """One visitor: page loads over Streamlit's websocket until the deadline."""
    rng = random.Random(index)
    ws_url = url.replace("http://", "ws://") + "/_stcore/stream"
    time.sleep(rng.uniform(0, 3))  # visitors do not all arrive at once
    visits = 0
    while time.monotonic() < deadline:
        visits += 1
        try:
            # What a browser fetches before it opens the websocket.
            with urllib.request.urlopen(f"{url}/", timeout=30) as resp:
                resp.read()
            with connect(
                ws_url,
                subprotocols=["streamlit"],
                origin=url,
                open_timeout=30,
                max_size=None,
            ) as ws:
                for step, page in enumerate(VISIT):
                    query = FILTERED_QUERY if step == 0 and visits % 2 == 0 else ""
                    run = _page_run(ws, server_name, page, query)
                    if step or query:
                        # Only a fresh, unfiltered session shows every mention.
                        run.mentions_shown = None
                    with results.lock:
                        results.runs.append(run)
                    if time.monotonic() >= deadline:
                        break
                    time.sleep(rng.uniform(0.5, 2.0))  # a visitor reads the page
        except Exception as exc:  # every failure is counted and reported
            with results.lock:
                results.runs.append(
                    PageRun(
                        server_name, "(connection)", 0.0, f"{type(exc).__name__}: {exc}"
                    )
                )
            time.sleep(1.0)


def warm_up(server_name: str, url: str) -> list[str]:
    """Visit every page once, as a server that has been up a while has been.

    The first page run opens the gazetteer and fills the caches (tens of
    seconds on a busy machine); the figures are about the steady state.
    """
    ws_url = url.replace("http://", "ws://") + "/_stcore/stream"
    with connect(ws_url, subprotocols=["streamlit"], origin=url, max_size=None) as ws:
        runs = [_page_run(ws, server_name, page, "") for page in VISIT]
    return [f"warm-up on {server_name}: {r.error}" for r in runs if r.error]


def final_view(server_name: str, url: str, store_url: str) -> tuple[int | None, int]:
    """Return (N mentions shown by a fresh session, placed mentions in the store)."""
    engine = sa.create_engine(store_url)
    with engine.connect() as conn:
        placed = int(
            conn.scalar(
                sa.text(
                    "SELECT count(*) FROM mentions "
                    "WHERE lat IS NOT NULL AND lon IS NOT NULL"
                )
            )
        )
    engine.dispose()
    ws_url = url.replace("http://", "ws://") + "/_stcore/stream"
    with connect(ws_url, subprotocols=["streamlit"], origin=url, max_size=None) as ws:
        run = _page_run(ws, server_name, "", "")
    return run.mentions_shown, placed


# -- ingesters -----------------------------------------------------------------------


def ingester(
    name: str,
    env: dict[str, str],
    rounds: list[list[Path]],
    barrier: threading.Barrier,
    state: dict[str, bool],
    results: Results,
    *,
    reverse: bool,
) -> None:
    """Ingest each round's files with the CLI, in step with the other ingester."""
    for files in rounds:
        barrier.wait(timeout=600)
        if not state["go"]:
            return
        ordered = list(reversed(files)) if reverse else files
        with results.lock:
            results.attempted.update(files)
        started = time.monotonic()
        done = subprocess.run(
            [sys.executable, "-m", "dashboard.cli", "ingest", *map(str, ordered)],
            env=env,
            capture_output=True,
            text=True,
            timeout=600,
            check=False,
        )
        seconds = time.monotonic() - started
        with results.lock:
            results.ingest_rounds.append((name, seconds, done.returncode))
            if done.returncode not in (0,):
                results.problems.append(
                    f"{name}: ingest exited {done.returncode}: {done.stderr[-500:]}"
                )
            for line in done.stdout.splitlines():
                if m := SAVED_RE.match(line):
                    results.outcomes[m.group(1)].append(
                        (name, "saved", int(m.group(2)))
                    )
                elif m := DUPLICATE_RE.match(line):
                    results.outcomes[m.group(1)].append((name, "duplicate", None))
                elif m := FAILED_RE.match(line):
                    results.outcomes[m.group(1)].append((name, "failed", None))


# -- checks and the table ------------------------------------------------------------


def check_store(
    url: str, attempted: list[Path], baseline_articles: int, results: Results
) -> dict[str, int]:
    """Compare the store with what the ingests reported; add problems found."""
    engine = sa.create_engine(url)
    with engine.connect() as conn:
        hashes = Counter(
            conn.scalars(sa.text("SELECT content_hash FROM articles")).all()
        )
        per_article = dict(
            conn.execute(
                sa.text(
                    "SELECT a.content_hash, count(m.id) FROM articles a "
                    "LEFT JOIN mentions m ON m.article_id = a.id "
                    "GROUP BY a.content_hash"
                )
            ).all()
        )
        double_mentions = conn.scalar(
            sa.text(
                "SELECT count(*) FROM (SELECT article_id, name FROM mentions "
                "GROUP BY article_id, name HAVING count(*) > 1) AS d"
            )
        )
        mentions = conn.scalar(sa.text("SELECT count(*) FROM mentions"))
    engine.dispose()
    lost = saved_twice = wrong_mentions = failed = 0
    for path in attempted:
        outcomes = results.outcomes.get(str(path), [])
        saved = [n for _, what, n in outcomes if what == "saved"]
        failed += sum(what == "failed" for _, what, _ in outcomes)
        digest = read_article(
            path.read_bytes(), path.name, max_bytes=10**7
        ).content_hash
        if hashes.get(digest, 0) != 1:
            lost += 1
            results.problems.append(
                f"{path.name}: stored {hashes.get(digest, 0)} times"
            )
        if len(saved) != 1:
            saved_twice += len(saved) != 0
            lost += len(saved) == 0
            results.problems.append(f"{path.name}: reported saved {len(saved)} times")
        elif per_article.get(digest) != saved[0]:
            wrong_mentions += 1
            results.problems.append(
                f"{path.name}: {per_article.get(digest)} mentions stored, "
                f"{saved[0]} reported"
            )
    expected = baseline_articles + len(attempted)
    if sum(hashes.values()) != expected:
        results.problems.append(
            f"{sum(hashes.values())} articles stored, expected {expected}"
        )
    if any(n > 1 for n in hashes.values()) or double_mentions:
        results.problems.append("duplicated rows in the store")
    if failed:
        results.problems.append(f"{failed} files failed to ingest")
    return {
        "articles": sum(hashes.values()),
        "expected": expected,
        "mentions": int(mentions or 0),
        "lost": lost,
        "saved twice": saved_twice,
        "duplicate mentions": int(double_mentions or 0),
        "mention counts off": wrong_mentions,
        "failed": failed,
    }


def _seconds(values: list[float]) -> str:
    if not values:
        return "-"
    ordered = sorted(values)
    p95 = ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]
    return f"{statistics.median(ordered):.2f} / {p95:.2f} / {ordered[-1]:.2f}"


def render(args: argparse.Namespace, results: Results, store: dict[str, int]) -> str:
    lines = [
        f"## Team load test: {args.servers} app servers on one PostgreSQL, "
        f"{args.users} visitors (Streamlit websocket), {args.ingesters} ingesters, "
        f"{args.duration:.0f} s",
        "",
        "| who | server | page | runs | errors | median / p95 / max s |",
        "|---|---|---|---|---|---|",
    ]
    groups: dict[tuple[str, str], list[PageRun]] = defaultdict(list)
    for run in results.runs:
        groups[(run.server, run.page)].append(run)
    for (server, page), runs in sorted(groups.items()):
        errors = sum(r.error is not None for r in runs)
        times = [r.seconds for r in runs if r.error is None]
        lines.append(
            f"| visitors | {server} | {page} | {len(runs)} | {errors} | "
            f"{_seconds(times)} |"
        )
    by_ingester: dict[str, list[tuple[float, int]]] = defaultdict(list)
    for name, seconds, code in results.ingest_rounds:
        by_ingester[name].append((seconds, code))
    for name, rounds in sorted(by_ingester.items()):
        bad = sum(code != 0 for _, code in rounds)
        lines.append(
            f"| ingester | {name} | {FILES_PER_ROUND} files/round | {len(rounds)} | "
            f"{bad} | {_seconds([s for s, _ in rounds])} |"
        )
    lines += ["", "| store check | value |", "|---|---|"]
    lines += [f"| {key} | {value:,} |" for key, value in store.items()]
    shown = [r.mentions_shown for r in results.runs if r.mentions_shown is not None]
    if shown:
        lines.append(
            f"| 'N mentions shown' (unfiltered) first / last | "
            f"{shown[0]:,} / {shown[-1]:,} |"
        )
    lines.append("")
    lines.append("PASS" if not results.problems else f"FAIL ({len(results.problems)})")
    lines += [f"- {p}" for p in results.problems[:30]]
    return "\n".join(lines)


def _log_problems(data_dir: Path, name: str) -> list[str]:
    log = data_dir / "server.log"
    text = log.read_text(errors="replace") if log.exists() else ""
    return [
        f"server {name}: {line.strip()[:200]}"
        for line in text.splitlines()
        if "Traceback" in line or " ERROR " in line or "Uncaught app" in line
    ]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="make load-team", description=__doc__.split("\n")[0]
    )
    parser.add_argument("--duration", type=float, default=120.0, help="seconds (120)")
    parser.add_argument("--users", type=int, default=10)
    parser.add_argument("--ingesters", type=int, default=2, choices=(1, 2))
    parser.add_argument("--servers", type=int, default=2, choices=(1, 2))
    args = parser.parse_args(argv)
    work = Path(tempfile.mkdtemp(prefix="landmine-load-team-"))
    results = Results()
    processes = []
    try:
        with throwaway_postgres() as url:
            env_extra = {
                "LANDMINE_MAP_DB": url,
                "LANDMINE_MAP_EDITOR_PASSWORD": EDITOR_PASSWORD,
            }
            servers = []
            for name in "AB"[: args.servers]:
                # One after the other: the first loads the demo into the empty store.
                server, process = start_app_server(
                    work / f"server-{name}", extra_env=env_extra
                )
                servers.append((name, server))
                processes.append(process)
            engine = sa.create_engine(url)
            with engine.connect() as conn:
                baseline = int(conn.scalar(sa.text("SELECT count(*) FROM articles")))
            engine.dispose()
            print(
                f"{len(servers)} servers up on {url}; {baseline} demo articles; "
                f"running {args.duration:.0f} s",
                file=sys.stderr,
            )
            ingest_env = {
                **os.environ,
                "LANDMINE_MAP_HOME": str(work / "ingest-home"),
                **env_extra,
            }
            rng = random.Random(7)
            rounds = [
                write_round(work / "articles" / f"round-{n:03d}", n, rng)
                for n in range(400)
            ]
            for name, server in servers:
                results.problems += warm_up(name, server.url)
            deadline = time.monotonic() + args.duration
            state = {"go": True}

            def decide() -> None:
                state["go"] = time.monotonic() < deadline

            barrier = threading.Barrier(args.ingesters, action=decide)
            threads = [
                threading.Thread(
                    target=ingester,
                    args=(
                        f"ingest-{k + 1}",
                        ingest_env,
                        rounds,
                        barrier,
                        state,
                        results,
                    ),
                    kwargs={"reverse": k == 1},
                )
                for k in range(args.ingesters)
            ]
            for i in range(args.users):
                name, server = servers[i % len(servers)]
                threads.append(
                    threading.Thread(
                        target=visitor, args=(i, name, server.url, deadline, results)
                    )
                )
            for thread in threads:
                thread.start()
            for thread in threads:
                thread.join()
            attempted = sorted(results.attempted)
            store = check_store(url, attempted, baseline, results)
            for name, server in servers:
                # Writes made by other processes must reach every server.
                shown, placed = final_view(name, server.url, url)
                store["placed mentions in the store"] = placed
                store[f"server {name}: mentions shown at the end"] = shown or 0
                if shown != placed:
                    results.problems.append(
                        f"server {name} shows {shown} mentions, the store has {placed}"
                    )
                results.problems += _log_problems(server.data_dir, name)
            errors = [r for r in results.runs if r.error]
            results.problems += [
                f"visitor on {r.server}, {r.page}: {r.error}" for r in errors[:10]
            ]
            for process in processes:
                stop_app_server(process)
            processes.clear()
    finally:
        for process in processes:
            stop_app_server(process)
        shutil.rmtree(work, ignore_errors=True)
    print(render(args, results, store))
    return 0 if not results.problems else 1


if __name__ == "__main__":
    sys.exit(main())
