"""The package's Jinja templates, always autoescaped."""

from __future__ import annotations

from functools import cache
from typing import Any

import jinja2

__all__ = ["render_page"]


@cache
def _environment() -> jinja2.Environment:
    return jinja2.Environment(
        loader=jinja2.PackageLoader("govgraph.visualisations", "templates"),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
    )


def render_page(template: str, **context: Any) -> str:
    """Render ``templates/<template>`` with ``context``; every value is HTML-escaped."""
    return _environment().get_template(template).render(**context)
