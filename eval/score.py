"""Score the offline pipeline against the hand-annotated articles (``make eval``).

    python -m eval.score [--set dev|holdout|both] [--verbose] [--predictions FILE]

Each article in ``eval/<set>/`` is read with ``dashboard.readers.read_article``
and run through ``dashboard.extraction.extract_article`` with the offline
gazetteer; the places it returns are matched to ``eval/<set>/gold.jsonl``
(see eval/README.md for the annotation rules) and the figures below printed
next to their targets. ``--predictions`` scores the JSON of
``landmine-map extract --format json`` instead of running the pipeline.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from math import asin, cos, radians, sin, sqrt
from pathlib import Path
from typing import Any

from geodata.normalize import normalize_place_name

EVAL_DIR = Path(__file__).resolve().parent
#: dev is tuned on; holdout was read once by the lead to diagnose (2026-11-28);
#: holdout2 to holdout20 are written by annotators who never saw the rules and
#: are never tuned on; only their summary tables are looked at.
SETS = (
    "dev",
    "holdout",
    "holdout2",
    "holdout3",
    "holdout4",
    "holdout5",
    "holdout6",
    "holdout7",
    "holdout8",
    "holdout9",
    "holdout10",
    "holdout11",
    "holdout12",
    "holdout13",
    "holdout14",
    "holdout15",
    "holdout16",
    "holdout17",
    "holdout18",
    "holdout19",
    "holdout20",
)

#: The role model (dashboard/role_model.py) learned from these: they are
#: scored by the rules alone; ``make train-roles`` prints its cross-validated
#: effect on them.
ROLE_MODEL_TRAINED_ON = ("dev",)


def present_sets(eval_dir: Path = EVAL_DIR) -> tuple[str, ...]:
    """The sets whose gold has been built (a new set may not have it yet)."""
    return tuple(s for s in SETS if (eval_dir / s / "gold.jsonl").exists())


#: Distance within which a predicted point counts as right, by gold kind.
TOLERANCE_KM: dict[str, float] = {
    "settlement": 25.0,
    "feature": 25.0,
    "admin1": 100.0,
    "admin2": 100.0,
    "region": 100.0,
    "country": 500.0,
    "continent": 2000.0,
}
#: Countries too large for 500 km around one inside point.
LARGE_COUNTRIES = frozenset(
    {"RU", "US", "CN", "CA", "BR", "AU", "KZ", "IN", "AR", "DZ"}
)
LARGE_COUNTRY_TOLERANCE_KM = 1000.0

#: name -> (target, how it is printed); a figure at or above its target passes.
TARGETS: dict[str, float] = {
    "f1": 0.92,
    "within": 0.92,
    "role": 0.88,
    "events_placed": 0.95,
    "dates": 0.85,
}


class EvalError(Exception):
    """The evaluation could not run: missing files, bad gold, missing pipeline."""


# ---------------------------------------------------------------------------
# Values


@dataclass(frozen=True, slots=True)
class GoldPlace:
    """One annotated place of one article (a line of gold.jsonl, ``places[i]``)."""

    name: str
    kind: str
    lat: float
    lon: float
    role: str
    variants: tuple[str, ...] = ()
    country_code: str | None = None
    gazetteer_id: str | None = None
    in_gazetteer: bool = True
    event_date: date | None = None
    event_date_precision: str | None = None
    killed: int | None = None
    injured: int | None = None
    mines: int | None = None
    tolerance_km: float | None = None

    @property
    def forms(self) -> tuple[str, ...]:
        return (self.name, *self.variants)

    @property
    def tolerance(self) -> float:
        if self.tolerance_km:
            return float(self.tolerance_km)
        if self.kind == "country" and self.country_code in LARGE_COUNTRIES:
            return LARGE_COUNTRY_TOLERANCE_KM
        return TOLERANCE_KM.get(self.kind, 25.0)

    @property
    def counts(self) -> dict[str, int]:
        """The facts the article states: killed, injured, mines (only those given)."""
        stated = {"killed": self.killed, "injured": self.injured, "mines": self.mines}
        return {key: value for key, value in stated.items() if value is not None}

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> GoldPlace:
        try:
            return cls(
                name=data["name"],
                kind=data["kind"],
                lat=float(data["lat"]),
                lon=float(data["lon"]),
                role=data["role"],
                variants=tuple(data.get("variants") or ()),
                country_code=data.get("country_code"),
                gazetteer_id=data.get("gazetteer_id"),
                in_gazetteer=bool(data.get("in_gazetteer", True)),
                event_date=_date(data.get("event_date")),
                event_date_precision=data.get("event_date_precision"),
                killed=data.get("killed"),
                injured=data.get("injured"),
                mines=data.get("mines"),
                tolerance_km=data.get("tolerance_km"),
            )
        except (KeyError, TypeError, ValueError) as exc:
            raise EvalError(
                f"Expected a gold place with name, kind, lat, lon and role, "
                f"instead got {data!r} ({exc})"
            ) from exc


@dataclass(frozen=True, slots=True)
class Prediction:
    """What the pipeline returned for one place (the fields the scorer needs)."""

    name: str
    lat: float | None = None
    lon: float | None = None
    role: str | None = None
    gazetteer_id: str | None = None
    event_date: date | None = None
    killed: int | None = None
    injured: int | None = None
    mines: int | None = None
    status: str | None = None

    @property
    def approximate(self) -> bool:
        """Unresolved, shown at the area or town its article puts it in."""
        return self.status == "unresolved" and self.lat is not None

    @classmethod
    def from_any(cls, place: Any) -> Prediction:
        """Build from an ``ExtractedPlace`` or a dict of the ``extract`` contract."""
        get: Callable[[str], Any] = (
            place.get
            if isinstance(place, dict)
            else lambda key: getattr(place, key, None)
        )
        return cls(
            name=str(get("name")),
            lat=get("lat"),
            lon=get("lon"),
            role=get("role"),
            gazetteer_id=get("gazetteer_id"),
            event_date=_date(get("event_date")),
            killed=get("killed"),
            injured=get("injured"),
            mines=get("mines"),
            status=get("status"),
        )


@dataclass(frozen=True, slots=True)
class GoldArticle:
    file: str
    published: date | None
    places: tuple[GoldPlace, ...]


@dataclass(frozen=True, slots=True)
class Match:
    gold: GoldPlace
    prediction: Prediction
    how: str  # name | id | contains

    @property
    def distance_km(self) -> float | None:
        p = self.prediction
        if p.lat is None or p.lon is None:
            return None
        return haversine_km(self.gold.lat, self.gold.lon, float(p.lat), float(p.lon))

    @property
    def within_tolerance(self) -> bool:
        distance = self.distance_km
        if distance is not None and _same_id(self.gold, self.prediction):
            # The very entity the annotator chose: its point may be another
            # point inside a large country or river (Russia's, Mali's) than
            # the annotator's, which says nothing about the resolution.
            return True
        return distance is not None and distance <= self.gold.tolerance


@dataclass(frozen=True, slots=True)
class ArticleResult:
    """The matching of one article: pairs, misses and false positives."""

    file: str
    matches: tuple[Match, ...]
    missed: tuple[GoldPlace, ...]
    false_positives: tuple[Prediction, ...]
    error: str | None = None


# ---------------------------------------------------------------------------
# Matching


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in km between two (lat, lon) points."""
    dlat, dlon = radians(lat2 - lat1), radians(lon2 - lon1)
    a = (
        sin(dlat / 2) ** 2
        + cos(radians(lat1)) * cos(radians(lat2)) * sin(dlon / 2) ** 2
    )
    return 2 * 6371.0088 * asin(min(1.0, sqrt(a)))


