"""The nouns of sabt as typed ORM classes (see ARCHITECTURE.md, "Domain model")."""

from sabt.model.analysis import Estimate
from sabt.model.base import Base
from sabt.model.claims import Claim, Occupancy, Violation, ViolationParty
from sabt.model.entities import Entity, EntityName, Mention
from sabt.model.evidence import Blob, CustodyEvent, Source
from sabt.model.legal import EntityIdentifier, EvidenceLink, OrganisationLink, Sanction, Share
from sabt.model.lists import Judgement, ListRecord
from sabt.model.people import ApiToken, AuditEntry, Case, Role, User
from sabt.model.review import ReviewDecision, Suggestion
from sabt.model.websession import WebSession
from sabt.model.witness import SealedIdentity

__all__ = [
    "ApiToken",
    "AuditEntry",
    "Base",
    "Blob",
    "Case",
    "Claim",
    "CustodyEvent",
    "Entity",
    "EntityIdentifier",
    "EntityName",
    "Estimate",
    "EvidenceLink",
    "Judgement",
    "ListRecord",
    "Mention",
    "Occupancy",
    "OrganisationLink",
    "ReviewDecision",
    "Role",
    "Sanction",
    "SealedIdentity",
    "Share",
    "Source",
    "Suggestion",
    "User",
    "Violation",
    "ViolationParty",
    "WebSession",
]
