"""The role model: its features, scores, file format, training, use in extraction."""

from __future__ import annotations

import math
from datetime import date

import pytest

from dashboard import extraction
from dashboard.config import Settings, load_settings
from dashboard.errors import ConfigError
from dashboard.extraction import extract_article
from dashboard.models import ROLES, Article
from dashboard.pipeline import extract_paths, ingest_paths
from dashboard.role_model import (
    FORMAT,
    MIN_PROBABILITY,
    PlaceFeatures,
    RoleModel,
    article_features,
    place_features,
    revise_roles,
    shipped_role_model,
    weighted,
)
from dashboard.roles import RoleDecision
from dashboard.services import Services
from dashboard.store import Store
from dashboard.text import SentenceIndex
from dashboard.ui.uploads import extract_items, extract_pasted
from eval.train_roles import fit, inverse_document_frequencies
from tests.test_dashboard.test_extraction import FakeGeoparser


def _spans(text: str, name: str) -> list[tuple[int, int]]:
    spans, at = [], text.find(name)
    while at >= 0:
        spans.append((at, at + len(name)))
        at = text.find(name, at + 1)
    return spans


def _features(text: str, name: str, rule_role="mention", title_end=0) -> PlaceFeatures:
    return place_features(
        text,
        SentenceIndex(text),
        _spans(text, name),
        rule_role=rule_role,
        article_roles=[rule_role, "incident"],
        kind="settlement",
        title_end=title_end,
    )


def _model(term_weights: dict[str, dict[str, float]], **bias: float) -> RoleModel:
    """A model whose only weights are ``term_weights`` (feature -> role -> weight)."""
    return RoleModel(
        classes=ROLES,
        idf={k: 1.0 for k in term_weights if not k.startswith("d:")},
        weights={
            k: tuple(w.get(role, 0.0) for role in ROLES)
            for k, w in term_weights.items()
        },
        intercepts=tuple(bias.get(role, 0.0) for role in ROLES),
    )


def test_features_read_the_sentences_naming_the_place_and_its_neighbours():
    text = (
        "Mines were found in Tovuz. Farmers in Tovuz cannot plough. "
        "Baku hosted a meeting."
    )
    features = _features(text, "Tovuz", title_end=0)
    # the place itself is one marker word; other sentences are not read
    assert features.sentence_terms["placex"] == 2
    assert features.sentence_terms["mines"] == 1
    assert features.sentence_terms["in placex"] == 2
    assert "meeting" not in features.sentence_terms
    assert features.window_terms["l_in"] == 2
    assert features.window_terms["r_farmers"] == 0  # the window stays in its sentence
    assert features.window_terms["r_cannot"] == 1
    assert features.dense["rule=mention"] == 1.0
    assert features.dense["article=incident"] == 0.5
    assert features.dense["kind=settlement"] == 1.0
    assert features.dense["occurrences"] == pytest.approx(2 / 5)
    assert "in_title" not in features.dense


def test_a_place_in_the_headline_is_marked_and_numbers_are_one_word():
    text = "Blast in Izium\n\n312 mines were cleared near Izium in 2024."
    features = _features(text, "Izium", title_end=text.index("\n"))
    assert features.dense["in_title"] == 1.0
    assert features.sentence_terms["0"] == 2  # 312 and 2024
    assert "312" not in features.sentence_terms


def test_weighted_bags_are_unit_length_and_unknown_terms_are_dropped():
    features = PlaceFeatures(
        sentence_terms={"mines": 2, "found": 1, "zzz": 5},  # type: ignore[arg-type]
        window_terms={"l_in": 1},  # type: ignore[arg-type]
        dense={"rule=mention": 1.0},
    )
    row = weighted(features, {"s:mines": 2.0, "s:found": 1.0, "w:l_in": 3.0})
    assert "s:zzz" not in row
    assert math.hypot(row["s:mines"], row["s:found"]) == pytest.approx(1.0)
    assert row["s:mines"] > row["s:found"]
    assert row["w:l_in"] == pytest.approx(1.0)
    assert row["d:rule=mention"] > 1.0  # dense values are scaled up


def test_probabilities_follow_the_weights_and_sum_to_one():
    model = _model({"s:mines": {"minefield": 4.0}}, mention=1.0)
    with_mines = model.probabilities(_features("Mines lie near Tovuz.", "Tovuz"))
    without = model.probabilities(_features("Farmers live near Tovuz.", "Tovuz"))
    assert sum(with_mines.values()) == pytest.approx(1.0)
    assert max(with_mines, key=with_mines.get) == "minefield"
    assert max(without, key=without.get) == "mention"