def _key(name: str) -> str:
    # "The Gambia" and "Gambia", "the UK" and "UK" are the same name.
    key = normalize_place_name(name)
    return key[4:] if key.startswith("the ") else key


def _contains_words(longer: str, shorter: str) -> bool:
    if not shorter or len(shorter) >= len(longer):
        return False
    return f" {shorter} " in f" {longer} "


def _same_name(gold: GoldPlace, prediction: Prediction) -> bool:
    key = _key(prediction.name)
    return any(_key(form) == key for form in gold.forms)


def _same_id(gold: GoldPlace, prediction: Prediction) -> bool:
    return bool(gold.gazetteer_id) and gold.gazetteer_id == prediction.gazetteer_id


def _overlapping_name(gold: GoldPlace, prediction: Prediction) -> bool:
    key = _key(prediction.name)
    for form in gold.forms:
        other = _key(form)
        if _contains_words(key, other) or _contains_words(other, key):
            return True
    return False


#: Tried in this order, so an exact name claims its gold before a looser rule can.
MATCH_RULES: tuple[tuple[str, Callable[[GoldPlace, Prediction], bool]], ...] = (
    ("name", _same_name),
    ("id", _same_id),
    ("contains", _overlapping_name),
)


def match_places(
    gold: Sequence[GoldPlace], predictions: Sequence[Prediction]
) -> tuple[list[Match], list[GoldPlace], list[Prediction]]:
    """Pair gold places with predictions, each used at most once.

    A pair needs the same normalised name (or a variant), else the same
    gazetteer id, else one name containing the other as whole words
    ("Aghdam district" and "Aghdam"). Returns (matches, missed gold, false
    positives).
    """
    free_gold = list(range(len(gold)))
    free_pred = list(range(len(predictions)))
    matches: list[tuple[int, Match]] = []
    for how, rule in MATCH_RULES:
        for gi in list(free_gold):
            fitting = [pi for pi in free_pred if rule(gold[gi], predictions[pi])]
            if not fitting:
                continue
            # Two predictions may share a name ("Beni" the town and "Beni" of
            # "Beni territory"): the gold takes the one that is its place.
            pi = min(fitting, key=lambda i: _closeness(gold[gi], predictions[i]))
            matches.append((gi, Match(gold[gi], predictions[pi], how)))
            free_gold.remove(gi)
            free_pred.remove(pi)
    matches.sort(key=lambda pair: pair[0])
    return (
        [m for _, m in matches],
        [gold[i] for i in free_gold],
        [predictions[i] for i in free_pred],
    )


