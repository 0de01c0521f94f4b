"""The scorer of `make eval`: matching, tolerance, metric arithmetic; the gold files."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from eval.score import (
    EVAL_DIR,
    GoldArticle,
    GoldPlace,
    Prediction,
    Ratio,
    compute_metrics,
    counts_match,
    date_matches,
    haversine_km,
    load_gold,
    main,
    match_places,
    present_sets,
    run_set,
    score_article,
)

AGHDAM = GoldPlace(
    name="Aghdam",
    variants=("Agdam", "Ağdam"),
    kind="settlement",
    lat=39.99096,
    lon=46.92736,
    role="incident",
    country_code="AZ",
    gazetteer_id="geonames:148619",
    event_date=date(2023, 3, 12),
    event_date_precision="day",
    injured=1,
)
AZERBAIJAN = GoldPlace(
    name="Azerbaijan",
    kind="country",
    lat=40.3,
    lon=47.7,
    role="mention",
    country_code="AZ",
    gazetteer_id="geonames:587116",
)
VILLAGE = GoldPlace(
    name="Kangarli",
    kind="settlement",
    lat=40.02,
    lon=46.87,
    role="incident",
    in_gazetteer=False,
)


def predicted(gold: GoldPlace, **changes) -> Prediction:
    """A prediction that agrees with ``gold`` except for ``changes``."""
    values = dict(
        name=gold.name,
        lat=gold.lat,
        lon=gold.lon,
        role=gold.role,
        gazetteer_id=gold.gazetteer_id,
        event_date=gold.event_date,
        killed=gold.killed,
        injured=gold.injured,
        mines=gold.mines,
    )
    values.update(changes)
    return Prediction(**values)


def metrics_for(gold: list[GoldPlace], predictions: list[Prediction]):
    article = GoldArticle("a.txt", date(2023, 3, 14), tuple(gold))
    return compute_metrics([score_article(article, predictions)])


def test_a_perfect_prediction_scores_one_everywhere():
    gold = [AGHDAM, AZERBAIJAN, VILLAGE]
    m = metrics_for(gold, [predicted(g) for g in gold])
    assert (m.precision.value, m.recall.value, m.f1) == (1.0, 1.0, 1.0)
    assert m.within.value == 1.0
    assert m.role.value == 1.0
    assert m.events_placed.value == 1.0
    assert m.dates.value == 1.0
    assert m.counts.value == 1.0
    assert m.gazetteer_recall.total == 2  # the village is not in the gazetteer


def test_a_missed_place_lowers_recall_not_precision():
    m = metrics_for([AGHDAM, AZERBAIJAN], [predicted(AGHDAM)])
    assert m.precision.value == 1.0
    assert m.recall.value == 0.5
    assert m.f1 == pytest.approx(2 / 3)


def test_a_missed_event_place_counts_against_found_and_placed_and_dates():
    m = metrics_for([AGHDAM, AZERBAIJAN], [predicted(AZERBAIJAN)])
    assert m.events_placed.value == 0.0
    assert m.dates.value == 0.0
    assert m.counts.value == 0.0


def test_an_extra_prediction_lowers_precision():
    m = metrics_for(
        [AGHDAM], [predicted(AGHDAM), Prediction(name="Us", lat=49.1, lon=1.97)]
    )
    assert m.precision.value == 0.5
    assert m.recall.value == 1.0


def test_a_far_away_point_fails_tolerance():
    # Aghdam placed on a namesake 40 km away: matched by name, but misplaced.
    namesake = predicted(AGHDAM, lat=AGHDAM.lat + 0.36, gazetteer_id="geonames:1")
    m = metrics_for([AGHDAM], [namesake])
    assert m.recall.value == 1.0
    assert m.within.value == 0.0
    assert m.events_placed.value == 0.0


def test_the_annotated_entity_is_placed_whatever_point_it_carries():
    # Russia resolved to the very GeoNames entry the annotator chose, with the
    # gazetteer's point 2,900 km from the annotator's: placed.
    same = predicted(AGHDAM, lat=AGHDAM.lat + 0.36)
    assert same.gazetteer_id == AGHDAM.gazetteer_id
    assert metrics_for([AGHDAM], [same]).within.value == 1.0
    unplaced = predicted(AGHDAM, lat=None, lon=None)
    assert metrics_for([AGHDAM], [unplaced]).within.value == 0.0


def test_tolerance_depends_on_the_kind_of_place():
    near = 0.36  # about 40 km of latitude
    m = metrics_for([AZERBAIJAN], [predicted(AZERBAIJAN, lat=AZERBAIJAN.lat + near)])
    assert m.within.value == 1.0
    big = GoldPlace(
        name="Canada",
        kind="country",
        lat=56.1,
        lon=-106.3,
        role="mention",
        country_code="CA",
    )
    assert big.tolerance == 1000.0
    wide = GoldPlace(
        name="Shan State",
        kind="admin1",
        lat=21.0,
        lon=97.3,
        role="incident",
        tolerance_km=200,
    )
    assert wide.tolerance == 200.0


def test_an_unplaced_match_is_not_within_tolerance():
    m = metrics_for([VILLAGE], [predicted(VILLAGE, lat=None, lon=None)])
    assert m.recall.value == 1.0
    assert m.within.value == 0.0


def test_approximate_points_are_counted_apart():
    # The village no gazetteer holds, shown at its district's point 10 km
    # away (within tolerance) or at its province's 80 km away (not).
    def at_area(km: float) -> Prediction:
        north = VILLAGE.lat + km / 111.2
        return predicted(VILLAGE, lat=north, gazetteer_id=None, status="unresolved")

    m = metrics_for([VILLAGE], [at_area(10)])
    assert (m.events_placed.value, m.events_approximate) == (1.0, Ratio(1, 1))
    m = metrics_for([VILLAGE], [at_area(80)])
    assert (m.events_placed.value, m.events_approximate) == (0.0, Ratio(0, 1))
    m = metrics_for([VILLAGE], [predicted(VILLAGE, status="resolved")])
    assert m.events_approximate == Ratio(0, 0)


@pytest.mark.parametrize(
    ("prediction_name", "how"),
    [
        ("Aghdam", "name"),
        ("AGHDAM", "name"),
        ("Ağdam", "name"),
        ("Agdam", "name"),
        ("Aghdam district", "contains"),
        ("Aghdam's", None),
        ("Agh", None),
        ("Baku", None),
    ],
)
def test_names_match_by_variant_or_whole_word_containment(prediction_name, how):
    matches, _, _ = match_places([AGHDAM], [Prediction(name=prediction_name)])
    assert [m.how for m in matches] == ([how] if how else [])


def test_a_different_name_matches_through_the_same_gazetteer_id():
    matches, missed, fps = match_places(
        [AGHDAM], [Prediction(name="Akdam", gazetteer_id="geonames:148619")]
    )
    assert [m.how for m in matches] == ["id"] and not missed and not fps


def test_each_gold_place_matches_at_most_once():
    matches, missed, fps = match_places(
        [AGHDAM], [Prediction(name="Agdam"), Prediction(name="Aghdam")]
    )
    assert len(matches) == 1 and not missed
    assert [p.name for p in fps] == ["Aghdam"]


def test_an_exact_name_claims_its_gold_before_a_containing_name():
    region = GoldPlace(
        name="Kherson region", kind="admin1", lat=46.75, lon=33.35, role="incident"
    )
    city = GoldPlace(
        name="Kherson", kind="settlement", lat=46.64, lon=32.61, role="mention"
    )
    matches, missed, fps = match_places(
        [region, city], [Prediction(name="Kherson"), Prediction(name="Kherson region")]
    )
    assert {(m.gold.name, m.prediction.name) for m in matches} == {
        ("Kherson region", "Kherson region"),
        ("Kherson", "Kherson"),
    }
    assert not missed and not fps


def test_of_two_predictions_with_one_name_the_gold_takes_its_own_place():
    # "Beni territory" and the town of Beni both come out named "Beni"
    town = GoldPlace(
        name="Beni", kind="settlement", lat=0.49, lon=29.47, role="incident",
        gazetteer_id="geonames:218680",
    )
    territory = GoldPlace(
        name="Beni territory", kind="admin2", lat=0.6, lon=29.3, role="mention"
    )
    predictions = [
        Prediction(name="Beni", lat=0.7, lon=29.2, role="mention"),
        Prediction(name="Beni", lat=0.49, lon=29.47, role="incident",
                   gazetteer_id="geonames:218680"),
    ]
    matches, missed, fps = match_places([town, territory], predictions)
    assert {(m.gold.name, m.prediction.role) for m in matches} == {
        ("Beni", "incident"),
        ("Beni territory", "mention"),
    }
    assert not missed and not fps


def test_role_accuracy_counts_only_matched_places():
    m = metrics_for(
        [AGHDAM, AZERBAIJAN, VILLAGE],
        [predicted(AGHDAM, role="clearance"), predicted(AZERBAIJAN)],
    )
    assert (m.role.hits, m.role.total) == (1, 2)
    assert m.roles_by_gold["incident"].hits == 0


@pytest.mark.parametrize(
    ("gold_date", "precision", "predicted_date", "right"),
    [
        (date(2023, 3, 12), "day", date(2023, 3, 12), True),
        (date(2023, 3, 12), "day", date(2023, 3, 14), False),
        (date(2023, 6, 9), "month", date(2023, 6, 5), True),
        (date(2023, 6, 9), "month", date(2023, 5, 31), False),
        (date(2022, 7, 1), "year", date(2022, 12, 31), True),
        (date(2022, 7, 1), "year", date(2023, 1, 1), False),
        (date(2022, 7, 1), "day", None, False),
    ],
)
def test_event_dates_compare_at_the_gold_precision(
    gold_date, precision, predicted_date, right
):
    gold = GoldPlace(
        name="X",
        kind="settlement",
        lat=0,
        lon=0,
        role="incident",
        event_date=gold_date,
        event_date_precision=precision,
    )
    assert date_matches(gold, predicted_date) is right


@pytest.mark.parametrize(
    ("killed", "injured", "mines", "right"),
    [
        (2, 1, None, True),
        (2, 1, 5, True),  # a count the gold does not state is not judged
        (2, None, None, False),
        (3, 1, None, False),
    ],
)
def test_counts_must_equal_every_stated_figure(killed, injured, mines, right):
    gold = GoldPlace(
        name="X", kind="settlement", lat=0, lon=0, role="incident", killed=2, injured=1
    )
    guess = Prediction(name="X", killed=killed, injured=injured, mines=mines)
    assert counts_match(gold, guess) is right


def test_haversine_of_one_degree_at_the_equator():
    assert haversine_km(0, 0, 0, 1) == pytest.approx(111.19, abs=0.05)
    assert haversine_km(40.0, 47.0, 40.0, 47.0) == 0.0


# ---------------------------------------------------------------------------
# The annotated sets themselves

ROLES = {"minefield", "incident", "clearance", "conference", "mention"}
KINDS = {"settlement", "admin1", "admin2", "country", "region", "feature", "continent"}


@pytest.mark.parametrize("set_name", present_sets())
def test_every_gold_place_is_named_in_its_article(set_name):
    articles = load_gold(set_name)
    texts = sorted(p.name for p in (EVAL_DIR / set_name).glob("*.txt"))
    assert sorted(a.file for a in articles) == texts
    for article in articles:
        text = (EVAL_DIR / set_name / article.file).read_text(encoding="utf-8")
        assert text.startswith("Title: ")
        assert article.published is not None
        for place in article.places:
            assert place.role in ROLES and place.kind in KINDS
            assert -90 <= place.lat <= 90 and -180 <= place.lon <= 180
            for form in place.forms:
                assert form in text, f"{article.file}: {form!r}"
            if place.event_date:
                assert place.event_date_precision in {"day", "month", "year"}
                assert place.event_date <= article.published


def test_the_development_set_is_as_large_and_varied_as_promised():
    articles = load_gold("dev")
    countries = {
        p.country_code for a in articles for p in a.places if p.kind != "country"
    }
    roles = {p.role for a in articles for p in a.places}
    assert len(articles) >= 30
    assert len(countries - {None}) >= 14
    assert roles == ROLES


def test_gold_predicted_back_scores_one_through_the_whole_scorer(tmp_path: Path):
    """Feed the gold as `extract` JSON: the file path, loading and table all agree."""
    documents = []
    for article in load_gold("dev"):
        places = []
        for g in article.places:
            places.append(
                {
                    "name": g.name,
                    "lat": g.lat,
                    "lon": g.lon,
                    "role": g.role,
                    "gazetteer_id": g.gazetteer_id,
                    "event_date": g.event_date.isoformat() if g.event_date else None,
                    "killed": g.killed,
                    "injured": g.injured,
                    "mines": g.mines,
                }
            )
        documents.append({"file": f"/somewhere/{article.file}", "places": places})
    path = tmp_path / "extract.json"
    path.write_text(json.dumps(documents), encoding="utf-8")

    from eval.score import load_predictions

    m = compute_metrics(run_set("dev", None, load_predictions(path)))
    assert (m.f1, m.within.value, m.role.value, m.dates.value) == (1.0, 1.0, 1.0, 1.0)
    assert main(["--set", "dev", "--predictions", str(path)]) == 0


def test_a_missing_predictions_file_is_a_clear_error(tmp_path: Path, capsys):
    assert main(["--set", "dev", "--predictions", str(tmp_path / "nope.json")]) == 2
    assert "landmine-map extract" in capsys.readouterr().err