def test_the_model_survives_its_file_format_and_refuses_another():
    model = _model(
        {"s:mines": {"minefield": 4.0}, "d:rule=incident": {"incident": 2.0}}
    )
    again = RoleModel.from_json(model.to_json())
    assert again == model
    with pytest.raises(ValueError, match="format"):
        RoleModel.from_json({**model.to_json(), "format": FORMAT + 1})
    with pytest.raises(ValueError, match="classes"):
        RoleModel.from_json({**model.to_json(), "classes": ["mention", "other"]})


def test_revise_roles_takes_the_models_role_only_when_it_is_sure():
    text = "Mines lie near Tovuz. Farmers live near Gadabay."
    spans = [_spans(text, "Tovuz"), _spans(text, "Gadabay")]
    rules = [RoleDecision("mention", 0), RoleDecision("mention", 0)]
    features = article_features(
        text, SentenceIndex(text), spans, rules, kinds=[None, None], title_end=0
    )
    sure = _model({"s:mines": {"minefield": 8.0}})
    revised = revise_roles(sure, features, rules)
    assert [d.role for d in revised] == ["minefield", "mention"]
    assert revised[0].cue == "role model"
    assert revised[1] is rules[1]
    # just above a fifth for every role: no opinion, the rules stand
    unsure = _model({"s:mines": {"minefield": 0.1}})
    assert (
        unsure.probabilities(_features(text, "Tovuz"))["minefield"] <= MIN_PROBABILITY
    )
    kept = revise_roles(unsure, features, rules)
    assert [d.role for d in kept] == ["mention", "mention"]


def test_article_features_give_each_place_the_rules_roles_of_all():
    text = "Mines lie near Tovuz. Farmers live near Gadabay."
    spans = [_spans(text, "Tovuz"), _spans(text, "Gadabay")]
    rules = [RoleDecision("minefield", 0), RoleDecision("mention", 0)]
    tovuz, gadabay = article_features(
        text, SentenceIndex(text), spans, rules, kinds=["admin2", None], title_end=0
    )
    assert tovuz.dense["rule=minefield"] == gadabay.dense["rule=mention"] == 1.0
    assert tovuz.dense["article=mention"] == gadabay.dense["article=minefield"] == 0.5
    assert (tovuz.dense["kind=admin2"], gadabay.dense["kind=unknown"]) == (1.0, 1.0)
    assert tovuz.sentence_terms["mines"] == 1 and "mines" not in gadabay.sentence_terms


ARTICLE = Article(
    text=(
        "Baku, 3 May 2023\n\n"
        "Delegates met in Baku on Monday. Izium was mentioned; "
        "the shelling there killed 3 people on 1 May."
    ),
    published=date(2023, 5, 3),
)


def _roles(places) -> dict[str, str]:
    return {p.name: p.role for p in places}


def test_extraction_takes_the_given_models_role_and_the_facts_follow_it():
    rules = extract_article(ARTICLE, geoparser=FakeGeoparser(), rules_only=True)
    assert _roles(rules)["Izium"] == "mention"
    assert next(p for p in rules if p.name == "Izium").killed is None
    model = _model({"s:shelling": {"incident": 9.0}})
    places = extract_article(ARTICLE, geoparser=FakeGeoparser(), role_model=model)
    izium = next(p for p in places if p.name == "Izium")
    assert izium.role == "incident"
    assert (izium.killed, izium.event_date) == (3, date(2023, 5, 1))
    assert _roles(places)["Baku"] == _roles(rules)["Baku"]


def test_extraction_uses_the_shipped_model_by_default(monkeypatch):
    model = _model({"s:shelling": {"incident": 9.0}})
    monkeypatch.setattr(extraction, "shipped_role_model", lambda: model)
    assert _roles(extract_article(ARTICLE, geoparser=FakeGeoparser()))["Izium"] == (
        "incident"
    )


def test_the_shipped_model_loads_and_was_trained_on_dev_only():
    model = shipped_role_model()
    assert model is not None
    assert set(model.classes) == set(ROLES)
    assert model.trained_on.startswith("dev:")
    assert all(len(column) == len(ROLES) for column in model.weights.values())
    # the rules' role is its strongest single piece of evidence
    rule_weights = model.weights["d:rule=incident"]
    assert max(range(len(ROLES)), key=rule_weights.__getitem__) == (
        model.classes.index("incident")
    )


