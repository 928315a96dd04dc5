"""Rows of `client.datasphere.documents`: documents, their chunks, and search."""

from __future__ import annotations

from typing import Any

from signalwire_async.types.datasphere.documents import (
    DatasphereChunk,
    DatasphereDocument,
    DatasphereSearchResult,
)

from .. import Row, page

HOST = "https://example.signalwire.com"
DOCUMENTS = "/api/datasphere/documents"
DOCUMENT_ID = "5c2e8f14-9a37-4b6d-8e01-f3a7c9d24b58"
DOCUMENT = f"{DOCUMENTS}/{DOCUMENT_ID}"
CHUNKS = f"{DOCUMENT}/chunks"
CHUNK_ID = "b8d41e6a-27c3-4f95-a0e2-6d19c57f3a84"
CHUNK = f"{CHUNKS}/{CHUNK_ID}"
PROJECT_ID = "0e7a2c55-48d1-4b3f-9c6e-a1f85d2b7c90"

_CREATE: dict[str, Any] = {
    "url": "https://docs.lakeside-outfitters.example/manuals/returns-policy-2026.pdf",
    "tags": ["returns", "policy"],
    "chunking_strategy": "sliding",
    "chunk_size": 120,
    "overlap_size": 20,
}


def document(**changes: Any) -> dict[str, Any]:
    """A document chunked by the sliding strategy, as the API sends it, with `changes`."""
    data: dict[str, Any] = {
        "id": DOCUMENT_ID,
        "filename": "returns-policy-2026.pdf",
        "status": "completed",
        "tags": ["returns", "policy"],
        "chunking_strategy": "sliding",
        "max_sentences_per_chunk": None,
        "split_newlines": None,
        "overlap_size": 20,
        "chunk_size": 120,
        "number_of_chunks": 37,
        "chunks_uri": f"{CHUNKS}",
        "created_at": "2026-03-02T09:14:51Z",
        "updated_at": "2026-03-02T09:16:08Z",
    }
    data.update(changes)
    return data


CHUNK_JSON: dict[str, Any] = {
    "id": CHUNK_ID,
    "datasphere_document_id": DOCUMENT_ID,
    "project_id": PROJECT_ID,
    "status": "completed",
    "tags": ["returns", "policy"],
    "content": "Unopened items may be returned within 30 days with a receipt for a full refund.",
    "created_at": "2026-03-02T09:15:33Z",
    "updated_at": "2026-03-02T09:15:33Z",
}

_SEARCH: dict[str, Any] = {
    "query_string": "how long do I have to return an item",
    "tags": ["returns"],
    "count": 2,
    "distance": 4.5,
    "language": "en",
}
_FOUND: dict[str, Any] = {
    "chunks": [
        {"text": CHUNK_JSON["content"], "document_id": DOCUMENT_ID},
        {
            "text": "Opened items can be exchanged within 14 days of purchase.",
            "document_id": DOCUMENT_ID,
        },
    ]
}

ROWS = [
    Row(
        call="datasphere.documents.list",
        kwargs={"page_size": 20},
        path=DOCUMENTS,
        query={"page_size": "20"},
        response=page([document()], f"{HOST}{DOCUMENTS}?page_size=20"),
        returns=DatasphereDocument,
        paged=True,
    ),
    Row(
        call="datasphere.documents.create",
        kwargs=_CREATE,
        method="POST",
        path=DOCUMENTS,
        body=_CREATE,
        status=201,
        response=document(status="submitted", number_of_chunks=0),
        returns=DatasphereDocument,
    ),
    Row(
        call="datasphere.documents.get",
        args=(DOCUMENT_ID,),
        path=DOCUMENT,
        response=document(),
        returns=DatasphereDocument,
    ),
    Row(
        call="datasphere.documents.update",
        args=(DOCUMENT_ID,),
        kwargs={"tags": ["returns", "policy", "2026"]},
        method="PATCH",
        path=DOCUMENT,
        body={"tags": ["returns", "policy", "2026"]},
        response=document(tags=["returns", "policy", "2026"], updated_at="2026-03-05T11:40:00Z"),
        returns=DatasphereDocument,
    ),
    Row(
        call="datasphere.documents.delete",
        args=(DOCUMENT_ID,),
        method="DELETE",
        path=DOCUMENT,
        status=204,
    ),
    Row(
        call="datasphere.documents.search",
        kwargs=_SEARCH,
        method="POST",
        path=f"{DOCUMENTS}/search",
        body=_SEARCH,
        response=_FOUND,
        returns=DatasphereSearchResult,
    ),
    Row(
        call="datasphere.documents.list_chunks",
        args=(DOCUMENT_ID,),
        kwargs={"page_size": 50, "page_number": 1, "page_token": "PA3f9c2e71b4"},
        path=CHUNKS,
        query={"page_size": "50", "page_number": "1", "page_token": "PA3f9c2e71b4"},
        response=page(
            [CHUNK_JSON], f"{HOST}{CHUNKS}?page_size=50&page_number=1&page_token=PA3f9c2e71b4"
        ),
        returns=DatasphereChunk,
        paged=True,
    ),
    Row(
        call="datasphere.documents.delete_chunk",
        args=(DOCUMENT_ID, CHUNK_ID),
        method="DELETE",
        path=CHUNK,
        status=204,
    ),
    Row(
        call="datasphere.documents.get_chunk",
        args=(DOCUMENT_ID, CHUNK_ID),
        path=CHUNK,
        response=CHUNK_JSON,
        returns=DatasphereChunk,
    ),
]
