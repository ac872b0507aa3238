"""The ids of a city's OParl layer and of the nodes made of OParl objects."""

from __future__ import annotations

import hashlib

__all__ = ["OPARL_LAYER_SUFFIX", "oparl_layer_id", "oparl_node_id"]

OPARL_LAYER_SUFFIX = "oparl"
"""What a city's id is followed by in the id of its OParl layer."""


def oparl_layer_id(city: str) -> str:
    """The id of a city's OParl layer and of its source document.

    >>> oparl_layer_id("musterstadt")
    'musterstadt-oparl'
    """
    return f"{city}-{OPARL_LAYER_SUFFIX}"


def oparl_node_id(city: str, kind: str, url: str) -> str:
    """The stable id of the node made of an OParl object; ``kind`` is "org" or "person".

    >>> oparl_node_id("musterstadt", "org", "https://oparl.example.org/organization/34")
    'musterstadt-oparl-org-4253ce7932c9'
    """
    digest = hashlib.sha1(url.encode("utf-8"), usedforsecurity=False).hexdigest()[:12]
    return f"{oparl_layer_id(city)}-{kind}-{digest}"
