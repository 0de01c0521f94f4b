"""The review page under AppTest: a correction changes where the next article lands."""

from __future__ import annotations

from datetime import date

from dashboard.audit import audit_entries
from dashboard.extraction import extract_article
from dashboard.models import Article
from dashboard.services import build_services
from dashboard.store import Store
from tests.test_pages.helpers import (
    app_env,  # noqa: F401 - fixture
    new_app,
)

# Written for these tests. Kamianka has many namesakes in Ukraine.
FIRST = Article(
    title="Tractor driver hurt near Kamianka",
    text=(
        "Tractor driver hurt near Kamianka\n\n"
        "A tractor driver was hurt on Monday when his vehicle hit an anti-tank "
        "mine on a farm road close to Kamianka, in the Kharkiv region of Ukraine."
    ),
    published=date(2024, 5, 7),
    source="<b>example.org</b>",
)
NEXT_TEXT = (
    "A humanitarian team cleared twelve mines last week from the fields around "
    "Kamianka in eastern Ukraine."
)


def ingest(settings, article: Article) -> int:
    services = build_services(settings)
    places = extract_article(article, geoparser=services.geoparser)
    return services.store.save_article(article, places).article_id


def mention_of(store: Store, name: str, article_id: int) -> dict:
    return next(
        r
        for r in store.mention_rows()
        if r["name"] == name and r["article_id"] == article_id
    )


def review_app(mention_id: int):
    at = new_app("pages/review.py")
    at.selectbox(key="review_mention").set_value(mention_id).run()
    assert not at.exception, at.exception
    return at


def paste_and_save(at, title: str, text: str) -> None:
    at.switch_page("pages/upload.py").run()
    at.text_input(key="upload_paste_title").input(title)
    at.text_area(key="upload_paste_text").input(text)
    labels = [b.label for b in at.button]
    at.button[labels.index("Find the places in this text")].click().run()
    assert not at.exception, at.exception
    next(b for b in at.button if (b.key or "").startswith("upload_save_")).click().run()
    assert not at.exception, at.exception


def test_picking_a_candidate_on_the_page_places_the_next_article_there(
    app_env,  # noqa: F811
) -> None:
    store = Store(app_env.database_url)
    first_id = ingest(app_env, FIRST)
    before = mention_of(store, "Kamianka", first_id)
    at = review_app(before["mention_id"])
    # The least sure place comes first, with its excerpt, escaped.
    assert any("farm road close to Kamianka" in m.value for m in at.markdown)
    assert not any("<b>example.org</b>" in c.value for c in at.caption)
    radio = at.radio(key=f"review_candidate_{before['mention_id']}")
    other = next(o for o in radio.options if "· now" not in o)
    choice = radio.options.index(other)
    radio.set_value(radio.options[choice]).run()
    at.button(key="review_use_candidate").click().run()
    assert not at.exception, at.exception
    assert any("will be placed there too" in s.value for s in at.success)

    corrected = mention_of(store, "Kamianka", first_id)
    assert corrected["gazetteer_id"] != before["gazetteer_id"]
    assert bool(corrected["reviewed"]) is True
    [entry] = audit_entries(store, entity="mention")
    assert (entry.who, entry.action) == ("local", "candidate_chosen")

    # The next article, pasted on the upload page of the same app.
    paste_and_save(at, "Fields cleared around Kamianka", NEXT_TEXT)
    next_id = max(a["id"] for a in store.articles())
    again = mention_of(store, "Kamianka", next_id)
    assert (again["gazetteer_id"], again["lat"], again["lon"]) == (
        corrected["gazetteer_id"],
        corrected["lat"],
        corrected["lon"],
    )


def test_typed_coordinates_move_the_point_and_teach(app_env) -> None:  # noqa: F811
    store = Store(app_env.database_url)
    first_id = ingest(app_env, FIRST)
    kamianka = mention_of(store, "Kamianka", first_id)
    at = review_app(kamianka["mention_id"])
    at.number_input(key=f"review_lat_{kamianka['mention_id']}").set_value(49.0612)
    at.number_input(key=f"review_lon_{kamianka['mention_id']}").set_value(37.1934)
    at.run()
    at.button(key="review_move").click().run()
    assert not at.exception, at.exception
    moved = mention_of(store, "Kamianka", first_id)
    assert (moved["lat"], moved["lon"]) == (49.0612, 37.1934)
    # A later article from another process (a CLI ingest) lands there too.
    next_id = ingest(app_env, Article(title="Cleared", text=NEXT_TEXT))
    again = mention_of(store, "Kamianka", next_id)
    assert (again["lat"], again["lon"]) == (49.0612, 37.1934)


def test_role_facts_confirm_not_a_place_and_article_edits(app_env) -> None:  # noqa: F811
    store = Store(app_env.database_url)
    first_id = ingest(app_env, FIRST)
    ukraine = mention_of(store, "Ukraine", first_id)
    at = review_app(ukraine["mention_id"])

    at.selectbox(key="review_role").set_value("mention")
    labels = [b.label for b in at.button]
    at.button[labels.index("Save role and facts")].click().run()
    assert not at.exception, at.exception
    assert mention_of(store, "Ukraine", first_id)["role"] == "mention"

    kharkiv = mention_of(store, "Kharkiv region", first_id)
    at.selectbox(key="review_mention").set_value(kharkiv["mention_id"]).run()
    at.button(key="review_confirm").click().run()
    assert bool(mention_of(store, "Kharkiv region", first_id)["reviewed"]) is True

    kamianka = mention_of(store, "Kamianka", first_id)
    at.selectbox(key="review_mention").set_value(kamianka["mention_id"]).run()
    at.button(key="review_not_a_place").click().run()
    assert not at.exception, at.exception
    assert all(r["name"] != "Kamianka" for r in store.mention_rows())

    at.selectbox(key="review_show").set_value("all").run()
    at.selectbox(key="review_mention").set_value(ukraine["mention_id"]).run()
    title = next(t for t in at.text_input if t.label == "Title")
    title.input("Driver hurt by a mine")
    labels = [b.label for b in at.button]
    at.button[labels.index("Save the article")].click().run()
    assert not at.exception, at.exception
    assert store.article(first_id).title == "Driver hurt by a mine"

    at.button(key="review_delete_article").click().run()
    assert not at.exception, at.exception
    assert store.article(first_id) is None
    actions = [e.action for e in audit_entries(store) if e.entity != "alias"]
    assert actions == [
        "article_deleted",
        "article_edited",
        "not_a_place",
        "confirmed",
        "role_changed",
    ]
    assert any("Nothing to review" in i.value for i in at.info)
