from tests.robustness.conftest import app, client, good_return, login, make_app  # noqa: F401
