"""The sidebar filters: widgets -> a FilterState, kept in the session and the URL.

The FilterState in ``st.session_state["filters"]`` is the truth, so filters
survive a visit to another page (Streamlit forgets the state of widgets that a
page run did not draw); the URL query parameters mirror it, so a view can be
shared as a link, and are read when a session starts.
"""

from __future__ import annotations

from datetime import date
from typing import Any

import streamlit as st

from dashboard.frames import FilterOptions, FilterState
from dashboard.maps import ROLE_STYLES

STATE_KEY = "filters"
PRECISION_CHOICES: dict[int, str] = {
    3: "All points",
    2: "Hide provinces and countries",
    1: "Exact places only",
}
MAX_ARTICLE_CHOICES = 1000
_WIDGETS = (
    "filter_countries",
    "filter_admin1s",
    "filter_date_from",
    "filter_date_to",
    "filter_roles",
    "filter_source",
    "filter_articles",
    "filter_precision",
    "filter_text",
    "filter_only_in_view",
)


def _query_params() -> dict[str, list[str]]:
    return {key: st.query_params.get_all(key) for key in st.query_params}


def current_filters() -> FilterState:
    """Return this session's filters (read from the URL when the session starts)."""
    filters = st.session_state.get(STATE_KEY)
    if not isinstance(filters, FilterState):
        filters = FilterState.from_query_params(_query_params())
        st.session_state[STATE_KEY] = filters
    return filters


def set_filters(filters: FilterState) -> None:
    """Make ``filters`` the session's filters and mirror them in the URL."""
    st.session_state[STATE_KEY] = filters
    wanted = {
        key: value if isinstance(value, list) else [value]
        for key, value in filters.to_query_params().items()
    }
    if wanted != _query_params():
        st.query_params.from_dict(filters.to_query_params())


def _reset() -> None:
    for key in _WIDGETS:
        st.session_state.pop(key, None)
    st.session_state[STATE_KEY] = FilterState()


def _preset(filters: FilterState, options: FilterOptions) -> None:
    """Give each widget its value from ``filters`` unless it already has one."""
    countries = {code for code, _ in options.countries}
    admin1s = {name for name, _ in options.admin1s}
    articles = {article_id for article_id, _ in options.articles}
    values: dict[str, Any] = {
        "filter_countries": [c for c in filters.countries if c in countries],
        "filter_admin1s": [a for a in filters.admin1s if a in admin1s],
        "filter_date_from": filters.date_from,
        "filter_date_to": filters.date_to,
        "filter_roles": [r for r in filters.roles if r in options.roles],
        "filter_source": filters.source,
        "filter_articles": [a for a in filters.article_ids if a in articles],
        "filter_precision": filters.max_precision,
        "filter_text": filters.text,
        "filter_only_in_view": filters.only_in_view,
    }
    for key, value in values.items():
        if key not in st.session_state:
            st.session_state[key] = value


def sidebar_filters(options: FilterOptions) -> FilterState:
    """Draw the filters in the sidebar; return (and keep) the chosen FilterState."""
    filters = current_filters()
    _preset(filters, options)
    country_names = dict(options.countries)
    titles = dict(options.articles)
    sidebar = st.sidebar
    sidebar.header("Filters")
    countries = sidebar.multiselect(
        "Country",
        [code for code, _ in options.countries],
        format_func=lambda code: country_names.get(code, code),
        key="filter_countries",
        placeholder="All countries",
    )
    chosen_names = {country_names[c] for c in countries if c in country_names}
    admin1_choices = sorted(
        {
            name
            for name, country in options.admin1s
            if not chosen_names or country in chosen_names
        }
        | set(st.session_state["filter_admin1s"])
    )
    admin1s = sidebar.multiselect(
        "Province or region",
        admin1_choices,
        key="filter_admin1s",
        placeholder="All provinces",
    )
    left, right = sidebar.columns(2)
    date_from = left.date_input(
        "From",
        key="filter_date_from",
        min_value=date(1900, 1, 1),
        max_value=date(2100, 12, 31),
        format="YYYY-MM-DD",
        help=_date_help(options),
    )
    date_to = right.date_input(
        "To",
        key="filter_date_to",
        min_value=date(1900, 1, 1),
        max_value=date(2100, 12, 31),
        format="YYYY-MM-DD",
    )
    roles = sidebar.multiselect(
        "Role",
        list(options.roles),
        format_func=lambda role: ROLE_STYLES[role][2],
        key="filter_roles",
        placeholder="All roles",
    )
    precision = sidebar.radio(
        "Location precision",
        list(PRECISION_CHOICES),
        format_func=PRECISION_CHOICES.__getitem__,
        key="filter_precision",
    )
    text = sidebar.text_input(
        "Search the excerpts", key="filter_text", placeholder="e.g. tractor, cluster"
    )
    source = sidebar.text_input(
        "Source contains", key="filter_source", placeholder="site, URL or file name"
    )
    article_ids: list[int] = []
    if len(options.articles) <= MAX_ARTICLE_CHOICES:
        article_ids = sidebar.multiselect(
            "Article",
            [article_id for article_id, _ in options.articles],
            format_func=lambda article_id: titles.get(article_id, str(article_id)),
            key="filter_articles",
            placeholder="All articles",
        )
    only_in_view = sidebar.toggle(
        "Only what is in the map view",
        key="filter_only_in_view",
        help="Limits the table, the chart and the counts to the map's current view.",
    )
    sidebar.button("Clear the filters", on_click=_reset, key="filter_reset")
    chosen = FilterState(
        countries=tuple(countries),
        admin1s=tuple(admin1s),
        date_from=date_from if isinstance(date_from, date) else None,
        date_to=date_to if isinstance(date_to, date) else None,
        roles=tuple(roles),
        source=(source or "").strip()[:200],
        article_ids=tuple(int(a) for a in article_ids),
        max_precision=int(precision or 3),
        text=(text or "").strip()[:200],
        only_in_view=bool(only_in_view),
    )
    set_filters(chosen)
    return chosen


def _date_help(options: FilterOptions) -> str:
    span = ""
    if options.date_min and options.date_max:
        span = f" The data runs from {options.date_min} to {options.date_max}."
    return "The event date, else the article's publication date." + span
