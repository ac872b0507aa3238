"""Shared CLI state: the store settings chosen by flags and environment, the consoles."""

from __future__ import annotations

from dataclasses import dataclass

import typer
from rich.console import Console

from govgraph.store import StoreSettings

__all__ = ["CliState", "err_console", "out_console", "state_of"]

out_console = Console()
err_console = Console(stderr=True)


@dataclass
class CliState:
    """What the top-level options decided, passed to every command."""

    settings: StoreSettings


def state_of(ctx: typer.Context) -> CliState:
    """The state the top-level callback stored on the context."""
    state = ctx.find_root().obj
    if not isinstance(state, CliState):
        raise RuntimeError("CLI state missing: call through the govgraph app")
    return state
