"""The headers of every page: inline code of our own only, no requests anywhere."""

from __future__ import annotations

from starlette.responses import HTMLResponse

__all__ = ["PAGE_SECURITY", "page"]

PAGE_SECURITY = {
    "Content-Security-Policy": (
        "default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; "
        "img-src data:; connect-src 'none'; frame-ancestors 'none'"
    ),
    "X-Content-Type-Options": "nosniff",
}
"""Headers of every page (GraphiQL excepted, which has its own)."""


def page(html: str) -> HTMLResponse:
    """``html`` as a response with `PAGE_SECURITY`."""
    return HTMLResponse(html, headers=PAGE_SECURITY)
