"""Entry point: `streamlit run streamlit_app.py` (or `landmine-map serve`)."""

from __future__ import annotations

from pathlib import Path

import streamlit as st

st.set_page_config(
    page_title="Landmine map",
    layout="wide",
    initial_sidebar_state="expanded",
)

# No page icons: Streamlit fetches an icon's favicon from a font CDN, and the
# app must not reach the internet. Each URL path is its file's name: Streamlit
# knows a page by its URL path, and a deep link opened before this script ever
# ran names the file (see dashboard.ui.state.ensure_app_navigation).
HERE = Path(__file__).resolve().parent
pages = [
    st.Page("pages/map.py", title="Map", default=True),
    st.Page("pages/upload.py", title="Upload articles", url_path="upload"),
]
if (HERE / "pages" / "review.py").is_file():  # the review page, where present
    pages.append(st.Page("pages/review.py", title="Review", url_path="review"))
pages.append(st.Page("pages/data.py", title="About the data", url_path="data"))
st.navigation(pages, position="sidebar").run()
