"""Webhook signature validation: both schemes, port variants, bodySHA256, clear reasons.

Expected signatures are recomputed here with hmac/hashlib/base64 written out by hand, and
pinned by literal vectors, so a bug shared by the helpers and this file cannot pass.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import pickle
from typing import Any

import httpx
import pytest
from fastapi import Depends, FastAPI
from hypothesis import given
from hypothesis import strategies as st

from signalwire_async import SignalWireError
from signalwire_async.integrations.fastapi import SignalWireWebhook
from signalwire_async.webhooks import (
    BODY_HASH_MISMATCH,
    COMPAT_SIGNATURE_HEADER,
    INVALID_FORM,
    INVALID_URL,
    MISSING_SIGNATURE,
    SIGNATURE_HEADER,
    SIGNATURE_MISMATCH,
    WebhookSignatureError,
    WebhookValidator,
    compat_signature,
    native_signature,
)

KEY = "PSK_7f3a9c2e1d"
FORM = "application/x-www-form-urlencoded"

NATIVE_URL = "https://example.com/voice?call=1"
NATIVE_BODY = b"CallSid=CA123&From=%2B15551234567"
NATIVE_VECTOR = "00f6aa613888f121403bd112bf8cfa5864487307"

# Repeated `Tag`, values out of order, non-ASCII text, `+` for a space.
FORM_URL = "https://example.com/sms"
FORM_BODY = b"To=%2B15550001111&Tag=b&Body=h%C3%A9llo+w%C3%B6rld&Tag=a&From=%2B15552223333"
FORM_MESSAGE = (
    FORM_URL
    + "Body"
    + "héllo wörld"
    + "From"
    + "+15552223333"
    + "Tag"
    + "a"
    + "Tag"
    + "b"
    + "To"
    + "+15550001111"
)
FORM_VECTOR = "hvEEMghZ2Pu9DOlJQojs7dQ97Iw="

JSON_BODY = b'{"event":"call.state","n":1}'
JSON_HASH = "54959488e983f5d82010a706acfb5c44e4fe0278943259d51117cfc7c3f17615"
JSON_URL = f"https://example.com/events?bodySHA256={JSON_HASH}"
JSON_VECTOR = "WnFIvMyR8LfgReWzHgs2VxRKpIg="

validator = WebhookValidator(KEY)


def by_hand_native(key: str, url: str, body: bytes) -> str:
    return hmac.new(key.encode("utf-8"), url.encode("utf-8") + body, hashlib.sha1).hexdigest()


def by_hand_compat(key: str, message: str) -> str:
    digest = hmac.new(key.encode("utf-8"), message.encode("utf-8"), hashlib.sha1).digest()
    return base64.b64encode(digest).decode("ascii")


def reason_of(url: str, body: bytes, signature: str | None, content_type: str | None) -> str:
    with pytest.raises(WebhookSignatureError) as caught:
        validator.validate(url, body, signature, content_type=content_type)
    assert not validator.is_valid(url, body, signature, content_type=content_type)
    return caught.value.reason


# -- helpers against literal vectors ----------------------------------------------------


def test_vectors_match_the_hand_computation() -> None:
    assert by_hand_native(KEY, NATIVE_URL, NATIVE_BODY) == NATIVE_VECTOR
    assert by_hand_compat(KEY, FORM_MESSAGE) == FORM_VECTOR
    assert hashlib.sha256(JSON_BODY).hexdigest() == JSON_HASH
    assert by_hand_compat(KEY, JSON_URL) == JSON_VECTOR


def test_native_signature_helper() -> None:
    assert native_signature(KEY, NATIVE_URL, NATIVE_BODY) == NATIVE_VECTOR


def test_compat_signature_helper_accepts_a_mapping_or_pairs() -> None:
    as_mapping = {
        "To": "+15550001111",
        "Tag": ["b", "a"],
        "Body": "héllo wörld",
        "From": "+15552223333",
    }
    as_pairs = [
        ("To", "+15550001111"),
        ("Tag", "b"),
        ("Body", "héllo wörld"),
        ("Tag", "a"),
        ("From", "+15552223333"),
    ]
    assert compat_signature(KEY, FORM_URL, as_mapping) == FORM_VECTOR
    assert compat_signature(KEY, FORM_URL, as_pairs) == FORM_VECTOR
    assert compat_signature(KEY, JSON_URL) == JSON_VECTOR


def test_compat_signature_matches_the_published_twilio_example() -> None:
    params = {
        "CallSid": "CA1234567890ABCDE",
        "Caller": "+12349013030",
        "Digits": "1234",
        "From": "+12349013030",
        "To": "+18005551212",
    }
    url = "https://mycompany.com/myapp.php?foo=1&bar=2"
    assert compat_signature("12345", url, params) == "0/KCTR6DLpKmkAf8muzZqo1nDgQ="


# -- native scheme ----------------------------------------------------------------------


def test_native_signature_validates() -> None:
    validator.validate(NATIVE_URL, NATIVE_BODY, NATIVE_VECTOR)
    validator.validate(NATIVE_URL, NATIVE_BODY, NATIVE_VECTOR.upper())
    validator.validate(NATIVE_URL, NATIVE_BODY, f" {NATIVE_VECTOR}\n")
    assert validator.is_valid(NATIVE_URL, NATIVE_BODY, NATIVE_VECTOR)


def test_native_signature_covers_a_json_body() -> None:
    url = "https://example.com/fabric"
    signature = by_hand_native(KEY, url, JSON_BODY)
    validator.validate(url, JSON_BODY, signature, content_type="application/json")


@pytest.mark.parametrize(
    ("url", "body", "signature"),
    [
        pytest.param(NATIVE_URL, NATIVE_BODY + b"&Extra=1", NATIVE_VECTOR, id="tampered-body"),
        pytest.param(
            NATIVE_URL, NATIVE_BODY.replace(b"123", b"124"), NATIVE_VECTOR, id="changed-byte"
        ),
        pytest.param(
            "https://example.com/voice?call=2", NATIVE_BODY, NATIVE_VECTOR, id="tampered-query"
        ),
        pytest.param(
            "https://evil.example.com/voice?call=1", NATIVE_BODY, NATIVE_VECTOR, id="other-host"
        ),
        pytest.param(
            "http://example.com/voice?call=1", NATIVE_BODY, NATIVE_VECTOR, id="other-scheme"
        ),
        pytest.param(
            NATIVE_URL,
            NATIVE_BODY,
            by_hand_native("PSK_wrong", NATIVE_URL, NATIVE_BODY),
            id="wrong-key",
        ),
    ],
)
def test_native_signature_rejects_changes(url: str, body: bytes, signature: str) -> None:
    assert reason_of(url, body, signature, None) == SIGNATURE_MISMATCH


@pytest.mark.parametrize("signature", [None, ""])
def test_missing_signature(signature: str | None) -> None:
    reason = reason_of(NATIVE_URL, NATIVE_BODY, signature, None)
    assert reason == MISSING_SIGNATURE
    assert "X-SignalWire-Signature" in reason


def test_garbage_signatures_are_rejected_not_crashed_on() -> None:
    for signature in ("zzz", "é" * 40, NATIVE_VECTOR[:-1], NATIVE_VECTOR + "0"):
        assert reason_of(NATIVE_URL, NATIVE_BODY, signature, None) == SIGNATURE_MISMATCH


# -- compatibility scheme: form posts --------------------------------------------------


@pytest.mark.parametrize("content_type", [FORM, f"{FORM}; charset=UTF-8", None])
def test_compat_form_signature_validates(content_type: str | None) -> None:
    signature = by_hand_compat(KEY, FORM_MESSAGE)
    validator.validate(FORM_URL, FORM_BODY, signature, content_type=content_type)


def test_compat_form_sorts_repeated_values() -> None:
    unsorted = (
        FORM_URL
        + "Body"
        + "héllo wörld"
        + "From"
        + "+15552223333"
        + "Tag"
        + "b"
        + "Tag"
        + "a"
        + "To"
        + "+15550001111"
    )
    signature = by_hand_compat(KEY, unsorted)
    assert reason_of(FORM_URL, FORM_BODY, signature, FORM) == SIGNATURE_MISMATCH


def test_compat_form_rejects_a_changed_parameter() -> None:
    body = FORM_BODY.replace(b"Tag=a", b"Tag=c")
    assert reason_of(FORM_URL, body, FORM_VECTOR, FORM) == SIGNATURE_MISMATCH


def test_compat_form_keeps_blank_values() -> None:
    body = b"Digits=&CallSid=CA1"
    signature = by_hand_compat(KEY, FORM_URL + "CallSid" + "CA1" + "Digits" + "")
    validator.validate(FORM_URL, body, signature, content_type=FORM)


def test_compat_get_request_signs_the_url_alone() -> None:
    url = "https://example.com/status?CallSid=CA1&CallStatus=completed"
    validator.validate(url, b"", by_hand_compat(KEY, url))


def test_declared_content_type_wins_over_a_form_looking_body() -> None:
    reason = reason_of(FORM_URL, FORM_BODY, FORM_VECTOR, "text/plain")
    assert reason == SIGNATURE_MISMATCH


def test_invalid_form_body_is_reported() -> None:
    assert reason_of(FORM_URL, b"Body=%FF%FE", FORM_VECTOR, FORM) == INVALID_FORM
    assert reason_of(FORM_URL, b"\xff\xfe", FORM_VECTOR, FORM) == INVALID_FORM
    assert reason_of(FORM_URL, b"no-equals-sign", FORM_VECTOR, FORM) == INVALID_FORM


# -- port variants ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("signed_url", "received_url"),
    [
        ("https://example.com:443/sms", "https://example.com/sms"),
        ("https://example.com/sms", "https://example.com:443/sms"),
        ("http://example.com:80/sms?x=1", "http://example.com/sms?x=1"),
        ("http://example.com/sms?x=1", "http://example.com:80/sms?x=1"),
        ("https://example.com/sms", "https://example.com:8443/sms"),
        ("https://user:pw@example.com:443/sms", "https://user:pw@example.com/sms"),
        ("http://[2001:db8::1]/sms", "http://[2001:db8::1]:80/sms"),
    ],
)
def test_port_variants_are_accepted(signed_url: str, received_url: str) -> None:
    body = b"CallSid=CA1"
    compat = by_hand_compat(KEY, signed_url + "CallSid" + "CA1")
    validator.validate(received_url, body, compat, content_type=FORM)
    validator.validate(received_url, body, by_hand_native(KEY, signed_url, body))


@pytest.mark.parametrize(
    ("signed_url", "received_url"),
    [
        ("https://example.com:8443/sms", "https://example.com/sms"),
        ("https://example.com:80/sms", "https://example.com/sms"),
        ("http://example.com:443/sms", "http://example.com/sms"),
        ("https://example.com:443/sms", "https://example.com:444/sms"),
    ],
)
def test_other_ports_are_not_guessed(signed_url: str, received_url: str) -> None:
    compat = by_hand_compat(KEY, signed_url + "CallSid" + "CA1")
    assert reason_of(received_url, b"CallSid=CA1", compat, FORM) == SIGNATURE_MISMATCH


# -- compatibility scheme: JSON body with bodySHA256 -----------------------------------


@pytest.mark.parametrize("content_type", ["application/json", None])
def test_body_sha256_validates(content_type: str | None) -> None:
    validator.validate(JSON_URL, JSON_BODY, JSON_VECTOR, content_type=content_type)


def test_body_sha256_with_port_variant() -> None:
    signature = by_hand_compat(KEY, JSON_URL.replace("example.com", "example.com:443"))
    validator.validate(JSON_URL, JSON_BODY, signature, content_type="application/json")


def test_body_sha256_rejects_a_tampered_body() -> None:
    body = JSON_BODY.replace(b"1", b"2")
    assert reason_of(JSON_URL, body, JSON_VECTOR, "application/json") == BODY_HASH_MISMATCH


def test_body_sha256_rejects_a_tampered_url() -> None:
    url = JSON_URL.replace("/events", "/other")
    assert reason_of(url, JSON_BODY, JSON_VECTOR, "application/json") == SIGNATURE_MISMATCH


def test_body_sha256_does_not_append_params() -> None:
    signature = by_hand_compat(KEY, JSON_URL + "event" + "call.state")
    assert reason_of(JSON_URL, JSON_BODY, signature, "application/json") == SIGNATURE_MISMATCH


# -- headers ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "name",
    [
        "X-SignalWire-Signature",
        "x-signalwire-signature",
        "X-Twilio-Signature",
        "x-twilio-signature",
    ],
)
def test_validate_headers_finds_either_header_in_any_case(name: str) -> None:
    headers = {name: FORM_VECTOR, "Content-Type": FORM}
    validator.validate_headers(FORM_URL, FORM_BODY, headers)


def test_validate_headers_reads_the_content_type() -> None:
    headers = {"x-signalwire-signature": FORM_VECTOR, "CONTENT-TYPE": "text/plain"}
    with pytest.raises(WebhookSignatureError, match="does not match"):
        validator.validate_headers(FORM_URL, FORM_BODY, headers)


def test_validate_headers_accepts_either_of_two_signatures() -> None:
    headers = {"X-SignalWire-Signature": "bogus", "X-Twilio-Signature": FORM_VECTOR}
    validator.validate_headers(FORM_URL, FORM_BODY, headers)
    headers = {"X-SignalWire-Signature": NATIVE_VECTOR, "X-Twilio-Signature": "bogus"}
    validator.validate_headers(NATIVE_URL, NATIVE_BODY, headers)


def test_validate_headers_without_a_signature() -> None:
    for headers in ({}, {"Content-Type": FORM}, {"X-SignalWire-Signature": ""}):
        with pytest.raises(WebhookSignatureError) as caught:
            validator.validate_headers(FORM_URL, FORM_BODY, headers)
        assert caught.value.reason == MISSING_SIGNATURE


# -- errors and the key ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("url", "body", "signature", "content_type"),
    [
        (NATIVE_URL, NATIVE_BODY, None, None),
        (NATIVE_URL, NATIVE_BODY + b"x", NATIVE_VECTOR, None),
        (NATIVE_URL, NATIVE_BODY, KEY, None),
        (FORM_URL, b"\xff", FORM_VECTOR, FORM),
        (JSON_URL, b"{}", JSON_VECTOR, "application/json"),
    ],
)
def test_errors_are_clear_and_never_show_the_key(
    url: str, body: bytes, signature: str | None, content_type: str | None
) -> None:
    with pytest.raises(WebhookSignatureError) as caught:
        validator.validate(url, body, signature, content_type=content_type)
    error = caught.value
    assert isinstance(error, SignalWireError)
    assert str(error) == error.reason
    assert error.reason.startswith("the ")
    for text in (str(error), repr(error), error.reason, repr(error.args)):
        assert KEY not in text
    assert pickle.loads(pickle.dumps(error)).reason == error.reason


def test_reasons_are_distinct_sentences() -> None:
    reasons = {
        MISSING_SIGNATURE,
        SIGNATURE_MISMATCH,
        BODY_HASH_MISMATCH,
        INVALID_FORM,
        INVALID_URL,
    }
    assert len(reasons) == 5
    assert "bodySHA256" in BODY_HASH_MISMATCH
    assert "form data" in INVALID_FORM


def test_repr_hides_the_key() -> None:
    assert KEY not in repr(validator)
    assert KEY not in str(validator)
    assert repr(validator) == "WebhookValidator(signing_key='***')"


def test_empty_key_is_refused() -> None:
    with pytest.raises(ValueError, match="signing_key"):
        WebhookValidator("")


# -- malformed URLs --------------------------------------------------------------------

MALFORMED_URLS = [
    pytest.param("https://[::1/voice", "no closing ']'", id="unclosed-ipv6-bracket"),
    pytest.param("https://]h/voice", "stray bracket", id="stray-bracket"),
    pytest.param("https://[not-an-ip]/voice", "not an IPv6 address", id="bracketed-non-ipv6"),
    pytest.param("https://[::1]x/voice", "follows its IPv6 host", id="junk-after-ipv6"),
    pytest.param("https://h:99999/x", "out of range", id="port-too-big"),
    pytest.param("https://[::1]:65536/x", "out of range", id="ipv6-port-too-big"),
    pytest.param("https://h:abc/x", "not a number", id="port-not-a-number"),
    pytest.param("https://h:-1/x", "not a number", id="negative-port"),
    pytest.param("https://h:\u0663/x", "not a number", id="non-ascii-digit-port"),
    pytest.param("ftp://example.com/voice", "scheme is 'ftp'", id="ftp-scheme"),
    pytest.param("wss://example.com/voice", "scheme is 'wss'", id="wss-scheme"),
    pytest.param("example.com/voice", "no scheme", id="no-scheme"),
    pytest.param("//example.com/voice", "no scheme", id="scheme-relative"),
    pytest.param("https:example.com/voice", "no host", id="no-slashes"),
    pytest.param("https:///voice", "no host", id="empty-host"),
    pytest.param("https://user@/voice", "no host", id="only-userinfo"),
    pytest.param("", "empty", id="empty-string"),
    pytest.param("https://example.com/vo\x00ice", "control character", id="nul"),
    pytest.param("https://example.com/voice\r\nX-Evil: 1", "control character", id="crlf"),
    pytest.param("https://exa\tmple.com/voice", "control character", id="tab-in-host"),
    pytest.param("https://example.com/\x7f", "control character", id="del"),
    pytest.param("https://example.com/\x85", "control character", id="c1-control"),
    pytest.param("https://example.com/\ud800", "lone surrogate", id="lone-surrogate"),
    pytest.param("https://exa\uff0fmple.com/voice", "cannot be parsed", id="nfkc-netloc"),
]


def signed_natively(url: str, body: bytes) -> str:
    """The native signature over `url`, or a stand-in when `url` cannot even be encoded."""
    try:
        return by_hand_native(KEY, url, body)
    except UnicodeEncodeError:
        return "0" * 40


@pytest.mark.parametrize(("url", "problem"), MALFORMED_URLS)
def test_a_malformed_url_fails_with_a_clear_reason(url: str, problem: str) -> None:
    body = b"CallSid=CA1"
    # Signed over that very URL: the URL itself must be what fails.
    signature = signed_natively(url, body)
    with pytest.raises(WebhookSignatureError) as caught:
        validator.validate(url, body, signature)
    reason = caught.value.reason
    assert reason.startswith(f"{INVALID_URL}: ")
    assert problem in reason
    assert str(caught.value) == reason
    assert KEY not in reason
    assert not validator.is_valid(url, body, signature)
    with pytest.raises(WebhookSignatureError) as caught:
        validator.validate_headers(url, body, {SIGNATURE_HEADER: signature})
    assert caught.value.reason == reason


@pytest.mark.parametrize(("url", "problem"), MALFORMED_URLS)
def test_a_malformed_url_is_reported_before_a_missing_signature(url: str, problem: str) -> None:
    for signature in (None, ""):
        assert reason_of(url, b"", signature, None).startswith(INVALID_URL)
    for headers in ({}, {"Content-Type": FORM}):
        with pytest.raises(WebhookSignatureError, match="not a valid http"):
            validator.validate_headers(url, b"", headers)


def test_the_reason_masks_a_key_found_in_the_url() -> None:
    reason = reason_of(f"https://example.com:{KEY}/voice", b"", "abc", None)
    assert reason.startswith(INVALID_URL)
    assert KEY not in reason
    assert "'***'" in reason


@pytest.mark.parametrize(
    "url",
    [
        "HTTPS://EXAMPLE.COM/voice",
        "https://example.com:/voice",
        "https://example.com:0443/voice",
        "https://user:p%40ss@example.com:8443/voice?x=[1]#frag",
        "http://[2001:db8::1]/sms",
        "http://[fe80::1%25eth0]:8080/sms",
        "https://example.com/caf\u00e9?name=Z\u00fcrich",
    ],
)
def test_unusual_but_well_formed_urls_still_validate(url: str) -> None:
    body = b"CallSid=CA1"
    validator.validate(url, body, by_hand_native(KEY, url, body))
    headers = {COMPAT_SIGNATURE_HEADER: by_hand_compat(KEY, url + "CallSid" + "CA1")}
    validator.validate_headers(url, body, {**headers, "Content-Type": FORM})


def test_a_signature_that_is_not_valid_unicode_is_a_mismatch() -> None:
    assert reason_of(NATIVE_URL, NATIVE_BODY, "\ud800" * 40, None) == SIGNATURE_MISMATCH


@given(url=st.one_of(st.text(), st.text().map("https://".__add__)))
def test_any_url_fails_only_with_a_webhook_signature_error(url: str) -> None:
    with pytest.raises(WebhookSignatureError):
        validator.validate(url, b"a=1", "0" * 40)
    with pytest.raises(WebhookSignatureError):
        validator.validate_headers(url, b"a=1", {SIGNATURE_HEADER: "0" * 40})
    assert not validator.is_valid(url, b"a=1", "0" * 40)


def scope_patched(app: FastAPI, **changes: Any) -> Any:
    """`app` seeing its ASGI scope with `changes` applied (bytes httpx would never send)."""

    async def patched(scope: dict[str, Any], receive: Any, send: Any) -> None:
        await app({**scope, **changes}, receive, send)

    return patched


async def post_to_webhook(webhook: SignalWireWebhook, **changes: Any) -> httpx.Response:
    app = FastAPI()

    @app.post("/voice", dependencies=[Depends(webhook)])
    async def voice() -> None:
        pass

    transport = httpx.ASGITransport(app=scope_patched(app, **changes))
    async with httpx.AsyncClient(transport=transport, base_url="http://testserver") as client:
        return await client.post("/voice", content=b"CallSid=CA1", headers={SIGNATURE_HEADER: "0"})


@pytest.mark.asyncio
@pytest.mark.parametrize(
    ("changes", "problem"),
    [
        pytest.param({"raw_path": b"/vo\x00ice"}, "control character", id="nul-in-path"),
        pytest.param({"query_string": b"x=\x01"}, "control character", id="soh-in-query"),
        # No Host header and no server address: Starlette gives no scheme or host.
        pytest.param({"server": None, "headers": []}, "no scheme", id="no-host-at-all"),
    ],
)
async def test_the_fastapi_dependency_refuses_a_malformed_url_with_403(
    changes: dict[str, Any], problem: str
) -> None:
    response = await post_to_webhook(SignalWireWebhook(KEY), **changes)
    assert response.status_code == 403, response.text
    detail = response.json()["detail"]
    assert detail.startswith(INVALID_URL)
    assert problem in detail
    assert KEY not in response.text


@pytest.mark.asyncio
@pytest.mark.parametrize("public_url", [None, "https://hooks.example.com"])
async def test_the_fastapi_dependency_survives_a_query_that_is_not_utf8(
    public_url: str | None,
) -> None:
    webhook = SignalWireWebhook(KEY, public_url=public_url)
    response = await post_to_webhook(webhook, query_string=b"To=%2B1&x=\xff\xfe")
    assert response.status_code == 403, response.text
    assert response.json() == {"detail": SIGNATURE_MISMATCH}


@pytest.mark.parametrize(
    ("public_url", "problem"),
    [
        ("https://[::1", "no closing ']'"),
        ("https://hooks.example.com:99999", "out of range"),
        ("https://hooks.example.com\n", "control character"),
    ],
)
def test_a_malformed_public_url_is_refused_up_front(public_url: str, problem: str) -> None:
    with pytest.raises(ValueError, match="public_url") as caught:
        SignalWireWebhook(KEY, public_url=public_url)
    assert problem in str(caught.value)


# -- properties ------------------------------------------------------------------------

urls = st.builds(
    "{}://{}{}/{}".format,
    st.sampled_from(["http", "https"]),
    st.sampled_from(["example.com", "hooks.example.org", "127.0.0.1"]),
    st.sampled_from(["", ":80", ":443", ":8080"]),
    # Control characters and lone surrogates make a URL malformed (tested above).
    st.text(st.characters(exclude_categories=("Cc", "Cs")), max_size=40),
)


@given(url=urls, body=st.binary(max_size=200))
def test_any_natively_signed_request_validates(url: str, body: bytes) -> None:
    signature = by_hand_native(KEY, url, body)
    assert native_signature(KEY, url, body) == signature
    validator.validate(url, body, signature)


@given(url=urls, body=st.binary(min_size=1, max_size=200), data=st.data())
def test_any_single_byte_change_fails(url: str, body: bytes, data: st.DataObject) -> None:
    signature = by_hand_native(KEY, url, body)
    index = data.draw(st.integers(0, len(body) - 1), label="index")
    flip = data.draw(st.integers(1, 255), label="flip")
    changed = body[:index] + bytes([body[index] ^ flip]) + body[index + 1 :]
    assert not validator.is_valid(url, changed, signature)


# -- X-SignalWire-SHA256-Signature (hex HMAC-SHA256 of url + body), preferred when present --


def test_the_sha256_header_alone_validates_and_is_preferred() -> None:
    import hashlib
    import hmac

    from signalwire_async.webhooks import SHA256_SIGNATURE_HEADER, native_sha256_signature

    url, body = "https://example.com/hook?x=1", b'{"call_id":"c-1"}'
    expected = hmac.new(KEY.encode(), url.encode() + body, hashlib.sha256).hexdigest()
    assert native_sha256_signature(KEY, url, body) == expected
    validator = WebhookValidator(KEY)
    validator.validate_headers(url, body, {"x-signalwire-sha256-signature": expected})
    validator.validate_headers(url, body, {SHA256_SIGNATURE_HEADER: expected.upper()})
    # a stale SHA-1 header beside a good SHA-256 one does not fail the request
    both = {SHA256_SIGNATURE_HEADER: expected, "X-SignalWire-Signature": "0" * 40}
    validator.validate_headers(url, body, both)
    with pytest.raises(WebhookSignatureError, match="does not match"):
        validator.validate_headers(url, body + b" ", {SHA256_SIGNATURE_HEADER: expected})
    # a bad SHA-256 header falls back to a good SHA-1 one, as the official SDK does
    fallback = {SHA256_SIGNATURE_HEADER: "0" * 64, "X-SignalWire-Signature": ""}
    fallback["X-SignalWire-Signature"] = native_signature(KEY, url, body)
    validator.validate_headers(url, body, fallback)
