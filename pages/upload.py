"""Upload articles: files or pasted text -> places with roles -> keep -> save."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from dashboard.readers import SUPPORTED_SUFFIXES
from dashboard.ui.access import require_editor
from dashboard.ui.cache import clear_caches
from dashboard.ui.feedback import escape_markdown, stop_on_error
from dashboard.ui.state import app_services
from dashboard.ui.uploads import (
    UploadResult,
    extract_items,
    extract_pasted,
    place_rows,
    save_result,
)

RESULTS_KEY = "upload_results"
FILE_TYPES = [suffix.lstrip(".") for suffix in SUPPORTED_SUFFIXES]

services = app_services()
settings = services.settings

st.title("Upload articles")
st.markdown(
    "Add news articles as files or pasted text. The places they name are found "
    "and placed offline; check them, untick any that are wrong, then save."
)
require_editor(services, action="upload articles")  # viewers stop here

files = st.file_uploader(
    f"Articles ({', '.join(FILE_TYPES)}; up to {settings.max_file_mb} MB each)",
    type=FILE_TYPES,
    accept_multiple_files=True,
    key="upload_files",
)
if st.button("Find the places", type="primary", disabled=not files, key="upload_run"):
    items = [(f.name, f.getvalue()) for f in files or []]
    with st.status(f"Reading {len(items)} file(s)…", expanded=True) as status:
        bar = st.progress(0.0)

        def progress(done: int, total: int, name: str) -> None:
            bar.progress(done / max(total, 1), text=escape_markdown(name) or "done")

        with stop_on_error(doing="reading the uploaded files"):
            results = extract_items(items, services, progress=progress)
        status.update(label=f"Read {len(items)} file(s)", state="complete")
    st.session_state[RESULTS_KEY] = results

with st.expander("…or paste the text of an article", expanded=not files):
    with st.form("upload_paste", clear_on_submit=False):
        pasted_title = st.text_input("Title", key="upload_paste_title")
        pasted_date = st.date_input(
            "Published", value=None, format="YYYY-MM-DD", key="upload_paste_date"
        )
        pasted_source = st.text_input(
            "Source (URL or publisher)", key="upload_paste_source"
        )
        pasted_text = st.text_area("Text", height=220, key="upload_paste_text")
        if st.form_submit_button("Find the places in this text"):
            with (
                st.spinner("Finding the places…"),
                stop_on_error(doing="reading the pasted text"),
            ):
                pasted = extract_pasted(
                    pasted_text or "",
                    services,
                    title=pasted_title,
                    published=pasted_date,
                    source=pasted_source,
                )
            st.session_state[RESULTS_KEY] = [pasted]


def keep_flags(result: UploadResult) -> list[bool]:
    """Return the keep flags of a result's editor (ticked unless the user unticked)."""
    flags = [True] * len(result.extraction.places)
    edits = st.session_state.get(f"upload_places_{result.key}") or {}
    for row, change in (edits.get("edited_rows") or {}).items():
        if "keep" in change and 0 <= int(row) < len(flags):
            flags[int(row)] = bool(change["keep"])
    return flags


def save_and_rerun(index: int, result: UploadResult, **edits) -> None:
    """Save one result, remember it as saved, and redraw the page."""
    with stop_on_error(doing=f"saving {result.file}"):
        result = save_result(result, services, **edits)
    stored = list(st.session_state.get(RESULTS_KEY, []))
    stored[index] = result
    st.session_state[RESULTS_KEY] = stored
    clear_caches()
    st.rerun()


def show_result(index: int, result: UploadResult) -> UploadResult:
    """Draw one file's outcome; return it (marked saved if the user saved it)."""
    name = escape_markdown(result.file)
    article = result.extraction.article
    if result.error or article is None:
        st.error(f"**{name}**: {escape_markdown(result.error or 'not read')}")
        return result
    if result.saved_article_id is not None:
        st.success(
            f"**{name}**: saved as article {result.saved_article_id} "
            f"with its places; they are on the map now."
        )
        return result
    if result.duplicate_of is not None:
        st.warning(
            f"**{name}**: already stored (article {result.duplicate_of}); skipped."
        )
        return result
    if result.duplicate_in_batch is not None:
        st.warning(
            f"**{name}**: the same text as {escape_markdown(result.duplicate_in_batch)}"
            " in this batch; skipped."
        )
        return result
    places = result.extraction.places
    unresolved = [p for p in places if p.status != "resolved"]
    box = st.container(border=True)
    box.markdown(f"**{name}**: {len(places)} place(s) found")
    left, middle, right = box.columns([3, 2, 1])
    title = left.text_input(
        "Title", value=article.title or "", key=f"upload_title_{result.key}"
    )
    source = middle.text_input(
        "Source", value=article.source or "", key=f"upload_source_{result.key}"
    )
    published = right.date_input(
        "Published",
        value=article.published,
        format="YYYY-MM-DD",
        key=f"upload_published_{result.key}",
    )
    keep: list[bool] | None = None
    if places:
        edited = box.data_editor(
            pd.DataFrame(place_rows(places)),
            key=f"upload_places_{result.key}",
            hide_index=True,
            width="stretch",
            disabled=[c for c in place_rows(places[:1])[0] if c != "keep"],
            column_config={
                "keep": st.column_config.CheckboxColumn("Keep", help="Untick to drop"),
                "placed": st.column_config.CheckboxColumn("On the map"),
                "excerpt": st.column_config.TextColumn("Excerpt", width="large"),
            },
        )
        keep = [bool(flag) for flag in edited["keep"].tolist()]
    else:
        box.caption("No place found: the article can still be stored.")
    if unresolved:
        names = ", ".join(escape_markdown(p.name) for p in unresolved)
        approximate = sum(p.lat is not None for p in unresolved)
        box.caption(
            f"Not identified ({len(unresolved)}): {names}. "
            + (
                f"{approximate} of them are on the map approximately, at the "
                "district or town the article puts them in. "
                if approximate
                else ""
            )
            + "Kept places that could not be identified are stored for review "
            "and listed on the About the data page."
        )
    if box.button("Save", key=f"upload_save_{result.key}", type="primary"):
        save_and_rerun(
            index, result, keep=keep, title=title, published=published, source=source
        )
    return result


results: list[UploadResult] = st.session_state.get(RESULTS_KEY, [])
if results:
    st.subheader("Results")
    saved = sum(r.saved_article_id is not None for r in results)
    failed = sum(r.error is not None for r in results)
    duplicates = sum(
        r.duplicate_of is not None or r.duplicate_in_batch is not None for r in results
    )
    st.caption(
        f"{len(results)} file(s): {saved} saved, {duplicates} duplicate(s), "
        f"{failed} error(s)."
    )
    saveable = [i for i, r in enumerate(results) if r.can_save]
    if len(saveable) > 1 and st.button(
        f"Save all {len(saveable)} articles", key="upload_save_all"
    ):
        with stop_on_error(doing="saving the articles"):
            results = [
                save_result(
                    r,
                    services,
                    keep=keep_flags(r),
                    title=st.session_state.get(f"upload_title_{r.key}"),
                    published=st.session_state.get(f"upload_published_{r.key}"),
                    source=st.session_state.get(f"upload_source_{r.key}"),
                )
                if r.can_save
                else r
                for r in results
            ]
        st.session_state[RESULTS_KEY] = results
        clear_caches()
        st.rerun()
    updated = [show_result(i, r) for i, r in enumerate(results)]
    if any(r.saved_article_id is not None for r in updated):
        st.page_link("pages/map.py", label="See them on the map")
