"""Settings and services for the app: the UI side of the composition root."""

from __future__ import annotations

import logging
from pathlib import Path

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


def ensure_app_navigation() -> None:
    """Run the page through the entry point when Streamlit ran it on its own.

    Streamlit (1.67) decides once per server process, when the first session
    starts, whether the app is a legacy multipage app: it is when a
    ``pages/`` folder sits next to the entry point, until some script calls
    ``st.navigation``. So if the first visit after the server starts is a
    deep link (``/review``), Streamlit runs ``pages/review.py`` by itself,
    with a sidebar of file names and without the entry point's page config.
    Then this tells Streamlit the app has its own navigation, runs the entry
    point in this same script run (its ``st.navigation`` replaces the file
    names and runs the page asked for: a page is known by its URL path, which
    our pages share with their file names) and stops the page run that
    Streamlit started. Nothing is lost: not a rerun, so a button press or a
    widget change that came with this run is still there. Called first on
    every page (through :func:`app_services`).
    """
    from streamlit.runtime.pages_manager import PagesManager
    from streamlit.runtime.scriptrunner_utils.script_run_context import (
        get_script_run_ctx,
    )

    if not getattr(PagesManager, "uses_pages_directory", False):
        return
    ctx = get_script_run_ctx()
    if ctx is None:
        return
    PagesManager.uses_pages_directory = False
    entry_point = Path(ctx.main_script_path)
    log.info("%s ran without the app's navigation: running it", entry_point.name)
    code = compile(entry_point.read_text(encoding="utf-8"), str(entry_point), "exec")
    exec(code, {"__name__": "__main__", "__file__": str(entry_point)})  # noqa: S102
    st.stop()


def app_services() -> Services:
    """Return the services of this app run, or stop the page with the error shown.

    First makes sure the page runs under the app's navigation
    (:func:`ensure_app_navigation`).
    """
    from dashboard.ui.feedback import stop_on_error

    ensure_app_navigation()
    with stop_on_error(doing="starting the dashboard"):
        services = get_services(read_settings())
        ensure_demo(services)
    return services
