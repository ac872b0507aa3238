"""The analyses of a city's graph: functions, comparison, gaps, RACI, reporting chains.

Each reads the graph through `CityGraph`, which applies the domain rules of
`govgraph.graphmodel.rules`.
"""

from govgraph.analysis.chains import ChainStep, reporting_chain
from govgraph.analysis.city_graph import CityGraph, Line
from govgraph.analysis.comparison import (
    BodyFact,
    ChairSide,
    CityProfile,
    SteeringChair,
    city_profile,
    compare_cities,
)
from govgraph.analysis.evidence import Evidence, citations_of
from govgraph.analysis.functions import CLAIMED, FunctionHolder, function_holders
from govgraph.analysis.gaps import Gap, GapKind, find_gaps
from govgraph.analysis.raci import RaciAssignment, RaciLetter, RaciMatrix, raci_matrix

__all__ = [
    "CLAIMED",
    "BodyFact",
    "ChainStep",
    "ChairSide",
    "CityGraph",
    "CityProfile",
    "Evidence",
    "FunctionHolder",
    "Gap",
    "GapKind",
    "Line",
    "RaciAssignment",
    "RaciLetter",
    "RaciMatrix",
    "SteeringChair",
    "citations_of",
    "city_profile",
    "compare_cities",
    "find_gaps",
    "function_holders",
    "raci_matrix",
    "reporting_chain",
]
