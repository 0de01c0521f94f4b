"""More development articles (eval/dev 380-391), annotated like those in dev.py.

Written in a separate file so several annotators could work at once; dev.py merges it.
Style: Ukrainian and Russian regional sources in English: oblast administration and
State Emergency Service posts, police reports, hromada news, frontline village
stories.
"""

from __future__ import annotations

from eval.annotations import A1, A2, LARGE, LINEAR, C, D, F, K, M, R, S, Spec, Y  # noqa: F401

ARTICLES: dict[str, list[Spec]] = {}
