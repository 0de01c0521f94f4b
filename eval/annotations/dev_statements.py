"""Placeholder: being written."""

from __future__ import annotations

from eval.annotations import Spec

ARTICLES: dict[str, list[Spec]] = {}
