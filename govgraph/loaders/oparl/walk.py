"""The walk over an OParl server: System, bodies, and each body's lists, page by page."""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

from govgraph.errors import ImportSourceError
from govgraph.loaders.oparl.client import OParlClient, full_url
from govgraph.loaders.oparl.objects import OParlObjects

__all__ = ["PageCallback", "fetch_system"]

PageCallback = Callable[[str, int], None]
"""Called after each list page: what was fetched, and how many objects so far."""

BODY_LISTS = ("organization", "person", "membership")
"""The lists of a Body that an import walks, in this order."""


def fetch_system(
    url: str,
    client: OParlClient,
    *,
    since: datetime | None = None,
    cache_dir: Path | None = None,
    progress: PageCallback | None = None,
) -> OParlObjects:
    """Fetch the System at ``url``, its bodies, and their organizations, persons, memberships.

    With ``since``, the body lists ask only for objects modified since then
    (``modified_since``; a naive time is taken as local time), deleted ones included.
    With ``cache_dir``, every answer is kept there and read from there on the next run,
    so an interrupted walk resumes where it stopped.

    Raises
    ------
    ImportSourceError
        The server fails, ``url`` is no OParl System, or a list's pages loop.
    """
    walk = _Walk(client, cache_dir, OParlObjects(source=url), progress)
    system = walk.get(url)
    if not str(system.get("type", "")).endswith("/System"):
        raise ImportSourceError(f"{url} is not an OParl system: {_what_is(system)}")
    walk.objects.add(system)
    body_list = system.get("body")
    if not isinstance(body_list, str):
        raise ImportSourceError(f"{url} is an OParl system without a body list")
    walk.walk_list(body_list, f"body list of {system.get('name', url)}")
    params = {} if since is None else {"modified_since": _iso(since)}
    for body in list(walk.objects.bodies.values()):
        name = body.get("name", body["id"])
        for key in BODY_LISTS:
            list_url = body.get(key)
            if isinstance(list_url, str):
                walk.walk_list(full_url(list_url, params), f"{key} list of {name}")
    return walk.objects


class _Walk:
    """The state of one walk: the objects so far, the URLs fetched, the cache."""

    def __init__(
        self,
        client: OParlClient,
        cache_dir: Path | None,
        objects: OParlObjects,
        progress: PageCallback | None,
    ) -> None:
        self.client = client
        self.cache_dir = cache_dir
        self.objects = objects
        self.progress = progress
        self.fetched: set[str] = set()

    def walk_list(self, url: str, description: str) -> None:
        """Add the objects of every page of the list starting at ``url``."""
        page_url: str | None = full_url(url)
        if page_url in self.fetched:
            return
        while page_url is not None:
            page = self.get(page_url)
            if "data" not in page:
                raise ImportSourceError(f"{page_url} is not an OParl list: {_what_is(page)}")
            for item in _objects_in(page["data"]):
                self.objects.add(item)
            if self.progress is not None:
                self.progress(description, self._count())
            page_url = self._next_page(url, page)

    def _next_page(self, first: str, page: dict[str, Any]) -> str | None:
        """The URL of the page after ``page`` of the list at ``first``, if any."""
        links = page.get("links")
        next_url = links.get("next") if isinstance(links, dict) else None
        if not isinstance(next_url, str):
            return None
        next_url = full_url(next_url)
        if next_url in self.fetched:
            raise ImportSourceError(f"{first}: links.next loops back to {next_url}")
        return next_url

    def get(self, url: str) -> dict[str, Any]:
        """The JSON object at ``url``, from the cache if it holds it."""
        url = full_url(url)
        self.fetched.add(url)
        if self.cache_dir is None:
            return self.client.get(url)
        path = self.cache_dir / f"{hashlib.sha256(url.encode()).hexdigest()}.json"
        if path.is_file():
            cached: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
            return cached
        answer = self.client.get(url)
        _write_atomically(path, json.dumps(answer, ensure_ascii=False))
        return answer

    def _count(self) -> int:
        objects = self.objects
        tables = (objects.bodies, objects.organizations, objects.persons, objects.memberships)
        return sum(map(len, tables)) + len(objects.deleted)


def _objects_in(data: Any) -> list[dict[str, Any]]:
    """The objects of a list page's ``data``: an array, or (a quirk) a single object."""
    items = [data] if isinstance(data, dict) else data if isinstance(data, list) else []
    return [item for item in items if isinstance(item, dict)]


def _iso(moment: datetime) -> str:
    """ISO 8601 with seconds and timezone offset, as ``modified_since`` wants it."""
    aware = moment if moment.tzinfo is not None else moment.astimezone()
    return aware.isoformat(timespec="seconds")


def _write_atomically(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.NamedTemporaryFile(
        "w", encoding="utf-8", dir=path.parent, suffix=".tmp", delete=False
    ) as file:
        file.write(text)
    os.replace(file.name, path)


def _what_is(answer: dict[str, Any]) -> str:
    """What an unexpected JSON answer is, for an error message."""
    if "data" in answer:
        return "it is an object list"
    if "type" in answer:
        return f"it has type {answer['type']!r}"
    return f"it has no type (keys: {', '.join(sorted(answer)[:8])})"
