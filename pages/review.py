"""Review and correct: the places found, least sure first; every correction teaches."""

from __future__ import annotations

import io
from datetime import date
from typing import Any

import pandas as pd
import streamlit as st
from streamlit_folium import st_folium

from dashboard.aliases import AliasError, AliasStore
from dashboard.audit import audit_entries
from dashboard.frames import country_name
from dashboard.models import ROLES
from dashboard.review import (
    STATUSES,
    Reviewer,
    ReviewItem,
    build_picker_map,
    filters_for,
    parse_click,
)
from dashboard.ui.access import require_editor
from dashboard.ui.cache import clear_caches
from dashboard.ui.feedback import escape_markdown, stop_on_error
from dashboard.ui.state import app_services

PAGE_SIZE = 50
FLASH_KEY = "review_flash"
SHOW_CHOICES = ("to review", "reviewed", "all")
PRECISIONS = {1: "exact place", 2: "near it", 3: "province or wider"}

services = app_services()
settings = services.settings
st.title("Review places")
st.markdown(
    "The places found in the articles, the least sure first. Pick another "
    "candidate, move the point, fix the role or the facts, or say a name is not "
    "a place. Corrections of where a place is teach the geoparser: the next "
    "article naming it in the same country lands in the same place."
)
editor = require_editor(services, action="review places")
aliases = services.aliases or AliasStore(services.store)
reviewer = Reviewer(services.store, aliases=aliases, gazetteer=services.gazetteer)

flash = st.session_state.pop(FLASH_KEY, None)
if flash:
    st.success(escape_markdown(flash))


def done(message: str) -> None:
    """Show ``message`` after the rerun, and refresh every cached read."""
    st.session_state[FLASH_KEY] = message
    # Typed or clicked coordinates belong to the point before the change.
    for key in list(st.session_state):
        if str(key).startswith(("review_lat_", "review_lon_", "review_click_")):
            del st.session_state[key]
    clear_caches()
    st.rerun()


with stop_on_error(doing="reading the places to review"):
    country_codes = reviewer.countries()
columns = st.columns([2, 2, 2, 1, 2])
countries = columns[0].multiselect(
    "Country",
    country_codes,
    format_func=lambda code: f"{country_name(code)} ({code})",
    key="review_countries",
)
roles = columns[1].multiselect("Role", ROLES, key="review_roles")
statuses = columns[2].multiselect(
    "Status",
    STATUSES,
    format_func=lambda s: {
        "resolved": "identified",
        "unresolved": "not identified (approximate or not placed)",
    }.get(
        s, "waiting for an online geocoder"
    ),
    key="review_statuses",
)
show = columns[3].selectbox("Show", SHOW_CHOICES, key="review_show")
text = columns[4].text_input("Name or title contains", key="review_text")
filters = filters_for(
    countries=countries, roles=roles, statuses=statuses, show=show, text=text
)
page_number = int(st.session_state.get("review_page", 1) or 1)
with stop_on_error(doing="reading the places to review"):
    queue = reviewer.queue(
        filters, limit=PAGE_SIZE, offset=(page_number - 1) * PAGE_SIZE
    )
    if not queue.items and queue.total and page_number > 1:
        # Fewer places than before (reviewed, filtered): back to the first page.
        st.session_state["review_page"] = page_number = 1
        queue = reviewer.queue(filters, limit=PAGE_SIZE)
