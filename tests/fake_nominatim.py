"""A real HTTP server on 127.0.0.1 that speaks Nominatim's /search and Photon's /api.

Special queries make it misbehave: ``ratelimit`` -> 429, ``boom`` -> 500,
``garbage`` -> 200 with a body that is not JSON, ``refuse`` -> 200 with
Nominatim's ``{"error": ...}``, ``hang`` -> no answer until the server closes.
Every request is recorded as ``(path, params, user_agent)`` in ``requests``.
"""

from __future__ import annotations

import json
import threading
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlparse

# lat/lon are strings, as real Nominatim sends them.
NOMINATIM_PLACES: dict[str, dict[str, Any]] = {
    "agdam": {
        "place_id": 1001,
        "osm_type": "relation",
        "osm_id": 5599012,
        "lat": "39.9911",
        "lon": "46.9297",
        "display_name": "Ağdam, Ağdam District, Azerbaijan",
        "name": "Ağdam",
        "class": "place",
        "type": "town",
        "addresstype": "town",
        "place_rank": 16,
        "importance": 0.5,
        "address": {
            "town": "Ağdam",
            "state": "Ağdam District",
            "country": "Azerbaijan",
            "country_code": "az",
        },
    },
    "murovdag": {
        "place_id": 1002,
        "osm_type": "node",
        "osm_id": 424242,
        "lat": "40.2987",
        "lon": "46.3051",
        "display_name": "Murovdağ, Kəlbəcər District, Azerbaijan",
        "name": "Murovdağ",
        "class": "natural",
        "type": "ridge",
        "addresstype": "ridge",
        "place_rank": 18,
        "address": {
            "state": "Kəlbəcər District",
            "country": "Azerbaijan",
            "country_code": "az",
        },
    },
    "kherson oblast": {
        "place_id": 1003,
        "osm_type": "relation",
        "osm_id": 71022,
        "lat": "46.7",
        "lon": "33.4",
        "display_name": "Kherson Oblast, Ukraine",
        "name": "Kherson Oblast",
        "class": "boundary",
        "type": "administrative",
        "addresstype": "state",
        "place_rank": 8,
        "address": {
            "state": "Kherson Oblast",
            "country": "Ukraine",
            "country_code": "ua",
        },
    },
}

PHOTON_FEATURES: dict[str, dict[str, Any]] = {
    "agdam": {
        "type": "Feature",
        "geometry": {"type": "Point", "coordinates": [46.9297, 39.9911]},
        "properties": {
            "osm_type": "R",
            "osm_id": 5599012,
            "osm_key": "place",
            "osm_value": "town",
            "type": "city",
            "name": "Ağdam",
            "state": "Ağdam District",
            "country": "Azerbaijan",
            "countrycode": "AZ",
        },
    }
}


@dataclass
class FakeNominatim:
    """A running fake; ``url`` is its base URL (``http://127.0.0.1:PORT``)."""

    server: ThreadingHTTPServer
    thread: threading.Thread
    requests: list[tuple[str, dict[str, list[str]], str | None]] = field(
        default_factory=list
    )
    release: threading.Event = field(default_factory=threading.Event)

    @property
    def url(self) -> str:
        host, port = self.server.server_address[:2]
        return f"http://{host}:{port}"

    def queries(self) -> list[str]:
        return [params.get("q", [""])[0] for _, params, _ in self.requests]

    def close(self) -> None:
        self.release.set()  # let hanging handlers finish
        self.server.shutdown()
        self.server.server_close()
        self.thread.join(timeout=5)


class _Handler(BaseHTTPRequestHandler):
    server: ThreadingHTTPServer
    fake: FakeNominatim

    def do_GET(self) -> None:  # noqa: N802 (http.server's naming)
        url = urlparse(self.path)
        params = parse_qs(url.query)
        self.fake.requests.append((url.path, params, self.headers.get("User-Agent")))
        query = params.get("q", [""])[0].strip().lower()
        if query == "hang":
            self.fake.release.wait(timeout=30)
            return self._send(200, [])
        if url.path not in ("/search", "/api"):
            return self._send(404, {"error": "not found"})
        if query == "ratelimit":
            return self._send(429, {"error": "Too Many Requests"})
        if query == "boom":
            return self._send(500, {"error": "internal"})
        if query == "garbage":
            return self._send_raw(200, b"<html>upstream proxy error</html>")
        if query == "refuse":
            return self._send(200, {"error": "Nothing to search for"})
        if url.path == "/api":
            features = [PHOTON_FEATURES[query]] if query in PHOTON_FEATURES else []
            return self._send(200, {"type": "FeatureCollection", "features": features})
        place = NOMINATIM_PLACES.get(query)
        wanted = params.get("countrycodes", [""])[0]
        if place is not None and wanted:
            if place["address"]["country_code"] not in wanted.split(","):
                place = None
        self._send(200, [place] if place is not None else [])

    def _send(self, code: int, payload: Any) -> None:
        self._send_raw(code, json.dumps(payload).encode("utf-8"))

    def _send_raw(self, code: int, body: bytes) -> None:
        try:
            self.send_response(code)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
        except (BrokenPipeError, ConnectionResetError):
            pass  # the client gave up (a timeout test): nothing to answer

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002
        """Keep test output quiet."""


def start_fake_nominatim() -> FakeNominatim:
    """Start the fake on a free port of 127.0.0.1; call ``close()`` when done."""
    handler = type("Handler", (_Handler,), {})
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    server.daemon_threads = True
    thread = threading.Thread(
        target=server.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True
    )
    fake = FakeNominatim(server=server, thread=thread)
    handler.fake = fake
    thread.start()
    return fake
