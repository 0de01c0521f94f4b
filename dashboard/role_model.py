"""A second opinion on each place's role, learned from the annotated articles.

The rules in :mod:`dashboard.roles` read one relation at a time ("mines were
found near X"). What they miss is spread over a sentence or an article: the
place named in a story that is all about a minefield, in a list after "spread
to", in a country summary. A small linear model (multinomial logistic
regression) reads the words of the sentences that name the place, the words
right beside each occurrence, the rules' own role for it, the roles the rules
gave the article's other places and the place's kind, and gives a role with its
probability. :func:`revise_roles` takes the model's role where it is surer than
:data:`MIN_PROBABILITY`.

The model is trained by ``eval/train_roles.py`` on the development set only
(``make train-roles``), and shipped as ``dashboard/data/role_model.json``;
running it needs no library beyond the standard one. Its effect on articles
nobody tuned on is measured by the blind sets (``make eval``) and, before
training, by cross-validation across groups of articles (the script prints it).
"""

from __future__ import annotations

import json
import math
import re
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from dashboard.models import ROLES, Role
from dashboard.roles import MAX_OCCURRENCES_JUDGED, RoleDecision
from dashboard.text import SentenceIndex

ROLE_MODEL_PATH = Path(__file__).with_name("data") / "role_model.json"
FORMAT = 1
#: Below this the rules' role stands (chosen by cross-validation: 0.5 overruled
#: more rules wrongly, 0.7 left right answers untaken).
MIN_PROBABILITY = 0.6
_WINDOW_WORDS = 8
_SENTENCE_REACH = 1000  # characters read on each side of an occurrence
_PLACE = "placex"
_WORD = re.compile(r"[^\W\d_]{2,}|\d+")
#: Dense features are scaled so that the regularisation treats them like a
#: tf-idf bag's strongest terms (both trained with the same strength).
DENSE_SCALE = 3.0
_KINDS = ("continent", "country", "admin1", "admin2", "region", "settlement", "feature")


@dataclass(frozen=True, slots=True)
class PlaceFeatures:
    """What the model reads about one place: two bags of terms and named values."""

    sentence_terms: Counter[str]
    window_terms: Counter[str]
    dense: dict[str, float]


def _words(text: str) -> list[str]:
    return [w if not w.isdigit() else "0" for w in _WORD.findall(text.lower())]


def place_features(
    text: str,
    sentences: SentenceIndex,
    spans: Sequence[tuple[int, int]],
    *,
    rule_role: Role,
    article_roles: Sequence[Role],
    kind: str | None,
    title_end: int,
) -> PlaceFeatures:
    """Return the features of the place occurring at ``spans`` in ``text``.

    ``article_roles`` are the rules' roles of every place of the article (this
    one included); ``title_end`` is where the headline ends (0 if none).
    """
    sentence_terms: Counter[str] = Counter()
    window_terms: Counter[str] = Counter()
    seen_sentences: set[tuple[int, int]] = set()
    # Like the rules, read a bounded number of occurrences and of characters
    # around each: a 5 MB text on one line is one "sentence" naming the place
    # 100,000 times.
    for start, end in spans[:MAX_OCCURRENCES_JUDGED]:
        sentence = sentences.span_at(start)
        if sentence not in seen_sentences:
            seen_sentences.add(sentence)
            s_start = max(sentence[0], start - _SENTENCE_REACH)
            s_end = min(sentence[1], end + _SENTENCE_REACH)
            # other places keep their names as words; this one is a marker
            words = [
                *_words(text[s_start:start]),
                _PLACE,
                *_words(text[end:s_end]),
            ]
            sentence_terms.update(words)
            sentence_terms.update(
                f"{a} {b}" for a, b in zip(words, words[1:], strict=False)
            )
        s_start, s_end = sentence
        left = _words(text[max(s_start, start - 200) : start])[-_WINDOW_WORDS:]
        right = _words(text[end : min(s_end, end + 200)])[:_WINDOW_WORDS]
        window_terms.update(f"l_{w}" for w in left)
        window_terms.update(f"r_{w}" for w in right)
    counted = Counter(article_roles)
    total = max(1, len(article_roles))
    dense: dict[str, float] = {f"rule={rule_role}": 1.0}
    for role in ROLES:
        if counted[role]:
            dense[f"article={role}"] = counted[role] / total
    dense[f"kind={kind if kind in _KINDS else 'unknown'}"] = 1.0
    if any(start < title_end for start, _ in spans):
        dense["in_title"] = 1.0
    dense["occurrences"] = min(len(spans), 5) / 5
    dense["first_at"] = min(start for start, _ in spans) / max(1, len(text))
    return PlaceFeatures(sentence_terms, window_terms, dense)


