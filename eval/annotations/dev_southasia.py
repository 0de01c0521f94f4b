"""More development articles (eval/dev 335-346), annotated like those in dev.py.

Written in a separate file so several annotators could work at once; dev.py merges it.
Style: South and Southeast Asian press in English (Pakistan, India, Sri Lanka, Nepal,
Myanmar, Thailand, Cambodia, Laos, Vietnam, Philippines): police and district
bulletins, local dailies, court and assembly reports.
"""

from __future__ import annotations

from eval.annotations import A1, A2, LARGE, LINEAR, C, D, F, K, M, R, S, Spec, Y  # noqa: F401

ARTICLES: dict[str, list[Spec]] = {}
