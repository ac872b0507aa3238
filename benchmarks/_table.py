"""A plain-text table with one group of columns per store, printed side by side."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class SideBySide:
    """Rows of a first column, then per group (a store) the same sub-columns.

    ``rows`` are ``(name, {group: cells})``; a group missing from a row prints blank.
    """

    first: str
    groups: list[str]
    columns: list[str]
    rows: list[tuple[str, dict[str, list[str]]]] = field(default_factory=list)

    def add(self, name: str, cells: dict[str, list[str]]) -> None:
        """Append a row."""
        self.rows.append((name, cells))

    def lines(self) -> list[str]:
        """The table as lines: group names, column headers, a rule, the rows."""
        widths = [len(column) for column in self.columns]
        for _, cells in self.rows:
            for group_cells in cells.values():
                widths = [max(w, len(c)) for w, c in zip(widths, group_cells, strict=True)]
        name_width = max([len(self.first), *(len(name) for name, _ in self.rows)])
        group_width = sum(widths) + len(widths) - 1

        def line(first: str, per_group: list[str]) -> str:
            return (f"{first:<{name_width}} | " + " | ".join(per_group)).rstrip()

        def cells_of(values: list[str]) -> str:
            return " ".join(f"{v:>{w}}" for v, w in zip(values, widths, strict=True))

        blank = [""] * len(self.columns)
        out = [
            line("", [f"{group:<{group_width}}" for group in self.groups]),
            line(self.first, [cells_of(self.columns) for _ in self.groups]),
        ]
        out.append("-" * len(out[1]))
        for name, cells in self.rows:
            out.append(line(name, [cells_of(cells.get(group, blank)) for group in self.groups]))
        return out

    def print(self) -> None:
        """Print `lines`."""
        print("\n".join(self.lines()))
