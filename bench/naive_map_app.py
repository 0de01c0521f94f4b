"""The naive reference page: one folium.Marker + Popup per mention, through st_folium.

This is the usual tutorial code, run by the benchmark with AppTest against the
same store as the real map page. It gets the same cached frame and filter, so
the ratio measures the map, not the query.
"""

from __future__ import annotations

import html

import folium
import pandas as pd
import streamlit as st
from streamlit_folium import st_folium

from dashboard.config import load_settings
from dashboard.frames import FilterState, filter_mentions, mentions_frame
from dashboard.store import Store


@st.cache_resource
def _frame(url: str) -> pd.DataFrame:
    return mentions_frame(Store(url).mention_rows())


frame = filter_mentions(_frame(load_settings().database_url), FilterState())
folium_map = folium.Map(location=(20.0, 15.0), zoom_start=2, tiles=None)
for row in frame.itertuples(index=False):
    popup = (
        f"<b>{html.escape(row.article_title)}</b><br>{row.role} · {row.date:%Y-%m-%d}"
        f"<br>{html.escape(row.place_name)}<br><i>{html.escape(row.excerpt)}</i>"
        f"<br>{html.escape(row.article_source)}"
    )
    folium.Marker((row.lat, row.lon), popup=folium.Popup(popup, max_width=320)).add_to(
        folium_map
    )
st.markdown(f"**{len(frame):,} mentions shown**")
st_folium(folium_map, key="map", height=600, returned_objects=[])