def _closeness(gold: GoldPlace, prediction: Prediction) -> tuple[int, float]:
    """Sort key among predictions a rule pairs with ``gold``: same id, then nearest."""
    if _same_id(gold, prediction):
        return 0, 0.0
    if prediction.lat is None or prediction.lon is None:
        return 1, float("inf")
    return 1, haversine_km(gold.lat, gold.lon, prediction.lat, prediction.lon)


def score_article(
    article: GoldArticle, predictions: Iterable[Prediction], *, error: str | None = None
) -> ArticleResult:
    matches, missed, false_positives = match_places(article.places, list(predictions))
    return ArticleResult(
        article.file, tuple(matches), tuple(missed), tuple(false_positives), error
    )


# ---------------------------------------------------------------------------
# Metrics


@dataclass(frozen=True, slots=True)
class Ratio:
    hits: int
    total: int

    @property
    def value(self) -> float | None:
        return self.hits / self.total if self.total else None


@dataclass(frozen=True, slots=True)
class Metrics:
    precision: Ratio
    recall: Ratio
    within: Ratio  # matched places placed within tolerance
    role: Ratio  # matched places with the gold role
    events_placed: Ratio  # non-mention gold places found and within tolerance
    dates: Ratio  # gold places with a stated date, found with that date
    counts: Ratio  # gold places with stated counts, found with those counts
    gazetteer_precision: Ratio
    gazetteer_recall: Ratio
    gazetteer_within: Ratio
    roles_by_gold: dict[str, Ratio] = field(default_factory=dict)
    #: non-mention gold places the offline data holds, found and placed
    gazetteer_events_placed: Ratio = Ratio(0, 0)
    #: non-mention gold places given only an approximate point (unresolved, at
    #: the district or town the text names): within tolerance / all of them
    events_approximate: Ratio = Ratio(0, 0)

    @property
    def f1(self) -> float | None:
        return _f1(self.precision.value, self.recall.value)

    @property
    def gazetteer_f1(self) -> float | None:
        return _f1(self.gazetteer_precision.value, self.gazetteer_recall.value)


def _f1(p: float | None, r: float | None) -> float | None:
    if p is None or r is None:
        return None
    return 0.0 if p + r == 0 else 2 * p * r / (p + r)


def date_matches(gold: GoldPlace, predicted: date | None) -> bool:
    """Same day; same month where the gold says only the month; same year for a year."""
    if gold.event_date is None or predicted is None:
        return False
    precision = gold.event_date_precision or "day"
    if precision == "year":
        return predicted.year == gold.event_date.year
    if precision == "month":
        return (predicted.year, predicted.month) == (
            gold.event_date.year,
            gold.event_date.month,
        )
    return predicted == gold.event_date


def counts_match(gold: GoldPlace, prediction: Prediction) -> bool:
    """Every count the gold states (killed, injured, mines) is predicted exactly."""
    return all(getattr(prediction, key) == value for key, value in gold.counts.items())


