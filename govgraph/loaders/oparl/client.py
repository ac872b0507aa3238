"""A polite HTTP client for OParl servers: rate limit, retries with back-off, JSON check."""

from __future__ import annotations

import time
from collections.abc import Callable, Mapping
from types import TracebackType
from typing import Any, NamedTuple

import httpx

from govgraph import __version__
from govgraph.errors import ImportSourceError

__all__ = ["OParlClient", "full_url"]

USER_AGENT = f"govgraph/{__version__} (+OParl import)"
MAX_DELAY = 60.0
"""The longest wait before a retry, in seconds."""


class _Failure(NamedTuple):
    """A failed attempt worth retrying: what happened, and the server's Retry-After."""

    message: str
    retry_after: float


class OParlClient:
    """GET OParl JSON objects, at most one request per ``min_interval`` seconds.

    5xx and 429 answers and transport errors are retried ``retries`` times, waiting
    ``backoff * 2**attempt`` seconds (at most 60, at least a numeric ``Retry-After``);
    other 4xx answers fail at once. ``requests`` counts the requests sent.
    """

    def __init__(
        self,
        *,
        timeout: float = 30.0,
        retries: int = 4,
        backoff: float = 1.0,
        min_interval: float = 0.25,
        transport: httpx.BaseTransport | None = None,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self._http = httpx.Client(
            timeout=httpx.Timeout(timeout, connect=10.0),
            headers={"User-Agent": USER_AGENT, "Accept": "application/json"},
            follow_redirects=True,
            transport=transport,
        )
        self._retries = retries
        self._backoff = backoff
        self._min_interval = min_interval
        self._sleep = sleep
        self._last_answer: float | None = None
        self.requests = 0

    def get(self, url: str, params: Mapping[str, str] | None = None) -> dict[str, Any]:
        """The JSON object at ``url`` (with query ``params``).

        Raises
        ------
        ImportSourceError
            The server failed after all retries, refused the request, or did not answer
            with a JSON object; the message names the URL, status, content type and the
            start of the body.
        """
        target = full_url(url, params)
        attempt = 0
        while isinstance(answer := self._attempt(target), _Failure):
            if attempt == self._retries:
                raise ImportSourceError(
                    f"{target} failed after {attempt + 1} attempts: {answer.message}"
                )
            delay = max(self._backoff * 2**attempt, answer.retry_after)
            self._sleep(min(delay, MAX_DELAY))
            attempt += 1
        return answer

    def _attempt(self, target: str) -> dict[str, Any] | _Failure:
        """One request: the JSON object, or a failure worth retrying."""
        self._wait_turn()
        self.requests += 1
        try:
            response = self._http.get(target)
        except (httpx.UnsupportedProtocol, httpx.TooManyRedirects) as error:
            raise ImportSourceError(f"{target}: {error}") from error
        except httpx.TransportError as error:
            return _Failure(f"{type(error).__name__}: {error}", 0.0)
        finally:
            self._last_answer = time.monotonic()
        if response.status_code >= 500 or response.status_code == 429:
            return _Failure(_describe(response), _retry_after(response))
        if response.is_error:
            raise ImportSourceError(f"{target} answered {_describe(response)}")
        try:
            content = response.json()
        except ValueError:
            content = None
        if not isinstance(content, dict):
            raise ImportSourceError(f"{target} is not an OParl JSON object: {_describe(response)}")
        return content

    def _wait_turn(self) -> None:
        if self._last_answer is None:
            return
        wait = self._last_answer + self._min_interval - time.monotonic()
        if wait > 0:
            self._sleep(wait)

    def close(self) -> None:
        """Close the connections."""
        self._http.close()

    def __enter__(self) -> OParlClient:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()


def full_url(url: str, params: Mapping[str, str] | None = None) -> str:
    """``url`` with ``params`` merged into its query, as the client requests it.

    Raises
    ------
    ImportSourceError
        ``url`` is malformed.
    """
    try:
        return str(httpx.URL(url).copy_merge_params(dict(params or {})))
    except httpx.InvalidURL as error:
        raise ImportSourceError(f"{url} is not a valid URL: {error}") from error


def _describe(response: httpx.Response) -> str:
    content_type = response.headers.get("content-type", "none")
    body = " ".join(response.text.split())[:80]
    return f"status {response.status_code}, content type {content_type}, body {body!r}"


def _retry_after(response: httpx.Response) -> float:
    """A numeric Retry-After header in seconds; 0 if there is none (dates are ignored)."""
    try:
        return max(float(response.headers.get("retry-after", "")), 0.0)
    except ValueError:
        return 0.0
