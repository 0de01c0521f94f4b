"""More development articles (eval/dev 425-436), annotated like those in dev.py.

Written in a separate file so several annotators could work at once; dev.py merges it.
Style: Latin American sources in English translation (Colombia, Peru, Ecuador,
Venezuela, Nicaragua, Chile, Guatemala): municipal and departmental news, army
bulletins, ombudsman and victims' association statements.
"""

from __future__ import annotations

from eval.annotations import A1, A2, LARGE, LINEAR, C, D, F, K, M, R, S, Spec, Y  # noqa: F401

ARTICLES: dict[str, list[Spec]] = {}
