"""What the upload page does with files: extract, flag duplicates, save what is kept.

Plain Python (no Streamlit), so the page stays thin and this is tested
directly; the page draws the results and the editor.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from dashboard.errors import ArticleReadError
from dashboard.frames import country_name
from dashboard.maps import PRECISION_LABELS
from dashboard.models import ArticleExtraction, ExtractedPlace
from dashboard.readers import article_from_text, display_file_name
from dashboard.services import Services


@dataclass(frozen=True, slots=True)
class UploadResult:
    """One uploaded file (or pasted text) after extraction."""

    key: str  # stable within a batch: widget keys derive from it
    file: str  # the name to show (already made safe by display_file_name)
    extraction: ArticleExtraction
    duplicate_of: int | None = None  # id of the stored article with this text
    duplicate_in_batch: str | None = None  # an earlier file of the batch, same text
    saved_article_id: int | None = None

    @property
    def error(self) -> str | None:
        return self.extraction.error

    @property
    def can_save(self) -> bool:
        return (
            self.extraction.article is not None
            and self.duplicate_of is None
            and self.duplicate_in_batch is None
            and self.saved_article_id is None
        )


Progress = Callable[[int, int, str], None]


def extract_items(
    items: Sequence[tuple[str, bytes]],
    services: Services,
    *,
    progress: Progress | None = None,
) -> list[UploadResult]:
    """Extract each (file name, bytes) pair; flag stored and in-batch duplicates."""
    from dashboard.pipeline import extract_uploads

    results: list[UploadResult] = []
    for index, (name, data) in enumerate(items):
        shown = display_file_name(name)
        if progress is not None:
            progress(index, len(items), shown)
        (extraction,) = extract_uploads(
            [(name, data)],
            geoparser=services.geoparser,
            max_bytes=services.settings.max_file_bytes,
            rules_only=not services.settings.role_model,
        )
        results.append(_checked(f"{index}", shown, extraction, services, results))
    if progress is not None and items:
        progress(len(items), len(items), "")
    return results


def extract_pasted(
    text: str,
    services: Services,
    *,
    title: str | None = None,
    published: date | None = None,
    source: str | None = None,
) -> UploadResult:
    """Extract pasted text as an article (read exactly as a .txt file would be)."""
    from dashboard.extraction import extract_article

    shown = "pasted text"
    try:
        if not text.strip():
            raise ArticleReadError(shown, "empty")
        article = article_from_text(
            text,
            title=(title or "").strip() or None,
            published=published,
            source=(source or "").strip() or None,
        )
    except ArticleReadError as exc:
        extraction = ArticleExtraction(file=shown, article=None, error=exc.reason)
    else:
        places = extract_article(
            article,
            geoparser=services.geoparser,
            rules_only=not services.settings.role_model,
        )
        extraction = ArticleExtraction(file=shown, article=article, places=places)
    return _checked("pasted", shown, extraction, services, [])


def _checked(
    key: str,
    shown: str,
    extraction: ArticleExtraction,
    services: Services,
    earlier: Iterable[UploadResult],
) -> UploadResult:
    article = extraction.article
    if article is None:
        return UploadResult(key=key, file=shown, extraction=extraction)
    digest = article.content_hash
    for other in earlier:
        if other.extraction.article and other.extraction.article.content_hash == digest:
            return UploadResult(
                key=key,
                file=shown,
                extraction=extraction,
                duplicate_in_batch=other.file,
            )
    return UploadResult(
        key=key,
        file=shown,
        extraction=extraction,
        duplicate_of=services.store.find_article_id(digest),
    )


def _precision_label(place: ExtractedPlace) -> str:
    if place.lat is None:
        return ""
    label = PRECISION_LABELS.get(place.precision or 3, "")
    if place.status != "resolved":
        # Shown at the district or town the article puts it in.
        return f"approximate, the name is not in the gazetteer: {label}"
    return label


def place_rows(places: Sequence[ExtractedPlace]) -> list[dict[str, Any]]:
    """Return one row per place for the editor; ``keep`` starts ticked."""
    return [
        {
            "keep": True,
            "name": place.name,
            "role": place.role,
            "placed": place.lat is not None,
            "country": country_name(place.country_code),
            "province": place.admin1 or "",
            "precision": _precision_label(place),
            "date": place.event_date.isoformat() if place.event_date else "",
            "killed": place.killed,
            "injured": place.injured,
            "mines": place.mines,
            "excerpt": place.excerpt,
        }
        for place in places
    ]


def kept_places(
    places: Sequence[ExtractedPlace], keep: Sequence[bool]
) -> tuple[ExtractedPlace, ...]:
    """Return the places whose ``keep`` flag is set (the flags follow ``places``)."""
    if len(keep) != len(places):
        raise ValueError(
            f"Expected one keep flag per place ({len(places)}), instead got {len(keep)}"
        )
    return tuple(place for place, flag in zip(places, keep, strict=True) if flag)


def save_result(
    result: UploadResult,
    services: Services,
    *,
    keep: Sequence[bool] | None = None,
    title: str | None = None,
    published: date | None = None,
    source: str | None = None,
) -> UploadResult:
    """Store the article with its kept places; return the result marked saved.

    ``title``, ``published`` and ``source`` replace what the reader found
    when given (the user may correct them on the page).
    """
    article = result.extraction.article
    if article is None:
        raise ValueError(f"{result.file} has no article to save: {result.error}")
    places = result.extraction.places
    chosen = kept_places(places, keep) if keep is not None else places
    changes: dict[str, Any] = {}
    if title is not None and title.strip():
        changes["title"] = title.strip()
    if source is not None:
        changes["source"] = source.strip() or None
    if published is not None:
        changes["published"] = published
    if changes:
        article = dataclasses.replace(article, **changes)
    saved = services.store.save_article(article, chosen)
    if not saved.is_new:
        return dataclasses.replace(result, duplicate_of=saved.article_id)
    return dataclasses.replace(result, saved_article_id=saved.article_id)
