"""Time Streamlit runs of a map page with AppTest, in a process of its own.

Run by :mod:`bench.run` as ``python -m bench.pagebench --page app|naive
--runs N`` with ``LANDMINE_MAP_HOME``/``LANDMINE_MAP_DB`` pointing at a bench
store; prints one JSON object. A process per measurement, so every first run
starts with empty Streamlit caches and the peak memory is the page's own.
"""

from __future__ import annotations

import argparse
import json
import re
import resource
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

PROJECT_ROOT = Path(__file__).resolve().parent.parent
PAGES = {
    "app": PROJECT_ROOT / "pages" / "map.py",
    "naive": Path(__file__).resolve().parent / "naive_map_app.py",
}
APPTEST_TIMEOUT_SECONDS = 900.0


def _timed(spans: list[float], function: Callable[..., Any]) -> Callable[..., Any]:
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        started = time.perf_counter()
        try:
            return function(*args, **kwargs)
        finally:
            spans.append(time.perf_counter() - started)

    return wrapper


def _data_file_bytes(json_args: str) -> int:
    """Return the size of the map data file the page tells the browser to fetch.

    Large map data may be served as a static file rather than sent with the
    page (``landmineLoad("/app/static/...json")`` in the map script); 0 when
    the data travels inside the page.
    """
    if not json_args:
        return 0
    script = json.loads(json_args).get("script", "")
    match = re.search(r'landmineLoad\("([^"]+)"\)', script)
    if not match:
        return 0
    from dashboard.assets import STATIC_DIR, STATIC_URL

    url = match.group(1)
    if not url.startswith(STATIC_URL + "/"):
        return 0
    path = STATIC_DIR / url[len(STATIC_URL) + 1 :]
    return path.stat().st_size if path.is_file() else 0


def measure_page(page: str, *, runs: int) -> dict[str, Any]:
    """Run the page once cold and ``runs`` times more; return timings and payload.

    Heavy libraries are imported before the first run: the first run then
    measures the page (services, query, frame, map), not Python's imports.
    """
    import folium  # noqa: F401
    import pandas  # noqa: F401
    import streamlit_folium
    from streamlit.testing.v1 import AppTest

    import dashboard.maps

    folium_spans: list[float] = []
    build_spans: list[float] = []
    streamlit_folium.st_folium = _timed(folium_spans, streamlit_folium.st_folium)
    dashboard.maps.build_mention_map = _timed(
        build_spans, dashboard.maps.build_mention_map
    )

    at = AppTest.from_file(str(PAGES[page]), default_timeout=APPTEST_TIMEOUT_SECONDS)
    times: list[float] = []
    cpu_times: list[float] = []  # the machine may be shared: CPU time too
    for _ in range(runs + 1):
        started, cpu_started = time.perf_counter(), time.process_time()
        at.run()
        times.append(time.perf_counter() - started)
        cpu_times.append(time.process_time() - cpu_started)
        if at.exception:
            return {"error": "; ".join(str(e.value) for e in at.exception)[:2000]}
    components = at.main.get("component_instance")
    json_args = components[0].proto.json_args if components else ""
    payload_bytes = len(json_args.encode())
    shown = next((m.value for m in at.markdown if "mentions shown" in str(m.value)), "")
    return {
        "first_s": times[0],
        "reruns_s": times[1:],
        "reruns_cpu_s": cpu_times[1:],
        "st_folium_s": folium_spans,
        "build_map_s": build_spans,
        "payload_bytes": payload_bytes,
        "data_file_bytes": _data_file_bytes(json_args),
        "shown": str(shown),
        "max_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--page", choices=sorted(PAGES), required=True)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args(argv)
    if str(PROJECT_ROOT) not in sys.path:
        sys.path.insert(0, str(PROJECT_ROOT))
    result = measure_page(args.page, runs=args.runs)
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
