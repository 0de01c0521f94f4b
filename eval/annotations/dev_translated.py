"""More development articles (eval/dev 280-291), annotated like those in dev.py.

Written in a separate file so several annotators could work at once; dev.py merges it.
Style: English translations of regional press (Spanish, French, Russian, Arabic
outlets), memorials of deminers, investigations and analysis.
"""

from __future__ import annotations

from eval.annotations import A1, A2, LARGE, LINEAR, C, D, F, K, M, R, S, Spec, Y  # noqa: F401

ARTICLES: dict[str, list[Spec]] = {}
