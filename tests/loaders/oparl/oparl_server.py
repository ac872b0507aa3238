"""A small local OParl server for tests: objects, paginated lists, failures, a request log."""

from __future__ import annotations

import json
import threading
import time
from dataclasses import dataclass
from datetime import datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from types import TracebackType
from typing import Any
from urllib.parse import parse_qsl, urlencode, urlsplit

SCHEMA = "https://schema.oparl.org/1.1/"
MODIFIED = "2024-01-10T10:00:00+01:00"


@dataclass(frozen=True)
class Request:
    """One request the server saw; ``time`` is ``time.monotonic()`` on arrival."""

    path: str
    query: str
    time: float
    user_agent: str

    @property
    def params(self) -> dict[str, str]:
        return dict(parse_qsl(self.query))


@dataclass(frozen=True)
class Answer:
    status: int
    content_type: str
    body: bytes
    headers: tuple[tuple[str, str], ...] = ()


class OParlServer:
    """An OParl server on 127.0.0.1 (a free port) that serves what a test puts in it.

    ``objects`` maps paths to JSON content served as is, ``lists`` maps paths to the objects of a
    paginated list (``page_size`` a page, ``?page=n``, ``modified_since`` honoured; deleted
    objects are listed only with ``modified_since``), ``html`` maps paths to HTML pages and
    ``redirects`` paths to other paths. ``requests`` records every request. Used as a
    context manager, it serves in a daemon thread and yields its base URL (also ``url``).
    """

    def __init__(self, *, page_size: int = 2) -> None:
        self.page_size = page_size
        self.objects: dict[str, Any] = {}
        self.lists: dict[str, list[dict[str, Any]]] = {}
        self.html: dict[str, str] = {}
        self.redirects: dict[str, str] = {}
        self.requests: list[Request] = []
        self._failures: dict[str, list[Answer]] = {}
        self._lock = threading.Lock()
        self._http = ThreadingHTTPServer(("127.0.0.1", 0), _handler_for(self))
        self._http.daemon_threads = True
        self.url = f"http://127.0.0.1:{self._http.server_address[1]}"
        self._thread = threading.Thread(
            target=self._http.serve_forever, kwargs={"poll_interval": 0.01}, daemon=True
        )

    def fail(
        self, target: str, times: int = 1, *, status: int = 500, retry_after: str | None = None
    ) -> None:
        """Answer the next ``times`` requests to ``target`` (path or path?query) with ``status``."""
        headers = () if retry_after is None else (("Retry-After", retry_after),)
        body = json.dumps({"error": f"status {status}"}).encode()
        failure = Answer(status, "application/json", body, headers)
        with self._lock:
            self._failures.setdefault(target, []).extend([failure] * times)

    def requests_to(self, path: str) -> list[Request]:
        """The requests to ``path``, any query."""
        with self._lock:
            return [request for request in self.requests if request.path == path]

    def answer(self, target: str, user_agent: str = "") -> Answer:
        """Record a request for ``target`` (path and query) and make its answer."""
        parts = urlsplit(target)
        path, query = parts.path, parts.query
        with self._lock:
            self.requests.append(Request(path, query, time.monotonic(), user_agent))
            for key in (target, path):
                if self._failures.get(key):
                    return self._failures[key].pop(0)
        if path in self.redirects:
            return Answer(302, "text/plain", b"", (("Location", self.redirects[path]),))
        if path in self.html:
            return Answer(200, "text/html; charset=utf-8", self.html[path].encode())
        if path in self.objects:
            return _json(self.objects[path])
        if path in self.lists:
            return _json(self._page(path, dict(parse_qsl(query))))
        return Answer(404, "text/plain", b"not found")

    def _page(self, path: str, params: dict[str, str]) -> dict[str, Any]:
        since = params.get("modified_since")
        items = [item for item in self.lists[path] if _listed(item, since)]
        number = int(params.get("page", "1"))
        pages = max(1, -(-len(items) // self.page_size))
        keep = {} if since is None else {"modified_since": since}
        links = {"self": f"{self.url}{path}?{urlencode({**keep, 'page': number})}"}
        if number < pages:
            links["next"] = f"{self.url}{path}?{urlencode({**keep, 'page': number + 1})}"
        start = (number - 1) * self.page_size
        return {
            "data": items[start : start + self.page_size],
            "pagination": {
                "totalElements": len(items),
                "elementsPerPage": self.page_size,
                "currentPage": number,
                "totalPages": pages,
            },
            "links": links,
        }

    def __enter__(self) -> str:
        self._thread.start()
        return self.url

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self._http.shutdown()
        self._http.server_close()
        self._thread.join()


def _listed(item: dict[str, Any], since: str | None) -> bool:
    """Whether a list shows ``item``: deleted ones only with ``modified_since``."""
    if since is None:
        return not item.get("deleted")
    return datetime.fromisoformat(item["modified"]) >= datetime.fromisoformat(since)


def _json(content: Any) -> Answer:
    return Answer(200, "application/json", json.dumps(content, ensure_ascii=False).encode())


def _handler_for(server: OParlServer) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            answer = server.answer(self.path, self.headers.get("User-Agent", ""))
            self.send_response(answer.status)
            self.send_header("Content-Type", answer.content_type)
            self.send_header("Content-Length", str(len(answer.body)))
            for name, value in answer.headers:
                self.send_header(name, value)
            self.end_headers()
            self.wfile.write(answer.body)

        def log_message(self, format: str, *args: Any) -> None:
            """Keep the test output quiet."""

    return Handler


def musterstadt(server: OParlServer, *, organizations: int = 5, persons: int = 5) -> str:
    """Put a System with one Body (Stadt Musterstadt) on ``server``; return the System's URL.

    Person ``i`` embeds membership ``i`` (in organization ``(i - 1) % organizations + 1``);
    the body's membership list holds the same memberships with ``person`` set.
    """
    base = f"{server.url}/oparl"
    body_id = f"{base}/bodies/1"
    server.objects["/oparl/system"] = {
        "id": f"{base}/system",
        "type": f"{SCHEMA}System",
        "oparlVersion": SCHEMA,
        "name": "Ratsinformation Musterstadt",
        "body": f"{base}/bodies",
    }
    server.lists["/oparl/bodies"] = [
        {
            "id": body_id,
            "type": f"{SCHEMA}Body",
            "name": "Stadt Musterstadt",
            "organization": f"{body_id}/organizations",
            "person": f"{body_id}/persons",
            "membership": f"{body_id}/memberships",
            "modified": MODIFIED,
        }
    ]
    server.lists["/oparl/bodies/1/organizations"] = [
        {
            "id": f"{base}/organizations/{number}",
            "type": f"{SCHEMA}Organization",
            "name": f"Ausschuss für Bürgerbeteiligung {number}",
            "classification": "Ausschuss",
            "modified": MODIFIED,
        }
        for number in range(1, organizations + 1)
    ]
    memberships = [
        {
            "id": f"{base}/memberships/{number}",
            "type": f"{SCHEMA}Membership",
            "organization": f"{base}/organizations/{(number - 1) % organizations + 1}",
            "role": "Mitglied",
            "modified": MODIFIED,
        }
        for number in range(1, persons + 1)
    ]
    server.lists["/oparl/bodies/1/persons"] = [
        {
            "id": f"{base}/persons/{number}",
            "type": f"{SCHEMA}Person",
            "name": f"Jürgen Mustermann {number}",
            "membership": [membership],
            "modified": MODIFIED,
        }
        for number, membership in enumerate(memberships, 1)
    ]
    server.lists["/oparl/bodies/1/memberships"] = [
        {**membership, "person": f"{base}/persons/{number}", "votingRight": True}
        for number, membership in enumerate(memberships, 1)
    ]
    return f"{base}/system"
