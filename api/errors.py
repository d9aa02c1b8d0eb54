from ninja.errors import HttpError


class BadRequest(HttpError):
    """A request the API cannot answer as asked; the message says what to change."""

    def __init__(self, message):
        super().__init__(400, str(message))
