"""The closed vocabularies of the model: node labels, kinds, roles, relationship types."""

from __future__ import annotations

from enum import StrEnum

__all__ = [
    "ENTITY_KINDS",
    "BodyKind",
    "DocumentKind",
    "GovernanceFunction",
    "Label",
    "Mandate",
    "OrgUnitKind",
    "RelType",
    "Role",
]


class Label(StrEnum):
    """Node labels in the graph; each node carries exactly one."""

    CITY = "City"
    ORG_UNIT = "OrgUnit"
    BODY = "Body"
    POST = "Post"
    PERSON = "Person"
    ACTION_FIELD = "ActionField"
    MEASURE = "Measure"
    DOCUMENT = "Document"

    @property
    def default_kind(self) -> str:
        """The ``kind`` of a node whose label has no finer kinds.

        >>> Label.ACTION_FIELD.default_kind
        'action_field'
        """
        return "".join(f"_{c.lower()}" if c.isupper() else c for c in self.value).lstrip("_")


class OrgUnitKind(StrEnum):
    """Kinds of organisational unit (Referat, Amt, Tochtergesellschaft, Jobcenter …)."""

    DEPARTMENT = "department"
    OFFICE = "office"
    COMPANY = "company"
    EXTERNAL = "external"


class BodyKind(StrEnum):
    """Kinds of body (Gremium); ``party_group`` is a council Fraktion."""

    COUNCIL = "council"
    COMMITTEE = "committee"
    STEERING = "steering"
    WORKING_GROUP = "working_group"
    ADVISORY_COUNCIL = "advisory_council"
    FORUM = "forum"
    NETWORK = "network"
    PARTY_GROUP = "party_group"


class Mandate(StrEnum):
    """Whether a body decides or only recommends."""

    DECIDING = "deciding"
    RECOMMENDING = "recommending"


class Role(StrEnum):
    """The role of a member in a body; ``substitute`` is a stellvertretendes Mitglied."""

    CHAIR = "chair"
    DEPUTY_CHAIR = "deputy_chair"
    MEMBER = "member"
    ADVISORY = "advisory"
    GUEST = "guest"
    SUBSTITUTE = "substitute"


class DocumentKind(StrEnum):
    """Kinds of document: the sources themselves and the concepts they refer to.

    ``catalogue`` (an imported Maßnahmenkatalog) and ``council_information_system`` (an
    OParl endpoint) are the sources of imported layers.
    """

    COUNCIL_PAPER = "council_paper"
    WEB_PAGE = "web_page"
    RULES_OF_PROCEDURE = "rules_of_procedure"
    CONCEPT = "concept"
    DECISION = "decision"
    PROGRAMME = "programme"
    GUIDELINE = "guideline"
    REPORT = "report"
    CATALOGUE = "catalogue"
    COUNCIL_INFORMATION_SYSTEM = "council_information_system"


class GovernanceFunction(StrEnum):
    """The functions the cities' integration structures share, whatever each calls them."""

    POLITICAL_DECISION = "political_decision"
    COMMITTEE_OVERSIGHT = "committee_oversight"
    ADMINISTRATIVE_STEERING = "administrative_steering"
    COORDINATION = "coordination"
    WORKING_GROUPS = "working_groups"
    MONITORING = "monitoring"
    ADVISORY_COUNCIL = "advisory_council"
    OPEN_FORUM = "open_forum"
    EXTERNAL_NETWORK = "external_network"
    INTEGRATION_OFFICERS = "integration_officers"

    @property
    def heading(self) -> str:
        """The German name of the function, for reports.

        >>> GovernanceFunction.ADMINISTRATIVE_STEERING.heading
        'Verwaltungssteuerung'
        """
        return _FUNCTION_HEADINGS[self]


_FUNCTION_HEADINGS = {
    GovernanceFunction.POLITICAL_DECISION: "Politische Entscheidung",
    GovernanceFunction.COMMITTEE_OVERSIGHT: "Politische Begleitung im Ausschuss",
    GovernanceFunction.ADMINISTRATIVE_STEERING: "Verwaltungssteuerung",
    GovernanceFunction.COORDINATION: "Koordination / Prozessverantwortung",
    GovernanceFunction.WORKING_GROUPS: "Arbeitsgruppen",
    GovernanceFunction.MONITORING: "Monitoring",
    GovernanceFunction.ADVISORY_COUNCIL: "Beteiligung Zugewanderter (Beirat)",
    GovernanceFunction.OPEN_FORUM: "Offenes Forum",
    GovernanceFunction.EXTERNAL_NETWORK: "Externes Netzwerk",
    GovernanceFunction.INTEGRATION_OFFICERS: "Integrationsverantwortliche der Dienststellen",
}


class RelType(StrEnum):
    """Relationship types; the value is the name used in the YAML format."""

    PART_OF = "part_of"
    MEMBER_OF = "member_of"
    HOLDS = "holds"
    REPORTS_TO = "reports_to"
    RECOMMENDS_TO = "recommends_to"
    PREPARES_DECISIONS_FOR = "prepares_decisions_for"
    INFORMS = "informs"
    ORGANISES = "organises"
    ADVISES = "advises"
    APPOINTS = "appoints"
    NOMINATES = "nominates"
    RESPONSIBLE_FOR = "responsible_for"
    OVERSEES = "oversees"
    OWNS = "owns"
    IN_FIELD = "in_field"
    BASED_ON = "based_on"
    CONTACT_FOR = "contact_for"
    HEADS = "heads"
    ADOPTED_BY = "adopted_by"
    AUTHORED_BY = "authored_by"
    SUBMITTED_TO = "submitted_to"

    @property
    def cypher_type(self) -> str:
        """The relationship type as stored: ``member_of`` → ``MEMBER_OF``.

        >>> RelType.MEMBER_OF.cypher_type
        'MEMBER_OF'
        """
        return self.value.upper()


ENTITY_KINDS: frozenset[str] = frozenset(
    {
        *(kind.value for kind in OrgUnitKind),
        *(kind.value for kind in BodyKind),
        *(kind.value for kind in DocumentKind),
        *(label.default_kind for label in (Label.CITY, Label.POST, Label.PERSON)),
        *(label.default_kind for label in (Label.ACTION_FIELD, Label.MEASURE)),
    }
)
"""Every value a node's ``kind`` property can take."""