pages = max(1, -(-queue.total // PAGE_SIZE))
noun = "places to review" if show == "to review" else "places"
st.markdown(f"**{queue.total:,} {noun}**")
if pages > 1:
    st.number_input(
        f"Page (of {pages}, {PAGE_SIZE} per page)",
        min_value=1,
        max_value=pages,
        step=1,
        key="review_page",
    )


def queue_frame(items: tuple[ReviewItem, ...]) -> pd.DataFrame:
    return pd.DataFrame(
        [
            {
                "#": item.mention_id,
                "Name": item.name,
                "Placed at": item.place_name if item.is_placed else "—",
                "Country": item.country_code or "",
                "Role": item.role,
                "Status": item.status,
                "Confidence": round(item.confidence, 2),
                "Reviewed": item.reviewed,
                "Article": item.article_title or "(untitled)",
            }
            for item in items
        ]
    )


def candidate_label(item: ReviewItem, gazetteer_id: str) -> str:
    for c in item.candidates:
        if c.gazetteer_id == gazetteer_id:
            now = " · now" if c.is_chosen else ""
            return (
                f"{c.name}, {c.country_code or '?'} ({c.lat:.4f}, {c.lon:.4f}) · "
                f"score {c.score:.2f}{now}"
            )
    return gazetteer_id


def show_where(item: ReviewItem) -> None:
    """Candidates, typed coordinates and a small map to click on."""
    lat_key, lon_key = f"review_lat_{item.mention_id}", f"review_lon_{item.mention_id}"
    click_key = f"review_click_{item.mention_id}"
    st.session_state.setdefault(lat_key, item.lat)
    st.session_state.setdefault(lon_key, item.lon)
    left, right = st.columns([3, 2])
    with right:
        clicked = st_folium(
            build_picker_map(
                item,
                tiles_url=settings.tiles_url,
                tiles_attribution=settings.tiles_attribution,
            ),
            key=f"review_map_{item.mention_id}",
            height=320,
            width="stretch",
            returned_objects=["last_clicked"],
        )
        st.caption("Red: where it is now; grey: other candidates. Click to move.")
    point = parse_click((clicked or {}).get("last_clicked"))
    if point is not None and point != st.session_state.get(click_key):
        # A new click fills the coordinates (the widgets are drawn below).
        st.session_state[click_key] = point
        st.session_state[lat_key], st.session_state[lon_key] = point
    with left:
        others = [c.gazetteer_id for c in item.candidates]
        if others:
            chosen = next(
                (i for i, c in enumerate(item.candidates) if c.is_chosen), None
            )
            pick = st.radio(
                "Candidates considered",
                others,
                index=chosen if chosen is not None else 0,
                format_func=lambda gid: candidate_label(item, gid),
                key=f"review_candidate_{item.mention_id}",
            )
            if st.button("Use this candidate", key="review_use_candidate"):
                with stop_on_error(doing="placing it on that candidate"):
                    placed = reviewer.choose_candidate(
                        item.mention_id, pick, who=editor
                    )
                done(
                    f"{item.name} is now {placed.place_name} "
                    f"({placed.lat:.4f}, {placed.lon:.4f}); "
                    "the next article naming it will be placed there too."
                )
        else:
            st.caption("The geoparser considered no candidate for this name.")
        st.markdown("**Or type the point** (or click on the map)")
        a, b = st.columns(2)
        lat = a.number_input(
            "Latitude", min_value=-90.0, max_value=90.0, format="%.6f", key=lat_key
        )
        lon = b.number_input(
            "Longitude", min_value=-180.0, max_value=180.0, format="%.6f", key=lon_key
        )
        c, d = st.columns(2)
        name = c.text_input(
            "Place name",
            value=item.place_name if item.is_placed else item.name,
            key=f"review_place_name_{item.mention_id}",
        )
        precision = d.selectbox(
            "Precision",
            list(PRECISIONS),
            format_func=PRECISIONS.__getitem__,
            key=f"review_precision_{item.mention_id}",
        )
        if st.button(
            "Move the point here",
            key="review_move",
            disabled=lat is None or lon is None,
        ):
            with stop_on_error(doing="moving the point"):
                moved = reviewer.move_point(
                    item.mention_id,
                    lat,
                    lon,
                    who=editor,
                    place_name=name,
                    precision=precision,
                )
            done(
                f"{item.name} moved to ({moved.lat:.4f}, {moved.lon:.4f}); "
                "the next article naming it will be placed there too."
            )


def changed(new: Any, old: Any) -> bool:
    return new != old


def show_facts(item: ReviewItem) -> None:
    """Role, counts and event date in one form."""
    with st.form(f"review_facts_{item.mention_id}"):
        role = st.selectbox(
            "Role", ROLES, index=ROLES.index(item.role), key="review_role"
        )
        a, b, c, d = st.columns(4)
        killed = a.number_input("Killed", min_value=0, step=1, value=item.killed)
        injured = b.number_input("Injured", min_value=0, step=1, value=item.injured)
        mines = c.number_input("Mines", min_value=0, step=1, value=item.mines)
        event_date = d.date_input(
            "Event date", value=item.event_date, format="YYYY-MM-DD"
        )
        if not st.form_submit_button("Save role and facts"):
            return
    facts: dict[str, Any] = {}
    for key, new, old in (
        ("killed", killed, item.killed),
        ("injured", injured, item.injured),
        ("mines", mines, item.mines),
    ):
        if changed(None if new is None else int(new), old):
            facts[key] = None if new is None else int(new)
    if isinstance(event_date, date) or event_date is None:
        if changed(event_date, item.event_date):
            facts["event_date"] = event_date
    with stop_on_error(doing="saving the role and facts"):
        if role != item.role:
            reviewer.change_role(item.mention_id, role, who=editor)
        if facts:
            reviewer.edit_facts(item.mention_id, who=editor, **facts)
    if role == item.role and not facts:
        st.info("Nothing changed.")
        return
    done(f"Saved the role and facts of {item.name}.")


def show_article(item: ReviewItem) -> None:
    """Edit the article's title, date and source, or delete it."""
    with stop_on_error(doing="reading the article"):
        fields = reviewer.article_fields(item.article_id)
    if fields is None:
        return
    with st.form(f"review_article_{item.article_id}"):
        title = st.text_input("Title", value=fields["title"] or "")
        a, b = st.columns([1, 2])
        published = a.date_input(
            "Published", value=fields["published"], format="YYYY-MM-DD"
        )
        source = b.text_input("Source", value=fields["source"] or "")
        if st.form_submit_button("Save the article"):
            with stop_on_error(doing="saving the article"):
                reviewer.edit_article(
                    item.article_id,
                    who=editor,
                    title=title,
                    published=published,
                    source=source,
                )
            done("Saved the article.")
    with st.popover("Delete this article"):
        st.markdown(
            "Delete the article and **every place it names** from the map? "
            "The audit trail keeps a record of it."
        )
        if st.button("Delete the article", type="primary", key="review_delete_article"):
            with stop_on_error(doing="deleting the article"):
                removed = reviewer.delete_article(item.article_id, who=editor)
            done(f"Deleted the article and its {removed} place(s).")


def show_history(item: ReviewItem) -> None:
    with stop_on_error(doing="reading the audit trail"):
        entries = audit_entries(
            services.store, entity="mention", entity_id=item.mention_id
        ) + audit_entries(services.store, entity="article", entity_id=item.article_id)
    if not entries:
        st.caption("No change yet.")
        return
    entries.sort(key=lambda e: e.at, reverse=True)
    st.dataframe(
        pd.DataFrame(
            [
                {
                    "When (UTC)": e.at.strftime("%Y-%m-%d %H:%M:%S"),
                    "Who": e.who,
                    "What": e.action.replace("_", " "),
                    "Of": f"{e.entity} {e.entity_id}",
                }
                for e in entries
            ]
        ),
        hide_index=True,
        width="stretch",
    )


def show_item(item: ReviewItem) -> None:
    mark = " ✓ reviewed" if item.reviewed else ""
    where = (
        f"{item.place_name}, {country_name(item.country_code)} "
        f"({item.lat:.4f}, {item.lon:.4f})"
        if item.is_placed
        else "not placed"
    )
    st.subheader(f"{item.name}{mark}")
    st.markdown(
        escape_markdown(
            f"Now: {where} · role {item.role} · {item.status} · "
            f"confidence {item.confidence:.2f}"
        )
    )
    st.markdown(f"> {escape_markdown(item.excerpt)}")
    article_line = f"From: {item.article_title or '(untitled)'}"
    if item.article_published:
        article_line += f" · {item.article_published}"
    if item.article_source:
        article_line += f" · {item.article_source}"
    st.caption(escape_markdown(article_line))
    a, b = st.columns(2)
    if a.button("Confirm as it is", key="review_confirm", type="primary"):
        with stop_on_error(doing="confirming it"):
            reviewer.confirm(item.mention_id, who=editor)
        done(f"Confirmed {item.name}.")
    with b.popover("Not a place"):
        st.markdown(
            f"Remove **{escape_markdown(item.name)}** from the map? It will not be "
            "proposed again in articles about the same country."
        )
        if st.button("It is not a place", key="review_not_a_place"):
            with stop_on_error(doing="removing it"):
                context = reviewer.mark_not_a_place(item.mention_id, who=editor)
            where_not = country_name(context.country_code) or "any country"
            done(f"{context.name} is no longer a place in {where_not}.")
    st.markdown("#### Where")
    show_where(item)
    st.markdown("#### Role and facts")
    show_facts(item)
    with st.expander("The article"):
        show_article(item)
    with st.expander("History of this place and article"):
        show_history(item)


if queue.items:
    st.dataframe(
        queue_frame(queue.items),
        hide_index=True,
        width="stretch",
        height=min(36 * (len(queue.items) + 1), 320),
        column_config={"Confidence": st.column_config.NumberColumn(format="%.2f")},
    )
    ids = [item.mention_id for item in queue.items]
    by_id = {item.mention_id: item for item in queue.items}
    if st.session_state.get("review_mention") not in ids:
        # The one shown before was reviewed, removed or filtered out.
        st.session_state.pop("review_mention", None)
    selected = st.selectbox(
        "Place to review",
        ids,
        format_func=lambda mid: by_id[mid].label(),
        key="review_mention",
    )
    st.divider()
    show_item(by_id[selected])
else:
    st.info("Nothing to review with these filters.")


def show_aliases() -> None:
    """The corrections the geoparser has learnt: list, CSV out and in, removal."""
    with stop_on_error(doing="reading the corrections"):
        learnt = aliases.aliases()
    if learnt:
        st.dataframe(
            pd.DataFrame(
                [
                    {
                        "Name": a.name,
                        "In stories about": country_name(a.country_code)
                        if a.country_code
                        else "any country",
                        "Is": "not a place"
                        if a.target is None
                        else f"{a.target.name} ({a.target.lat:.4f}, "
                        f"{a.target.lon:.4f})",
                        "By": a.created_by,
                        "When (UTC)": a.created_at.strftime("%Y-%m-%d %H:%M")
                        if a.created_at
                        else "",
                    }
                    for a in learnt
                ]
            ),
            hide_index=True,
            width="stretch",
        )
        keys = list(range(len(learnt)))
        which = st.selectbox(
            "Forget a correction",
            keys,
            format_func=lambda i: (
                f"{learnt[i].name} ({learnt[i].country_code or 'any country'})"
            ),
            key="review_alias_pick",
        )
        if st.button("Forget it", key="review_alias_remove"):
            alias = learnt[which]
            with stop_on_error(doing="forgetting the correction"):
                aliases.remove(alias.name, alias.country_code, who=editor)
            done(f"Forgot the correction of {alias.name}.")
    else:
        st.caption("No correction yet.")
    st.download_button(
        "Download the corrections (CSV)",
        data=aliases.export_csv_text(),
        file_name="landmine-map-aliases.csv",
        mime="text/csv",
        key="review_alias_download",
    )
    uploaded = st.file_uploader(
        "Import corrections (CSV from another install)",
        type=["csv"],
        key="review_alias_upload",
    )
    if uploaded is not None and st.button("Import", key="review_alias_import"):
        with stop_on_error(doing="importing the corrections"):
            try:
                text = uploaded.getvalue().decode("utf-8-sig")
            except UnicodeDecodeError as exc:
                raise AliasError("Expected a UTF-8 CSV file") from exc
            result = aliases.import_csv(io.StringIO(text), who=editor)
        done(
            f"Imported: {result.added} added, {result.changed} changed, "
            f"{result.unchanged} unchanged."
        )


st.divider()
with st.expander("Corrections the geoparser has learnt"):
    show_aliases()
