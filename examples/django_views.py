"""Django-style sync code with the generated `RestClient`: one client per process.

    python examples/django_views.py

A single-file Django project. Views call SignalWire through one module-level `RestClient`
(one connection pool shared by every request thread), created on first use and closed at
exit. `main()` drives the views with Django's test client against the fake space.
"""

from __future__ import annotations

import atexit
import json
import os
import threading

import django
from django.conf import settings
from django.http import HttpRequest, JsonResponse
from django.urls import path

from signalwire_async import ConflictError, NotFoundError, RestClient

settings.configure(
    DEBUG=False,
    SECRET_KEY="example-only",
    ROOT_URLCONF=__name__,
    ALLOWED_HOSTS=["testserver"],
    MIDDLEWARE=[],
    INSTALLED_APPS=[],
)
django.setup()

_client: RestClient | None = None
_client_lock = threading.Lock()


def signalwire() -> RestClient:
    """The process's one client; project, token and space come from the environment."""
    global _client
    with _client_lock:
        if _client is None:
            _client = RestClient()  # SIGNALWIRE_PROJECT_ID, SIGNALWIRE_API_TOKEN, SIGNALWIRE_SPACE
            atexit.register(_client.close)
        return _client


def endpoints(request: HttpRequest) -> JsonResponse:
    sip_endpoints = signalwire().fabric.sip_endpoints
    if request.method == "POST":
        username = json.loads(request.body)["username"]
        try:
            created = sip_endpoints.create(username=username, password="s3cret-pw")
        except ConflictError as error:
            return JsonResponse({"error": str(error)}, status=409)
        return JsonResponse(created.to_dict(), status=201)
    page = sip_endpoints.list(page_size=int(request.GET.get("page_size", "50")))
    return JsonResponse({"usernames": [item["username"] for item in page["data"]]})


def endpoint(request: HttpRequest, endpoint_id: str) -> JsonResponse:
    try:
        found = signalwire().fabric.sip_endpoints.get(endpoint_id)
    except NotFoundError:
        return JsonResponse({"error": "no such endpoint"}, status=404)
    return JsonResponse({"id": found.id, "username": found.username})


urlpatterns = [
    path("endpoints/", endpoints),
    path("endpoints/<str:endpoint_id>/", endpoint),
]


def main() -> None:
    from django.test import Client

    from signalwire_async.testing import FakeSpace

    with FakeSpace("demo-project", "demo-token").serve() as served:
        os.environ.update(
            SIGNALWIRE_PROJECT_ID="demo-project",
            SIGNALWIRE_API_TOKEN="demo-token",
            SIGNALWIRE_SPACE=served.host,
        )
        browser = Client()
        for name in ("alice", "bob", "alice"):
            response = browser.post("/endpoints/", {"username": name}, "application/json")
            print(f"django: POST /endpoints/ {name} -> {response.status_code}")
        listing = browser.get("/endpoints/").json()
        print(f"django: GET /endpoints/ -> {listing['usernames']}")
        print(
            f"django: GET /endpoints/missing/ -> {browser.get('/endpoints/missing/').status_code}"
        )
        signalwire().close()


if __name__ == "__main__":
    main()
