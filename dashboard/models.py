"""Value types of the application core: articles, and the places extracted from them.

The words follow docs/DECISIONS (shared): an *article* is one ingested document;
a *mention* is one place named in one article, with its role, excerpt, facts
and resolution; a *role* is one of :data:`ROLES`.
"""

from __future__ import annotations

import hashlib
from dataclasses import asdict, dataclass, field
from datetime import date
from typing import Any, Literal

Role = Literal["incident", "minefield", "clearance", "conference", "mention"]
#: In order of precedence: when one place gets several roles, the first wins.
ROLES: tuple[Role, ...] = (
    "incident",
    "minefield",
    "clearance",
    "conference",
    "mention",
)
DEVICES = ("anti-personnel mine", "anti-tank mine", "UXO", "cluster submunition", "IED")
VICTIM_KINDS = ("civilian", "military", "deminer", "child")
DatePrecision = Literal["day", "month", "year"]


def content_hash(text: str) -> str:
    """Return the article identity: sha256 of its whitespace-normalised text."""
    return hashlib.sha256(" ".join(text.split()).encode("utf-8")).hexdigest()


@dataclass(frozen=True, slots=True)
class Article:
    """One ingested document, as read from a file or pasted text."""

    text: str
    title: str | None = None
    published: date | None = None
    source: str | None = None  # canonical URL, else publisher/site, else file name
    file_name: str | None = None
    language: str | None = None

    @property
    def content_hash(self) -> str:
        return content_hash(self.text)


@dataclass(frozen=True, slots=True)
class ExtractedPlace:
    """One entry of ``places`` in the ``extract`` contract (one place per article)."""

    name: str  # the surface form of the occurrence that gave the role
    start: int
    end: int
    excerpt: str
    role: Role
    status: Literal["resolved", "unresolved", "pending"]
    lat: float | None = None
    lon: float | None = None
    country_code: str | None = None
    admin1: str | None = None
    precision: int | None = None
    confidence: float = 0.0
    gazetteer_id: str | None = None
    event_date: date | None = None
    event_date_precision: DatePrecision | None = None
    killed: int | None = None
    injured: int | None = None
    mines: int | None = None
    device: str | None = None
    victims: tuple[str, ...] = ()
    candidates: tuple[dict[str, Any], ...] = field(default=())

    def to_contract(self) -> dict[str, Any]:
        """Return the JSON-ready dict of the ``extract`` contract."""
        data = asdict(self)
        data["event_date"] = self.event_date.isoformat() if self.event_date else None
        data["victims"] = list(self.victims)
        data["candidates"] = [dict(c) for c in self.candidates]
        return data


@dataclass(frozen=True, slots=True)
class ArticleExtraction:
    """One ``extract`` contract object: an article and its places, or an error."""

    file: str
    article: Article | None
    places: tuple[ExtractedPlace, ...] = ()
    error: str | None = None

    def to_contract(self) -> dict[str, Any]:
        article = self.article
        return {
            "file": self.file,
            "title": article.title if article else None,
            "published": article.published.isoformat()
            if article and article.published
            else None,
            "source": article.source if article else None,
            "language": article.language if article else None,
            "error": self.error,
            "places": [place.to_contract() for place in self.places],
        }
