"""Benchmarks (``make bench``) and load tests (``make load``); not part of the app."""