def weighted(features: PlaceFeatures, idf: Mapping[str, float]) -> dict[str, float]:
    """Return the model's input: each bag tf-idf weighted and L2-normalised.

    Terms without an ``idf`` (unseen in training, or too rare) are left out;
    sentence terms are damped (1 + log tf) as a sentence repeats its words.
    """
    row: dict[str, float] = {}
    for prefix, bag, damp in (
        ("s:", features.sentence_terms, True),
        ("w:", features.window_terms, False),
    ):
        values: dict[str, float] = {}
        for term, count in bag.items():
            key = prefix + term
            weight = idf.get(key)
            if weight is not None:
                values[key] = (1 + math.log(count) if damp else count) * weight
        norm = math.sqrt(sum(v * v for v in values.values()))
        if norm:
            row.update((k, v / norm) for k, v in values.items())
    row.update((f"d:{k}", v * DENSE_SCALE) for k, v in features.dense.items())
    return row


@dataclass(frozen=True)
class RoleModel:
    """A trained multinomial logistic regression over :func:`weighted` rows."""

    classes: tuple[Role, ...]
    idf: dict[str, float]
    weights: dict[str, tuple[float, ...]]  # feature -> one weight per class
    intercepts: tuple[float, ...]
    trained_on: str = ""

    def probabilities(self, features: PlaceFeatures) -> dict[Role, float]:
        scores = list(self.intercepts)
        for key, value in weighted(features, self.idf).items():
            column = self.weights.get(key)
            if column is not None:
                for i, weight in enumerate(column):
                    scores[i] += weight * value
        top = max(scores)
        exps = [math.exp(s - top) for s in scores]
        total = sum(exps)
        return {role: e / total for role, e in zip(self.classes, exps, strict=True)}

    def to_json(self) -> dict[str, Any]:
        return {
            "format": FORMAT,
            "trained_on": self.trained_on,
            "classes": list(self.classes),
            "intercepts": list(self.intercepts),
            "idf": self.idf,
            "weights": {k: list(v) for k, v in self.weights.items()},
        }

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> RoleModel:
        if data.get("format") != FORMAT:
            raise ValueError(f"role model format {data.get('format')!r}, not {FORMAT}")
        classes = tuple(data["classes"])
        if set(classes) != set(ROLES):
            raise ValueError(f"role model classes {classes} are not the roles {ROLES}")
        return cls(
            classes=classes,
            idf={k: float(v) for k, v in data["idf"].items()},
            weights={k: tuple(float(w) for w in v) for k, v in data["weights"].items()},
            intercepts=tuple(float(v) for v in data["intercepts"]),
            trained_on=str(data.get("trained_on", "")),
        )

    @classmethod
    def load(cls, path: Path) -> RoleModel:
        return cls.from_json(json.loads(path.read_text(encoding="utf-8")))


@cache
def shipped_role_model() -> RoleModel | None:
    """The model in the package, or None when it was not shipped (rules alone)."""
    if not ROLE_MODEL_PATH.exists():
        return None
    return RoleModel.load(ROLE_MODEL_PATH)


def article_features(
    text: str,
    sentences: SentenceIndex,
    places: Sequence[Sequence[tuple[int, int]]],
    decisions: Sequence[RoleDecision],
    *,
    kinds: Sequence[str | None],
    title_end: int,
) -> list[PlaceFeatures]:
    """Return :func:`place_features` of each place, given the rules' decisions."""
    article_roles = [decision.role for decision in decisions]
    return [
        place_features(
            text,
            sentences,
            spans,
            rule_role=decision.role,
            article_roles=article_roles,
            kind=kind,
            title_end=title_end,
        )
        for spans, decision, kind in zip(places, decisions, kinds, strict=True)
    ]


def revise_roles(
    model: RoleModel,
    features: Sequence[PlaceFeatures],
    decisions: Sequence[RoleDecision],
) -> list[RoleDecision]:
    """Return ``decisions`` with the model's role where it is sure and differs.

    ``features`` are the places' (:func:`article_features`), in the same order.
    A revised decision names the rules' chosen occurrence and no anaphor: the
    model reads all occurrences at once and cannot say which one told it.
    """
    revised: list[RoleDecision] = []
    for place, decision in zip(features, decisions, strict=True):
        probabilities = model.probabilities(place)
        role = max(probabilities, key=probabilities.__getitem__)
        if role == decision.role or probabilities[role] <= MIN_PROBABILITY:
            revised.append(decision)
            continue
        revised.append(
            RoleDecision(role=role, span_index=decision.span_index, cue="role model")
        )
    return revised
