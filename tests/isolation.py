"""Helpers for the isolation matrices."""

import re

# Random CSRF tokens can spell a short name by chance ("…qAwa0p…").
_TOKEN = re.compile(r'name="csrfmiddlewaretoken" value="[^"]*"')


def page_text(response) -> str:
    """The response body without its CSRF tokens, to search for names in."""
    return _TOKEN.sub("", response.content.decode())
