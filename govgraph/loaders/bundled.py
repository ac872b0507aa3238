"""The structure files shipped with govgraph: the five cities."""

from __future__ import annotations

from importlib import resources
from pathlib import Path

__all__ = ["bundled_structure_files"]


def bundled_structure_files() -> list[Path]:
    """Paths of the bundled city files, sorted by name."""
    folder = Path(str(resources.files("govgraph") / "data"))
    return sorted(folder.glob("*.yaml"))
