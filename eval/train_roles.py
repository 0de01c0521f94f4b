"""Train the role model (dashboard/role_model.py) on the development set.

``make train-roles`` (or ``python -m eval.train_roles``) runs the rules over
every dev article, pairs each extracted place with its annotation (the same
matching as ``make eval``), and fits a multinomial logistic regression with
scikit-learn (a test-only dependency: the shipped model is plain JSON). Before
fitting the final model it prints cross-validated role accuracy, event dates
and counts, rules alone against rules with a model that never saw the article,
with folds over groups of 60 consecutive articles, so that a batch written
together is never on both sides of a fold.

Only ``dev`` is read: the blind sets stay unseen.
"""

from __future__ import annotations

import argparse
import json
import math
import re
import sys
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from dashboard.config import load_settings
from dashboard.extraction import extract_article, role_model_inputs
from dashboard.models import Article
from dashboard.readers import read_article
from dashboard.role_model import (
    ROLE_MODEL_PATH,
    PlaceFeatures,
    RoleModel,
    weighted,
)
from eval.score import (
    EVAL_DIR,
    ArticleResult,
    GoldArticle,
    Metrics,
    Prediction,
    Ratio,
    compute_metrics,
    load_gold,
    score_article,
)
from geodata.gazetteer import Gazetteer, ensure_gazetteer
from geodata.geoparser import Geoparser

#: Regularisation strength (scikit-learn's C) and the rarest term kept, chosen
#: by this script's cross-validation (C 3, 10, 30 by min_df 2, 5, 20, with
#: MIN_PROBABILITY 0.5 to 0.8; C 10, min_df 5, 0.6 gained most, 29 Nov 2026).
C = 10.0
MIN_DF = 5  # terms in fewer training places are left out
GROUP_SIZE = 60  # articles per cross-validation group
FOLDS = 5
DIGITS = 5  # weights are stored rounded: the file stays small, scores unchanged


@dataclass(frozen=True)
class TrainingArticle:
    """One annotated article, the rules' result on it and its labelled places."""

    gold: GoldArticle
    article: Article
    rules_result: ArticleResult  # scored extraction by the rules alone
    places: list[tuple[PlaceFeatures, str]]  # features, annotated role


def training_articles(
    geoparser: Geoparser, set_name: str = "dev", *, eval_dir: Path = EVAL_DIR
) -> list[TrainingArticle]:
    """Every article of ``set_name`` with its matched places' features and roles."""
    from dashboard.config import load_settings

    max_bytes = load_settings(secrets={}).max_file_bytes
    articles: list[TrainingArticle] = []
    for gold in load_gold(set_name, eval_dir=eval_dir):
        path = eval_dir / set_name / gold.file
        article = read_article(path.read_bytes(), path.name, max_bytes=max_bytes)
        places = extract_article(article, geoparser=geoparser, rules_only=True)
        features = role_model_inputs(article, geoparser=geoparser)
        assert len(features) == len(places), gold.file
        predictions = [Prediction.from_any(place) for place in places]
        result = score_article(gold, predictions)
        index_of = {id(p): i for i, p in enumerate(predictions)}
        labelled = [
            (features[index_of[id(match.prediction)]], match.gold.role)
            for match in result.matches
        ]
        articles.append(TrainingArticle(gold, article, result, labelled))
    return articles


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


def cross_validate(
    articles: Sequence[TrainingArticle], geoparser: Geoparser
) -> tuple[Metrics, Metrics]:
    """Score the rules alone and the rules with a model that never saw the article.

    Folds hold out whole groups of :data:`GROUP_SIZE` consecutive articles (a
    batch written together stays on one side); each held-out article is
    extracted again, model included, and scored as ``make eval`` scores.
    """
    group_of = [_number(a.gold.file) // GROUP_SIZE for a in articles]
    groups = sorted(set(group_of))
    with_model: list[ArticleResult] = []
    for fold in range(FOLDS):
        held = {g for i, g in enumerate(groups) if i % FOLDS == fold}
        train = [
            place
            for article, group in zip(articles, group_of, strict=True)
            if group not in held
            for place in article.places
        ]
        model = fit([f for f, _ in train], [r for _, r in train])
        for article, group in zip(articles, group_of, strict=True):
            if group in held:
                places = extract_article(
                    article.article, geoparser=geoparser, role_model=model
                )
                predictions = [Prediction.from_any(p) for p in places]
                with_model.append(score_article(article.gold, predictions))
    return (
        compute_metrics([a.rules_result for a in articles]),
        compute_metrics(with_model),
    )


def _ratio(ratio: Ratio) -> str:
    return f"{ratio.value:.4f} ({ratio.hits}/{ratio.total})" if ratio.total else "-"


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
    settings = load_settings(secrets={})
    geoparser = Geoparser(Gazetteer.open(ensure_gazetteer(settings.gazetteer_path)))
    articles = training_articles(geoparser, args.set)
    rows = [place for article in articles for place in article.places]
    print(f"{len(rows)} matched places in {len(articles)} articles")
    if not args.no_cv:
        rules, model = cross_validate(articles, geoparser)
        print(
            f"cross-validated over {FOLDS} folds of {GROUP_SIZE}-article groups "
            "(each article scored by a model that never saw it):"
        )
        for label, metrics in (("rules alone", rules), ("rules + model", model)):
            print(
                f"  {label:14} role {_ratio(metrics.role)}  "
                f"event dates {_ratio(metrics.dates)}  counts {_ratio(metrics.counts)}"
            )
    model_ = fit(
        [f for f, _ in rows],
        [r for _, r in rows],
        trained_on=f"{args.set}: {len(rows)} places",
    )
    args.out.write_text(
        json.dumps(model_.to_json(), separators=(",", ":"), sort_keys=True) + "\n",
        encoding="utf-8",
    )
    print(f"wrote {args.out} ({args.out.stat().st_size / 1e6:.1f} MB)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
