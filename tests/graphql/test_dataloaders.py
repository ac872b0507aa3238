"""Round trips per request depend on the query's depth, not on how many results it has."""

from __future__ import annotations

import httpx
import pytest
from support import data_of

from govgraph.store import BoltStore

DEEP = """
query Deep($city: String!) {
  bodies(city: $city) {
    id
    parent { id }
    chair { member { id } }
    members {
      role
      body { name }
      onBehalfOf { id }
      member {
        id
        ... on Post { heldBy { name } }
        ... on OrgUnit { parent { id } children { id } }
        ... on Body { members { member { id } } }
      }
    }
  }
}
"""

BOUND = 7
"""City check and bodies; members and parents; then the members' entities, relationships
and members: two or three loaders per level, each one round trip for the whole level."""


@pytest.mark.parametrize("city", ["bamberg", "erlangen", "magdeburg", "nuernberg"])
def test_deep_query_over_all_bodies_has_bounded_round_trips(
    api: httpx.Client, store: BoltStore, city: str
) -> None:
    # given
    before = store.round_trips

    # when
    data = data_of(api, DEEP, city=city)

    # then
    trips = store.round_trips - before
    members = sum(len(body["members"]) for body in data["bodies"])
    assert len(data["bodies"]) + members > BOUND
    assert trips <= BOUND
