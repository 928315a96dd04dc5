"""Lazy pagers over list operations, for both paging styles."""

from __future__ import annotations

from collections.abc import AsyncIterator, Mapping
from typing import Any, Generic, TypeVar

import attrs
import httpx

from .._exceptions import InvalidResponseError
from .._models import Model
from .._operation import Operation
from .._options import NO_OPTIONS, CallOptions
from .._pages import Page, PageWalk, PagingStyle, build_page
from .._pairs import AsyncFirstPageAccess
from .._responses import parse_json
from ._request_loop import AsyncRequester

T = TypeVar("T", bound=Model)


class AsyncPager(AsyncFirstPageAccess[T], Generic[T]):
    """The results of a list operation; nothing is requested until it is used.

    - `async for item in pager` walks every item of every page, one page in memory at a time;
    - `page = await pager` gives the first page (`page["data"]`, `page.get("links")`,
      typed items in `page.data`);
    - `async for page in pager.pages()` walks the pages.

    When paging stops is `PageWalk`'s decision (`_pages`): at the last page, at a link to
    another origin or carrying user info, at a link back to a page already read, or after
    a run of empty pages.
    """

    def __init__(
        self,
        requester: AsyncRequester,
        path: str,
        model: type[T],
        paging: PagingStyle,
        params: Mapping[str, Any] | None = None,
        options: CallOptions = NO_OPTIONS,
        operation: Operation[Any] | None = None,
    ) -> None:
        self._requester = requester
        self._operation = operation  # its name and template, for rate limits and hooks
        self._path = path
        self._model = model
        self._paging = paging
        self._params = params
        self._options = options
        # Next links carry their own query: extra_query goes with the first request only.
        self._next_options = attrs.evolve(options, query=None) if options.query else options
        self._first: Page[T] | None = None

    async def _fetch(
        self, url: str | httpx.URL, params: Mapping[str, Any] | None, options: CallOptions
    ) -> Page[T]:
        response = await self._requester.request(
            "GET", url, params=params, options=options, operation=self._operation
        )
        body = parse_json(response)
        try:
            parsed = self._paging.parse(body)
            return build_page(parsed, self._model, self._requester.base_url, response.request.url)
        except ValueError as exc:
            raise InvalidResponseError.for_response(response, str(exc)) from None

    async def first_page(self) -> Page[T]:
        """The first page, fetched once and then kept."""
        if self._first is None:
            self._first = await self._fetch(self._path, self._params, self._options)
        return self._first

    async def pages(self) -> AsyncIterator[Page[T]]:
        """Every page, fetched as the loop reaches it."""
        page = await self._fetch(self._path, self._params, self._options)
        walk = PageWalk()
        while True:
            yield page
            next_url = walk.next_url(page)
            if next_url is None:
                return
            # Let the page go before reading the next one, as a loop over JSON bodies
            # would: with a page of 1,000 models less alive, the next page decodes with
            # less garbage-collector work and reuses the memory.
            del page
            page = await self._fetch(next_url, None, self._next_options)

    async def __aiter__(self) -> AsyncIterator[T]:
        async for page in self.pages():
            for item in page.data:
                yield item
            del page  # not kept while the next page is read (see `pages`)

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self._model.__name__}, {self._path!r})"
