"""More development articles (eval/dev 395-406), annotated like those in dev.py.

Written in a separate file so several annotators could work at once; dev.py merges it.
Style: Middle East press in English and translation (Syria, Iraq and Kurdistan Region,
Yemen, Lebanon, Jordan, Palestine, Libya, Egypt): ministry statements, local
correspondents, NGO field notes.
"""

from __future__ import annotations

from eval.annotations import A1, A2, LARGE, LINEAR, C, D, F, K, M, R, S, Spec, Y  # noqa: F401

ARTICLES: dict[str, list[Spec]] = {}
