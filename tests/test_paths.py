"""Path segments built from caller ids can never change the route."""

from __future__ import annotations

import posixpath
import re
from typing import Any
from urllib.parse import unquote

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from signalwire_async._paths import build_path, checked_request_path, fill_path, path_segment

LONE_PERCENT = re.compile(r"%(?![0-9A-F]{2})")


def accepted(value: str) -> str | None:
    try:
        return path_segment(value)
    except ValueError:
        return None


@pytest.mark.parametrize(
    "value",
    [
        "",
        " ",
        "\t",
        ".",
        "..",
        " .. ",
        "a/b",
        "../x",
        "/",
        "a\\b",
        "..\\x",
        "a\nb",
        "a\x00",
        "\x7f",
    ],
)
def test_rejects_values_that_would_change_the_route(value: str) -> None:
    with pytest.raises(ValueError):
        path_segment(value)


@pytest.mark.parametrize("value", [None, 5, b"abc", ["a"]])
def test_rejects_non_strings(value: Any) -> None:
    with pytest.raises(TypeError, match="endpoint_id must be a str"):
        path_segment(value, "endpoint_id")


def test_error_names_the_argument() -> None:
    with pytest.raises(ValueError, match=r"^endpoint_id "):
        path_segment("..", "endpoint_id")


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("abc-123_x.y~z", "abc-123_x.y~z"),
        ("...", "..."),
        ("a b", "a%20b"),
        ("a?b#c", "a%3Fb%23c"),
        ("100%", "100%25"),
        ("é", "%C3%A9"),
    ],
)
def test_encodes(value: str, expected: str) -> None:
    assert path_segment(value) == expected


@given(st.text())
def test_accepted_ids_stay_one_segment(value: str) -> None:
    result = accepted(value)
    assume(result is not None)
    assert result is not None
    assert not any(c in result for c in "/?#\\")
    assert not LONE_PERCENT.search(result)
    assert unquote(result) == value
    assert posixpath.normpath("/base/" + result).startswith("/base/")


@given(st.text(alphabet="./\\ %", max_size=6))
def test_dot_and_slash_combinations(value: str) -> None:
    result = accepted(value)
    if result is not None:
        assert posixpath.normpath("/base/" + result).startswith("/base/")
        assert "/" not in result


def test_build_path_fills_and_encodes_each_placeholder() -> None:
    path = build_path("/api/x/{a}/y/{b}", a="1 2", b="q?")
    assert path == "/api/x/1%202/y/q%3F"
    with pytest.raises(ValueError, match=r"^b "):
        build_path("/api/x/{a}/y/{b}", a="1", b="..")


# -- checked_request_path: the caller's own path for `client.request()` -------------------


def test_a_request_path_on_the_space_is_kept() -> None:
    assert checked_request_path("/api/fabric/resources/a%20b") == "/api/fabric/resources/a%20b"
    # Dots inside a segment, encoded or not, are not a way out.
    assert checked_request_path("/api/x/a..b%252e") == "/api/x/a..b%252e"


@pytest.mark.parametrize(
    "path",
    [
        "api/x",
        "//evil.example.com/x",
        "https://evil.example.com/x",
        "/x?y=1",
        "/x#y",
        "/x y",
        "/a\\b",
        "/a\nb",
        "/api/../x",
        "/api/%2e%2e/x",
        "/api/./x",
        "/api/%2e%2e%2fx",
        "/api/..%2fx",
        "/api/%252e%252e/x",
        "/api/%2e%2e%5cx",
        "/api/%25252e%25252e/x",
        "/api/%" + "25" * 9 + "2e",  # more layers than are ever decoded
    ],
)
def test_a_request_path_that_could_leave_its_route_is_refused(path: str) -> None:
    with pytest.raises(ValueError, match="path must"):
        checked_request_path(path)


@pytest.mark.parametrize("path", [None, b"/api/x", 3])
def test_a_request_path_must_be_a_str(path: Any) -> None:
    with pytest.raises(TypeError, match="path must be a str"):
        checked_request_path(path)


@pytest.mark.parametrize(
    ("template", "names", "values"),
    [
        ("/api/x/{id}", ("id",), ("5f8a-1",)),
        ("/api/x/{id}/y", ("id",), ("a b",)),  # encoded
        ("/api/x/{id}", ("id",), ("5f8a-1", "a body argument after it")),
        ("/api/x/{a}/y/{b}", ("a", "b"), ("1", "q?")),
        ("/api/x", (), ()),
        ("/api/x", (), ("a body argument",)),
    ],
)
def test_fill_path_fills_as_build_path(
    template: str, names: tuple[str, ...], values: tuple[str, ...]
) -> None:
    assert fill_path(template, values, names) == build_path(
        template, **dict(zip(names, values, strict=False))
    )


@pytest.mark.parametrize("bad", ["", "..", "a/b", 7])
def test_fill_path_refuses_what_build_path_refuses(bad: Any) -> None:
    with pytest.raises((ValueError, TypeError)) as ours:
        fill_path("/api/x/{id}", (bad,), ("id",))
    with pytest.raises((ValueError, TypeError)) as theirs:
        build_path("/api/x/{id}", id=bad)
    assert str(ours.value) == str(theirs.value)
