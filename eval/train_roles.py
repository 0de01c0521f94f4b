"""Train the role model (dashboard/role_model.py) on the development set.

``make train-roles`` (or ``python -m eval.train_roles``) runs the rules over
every dev article, pairs each extracted place with its annotation (the same
matching as ``make eval``), and fits a multinomial logistic regression with
scikit-learn (a test-only dependency: the shipped model is plain JSON). Before
fitting the final model it prints cross-validated role accuracy, rules alone
against rules with the model, with folds over groups of 60 consecutive
articles, so that a batch written together is never on both sides of a fold.

Only ``dev`` is read: the blind sets stay unseen.
"""

from __future__ import annotations

import argparse
import math
import re
import sys
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

from dashboard.role_model import (
    MIN_PROBABILITY,
    ROLE_MODEL_PATH,
    PlaceFeatures,
    RoleModel,
    weighted,
)
from eval.score import EVAL_DIR, Prediction, load_gold, match_places

#: Regularisation strength (scikit-learn's C) and the rarest term kept, chosen
#: by this script's cross-validation (C 3, 10, 30 by min_df 2, 5, 20, with
#: MIN_PROBABILITY 0.5 to 0.8; C 10, min_df 5, 0.6 gained most, 29 Nov 2026).
C = 10.0
MIN_DF = 5  # terms in fewer training places are left out
GROUP_SIZE = 60  # articles per cross-validation group
FOLDS = 5
DIGITS = 5  # weights are stored rounded: the file stays small, scores unchanged


def training_places(
    set_name: str = "dev", *, eval_dir: Path = EVAL_DIR
) -> list[tuple[str, PlaceFeatures, str]]:
    """Return (article file, features, annotated role) for every matched place."""
    from dashboard.config import load_settings
    from dashboard.extraction import extract_article, role_model_inputs
    from dashboard.readers import read_article
    from geodata.gazetteer import Gazetteer, ensure_gazetteer
    from geodata.geoparser import Geoparser

    settings = load_settings(secrets={})
    geoparser = Geoparser(Gazetteer.open(ensure_gazetteer(settings.gazetteer_path)))
    rows: list[tuple[str, PlaceFeatures, str]] = []
    for gold in load_gold(set_name, eval_dir=eval_dir):
        path = eval_dir / set_name / gold.file
        article = read_article(
            path.read_bytes(), path.name, max_bytes=settings.max_file_bytes
        )
        places = extract_article(article, geoparser=geoparser, rules_only=True)
        features = role_model_inputs(article, geoparser=geoparser)
        assert len(features) == len(places), gold.file
        predictions = [Prediction.from_any(place) for place in places]
        matches, _missed, _extra = match_places(gold.places, predictions)
        by_prediction = {id(p): i for i, p in enumerate(predictions)}
        for match in matches:
            index = by_prediction[id(match.prediction)]
            rows.append((gold.file, features[index], match.gold.role))
    return rows


def inverse_document_frequencies(
    features: Sequence[PlaceFeatures], *, min_df: int = MIN_DF
) -> dict[str, float]:
    """Smoothed idf of each bag term found in at least ``min_df`` places."""
    df: Counter[str] = Counter()
    for feature in features:
        df.update("s:" + term for term in feature.sentence_terms)
        df.update("w:" + term for term in feature.window_terms)
    n = len(features)
    return {
        term: math.log((1 + n) / (1 + count)) + 1
        for term, count in df.items()
        if count >= min_df
    }


def fit(
    features: Sequence[PlaceFeatures], roles: Sequence[str], *, trained_on: str = ""
) -> RoleModel:
    """Fit a :class:`RoleModel` to ``features`` labelled with ``roles``."""
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    idf = inverse_document_frequencies(features, min_df=MIN_DF)
    vectorizer = DictVectorizer()
    matrix = vectorizer.fit_transform([weighted(f, idf) for f in features])
    regression = LogisticRegression(C=C, max_iter=5000).fit(matrix, list(roles))
    names = vectorizer.get_feature_names_out()
    classes = tuple(str(c) for c in regression.classes_)
    weights: dict[str, tuple[float, ...]] = {}
    for j, name in enumerate(names):
        column = tuple(round(float(w), DIGITS) for w in regression.coef_[:, j])
        if any(column):
            weights[str(name)] = column
    return RoleModel(
        classes=classes,  # type: ignore[arg-type]
        idf={k: round(v, DIGITS) for k, v in idf.items() if k in weights},
        weights=weights,
        intercepts=tuple(round(float(b), DIGITS) for b in regression.intercept_),
        trained_on=trained_on,
    )


def revised_role(model: RoleModel, features: PlaceFeatures) -> str:
    """The role :func:`dashboard.role_model.revise_roles` would give."""
    rule = next(k for k in features.dense if k.startswith("rule="))[len("rule=") :]
    probabilities = model.probabilities(features)
    role = max(probabilities, key=probabilities.__getitem__)
    return role if probabilities[role] > MIN_PROBABILITY else rule


def cross_validate(
    rows: Sequence[tuple[str, PlaceFeatures, str]],
) -> tuple[int, int, int]:
    """Return (places, right by the rules, right with the model) over the folds."""
    group_of = {file: _number(file) // GROUP_SIZE for file, _, _ in rows}
    groups = sorted(set(group_of.values()))
    rules_right = model_right = 0
    for fold in range(FOLDS):
        held = {g for i, g in enumerate(groups) if i % FOLDS == fold}
        train = [(f, r) for file, f, r in rows if group_of[file] not in held]
        test = [(f, r) for file, f, r in rows if group_of[file] in held]
        if not train or not test:
            continue
        model = fit([f for f, _ in train], [r for _, r in train])
        for features, role in test:
            rule = next(k for k in features.dense if k.startswith("rule="))[5:]
            rules_right += rule == role
            model_right += revised_role(model, features) == role
    return len(rows), rules_right, model_right


def _number(file: str) -> int:
    found = re.match(r"\d+", file)
    return int(found.group()) if found else 0


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--set", default="dev", help="annotated set to train on")
    parser.add_argument("--out", type=Path, default=ROLE_MODEL_PATH)
    parser.add_argument(
        "--no-cv", action="store_true", help="skip the cross-validation"
    )
    args = parser.parse_args(argv)
    if args.set != "dev" and not args.set.startswith("dev"):
        print("train on dev only: the blind sets must stay unseen", file=sys.stderr)
        return 2
    rows = training_places(args.set)
    print(f"{len(rows)} matched places in {len({f for f, _, _ in rows})} articles")
    if not args.no_cv:
        total, rules, model = cross_validate(rows)
        print(
            f"cross-validated role accuracy ({FOLDS} folds over groups of "
            f"{GROUP_SIZE} articles): rules {rules / total:.4f} ({rules}/{total}), "
            f"rules + model {model / total:.4f} ({model}/{total})"
        )
    model_ = fit(
        [f for _, f, _ in rows],
        [r for _, _, r in rows],
        trained_on=f"{args.set}: {len(rows)} places",
    )
    import json

    args.out.write_text(
        json.dumps(model_.to_json(), separators=(",", ":"), sort_keys=True) + "\n",
        encoding="utf-8",
    )
    print(f"wrote {args.out} ({args.out.stat().st_size / 1e6:.1f} MB)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
