"""Settings and services for the app: the UI side of the composition root."""

from __future__ import annotations

import logging

import streamlit as st

from dashboard.config import Settings, load_settings
from dashboard.services import Services, build_services

log = logging.getLogger(__name__)


def read_settings() -> Settings:
    """Return the settings: environment over ``st.secrets`` over defaults.

    The only reader of ``st.secrets`` in the app.
    """
    try:
        secrets = st.secrets.to_dict()
    except FileNotFoundError:  # no secrets.toml (StreamlitSecretNotFoundError)
        secrets = {}
    return load_settings(secrets=secrets)


@st.cache_resource(
    show_spinner="Opening the gazetteer and the store…", hash_funcs={Settings: repr}
)
def get_services(settings: Settings) -> Services:
    """Return the services for ``settings``, built once per process and settings."""
    return build_services(settings)


def ensure_demo(services: Services) -> int:
    """Load the demo articles into an empty, never-cleared store (once a session)."""
    from dashboard.pipeline import load_demo_if_empty

    flag = f"demo_checked:{services.settings.database_url}"
    if st.session_state.get(flag):
        return 0
    with st.spinner("Loading the demo articles into the empty store…"):
        loaded = load_demo_if_empty(services)
    st.session_state[flag] = True
    if loaded:
        log.info("loaded %d demo articles", loaded)
    return loaded


def app_services() -> Services:
    """Return the services of this app run, or stop the page with the error shown."""
    from dashboard.ui.feedback import stop_on_error

    with stop_on_error(doing="starting the dashboard"):
        services = get_services(read_settings())
        ensure_demo(services)
    return services
