"""The HTML page: self-contained, and data that cannot become markup or script."""

from __future__ import annotations

import re
from collections.abc import Callable

from govgraph.queries import QueryExecutor
from govgraph.visualisations import View, build_diagram, read_city_graph, render_html

EVIL = "</script><img src=x onerror=alert(1)>"


def test_page_loads_nothing_from_the_network(five_cities: QueryExecutor) -> None:
    # when
    page = render_html(build_diagram(read_city_graph(five_cities, ["nuernberg"]), View.STRUCTURE))

    # then
    assert not re.search(r"<(script|link|img)[^>]+(src|href)=", page)
    assert "default-src 'none'" in page
    assert "new vis.Network" in page


def test_names_cannot_close_the_script_or_open_markup(
    five_cities: QueryExecutor, load_example: Callable[..., str]
) -> None:
    # given
    city = load_example(
        "boesestadt",
        lambda text: text.replace("name: Steuerungsgruppe Integration", f"name: '{EVIL}'"),
    )

    # when
    page = render_html(build_diagram(read_city_graph(five_cities, [city]), View.STRUCTURE))

    # then
    assert EVIL not in page
    assert "<img" not in page
    assert page.count("</script>") == 3  # vis-network, the data, the drawing code
    assert "\\u003c/script\\u003e\\u003cimg src=x onerror=alert(1)\\u003e" in page
