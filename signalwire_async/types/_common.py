"""Types shared by every namespace."""

from .._options import RequestOptions


class PageParams(RequestOptions, total=False):
    """Query parameters of a list operation that pages with `links.next`."""

    page_size: int
    """Items per page (the API's default is 50, its maximum 1000)."""
    page_token: str
    """Token of the page to start from (from a `links.next` URL)."""
