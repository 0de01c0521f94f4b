"""More development articles (eval/dev 410-421), annotated like those in dev.py.

Written in a separate file so several annotators could work at once; dev.py merges it.
Style: African local and national press in English (Angola, Mozambique, Zimbabwe,
Somalia, Somaliland, South Sudan, Sudan, Ethiopia, Eritrea, DR Congo, Central African
Republic, Mali, Niger, Chad, Nigeria, Cameroon, Senegal, Western Sahara): police and
provincial news, radio bulletins, NGO field stories.
"""

from __future__ import annotations

from eval.annotations import A1, A2, LARGE, LINEAR, C, D, F, K, M, R, S, Spec, Y  # noqa: F401

ARTICLES: dict[str, list[Spec]] = {}
