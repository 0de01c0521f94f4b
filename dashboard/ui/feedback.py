"""How errors and untrusted text are shown: escaped, and never as a traceback."""

from __future__ import annotations

import logging
import re
from collections.abc import Iterator
from contextlib import contextmanager

import streamlit as st

from dashboard.errors import DashboardError

log = logging.getLogger(__name__)

# Everything Markdown (and Streamlit's extensions: $ for LaTeX, :emoji:,
# :color[...]) could read as syntax.
_MARKDOWN_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-.!|<>~$:=^&])")


def escape_markdown(text: object) -> str:
    """Return ``text`` so that ``st.markdown`` shows it literally.

    Article text must never become a link, an image (which would load a URL
    from the reader's browser) or formatting.
    """
    escaped = _MARKDOWN_SPECIAL.sub(r"\\\1", "" if text is None else str(text))
    # A line break in the text stays a line break, not a paragraph mark-up.
    return escaped.replace("\r", "").replace("\n", "  \n")


def show_error(exc: BaseException, *, doing: str) -> None:
    """Show a failure to the user; log the traceback for unexpected ones."""
    if isinstance(exc, DashboardError):
        log.warning("%s failed: %s", doing, exc)
        st.error(f"Error while {doing}: {escape_markdown(exc)}")
    else:
        log.exception("unexpected error while %s", doing)
        st.error(
            f"Unexpected error while {doing} ({type(exc).__name__}). "
            "The details are in the server log."
        )


@contextmanager
def stop_on_error(*, doing: str) -> Iterator[None]:
    """Run the block; on any error show it (escaped) and stop this page run.

    Streamlit's own stop/rerun signals are BaseExceptions and pass through.
    """
    try:
        yield
    except Exception as exc:
        show_error(exc, doing=doing)
        st.stop()
