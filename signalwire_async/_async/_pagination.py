"""Lazy pagers over list operations, for both paging styles."""

from __future__ import annotations

from collections.abc import AsyncIterator, Mapping
from typing import Any, Generic, TypeVar

import httpx

from .._compat import AsyncFirstPageAccess
from .._exceptions import InvalidResponseError
from .._models import Model
from .._pages import Page, PagingStyle, build_page
from .._responses import parse_json
from ._transport import AsyncRequester

T = TypeVar("T", bound=Model)


class AsyncPager(AsyncFirstPageAccess[T], Generic[T]):
    """The results of a list operation; nothing is requested until it is used.

    - `async for item in pager` walks every item of every page, one page in memory at a time;
    - `page = await pager` gives the first page (`page["data"]`, `page.get("links")`,
      typed items in `page.data`);
    - `async for page in pager.pages()` walks the pages.

    Paging stops at the last page, at a next link that was already seen, and at a next link
    to another origin (the request would carry the project's credentials there).
    """

    def __init__(
        self,
        requester: AsyncRequester,
        path: str,
        model: type[T],
        paging: PagingStyle,
        params: Mapping[str, Any] | None = None,
    ) -> None:
        self._requester = requester
        self._path = path
        self._model = model
        self._paging = paging
        self._params = params
        self._first: Page[T] | None = None

    async def _fetch(self, url: str | httpx.URL, params: Mapping[str, Any] | None) -> Page[T]:
        response = await self._requester.request("GET", url, params=params)
        body = parse_json(response)
        try:
            return build_page(self._paging.parse(body), self._model, self._requester.base_url)
        except ValueError as exc:
            raise InvalidResponseError.for_response(response, str(exc)) from None

    async def first_page(self) -> Page[T]:
        """The first page, fetched once and then kept."""
        if self._first is None:
            self._first = await self._fetch(self._path, self._params)
        return self._first

    async def pages(self) -> AsyncIterator[Page[T]]:
        """Every page, fetched as the loop reaches it."""
        page = await self._fetch(self._path, self._params)
        seen: set[httpx.URL] = set()
        while True:
            yield page
            next_url = page.next_url
            if next_url is None or next_url in seen:
                return
            seen.add(next_url)
            page = await self._fetch(next_url, None)

    async def __aiter__(self) -> AsyncIterator[T]:
        async for page in self.pages():
            for item in page.data:
                yield item

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self._model.__name__}, {self._path!r})"
