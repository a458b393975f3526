"""妇女儿童实事进展情况表 — the office's service for quarterly progress returns.

``create_app`` is the Flask application factory (``flask --app app run``); the service
core (catalog, extraction, consolidation) is importable without Flask.
"""


def create_app(config=None):
    from app.web.factory import create_app as _create_app

    return _create_app(config)