def compute_metrics(results: Sequence[ArticleResult]) -> Metrics:
    matches = [m for r in results for m in r.matches]
    missed = [g for r in results for g in r.missed]
    false_positives = [p for r in results for p in r.false_positives]
    n_gold = len(matches) + len(missed)
    n_pred = len(matches) + len(false_positives)
    all_gold = [m.gold for m in matches] + missed
    match_of = {id(m.gold): m for m in matches}

    def found(gold: GoldPlace) -> Match | None:
        return match_of.get(id(gold))

    events = [g for g in all_gold if g.role != "mention"]
    approximate_events = [
        m for g in events if (m := found(g)) and m.prediction.approximate
    ]
    dated = [g for g in all_gold if g.event_date is not None]
    counted = [g for g in all_gold if g.counts]
    in_gaz_matches = [m for m in matches if m.gold.in_gazetteer]
    in_gaz_gold = [g for g in all_gold if g.in_gazetteer]
    roles_by_gold: dict[str, Ratio] = {}
    for role in sorted({m.gold.role for m in matches}):
        pairs = [m for m in matches if m.gold.role == role]
        roles_by_gold[role] = Ratio(
            sum(m.prediction.role == role for m in pairs), len(pairs)
        )
    return Metrics(
        precision=Ratio(len(matches), n_pred),
        recall=Ratio(len(matches), n_gold),
        within=Ratio(sum(m.within_tolerance for m in matches), len(matches)),
        role=Ratio(
            sum(m.prediction.role == m.gold.role for m in matches), len(matches)
        ),
        events_placed=Ratio(
            sum(bool((m := found(g)) and m.within_tolerance) for g in events),
            len(events),
        ),
        dates=Ratio(
            sum(
                bool((m := found(g)) and date_matches(g, m.prediction.event_date))
                for g in dated
            ),
            len(dated),
        ),
        counts=Ratio(
            sum(
                bool((m := found(g)) and counts_match(g, m.prediction)) for g in counted
            ),
            len(counted),
        ),
        # Predictions matched to places no packaged data holds are left out of
        # both sides, so these figures show the resolver on what it could know.
        gazetteer_precision=Ratio(
            len(in_gaz_matches), len(in_gaz_matches) + len(false_positives)
        ),
        gazetteer_recall=Ratio(len(in_gaz_matches), len(in_gaz_gold)),
        gazetteer_within=Ratio(
            sum(m.within_tolerance for m in in_gaz_matches), len(in_gaz_matches)
        ),
        roles_by_gold=roles_by_gold,
        gazetteer_events_placed=Ratio(
            sum(
                bool((m := found(g)) and m.within_tolerance)
                for g in events
                if g.in_gazetteer
            ),
            sum(1 for g in events if g.in_gazetteer),
        ),
        events_approximate=Ratio(
            sum(m.within_tolerance for m in approximate_events),
            len(approximate_events),
        ),
    )


# ---------------------------------------------------------------------------
# Gold and pipeline


def _date(value: Any) -> date | None:
    if value is None or value == "":
        return None
    if isinstance(value, date):
        return value
    return date.fromisoformat(str(value))


def load_gold(set_name: str, *, eval_dir: Path = EVAL_DIR) -> list[GoldArticle]:
    path = eval_dir / set_name / "gold.jsonl"
    if not path.exists():
        raise EvalError(f"Expected the gold annotations at {path}; the file is missing")
    articles = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            data = json.loads(line)
        except json.JSONDecodeError as exc:
            raise EvalError(f"{path}:{number} is not JSON: {exc}") from exc
        articles.append(
            GoldArticle(
                file=data["file"],
                published=_date(data.get("published")),
                places=tuple(GoldPlace.from_json(p) for p in data["places"]),
            )
        )
    return articles


Extractor = Callable[[Path], list[Prediction]]


def build_extractor(*, rules_only: bool = False) -> Extractor:
    """Return a function running the offline pipeline on one article file.

    ``rules_only`` leaves out the role model's second opinion: for the sets
    it was trained on (:data:`ROLE_MODEL_TRAINED_ON`), where it would be
    scored on its own training data.
    """
    shipped, rules = build_extractors()
    return rules if rules_only else shipped


