"""More development articles (eval/dev 350-361), annotated like those in dev.py.

Written in a separate file so several annotators could work at once; dev.py merges it.
Style: short alerts, radio scripts, Q and A interviews, press-conference write-ups and
live-blog entries.
"""

from __future__ import annotations

from eval.annotations import A1, A2, LARGE, LINEAR, C, D, F, K, M, R, S, Spec, Y  # noqa: F401

ARTICLES: dict[str, list[Spec]] = {}
