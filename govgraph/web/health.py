"""``/healthz``: 200 while the store answers, 503 while it does not."""

from __future__ import annotations

import asyncio

from starlette.requests import Request
from starlette.responses import JSONResponse

from govgraph.errors import StoreError
from govgraph.store import GraphStore

__all__ = ["healthz"]


async def healthz(request: Request) -> JSONResponse:
    """Whether the app's store answers right now."""
    store: GraphStore = request.app.state.store
    try:
        await asyncio.to_thread(store.ping)
    except StoreError:
        return JSONResponse({"status": "unavailable"}, status_code=503)
    return JSONResponse({"status": "ok"})
