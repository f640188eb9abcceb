"""Numbered SQL migrations (``NNNN_name.sql``), applied in order by :mod:`eventwire.store.migrate`.

This file only makes the folder a package so the ``.sql`` files are found with
``importlib.resources`` wherever eventwire is installed.
"""
