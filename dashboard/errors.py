"""Exceptions of the application core. Only the UI and CLI boundaries format them."""

from __future__ import annotations


class DashboardError(Exception):
    """Root of every error raised by :mod:`dashboard`."""


class ConfigError(DashboardError, ValueError):
    """A setting has a value that cannot work."""


class ArticleReadError(DashboardError, ValueError):
    """A file could not be read as an article. ``reason`` is shown to the user."""

    def __init__(self, file_name: str, reason: str) -> None:
        self.file_name = file_name
        self.reason = reason
        super().__init__(f"{file_name}: {reason}")


class StoreError(DashboardError, RuntimeError):
    """The store could not complete an operation (after its retries)."""
