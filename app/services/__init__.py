"""The service core shared by the web views, the JSON API and the CLI commands.

Each view calls one function here; nothing here renders HTML or reads a request.
Functions take and return model objects (app.models) and plain values; they commit.
"""


class ServiceError(Exception):
    """A refusal with a plain Chinese message for the clerk (``str(e)``); ``status`` is the
    HTTP status the web layer answers with."""

    status = 400

    def __init__(self, message: str, status: int | None = None):
        super().__init__(message)
        if status is not None:
            self.status = status


class NotFound(ServiceError):
    status = 404
