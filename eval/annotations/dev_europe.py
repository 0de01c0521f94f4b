"""More development articles (eval/dev 440-451), annotated like those in dev.py.

Written in a separate file so several annotators could work at once; dev.py merges it.
Style: European and Caucasus regional press (Bosnia and Herzegovina, Croatia, Serbia,
Kosovo, North Macedonia, Montenegro, Moldova, Georgia, Armenia, Azerbaijan, Cyprus,
Turkey, Greece border areas): local news, police reports, municipal decisions.
"""

from __future__ import annotations

from eval.annotations import A1, A2, LARGE, LINEAR, C, D, F, K, M, R, S, Spec, Y  # noqa: F401

ARTICLES: dict[str, list[Spec]] = {}
