"""The web application: GraphiQL, GET queries, and what is not served."""

from __future__ import annotations

import httpx


def test_graphiql_is_served_to_browsers(api: httpx.Client) -> None:
    # when
    response = api.get("/graphql", headers={"accept": "text/html"})

    # then
    assert response.status_code == 200
    assert "graphiql" in response.text.lower()


def test_queries_work_over_get(api: httpx.Client) -> None:
    # when
    response = api.get("/graphql", params={"query": '{ city(id: "erlangen") { name } }'})

    # then
    assert response.json() == {"data": {"city": {"name": "Erlangen"}}}


def test_mutations_do_not_exist(api: httpx.Client) -> None:
    # when
    response = api.post("/graphql", json={"query": "mutation { x }"})

    # then
    assert response.status_code in {200, 400}
    assert response.json()["errors"]


def test_unknown_paths_are_404(api: httpx.Client) -> None:
    # when / then
    assert api.get("/admin").status_code == 404
