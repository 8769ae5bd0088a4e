"""Shared strategies and checks for the property tests (tests/*/test_fuzz*.py).

The hypothesis profile (few examples, no deadline) is in tests/conftest.py."""

import re

from django.contrib.messages import get_messages
from hypothesis import strategies as st

# Text a clumsy or hostile person may type or paste: any character (NUL and
# other controls included), sometimes very long.
CONTROL = st.sampled_from(["\x00", "\x01", "\x07", "\x1b", "\x7f", "\x85", "\x9f"])
typed_text = st.one_of(
    st.text(max_size=40),
    st.text(alphabet=st.characters(codec="utf-8"), max_size=300),
    st.builds(
        lambda a, c, b: a + c + b, st.text(max_size=10), CONTROL, st.text(max_size=10)
    ),
    st.integers(min_value=5_001, max_value=40_000).map(lambda n: "a" * n),
)
# What a query string may carry instead of a page number, an id or a week.
param_text = st.one_of(
    st.text(max_size=30),
    st.integers().map(str),
    st.sampled_from(
        [
            "²",
            "٣",
            "1e9",
            "-1",
            "0",
            "99999999999999999999",
            "9999-W52",
            "0001-W01",
            "2026-W53",
            "2026-W00",
            "2026-W",
            "-W",
            " 1",
            "1 ",
            "0x10",
            "NaN",
            "∞",
        ]
    ),
)

_ENGLISH = re.compile(
    r"\b(the|invalid|error|must|should|field|value|traceback|exception|none)\b",
    re.IGNORECASE,
)


def assert_french(messages) -> None:
    """Each message is a non-empty sentence, not an English or Python one."""
    messages = [str(m) for m in messages]
    assert messages, "a refusal must say why"
    for message in messages:
        assert message.strip()
        assert not _ENGLISH.search(message), message


def flashed(response) -> list[str]:
    return [str(m) for m in get_messages(response.wsgi_request)]
