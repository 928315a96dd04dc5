"""The response size bound's two names, shared by the client, the transports and the JSON
decoder (a ground-floor module, so that none of them imports another for a constant)."""

DEFAULT_MAX_RESPONSE_SIZE = 64 * 1024 * 1024  # the API sends small JSON; a page of 1,000 is ~2 MB
MAX_BODY_EXTENSION = "signalwire_async.max_body"  # request extension: the bound, for aiohttp
