"""The request's DataLoaders: one Cypher round trip per batch of keys, results in key order."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from typing import TYPE_CHECKING

from strawberry.dataloader import DataLoader

from govgraph.store import Record

if TYPE_CHECKING:
    from govgraph.graphql.core.context import AsyncQuestions

__all__ = ["EntityByIdLoader", "MembersByBodyIdLoader", "RelationshipsByIdLoader"]


class EntityByIdLoader(DataLoader[str, Record | None]):
    """Node records (id, label, properties) by id; ``None`` for an unknown id."""

    def __init__(self, questions: AsyncQuestions) -> None:
        async def load(ids: Sequence[str]) -> list[Record | None]:
            rows = await questions.many("entities", ids=list(ids))
            by_id = {row["id"]: row for row in rows}
            return [by_id.get(id_) for id_ in ids]

        super().__init__(load_fn=load)


class RelationshipsByIdLoader(DataLoader[str, list[Record]]):
    """Every relationship at a node, with the other end (see ``relationships_of.cypher``)."""

    def __init__(self, questions: AsyncQuestions) -> None:
        async def load(ids: Sequence[str]) -> list[list[Record]]:
            rows = await questions.many("relationships_of", ids=list(ids))
            return _grouped(rows, "id", ids)

        super().__init__(load_fn=load)


class MembersByBodyIdLoader(DataLoader[str, list[Record]]):
    """The memberships of a body, with each member (see ``members.cypher``)."""

    def __init__(self, questions: AsyncQuestions) -> None:
        async def load(ids: Sequence[str]) -> list[list[Record]]:
            rows = await questions.many("members", bodies=list(ids))
            return _grouped(rows, "body", ids)

        super().__init__(load_fn=load)


def _grouped(rows: list[Record], key: str, keys: Sequence[str]) -> list[list[Record]]:
    groups: defaultdict[str, list[Record]] = defaultdict(list)
    for row in rows:
        groups[row[key]].append(row)
    return [groups.get(k, []) for k in keys]
