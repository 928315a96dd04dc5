"""Operation rows of `projects`: the authenticated project and its subprojects."""

from __future__ import annotations

from typing import Any

from signalwire_async.types.projects import Project, ProjectWithSigningKey

from . import Row, page

_ROOT = "36b8449d-30a0-43cf-a10a-b9803f8fa8d9"
_ID = "5c70ff47-cc04-4d9f-93c1-a91dc7007010"
_BASE = "/api/projects"
_ONE = f"{_BASE}/{_ID}"
# Made-up values shaped like signing keys; not real ones.
_KEY = "PSK_9b1d3f5a7c9e1b3d5f7a9c1e3b5d7f9a"
_NEXT_KEY = "PSK_2e4a6c8e0b2d4f6a8c0e2b4d6f8a0c2e"

_CREATE: dict[str, Any] = {
    "name": "Clinic reminders (staging)",
    "protect_recordings": True,
    "force_https_requests": True,
}
_PROJECT: dict[str, Any] = {
    "id": _ID,
    "name": "Clinic reminders (staging)",
    "parent_project_id": _ROOT,
    "subproject": True,
    "region_preference": "us-east",
    "protect_recordings": True,
    "protect_message_media": False,
    "protect_fax_media": False,
    "force_https_requests": True,
    "created_at": "2025-03-11T08:45:12Z",
    "updated_at": "2025-03-11T08:45:12Z",
}
_CHANGES: dict[str, Any] = {"name": "Clinic reminders (QA)", "protect_message_media": True}
_UPDATED: dict[str, Any] = {**_PROJECT, **_CHANGES, "updated_at": "2025-04-02T14:03:51Z"}

ROWS = [
    Row(
        call="projects.list",
        kwargs={"name": "Clinic reminders (staging)", "page_size": 25},
        path=_BASE,
        query={"name": "Clinic reminders (staging)", "page_size": "25"},
        response=page(
            [_PROJECT],
            f"https://example.signalwire.com{_BASE}?name=Clinic+reminders+%28staging%29&page_size=25",
        ),
        returns=Project,
        paged=True,
    ),
    Row(
        call="projects.create",
        kwargs=_CREATE,
        method="POST",
        path=_BASE,
        body=_CREATE,
        status=201,
        response={**_PROJECT, "signing_key": _KEY},
        returns=ProjectWithSigningKey,
    ),
    Row(call="projects.get", args=(_ID,), path=_ONE, response=_PROJECT, returns=Project),
    Row(
        call="projects.update",
        args=(_ID,),
        kwargs=_CHANGES,
        method="PATCH",
        path=_ONE,
        body=_CHANGES,
        response=_UPDATED,
        returns=Project,
    ),
    Row(call="projects.delete", args=(_ID,), method="DELETE", path=_ONE, status=204),
    Row(
        call="projects.rotate_signing_key",
        args=(_ID,),
        method="POST",
        path=f"{_ONE}/signing-key/rotate",
        response={**_UPDATED, "signing_key": _NEXT_KEY},
        returns=ProjectWithSigningKey,
    ),
]