def test_idf_keeps_terms_of_enough_places():
    bags = [
        PlaceFeatures({"mines": 1, "rare": 1}, {"l_in": 1}, {}),  # type: ignore[arg-type]
        PlaceFeatures({"mines": 1}, {"l_in": 1}, {}),  # type: ignore[arg-type]
    ]
    idf = inverse_document_frequencies(bags, min_df=2)
    assert set(idf) == {"s:mines", "w:l_in"}


def test_training_learns_words_that_tell_roles():  # scikit-learn: the test extra
    texts = {
        "incident": "A blast near {} killed two farmers.",
        "conference": "Delegates met at a conference in {}.",
        "minefield": "Mines were found in fields near {}.",
        "clearance": "Deminers cleared land around {}.",
        "mention": "The weather in {} was warm.",
    }
    towns = ["Tovuz", "Gadabay", "Qazax", "Shamkir", "Ganja", "Zaqatala"]
    features, roles = [], []
    for role, template in texts.items():
        for town in towns:
            text = template.format(town)
            features.append(_features(text, town, rule_role="mention"))
            roles.append(role)
    model = fit(features, roles)
    assert model.trained_on == ""
    for role, template in texts.items():
        unseen = _features(template.format("Khachmaz"), "Khachmaz", rule_role="mention")
        probabilities = model.probabilities(unseen)
        assert max(probabilities, key=probabilities.get) == role


def test_features_read_a_bounded_number_of_occurrences():
    # no full stop: the splitter cuts it into pieces of about 2,000 characters
    text = "Deminers near Aghdam found one two three four five six seven " * 150
    features = _features(text, "Aghdam")
    assert features.window_terms["r_found"] == 100  # of 150 occurrences
    assert features.dense["occurrences"] == 1.0
    pieces = {SentenceIndex(text).span_at(start) for start, _ in _spans(text, "Aghdam")}
    assert len(pieces) == 5
    assert features.sentence_terms["placex"] == 4  # the pieces of the first 100


# -- the setting: LANDMINE_MAP_ROLE_MODEL ------------------------------------------


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (None, True),
        ("", True),
        ("on", True),
        ("OFF", False),
        ("0", False),
        (False, False),
    ],
)
def test_the_role_model_setting_is_on_unless_turned_off(value, expected, tmp_path):
    values = {"data_dir": str(tmp_path)}
    if value is not None:
        values["role_model"] = value
    assert Settings.from_mapping(values).role_model is expected


def test_a_role_model_setting_that_is_neither_on_nor_off_is_refused(tmp_path):
    with pytest.raises(ConfigError, match="on or off for role_model"):
        Settings.from_mapping({"data_dir": str(tmp_path), "role_model": "maybe"})
    settings = load_settings(
        environ={"LANDMINE_MAP_ROLE_MODEL": "off", "LANDMINE_MAP_HOME": str(tmp_path)},
        secrets={},
    )
    assert settings.role_model is False


@pytest.fixture
def sure_model(monkeypatch) -> RoleModel:
    model = _model({"s:shelling": {"incident": 9.0}})
    monkeypatch.setattr(extraction, "shipped_role_model", lambda: model)
    return model


def _services(tmp_path, *, role_model: bool) -> Services:
    settings = Settings.from_mapping(
        {"data_dir": str(tmp_path / f"data-{role_model}"), "role_model": role_model}
    )
    return Services(
        settings=settings,
        store=Store(settings.database_url),
        gazetteer=None,  # type: ignore[arg-type]  # extraction never asks it
        geoparser=FakeGeoparser(),  # type: ignore[arg-type]
    )


@pytest.mark.parametrize(
    ("role_model", "izium"), [(True, "incident"), (False, "mention")]
)
def test_ingest_upload_and_extract_follow_the_setting(
    sure_model, tmp_path, role_model, izium
):
    services = _services(tmp_path, role_model=role_model)
    path = tmp_path / "izium.txt"
    path.write_text(ARTICLE.text, "utf-8")
    # the ingest pipeline (CLI ingest, demo, folder import)
    assert ingest_paths([path], services).ok
    stored = {row["name"]: row["role"] for row in services.store.mention_rows()}
    assert stored["Izium"] == izium
    # the upload page's files and pasted text
    (uploaded,) = extract_items([("izium.txt", ARTICLE.text.encode())], services)
    assert _roles(uploaded.extraction.places)["Izium"] == izium
    pasted = extract_pasted(ARTICLE.text, services)
    assert _roles(pasted.extraction.places)["Izium"] == izium
    # the extract command
    (extracted,) = extract_paths(
        [path],
        geoparser=services.geoparser,
        max_bytes=services.settings.max_file_bytes,
        rules_only=not services.settings.role_model,
    )
    assert _roles(extracted.places)["Izium"] == izium
