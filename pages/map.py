"""The home page: the map of mentions, with filters, counts, a timeline and a table."""

from __future__ import annotations

from dataclasses import replace
from functools import partial

import altair as alt
import streamlit as st
from streamlit_folium import st_folium

from dashboard.events import count_events, describe_rule
from dashboard.exports import FORMAT_INFO, FORMATS, export_bytes, export_file_name
from dashboard.frames import (
    Bounds,
    filter_mentions,
    headline_counts,
    most_recent,
    table_frame,
    timeline_frame,
)
from dashboard.maps import (
    PRECISION_LABELS,
    ROLE_STYLES,
    build_mention_map,
    parse_mention_id,
    safe_link,
)
from dashboard.models import ROLES
from dashboard.ui.access import current_editor
from dashboard.ui.cache import (
    cached_counts,
    cached_filter_options,
    cached_map_data,
    cached_mentions_frame,
    clear_caches,
    data_version,
    map_data_url,
)
from dashboard.ui.feedback import escape_markdown, stop_on_error
from dashboard.ui.filters import sidebar_filters
from dashboard.ui.state import app_services

TABLE_ROWS = 2000

services = app_services()
settings = services.settings
with stop_on_error(doing="reading the stored mentions"):
    version = data_version(settings)
    frame = cached_mentions_frame(settings, version)
    options = cached_filter_options(settings, version)
    counts = cached_counts(settings, version)

filters = sidebar_filters(options)
with stop_on_error(doing="preparing the map"):
    map_data = cached_map_data(settings, version, filters.map_filters())
    shown = filter_mentions(frame, filters.map_filters())

events_shown = count_events(shown)
st.markdown(
    f"**{len(shown):,} mentions shown** · {events_shown:,} "
    f"{'event' if events_shown == 1 else 'events'}",
    help="One marker per event: reports of one happening are merged. "
    + describe_rule(),
)
if counts.get("articles", 0) == 0:
    st.info("No articles yet: add some on the **Upload articles** page.")
returned = ["last_object_clicked_tooltip"]
if filters.only_in_view:
    returned.append("bounds")
folium_map = build_mention_map(
    map_data,
    tiles_url=settings.tiles_url,
    tiles_attribution=settings.tiles_attribution,
    data_url=map_data_url(map_data),
)
clicked = st_folium(
    folium_map,
    key="map",
    height=600,
    width="stretch",
    returned_objects=returned,
)
st.caption(
    "Place names and coordinates: [GeoNames](https://www.geonames.org/) "
    "(CC BY 4.0). Country outlines: Natural Earth (public domain)."
)

in_view = shown
if filters.only_in_view:
    bounds = Bounds.from_leaflet((clicked or {}).get("bounds"))
    if bounds is None:
        st.caption("Pan or zoom the map once to limit what follows to its view.")
    else:
        in_view = filter_mentions(frame, replace(filters, bounds=bounds))
        st.caption(f"{len(in_view):,} of them in the map view.")

headline = headline_counts(in_view)
columns = st.columns(5)
columns[0].metric("Events", f"{headline.events:,}")
columns[1].metric("Mentions", f"{headline.mentions:,}")
columns[2].metric("Killed", f"{headline.killed:,}")
columns[3].metric("Injured", f"{headline.injured:,}")
columns[4].metric("Mines found", f"{headline.mines:,}")
st.caption(
    "Killed, injured and mines count each event once (the largest figure its "
    "reports give) over incidents, minefields and clearance, not places that "
    "are merely mentioned."
)
for column, fmt in zip(st.columns(len(FORMATS)), FORMATS, strict=True):
    column.download_button(
        f"Download {FORMAT_INFO[fmt].label}",
        data=partial(
            export_bytes, fmt, in_view, store=services.store, everything=frame
        ),
        file_name=export_file_name(fmt),
        mime=FORMAT_INFO[fmt].mime,
        on_click="ignore",
        key=f"map_download_{fmt}",
    )

