"""``/healthz``: 200 while the store answers, 503 while it does not."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable

from starlette.requests import Request
from starlette.responses import JSONResponse

from govgraph.errors import StoreError
from govgraph.store import GraphStore

__all__ = ["health_endpoint"]


def health_endpoint(store: GraphStore) -> Callable[[Request], Awaitable[JSONResponse]]:
    """A Starlette endpoint reporting whether ``store`` answers right now."""

    async def healthz(request: Request) -> JSONResponse:
        try:
            await asyncio.to_thread(store.ping)
        except StoreError:
            return JSONResponse({"status": "unavailable"}, status_code=503)
        return JSONResponse({"status": "ok"})

    return healthz
