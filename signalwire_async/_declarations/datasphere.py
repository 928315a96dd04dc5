"""`client.datasphere`: documents indexed for semantic search, and their chunks."""

from __future__ import annotations

from . import Namespace, Op, Resource

D = "/api/datasphere/documents"
CHUNKS = f"{D}/{{document_id}}/chunks"

NAMESPACE = Namespace(
    "datasphere",
    "Datasphere",
    "documents for semantic search, and their chunks",
    [
        Resource(
            "documents",
            "DatasphereDocuments",
            "Datasphere documents, their chunks, and search over them",
            [
                Op(
                    "list",
                    "GET",
                    D,
                    "DatasphereDocument",
                    "DatasphereDocumentListParams",
                    paged=True,
                    summary="every document of the project",
                ),
                Op(
                    "create",
                    "POST",
                    D,
                    "DatasphereDocument",
                    "DatasphereDocumentCreateParams",
                    body_arg=True,
                    summary="add a document from a URL and chunk it by one strategy",
                ),
                Op("get", "GET", f"{D}/{{id}}", "DatasphereDocument", summary="one document"),
                Op(
                    "update",
                    "PATCH",
                    f"{D}/{{id}}",
                    "DatasphereDocument",
                    "DatasphereDocumentUpdateParams",
                    summary="change a document's tags",
                ),
                Op("delete", "DELETE", f"{D}/{{id}}", None, summary="delete a document"),
                Op(
                    "search",
                    "POST",
                    f"{D}/search",
                    "DatasphereSearchResult",
                    "DatasphereSearchParams",
                    summary="the chunks closest to a query",
                ),
                Op(
                    "list_chunks",
                    "GET",
                    CHUNKS,
                    "DatasphereChunk",
                    "DatasphereChunkListParams",
                    paged=True,
                    summary="the document's chunks",
                ),
                Op(
                    "delete_chunk",
                    "DELETE",
                    f"{CHUNKS}/{{chunk_id}}",
                    None,
                    summary="delete one chunk of a document",
                ),
                Op(
                    "get_chunk",
                    "GET",
                    f"{CHUNKS}/{{chunk_id}}",
                    "DatasphereChunk",
                    summary="one chunk of a document",
                ),
            ],
        ),
    ],
)
