"""The sign-in limits' client address: X-Forwarded-For only from named proxies."""

import pytest
from axes.helpers import get_client_ip_address
from django.test import RequestFactory
from django.urls import reverse

from people.throttle import client_address
from tests import builders


def _request(peer, forwarded=None):
    meta = {"REMOTE_ADDR": peer}
    if forwarded is not None:
        meta["HTTP_X_FORWARDED_FOR"] = forwarded
    return RequestFactory().get("/", **meta)


def test_without_trusted_proxies_the_peer_is_the_client(settings):
    settings.TRUSTED_PROXIES = []
    assert client_address(_request("203.0.113.7", "198.51.100.1")) == "203.0.113.7"


def test_a_spoofed_header_from_an_untrusted_peer_is_ignored(settings):
    settings.TRUSTED_PROXIES = ["10.0.0.0/8"]
    request = _request("203.0.113.7", "198.51.100.1, 10.0.0.5")
    assert client_address(request) == "203.0.113.7"


def test_from_a_trusted_proxy_the_right_most_untrusted_address_is_used(settings):
    settings.TRUSTED_PROXIES = ["10.0.0.0/8", "192.0.2.1"]
    # The client wrote « 198.51.100.1 » itself; the proxies appended the rest.
    request = _request("10.0.0.2", "198.51.100.1, 203.0.113.9, 192.0.2.1")
    assert client_address(request) == "203.0.113.9"


def test_from_a_trusted_proxy_without_the_header_the_proxy_is_the_client(settings):
    settings.TRUSTED_PROXIES = ["10.0.0.2"]
    assert client_address(_request("10.0.0.2")) == "10.0.0.2"


def test_a_header_that_is_not_an_address_names_no_client(settings):
    settings.TRUSTED_PROXIES = ["10.0.0.0/8"]
    # Made-up values must not become fresh counters.
    assert client_address(_request("10.0.0.2", "anything-1")) == "10.0.0.2"
    assert client_address(_request("10.0.0.2", "x, 10.0.0.3")) == "10.0.0.3"


def test_ipv6_proxies_and_clients(settings):
    settings.TRUSTED_PROXIES = ["2001:db8::/32"]
    request = _request("2001:db8::1", "2a00:1450::5, 2001:db8::2")
    assert client_address(request) == "2a00:1450::5"


def test_django_axes_reads_the_same_address(settings):
    settings.TRUSTED_PROXIES = ["10.0.0.0/8"]
    assert get_client_ip_address(_request("10.0.0.2", "203.0.113.9")) == "203.0.113.9"
    assert get_client_ip_address(_request("203.0.113.7", "1.2.3.4")) == "203.0.113.7"


def _wrong_pin(client, profile, **headers):
    return client.post(
        reverse("people:code_login"),
        {"login_code": profile.login_code, "pin": "0000"},
        **headers,
    )


@pytest.fixture
def profiles(corbeil, settings):
    settings.PIN_FAILURES_PER_ADDRESS = 3
    return [builders.beneficiary(corbeil)[0] for _ in range(4)]


def test_a_spoofed_header_does_not_escape_the_pin_limit(client, profiles, settings):
    settings.TRUSTED_PROXIES = ["10.0.0.0/8"]
    for n, profile in enumerate(profiles[:3]):
        _wrong_pin(client, profile, HTTP_X_FORWARDED_FOR=f"198.51.100.{n}")
    response = _wrong_pin(client, profiles[3], HTTP_X_FORWARDED_FOR="198.51.100.99")
    assert "Trop d" in response.content.decode()


def test_behind_a_trusted_proxy_each_client_has_its_own_limit(
    client, profiles, settings
):
    settings.TRUSTED_PROXIES = ["127.0.0.1"]  # the test client's REMOTE_ADDR
    for profile in profiles[:3]:
        _wrong_pin(client, profile, HTTP_X_FORWARDED_FOR="198.51.100.1")
    blocked = _wrong_pin(client, profiles[3], HTTP_X_FORWARDED_FOR="198.51.100.1")
    assert "Trop d" in blocked.content.decode()
    # Another visitor behind the same proxy is not blocked by the first one.
    other = _wrong_pin(client, profiles[3], HTTP_X_FORWARDED_FOR="198.51.100.2")
    assert "Trop d" not in other.content.decode()


def test_a_request_without_an_address_gives_none_for_axes_to_store(db):
    from django.http import HttpRequest

    # PostgreSQL's inet column refuses a made-up word; axes stores NULL.
    assert client_address(HttpRequest()) is None
