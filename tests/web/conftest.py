"""Fixtures for the web tests; the server and helpers live in `served.py`."""

from tests.web.served import sample_files, served

__all__ = ["sample_files", "served"]
