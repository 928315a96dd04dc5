"""The transport wing: everything that moves bytes between the request loop and a socket.

- `factories`: the client's own `httpx` clients (one pool per event loop, proxies routed).
- `per_loop`: the async pool keeper, one pool per event loop, closed when the loop ends.
- `aiohttp_pool`: the asyncio pool, httpx requests through aiohttp's connector.
- `_async/httpcore_pool` (and its generated `_sync/` twin): httpcore's pool with two repairs,
  used under trio, by the sync client and for proxies.
- `_async/send` (and twin): one attempt: send a request and read its body within bounds.
- `body`, `deadline`: the response size bound and the call's deadline, pure code.
- `private`: every reach into another library's private names, each one checked loudly.

Nothing here retries, waits for a turn or shapes an error for the user: that is the request
loop's job (`_async/_request_loop.py`).
"""