if len(in_view):
    span_days = (in_view["date"].max() - in_view["date"].min()).days
    freq = st.radio(
        "Timeline",
        ["week", "month"],
        index=0 if span_days <= 180 else 1,
        format_func=lambda f: f"Per {f}",
        horizontal=True,
        key="map_timeline_freq",
    )
    timeline = timeline_frame(in_view, freq)
    chart = (
        alt.Chart(timeline)
        .mark_bar()
        .encode(
            x=alt.X("period:T", title=None),
            y=alt.Y("sum(mentions):Q", title="Mentions"),
            color=alt.Color(
                "role:N",
                title="Role",
                scale=alt.Scale(
                    domain=list(ROLES), range=[ROLE_STYLES[r][0] for r in ROLES]
                ),
                sort=list(ROLES),
            ),
            tooltip=[
                alt.Tooltip("period:T", title="From"),
                alt.Tooltip("role:N", title="Role"),
                alt.Tooltip("mentions:Q", title="Mentions"),
            ],
        )
        .properties(height=220)
    )
    st.altair_chart(chart, width="stretch")

    if len(in_view) > TABLE_ROWS:
        st.caption(
            f"The table shows the {TABLE_ROWS:,} most recent of {len(in_view):,}."
        )
    st.dataframe(
        table_frame(most_recent(in_view, TABLE_ROWS)),
        hide_index=True,
        width="stretch",
        column_config={
            "Excerpt": st.column_config.TextColumn(width="large"),
            "Killed": st.column_config.NumberColumn(format="%d"),
            "Injured": st.column_config.NumberColumn(format="%d"),
            "Mines": st.column_config.NumberColumn(format="%d"),
            "Event": st.column_config.NumberColumn(
                format="%d", help="Reports of one event share its number"
            ),
        },
    )


def event_reports(mention_id: int) -> int:
    """Return how many articles report the event of this mention (in the frame)."""
    match = frame.loc[frame["mention_id"] == mention_id, "event_id"]
    if match.empty:
        return 1
    members = frame.loc[frame["event_id"] == int(match.iloc[0]), "article_id"]
    return int(members.nunique())


def show_mention(mention_id: int) -> None:
    """Show one mention's details in the sidebar, every text escaped."""
    with stop_on_error(doing="reading the selected mention"):
        row = services.store.mention(mention_id)
    box = st.sidebar.container(border=True)
    if row is None:
        box.caption(f"Mention #{mention_id} is no longer stored.")
        return
    colour, _, label = ROLE_STYLES.get(row.get("role"), ROLE_STYLES["mention"])
    box.markdown(f"**{escape_markdown(row.get('place_name') or row.get('name'))}**")
    box.markdown(f":gray[{escape_markdown(label)} · #{int(mention_id)}]")
    if row.get("reviewed"):
        box.markdown(":green[**✓ reviewed**] (confirmed or corrected by a person)")
    reports = event_reports(mention_id)
    if reports > 1:
        box.markdown(f"One of **{reports} reports** of this event (see the map popup).")
    box.markdown(f"> {escape_markdown(row.get('excerpt'))}")
    facts = [
        f"{row[key]} {word}"
        for key, word in (
            ("killed", "killed"),
            ("injured", "injured"),
            ("mines", "mines"),
        )
        if row.get(key) is not None
    ]
    if row.get("device"):
        facts.append(str(row["device"]))
    if facts:
        box.markdown(escape_markdown(" · ".join(facts)))
    when = row.get("event_date") or row.get("article_published")
    if when:
        box.markdown(escape_markdown(f"Date: {when}"))
    box.markdown(
        escape_markdown(f"Precision: {PRECISION_LABELS.get(row.get('precision'), '?')}")
    )
    box.markdown(
        f"Article: {escape_markdown(row.get('article_title') or '(untitled)')}"
    )
    source = row.get("article_source")
    link = safe_link(source)
    if link:
        box.link_button("Open the source", link)
    elif source:
        box.markdown(f"Source: {escape_markdown(source)}")


selected = parse_mention_id((clicked or {}).get("last_object_clicked_tooltip"))
if selected is not None:
    st.sidebar.subheader("Selected on the map")
    show_mention(selected)

# Deleting is an editor's action: viewers of a team install never see the button.
if counts.get("demo_articles", 0) and current_editor(services) is not None:
    with st.sidebar.popover("Clear the demo data"):
        st.markdown(
            f"Delete the {counts['demo_articles']} demo articles and their places? "
            "Your own articles stay. The demo will not come back by itself."
        )
        if st.button("Delete the demo articles", type="primary", key="map_clear_demo"):
            with stop_on_error(doing="clearing the demo data"):
                removed = services.store.delete_demo()
            clear_caches()
            st.toast(f"Deleted {removed} demo articles.")
            st.rerun()
