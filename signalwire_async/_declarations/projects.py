"""`client.projects`: the project and its subprojects (`/api/projects`)."""

from __future__ import annotations

from . import Op, Resource

BASE = "/api/projects"
ONE = f"{BASE}/{{id}}"

NAMESPACE = Resource(
    "projects",
    "Projects",
    "the authenticated project and its subprojects",
    [
        Op(
            "list",
            "GET",
            BASE,
            "Project",
            "ProjectListParams",
            paged=True,
            summary="the project and every subproject",
        ),
        Op(
            "create",
            "POST",
            BASE,
            "ProjectWithSigningKey",
            "ProjectCreateParams",
            summary="make a subproject (its signing key comes only with this answer)",
        ),
        Op("get", "GET", ONE, "Project", summary="one project or subproject"),
        Op(
            "update",
            "PATCH",
            ONE,
            "Project",
            "ProjectUpdateParams",
            summary="change a project's given settings",
        ),
        Op("delete", "DELETE", ONE, None, summary="delete a subproject"),
        Op(
            "rotate_signing_key",
            "POST",
            f"{ONE}/signing-key/rotate",
            "ProjectWithSigningKey",
            summary="replace the project's signing key (the new one comes only with this answer)",
        ),
    ],
)
