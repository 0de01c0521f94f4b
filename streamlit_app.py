"""Entry point: `streamlit run streamlit_app.py` (or `landmine-map serve`)."""

from __future__ import annotations

from pathlib import Path

import streamlit as st

st.set_page_config(
    page_title="Landmine map",
    page_icon=":material/crisis_alert:",
    layout="wide",
    initial_sidebar_state="expanded",
)

HERE = Path(__file__).resolve().parent
pages = [
    st.Page("pages/map.py", title="Map", icon=":material/map:", default=True),
    st.Page("pages/upload.py", title="Upload articles", icon=":material/upload:"),
]
if (HERE / "pages" / "review.py").is_file():  # the review page, where present
    pages.append(st.Page("pages/review.py", title="Review", icon=":material/rule:"))
pages.append(st.Page("pages/data.py", title="About the data", icon=":material/info:"))
st.navigation(pages).run()
