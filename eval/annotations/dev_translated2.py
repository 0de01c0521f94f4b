"""More development articles, annotated like those in dev.py (being written)."""

from __future__ import annotations

from eval.annotations import Spec

ARTICLES: dict[str, list[Spec]] = {}