def build_extractors() -> tuple[Extractor, Extractor]:
    """Return (the shipped pipeline, the rules alone), over one gazetteer."""
    try:
        from dashboard.config import load_settings
        from dashboard.extraction import extract_article
        from dashboard.readers import read_article
        from geodata.gazetteer import Gazetteer, ensure_gazetteer
        from geodata.geoparser import Geoparser
    except ImportError as exc:
        raise EvalError(
            "The extraction pipeline is not available yet (expected "
            "dashboard.readers.read_article, dashboard.extraction.extract_article, "
            f"geodata.gazetteer and geodata.geoparser): {exc}"
        ) from exc
    settings = load_settings(secrets={})
    gazetteer = Gazetteer.open(ensure_gazetteer(settings.gazetteer_path))
    geoparser = Geoparser(gazetteer)

    def extractor(rules_only: bool) -> Extractor:
        def extract(path: Path) -> list[Prediction]:
            article = read_article(
                path.read_bytes(), path.name, max_bytes=settings.max_file_bytes
            )
            places = extract_article(
                article, geoparser=geoparser, rules_only=rules_only
            )
            return [Prediction.from_any(place) for place in places]

        return extract

    return extractor(False), extractor(True)


def load_predictions(path: Path) -> dict[str, list[Prediction]]:
    """Read ``landmine-map extract --format json`` output, keyed by file name."""
    try:
        documents = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        raise EvalError(
            f"Expected the JSON of `landmine-map extract` in {path}: {exc}"
        ) from exc
    return {
        Path(doc["file"]).name: [Prediction.from_any(p) for p in doc.get("places", [])]
        for doc in documents
    }


def run_set(
    set_name: str,
    extractor: Extractor | None,
    predictions: dict[str, list[Prediction]] | None = None,
    *,
    eval_dir: Path = EVAL_DIR,
) -> list[ArticleResult]:
    results = []
    for article in load_gold(set_name, eval_dir=eval_dir):
        path = eval_dir / set_name / article.file
        error = None
        if predictions is not None:
            if article.file not in predictions:
                error = "no prediction for this file"
            predicted = predictions.get(article.file, [])
        else:
            assert extractor is not None
            try:
                predicted = extractor(path)
            except Exception as exc:  # noqa: BLE001 - one article failing must not hide the rest
                predicted, error = [], f"{type(exc).__name__}: {exc}"
        results.append(score_article(article, predicted, error=error))
    return results


# ---------------------------------------------------------------------------
# Report


def _pct(ratio: Ratio) -> str:
    value = ratio.value
    return "   n/a" if value is None else f"{value * 100:5.1f}%"


def _num(value: float | None) -> str:
    return "  n/a" if value is None else f"{value:.3f}"


def _verdict(value: float | None, target: float) -> str:
    if value is None:
        return ""
    return "PASS" if value >= target else "MISS"


def format_table(name: str, metrics: Metrics, results: Sequence[ArticleResult]) -> str:
    m = metrics
    n_articles = len(results)
    n_gold = m.recall.total
    rows: list[tuple[str, str, str, str]] = [
        (
            "toponym precision",
            _num(m.precision.value),
            f"{m.precision.hits}/{m.precision.total}",
            "",
        ),
        (
            "toponym recall",
            _num(m.recall.value),
            f"{m.recall.hits}/{m.recall.total}",
            "",
        ),
        (
            "toponym F1",
            _num(m.f1),
            f">= {TARGETS['f1']:.2f}",
            _verdict(m.f1, TARGETS["f1"]),
        ),
        (
            "matched within tolerance",
            _pct(m.within),
            f">= {TARGETS['within']:.0%}",
            _verdict(m.within.value, TARGETS["within"]),
        ),
        (
            "role accuracy (matched)",
            _num(m.role.value),
            f">= {TARGETS['role']:.2f}",
            _verdict(m.role.value, TARGETS["role"]),
        ),
        (
            "non-mention found+placed",
            _pct(m.events_placed),
            f">= {TARGETS['events_placed']:.0%}",
            _verdict(m.events_placed.value, TARGETS["events_placed"]),
        ),
        (
            "  of them placed approximately",
            f"{m.events_approximate.hits:>7}",
            f"{m.events_approximate.total} tried",
            "",
        ),
        (
            "event dates right",
            _pct(m.dates),
            f">= {TARGETS['dates']:.0%}",
            _verdict(m.dates.value, TARGETS["dates"]),
        ),
        (
            "counts right (killed/injured/mines)",
            _pct(m.counts),
            f"{m.counts.hits}/{m.counts.total}",
            "",
        ),
        ("in-gazetteer precision", _num(m.gazetteer_precision.value), "", ""),
        (
            "in-gazetteer recall",
            _num(m.gazetteer_recall.value),
            f"{m.gazetteer_recall.hits}/{m.gazetteer_recall.total}",
            "",
        ),
        ("in-gazetteer F1", _num(m.gazetteer_f1), "", ""),
        ("in-gazetteer within tolerance", _pct(m.gazetteer_within), "", ""),
        (
            "in-gazetteer non-mention found+placed",
            _pct(m.gazetteer_events_placed),
            f"{m.gazetteer_events_placed.hits}/{m.gazetteer_events_placed.total}",
            "",
        ),
    ]
    width = max(len(r[0]) for r in rows)
    lines = [f"== {name}: {n_articles} articles, {n_gold} gold places =="]
    for label, value, target, verdict in rows:
        lines.append(f"  {label:<{width}}  {value:>7}  {target:<11} {verdict}".rstrip())
    role_parts = [
        f"{role} {ratio.hits}/{ratio.total}" for role, ratio in m.roles_by_gold.items()
    ]
    lines.append(f"  role right by gold role: {', '.join(role_parts) or 'n/a'}")
    errors = [r for r in results if r.error]
    if errors:
        lines.append(f"  {len(errors)} article(s) failed; see --verbose")
    return "\n".join(lines)


