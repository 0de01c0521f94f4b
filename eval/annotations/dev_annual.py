"""More development articles (eval/dev 320-331), annotated like those in dev.py.

Written in a separate file so several annotators could work at once; dev.py merges it.
Style: annual and donor reports, evaluations and long NGO reports with country
statistics and a few concrete events.
"""

from __future__ import annotations

from eval.annotations import A1, A2, LARGE, LINEAR, C, D, F, K, M, R, S, Spec, Y  # noqa: F401

ARTICLES: dict[str, list[Spec]] = {}
