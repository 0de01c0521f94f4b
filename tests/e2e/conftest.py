"""End-to-end harness: the real dashboard server, driven by Debian's Chromium.

The server is started the way a user starts it (``landmine-map serve``) on
127.0.0.1 and a free port, with a throwaway data directory and no tiles, so
the tests need no network. Playwright never downloads a browser: it drives
``/usr/bin/chromium``. Without it the tests skip and say how to enable them.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"
SERVER_START_TIMEOUT_SECONDS = 90


def pytest_collection_modifyitems(config, items):
    if Path(CHROMIUM).exists():
        return
    skip = pytest.mark.skip(
        reason="Debian's chromium is not installed: run `make test` as root "
        "(it installs it) or `apt-get install chromium`"
    )
    for item in items:
        if "e2e" in item.nodeid:
            item.add_marker(skip)


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args):
    return {
        **browser_type_launch_args,
        "executable_path": CHROMIUM,
        "headless": True,
        "args": [
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--disable-background-networking",
            "--disable-component-update",
            "--no-first-run",
            "--disable-sync",
        ],
    }


@pytest.fixture(scope="session")
def browser_context_args(browser_context_args):
    # Room for the sidebar and the whole map: the README's pictures come from here.
    return {**browser_context_args, "viewport": {"width": 1400, "height": 1000}}


@pytest.fixture(scope="session")
def artifacts_dir() -> Path:
    ARTIFACTS.mkdir(exist_ok=True)
    return ARTIFACTS


@dataclass(frozen=True)
class AppServer:
    url: str
    data_dir: Path
    env: dict[str, str]


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _wait_healthy(url: str, process: subprocess.Popen, log: Path) -> None:
    deadline = time.monotonic() + SERVER_START_TIMEOUT_SECONDS
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"the server exited early:\n{log.read_text()[-3000:]}")
        try:
            with urllib.request.urlopen(f"{url}/_stcore/health", timeout=2) as resp:
                if resp.read() == b"ok":
                    return
        except OSError:
            pass
        time.sleep(0.2)  # polling a health endpoint, not guessing a duration
    tail = log.read_text()[-3000:]
    raise RuntimeError(f"the server was not healthy in time:\n{tail}")


def start_app_server(
    data_dir: Path, *, extra_env: dict[str, str] | None = None
) -> tuple[AppServer, subprocess.Popen]:
    """Start ``landmine-map serve`` on a free port; return it once healthy."""
    port = _free_port()
    data_dir.mkdir(parents=True, exist_ok=True)
    env = {
        **os.environ,
        "LANDMINE_MAP_HOME": str(data_dir),
        "LANDMINE_MAP_TILES": "none",
        "NO_PROXY": "127.0.0.1,localhost",
        **(extra_env or {}),
    }
    if "LANDMINE_MAP_DB" not in (extra_env or {}):
        env.pop("LANDMINE_MAP_DB", None)
    log = data_dir / "server.log"
    process = subprocess.Popen(
        [sys.executable, "-m", "dashboard.cli", "serve", "--port", str(port),
         "--address", "127.0.0.1"],
        env=env,
        stdout=log.open("wb"),
        stderr=subprocess.STDOUT,
        cwd=data_dir,  # serve must work from any directory
    )
    url = f"http://127.0.0.1:{port}"
    try:
        _wait_healthy(url, process, log)
    except Exception:
        process.kill()
        raise
    return AppServer(url=url, data_dir=data_dir, env=env), process


def stop_app_server(process: subprocess.Popen) -> None:
    process.terminate()
    try:
        process.wait(timeout=15)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()


@pytest.fixture(scope="module")
def app_server(tmp_path_factory) -> Iterator[AppServer]:
    """A dashboard with the demo data, one per test module."""
    server, process = start_app_server(tmp_path_factory.mktemp("e2e-data"))
    yield server
    stop_app_server(process)


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item, call):
    outcome = yield
    report = outcome.get_result()
    if report.when == "call":
        item.e2e_failed = report.failed


@pytest.fixture(autouse=True)
def browser_log(request, artifacts_dir: Path) -> Iterator[None]:
    """Keep what the browser said (all frames) and, on failure, what it showed.

    Written to test-artifacts/<test>.console.log and <test>.failed.png, so a
    CI failure can be read without running it again.
    """
    if "page" not in request.fixturenames:
        yield
        return
    page = request.getfixturevalue("page")
    lines: list[str] = []
    page.on("console", lambda m: lines.append(f"console.{m.type}: {m.text}"))
    page.on("pageerror", lambda e: lines.append(f"pageerror: {e}"))
    page.on("requestfailed", lambda r: lines.append(f"requestfailed: {r.url}"))
    yield
    name = "".join(c if c.isalnum() or c in "-_." else "_" for c in request.node.name)
    (artifacts_dir / f"{name}.console.log").write_text("\n".join(lines) + "\n")
    if getattr(request.node, "e2e_failed", False) and not page.is_closed():
        page.screenshot(path=str(artifacts_dir / f"{name}.failed.png"), full_page=True)
