"""The editor gate of the app: viewers look, editors upload, review and delete.

Call :func:`require_editor` right before an editing action (or at the top of
a page that only edits). With no editor password and no ``[auth]`` section in
``.streamlit/secrets.toml`` it returns ``"local"`` at once: a single-user
install needs no login. Otherwise a viewer gets a sign-in form in the sidebar
and the rest of the page run stops (``st.stop``).

The editor's name is kept in ``st.session_state["editor_name"]`` for the
audit trail. With an ``[auth]`` section (OIDC through ``st.login``, which
needs Authlib installed) anyone the identity provider lets in is an editor;
the password form stays available when a password is configured too.
"""

from __future__ import annotations

import logging

import streamlit as st

from dashboard.access import LOCAL_EDITOR, EditorAccess, clean_editor_name
from dashboard.services import Services
from dashboard.ui.feedback import escape_markdown, stop_on_error

log = logging.getLogger(__name__)

#: The audit trail reads the editor's name from here.
EDITOR_KEY = "editor_name"
#: Set only by a successful sign-in (password or OIDC) in this session.
_VERIFIED_KEY = "editor_verified"


def oidc_configured() -> bool:
    """True when ``.streamlit/secrets.toml`` has an ``[auth]`` section."""
    try:
        return "auth" in st.secrets
    except FileNotFoundError:  # no secrets.toml at all
        return False


def _oidc_name() -> str | None:
    if not oidc_configured() or not st.user.is_logged_in:
        return None
    return clean_editor_name(
        str(st.user.get("name") or st.user.get("email") or "oidc user")
    )


def client_key() -> str:
    """Who is trying to sign in, for the rate limit: the client's IP address.

    Behind a proxy on the same host, uvicorn takes it from X-Forwarded-For
    (it trusts 127.0.0.1 by default); Streamlit reports local visitors as None.
    """
    address = st.context.ip_address
    return address if isinstance(address, str) and address else "local"


def login_required(services: Services) -> bool:
    """True when editing needs a sign-in (a password or OIDC is configured)."""
    return bool(services.settings.editor_password) or oidc_configured()


def current_editor(services: Services) -> str | None:
    """Return the editor of this session, ``"local"`` without login, or None."""
    if not login_required(services):
        st.session_state.setdefault(EDITOR_KEY, LOCAL_EDITOR)
        return LOCAL_EDITOR
    oidc_name = _oidc_name()
    if oidc_name is not None:
        st.session_state[EDITOR_KEY] = oidc_name
        st.session_state[_VERIFIED_KEY] = True
        return oidc_name
    if st.session_state.get(_VERIFIED_KEY) and st.session_state.get(EDITOR_KEY):
        return str(st.session_state[EDITOR_KEY])
    return None


def sign_out() -> None:
    """Forget this session's editor (and log out of OIDC where signed in that way)."""
    st.session_state.pop(EDITOR_KEY, None)
    st.session_state.pop(_VERIFIED_KEY, None)
    if oidc_configured() and st.user.is_logged_in:
        st.logout()


def _signed_in_box(name: str) -> None:
    box = st.sidebar.container(border=True)
    box.markdown(f"Editing as **{escape_markdown(name)}**")
    if box.button("Sign out", key="editor_sign_out"):
        sign_out()
        st.rerun()


def _sign_in_form(services: Services) -> None:
    sidebar = st.sidebar
    sidebar.subheader("Editor sign-in")
    if oidc_configured() and sidebar.button(
        "Log in with your account", key="editor_oidc"
    ):
        st.login()
    if not services.settings.editor_password:
        return
    # clear_on_submit: the password does not stay in the session state.
    with sidebar.form("editor_login", clear_on_submit=True):
        name = st.text_input("Your name", key="editor_login_name", max_chars=80)
        password = st.text_input(
            "Editor password", type="password", key="editor_login_password"
        )
        submitted = st.form_submit_button("Sign in as editor")
    if not submitted:
        return
    access = EditorAccess(
        services.store.engine, password=services.settings.editor_password
    )
    with stop_on_error(doing="checking the editor password"):
        outcome = access.login(password or "", client=client_key(), name=name)
    if not outcome.ok:
        sidebar.error(outcome.message)
        return
    st.session_state[EDITOR_KEY] = clean_editor_name(name)
    st.session_state[_VERIFIED_KEY] = True
    st.rerun()


def require_editor(services: Services, *, action: str = "change the data") -> str:
    """Return the editor's name, or show the sign-in form and stop the page run.

    Args:
        services: the app's services (settings and store).
        action: what the page was about to do, shown to viewers
            ("upload articles", "review places", ...).
    """
    name = current_editor(services)
    if name is not None:
        if login_required(services):
            _signed_in_box(name)
        return name
    _sign_in_form(services)
    st.info(
        f"Only editors can {escape_markdown(action)}. Sign in with the editor "
        "password in the sidebar; everyone can use the map, the table and the "
        "exports."
    )
    st.stop()
    raise AssertionError("st.stop() returned")  # for type checkers
