"""More development articles (eval/dev 605-616), annotated like those in dev.py.

Placeholder: the batch's writer-annotator fills this file.
"""

from __future__ import annotations

from eval.annotations import A1, A2, LARGE, LINEAR, C, D, F, K, M, R, S, Spec, Y  # noqa: F401

ARTICLES: dict[str, list[Spec]] = {}
