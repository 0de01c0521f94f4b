"""More development articles (eval/dev 265-276), annotated like those in dev.py.

Written in a separate file so several annotators could work at once; dev.py merges it.
Style: humanitarian situation reports, cluster bulletins, incident logs, factsheets
and short posts.
"""

from __future__ import annotations

from eval.annotations import A1, A2, LARGE, LINEAR, C, D, F, K, M, R, S, Spec, Y  # noqa: F401

ARTICLES: dict[str, list[Spec]] = {}
