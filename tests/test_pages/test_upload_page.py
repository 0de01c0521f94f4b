"""The upload page under AppTest: files and pasted text reach the store."""

from __future__ import annotations

from dashboard.store import Store
from tests.test_pages.helpers import (
    app_env,  # noqa: F401 - fixture
    new_app,
    seed,
    shown_count,
)

# Written for these tests (facts in our own words).
FIELD_REPORT = (
    "Farmer injured by anti-tank mine near Aghdam\n\n"
    "A farmer was injured on 3 April 2024 when his tractor struck an anti-tank "
    "mine in a field outside Aghdam, the national mine action agency said. "
    "Deminers later cleared 12 mines from the same field near Aghdam.\n"
)
PASTED = (
    "Clearance teams working around Kampot in Cambodia destroyed 85 anti-personnel "
    "mines during March 2024, the authority reported."
)


def upload(at, *files):
    uploader = at.file_uploader(key="upload_files")
    uploader.set_value(list(files)).run()
    at.button(key="upload_run").click().run()
    assert not at.exception, at.exception


def test_an_uploaded_file_is_stored_and_appears_on_the_map(app_env):  # noqa: F811
    seed(app_env)  # a non-empty store: no demo load
    store = Store(app_env.database_url)
    before = store.counts()["articles"]
    at = new_app("pages/upload.py")
    upload(at, ("aghdam-report.txt", FIELD_REPORT.encode(), "text/plain"))
    assert any("aghdam\\-report\\.txt" in m.value for m in at.markdown)
    save = [b for b in at.button if b.key and b.key.startswith("upload_save_")]
    assert len(save) == 1
    save[0].click().run()
    assert not at.exception
    assert store.counts()["articles"] == before + 1
    assert any("saved as article" in s.value for s in at.success)
    names = {r["name"] for r in store.mention_rows()}
    assert "Aghdam" in names
    at.switch_page("pages/map.py").run()
    assert shown_count(at) > 3  # the seeded 3 and the new article's places


def test_duplicates_and_unreadable_files_are_reported_by_name(app_env):  # noqa: F811
    seed(app_env)
    at = new_app("pages/upload.py")
    upload(
        at,
        ("report.txt", FIELD_REPORT.encode(), "text/plain"),
        ("copy.txt", FIELD_REPORT.encode(), "text/plain"),
        ("empty.txt", b"   \n", "text/plain"),
        ("photo.pdf", b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8, "application/pdf"),
    )
    warnings = " ".join(w.value for w in at.warning)
    errors = " ".join(e.value for e in at.error)
    assert "copy\\.txt" in warnings and "report\\.txt" in warnings
    assert "empty\\.txt" in errors and "empty" in errors
    assert "photo\\.pdf" in errors
    assert Store(app_env.database_url).counts()["articles"] == 2  # nothing saved yet


def test_a_file_stored_before_is_flagged_as_stored(app_env):  # noqa: F811
    seed(app_env)
    at = new_app("pages/upload.py")
    upload(at, ("one.txt", FIELD_REPORT.encode(), "text/plain"))
    next(b for b in at.button if (b.key or "").startswith("upload_save_")).click().run()
    upload(at, ("again.txt", FIELD_REPORT.encode(), "text/plain"))
    assert any("already stored" in w.value for w in at.warning)


def test_pasted_text_is_stored_with_its_title(app_env):  # noqa: F811
    seed(app_env)
    at = new_app("pages/upload.py")
    at.text_input(key="upload_paste_title").input("Kampot clearance in March")
    at.text_area(key="upload_paste_text").input(PASTED)
    at.button[
        [b.label for b in at.button].index("Find the places in this text")
    ].click()
    at.run()
    assert not at.exception
    next(b for b in at.button if (b.key or "").startswith("upload_save_")).click().run()
    assert not at.exception
    titles = [a["title"] for a in Store(app_env.database_url).articles()]
    assert "Kampot clearance in March" in titles


def test_an_empty_paste_is_refused_with_a_reason(app_env):  # noqa: F811
    seed(app_env)
    at = new_app("pages/upload.py")
    at.text_area(key="upload_paste_text").input("   ")
    at.button[
        [b.label for b in at.button].index("Find the places in this text")
    ].click()
    at.run()
    assert any("empty" in e.value for e in at.error)