def _describe_prediction(p: Prediction) -> str:
    where = "unplaced" if p.lat is None else f"{p.lat:.2f},{p.lon:.2f}"
    return f"{p.name!r} ({p.role}, {where}, {p.gazetteer_id})"


def format_details(results: Sequence[ArticleResult]) -> str:
    """Per article: errors, misses, false positives, misplacements, wrong facts."""
    lines: list[str] = []
    for r in results:
        notes: list[str] = []
        if r.error:
            notes.append(f"ERROR {r.error}")
        for g in r.missed:
            gaz = "" if g.in_gazetteer else ", not in gazetteer"
            notes.append(f"MISS  {g.name!r} ({g.kind}, {g.role}{gaz})")
        for p in r.false_positives:
            notes.append(f"FP    {_describe_prediction(p)}")
        for m in r.matches:
            g, p = m.gold, m.prediction
            distance = m.distance_km
            if not m.within_tolerance:
                far = "unplaced" if distance is None else f"{distance:.0f} km off"
                notes.append(
                    f"PLACE {g.name!r} as {p.name!r}: {far} (tolerance "
                    f"{g.tolerance:.0f} km; predicted {p.gazetteer_id}, "
                    f"gold {g.gazetteer_id})"
                )
            if p.role != g.role:
                notes.append(f"ROLE  {g.name!r}: {p.role} (gold {g.role})")
            if g.event_date and not date_matches(g, p.event_date):
                notes.append(
                    f"DATE  {g.name!r}: {p.event_date} (gold {g.event_date} "
                    f"{g.event_date_precision})"
                )
            if g.counts and not counts_match(g, p):
                got = {k: getattr(p, k) for k in g.counts}
                notes.append(f"COUNT {g.name!r}: {got} (gold {g.counts})")
        if notes:
            lines.append(f"-- {r.file}")
            lines.extend(f"   {note}" for note in notes)
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m eval.score",
        description="Score place extraction against the annotated articles.",
    )
    parser.add_argument("--set", choices=(*SETS, "all", "both"), default="all")
    parser.add_argument(
        "--verbose",
        action="store_true",
        help="list misses, false positives and misplacements",
    )
    parser.add_argument(
        "--predictions",
        type=Path,
        help="score this `landmine-map extract --format json` output",
    )
    args = parser.parse_args(argv)
    sets = present_sets() if args.set in ("all", "both") else (args.set,)
    started = time.perf_counter()
    try:
        predictions = load_predictions(args.predictions) if args.predictions else None
        extractor = rules = None
        if predictions is None:
            extractor, rules = build_extractors()
        separator = ""
        for name in sets:
            trained_on = name in ROLE_MODEL_TRAINED_ON and predictions is None
            results = run_set(name, rules if trained_on else extractor, predictions)
            title = f"{name} (rules alone: the role model learned from it)"
            table = format_table(
                title if trained_on else name, compute_metrics(results), results
            )
            details = format_details(results) if args.verbose else ""
            # each set as soon as it is scored: the whole run takes a minute or two
            for block in (details, table):
                if block:
                    print(separator + block, flush=True)
                    separator = "\n"
    except EvalError as exc:
        print(f"eval: {exc}", file=sys.stderr)
        return 2
    print(f"\n({time.perf_counter() - started:.1f} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
