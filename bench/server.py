"""The real dashboard server and a headless Chromium, for the bench and load runs.

The server is started as a user starts it (``landmine-map serve``) on
127.0.0.1 and a free port, against a given store, with no tiles so nothing
goes to the network. Chromium is Debian's (``/usr/bin/chromium``): Playwright
never downloads a browser here.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from dataclasses import dataclass
from pathlib import Path

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
    "--disable-sync",
]
MAP_IFRAME = 'iframe[title="streamlit_folium.st_folium"]'
MARKER = ".landmine-marker"
CLUSTER = ".landmine-cluster"
POPUP = ".leaflet-popup-content"
#: Set by dashboard/data/landmine-map.js once every marker is placed.
READY = ".leaflet-container[data-landmine-ready]"
#: Leaflet's and markercluster's classes while the map zooms or clusters move.
ANIMATING = ".leaflet-zoom-anim, .leaflet-cluster-anim"
#: The pause a person takes to aim at a marker after the map has zoomed in.
SETTLE_MS = 1000
START_TIMEOUT_SECONDS = 120


def has_chromium() -> bool:
    return Path(CHROMIUM).exists()


def cli_command() -> list[str]:
    """Return the ``landmine-map`` command of this venv (or its module form)."""
    script = Path(sys.executable).with_name("landmine-map")
    if script.exists():
        return [str(script)]
    return [sys.executable, "-m", "dashboard.cli"]


def bench_environment(data_dir: Path, db_file: Path) -> dict[str, str]:
    """Return the environment that points the app at ``db_file``, offline."""
    env = {
        **os.environ,
        "LANDMINE_MAP_HOME": str(data_dir),
        "LANDMINE_MAP_DB": f"sqlite:///{db_file.resolve().as_posix()}",
        "LANDMINE_MAP_TILES": "none",
        "LANDMINE_MAP_GEOCODERS": "gazetteer",
        "NO_PROXY": "127.0.0.1,localhost",
    }
    return env


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@dataclass
class Server:
    """A running ``landmine-map serve``."""

    url: str
    process: subprocess.Popen[bytes]
    log: Path

    def stop(self) -> None:
        self.process.terminate()
        try:
            self.process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()


def start_server(data_dir: Path, db_file: Path) -> Server:
    """Start the dashboard on a free port; return it once its health check says ok."""
    data_dir.mkdir(parents=True, exist_ok=True)
    port = free_port()
    log = data_dir / "server.log"
    process = subprocess.Popen(
        [*cli_command(), "serve", "--port", str(port), "--address", "127.0.0.1"],
        env=bench_environment(data_dir, db_file),
        stdout=log.open("wb"),
        stderr=subprocess.STDOUT,
        cwd=data_dir,
    )
    server = Server(f"http://127.0.0.1:{port}", process, log)
    deadline = time.monotonic() + START_TIMEOUT_SECONDS
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"the server exited early:\n{log.read_text()[-3000:]}")
        try:
            with urllib.request.urlopen(f"{server.url}/_stcore/health", timeout=2) as r:
                if r.read() == b"ok":
                    return server
        except OSError:
            pass
        time.sleep(0.2)  # polling the health endpoint, not guessing a duration
    server.stop()
    raise RuntimeError(
        f"the server was not healthy in time:\n{log.read_text()[-3000:]}"
    )


def _children(pid: int) -> list[int]:
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[1]) == pid:
            found.append(int(entry.name))
    return found


def _status_kb(pid: int, key: str) -> int:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith(key + ":"):
            return int(line.split()[1])
    return 0


def peak_rss_mb(pid: int) -> tuple[float, float]:
    """Return (VmHWM, VmRSS) in MB of ``pid`` plus all its descendants."""
    pids = [pid]
    index = 0
    while index < len(pids):
        pids.extend(_children(pids[index]))
        index += 1
    peak = sum(_status_kb(p, "VmHWM") for p in pids)
    current = sum(_status_kb(p, "VmRSS") for p in pids)
    return peak / 1024, current / 1024


def launch_chromium(playwright):  # noqa: ANN001, ANN201 (playwright types)
    return playwright.chromium.launch(
        executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS
    )


_NEAREST_TO_CENTRE_JS = """(elements) => {
  const container = document.querySelector('.leaflet-container');
  if (!container) return -1;
  const box = container.getBoundingClientRect();
  const cx = box.left + box.width / 2, cy = box.top + box.height / 2;
  let best = -1, bestDistance = Infinity;
  elements.forEach((element, index) => {
    const r = element.getBoundingClientRect();
    const x = r.left + r.width / 2, y = r.top + r.height / 2;
    // Away from the controls in the corners (zoom, layers, legend).
    if (!r.width || x < box.left + 60 || x > box.right - 230 ||
        y < box.top + 60 || y > box.bottom - 60) return;
    // Only what a click would really reach (not under a cluster or a pane).
    const hit = document.elementFromPoint(x, y);
    if (!hit || !element.contains(hit)) return;
    const distance = Math.hypot(x - cx, y - cy);
    if (distance < bestDistance) { bestDistance = distance; best = index; }
  });
  // Mark the pick: markercluster may redraw its markers in another order
  // before the click, so an index would name another marker by then.
  elements.forEach((element, index) => {
    if (index === best) element.setAttribute('data-bench-pick', '');
    else element.removeAttribute('data-bench-pick');
  });
  return best;
}"""
PICKED = "[data-bench-pick]"


def wait_for_map(page, *, timeout_ms: int) -> None:  # noqa: ANN001
    """Wait until the map iframe has placed its markers, and for the count caption."""
    page.locator(MAP_IFRAME).wait_for(state="attached", timeout=timeout_ms)
    frame = page.frame_locator(MAP_IFRAME)
    frame.locator(f"{MARKER}, {CLUSTER}").first.wait_for(
        state="visible", timeout=timeout_ms
    )
    # Large data is clustered in chunks; a click before the last one is lost.
    frame.locator(READY).wait_for(state="attached", timeout=timeout_ms)
    page.get_by_text("mentions shown").first.wait_for(
        state="visible", timeout=timeout_ms
    )


def pan_zoom_and_open_popup(page, *, timeout_ms: int, max_clicks: int = 25) -> int:  # noqa: ANN001
    """Drag the map, then click clusters (each zooms in) until a marker's popup opens.

    Returns the number of clicks it took. Raises TimeoutError-like Playwright
    errors when nothing opens.
    """
    from playwright.sync_api import TimeoutError as PlaywrightTimeout

    box = page.locator(MAP_IFRAME).bounding_box()
    if box is not None:
        x, y = box["x"] + box["width"] / 2, box["y"] + box["height"] / 2
        page.mouse.move(x, y)
        page.mouse.down()
        page.mouse.move(x + 120, y + 60, steps=8)
        page.mouse.up()
    frame = page.frame_locator(MAP_IFRAME)
    for clicks in range(1, max_clicks + 1):
        # The map may be redrawn (a rerun): wait for it before looking.
        wait_for_map(page, timeout_ms=timeout_ms)
        index = frame.locator(MARKER).evaluate_all(_NEAREST_TO_CENTRE_JS)
        if index >= 0:
            frame.locator(MARKER + PICKED).click(timeout=timeout_ms)
            try:
                frame.locator(POPUP).first.wait_for(state="visible", timeout=5000)
            except PlaywrightTimeout:
                continue  # counted: a person would click again
            return clicks
        index = frame.locator(CLUSTER).evaluate_all(_NEAREST_TO_CENTRE_JS)
        if index < 0:
            raise RuntimeError("no marker or cluster in the middle of the map")
        cluster = frame.locator(CLUSTER + PICKED)
        handle = cluster.element_handle(timeout=timeout_ms)
        cluster.click(timeout=timeout_ms)
        try:
            # A cluster zooms in on click and is replaced: wait for that.
            handle.wait_for_element_state("hidden", timeout=3000)
        except PlaywrightTimeout:
            pass  # at the deepest zoom it spiderfies instead and stays
        # Markers fly out of their cluster after the zoom; one clicked while
        # it moves opens nothing, as it would for a person.
        frame.locator(ANIMATING).first.wait_for(state="detached", timeout=timeout_ms)
        page.wait_for_timeout(SETTLE_MS)
    raise RuntimeError(f"no popup opened after {max_clicks} clicks")
