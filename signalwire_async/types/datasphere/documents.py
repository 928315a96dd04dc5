"""`datasphere.documents`: documents indexed for semantic search, and their chunks.

A document is fetched from a URL and cut into chunks by one of four strategies; a search
returns the chunks closest to a query. No `from __future__ import annotations` here:
`TypedDict` must see `NotRequired` at run time.
"""

from collections.abc import Sequence
from typing import Literal

import attrs
from typing_extensions import NotRequired

from ..._models import Model, nested_list
from ..._options import ParamFields, RequestKeywords
from .._common import _PageFields

__all__ = [
    "DatasphereChunk",
    "DatasphereChunkListParams",
    "DatasphereChunkingStrategy",
    "DatasphereDocument",
    "DatasphereDocumentCreateParams",
    "DatasphereDocumentListParams",
    "DatasphereDocumentUpdateParams",
    "DatasphereSearchChunk",
    "DatasphereSearchParams",
    "DatasphereSearchResult",
]

DatasphereChunkingStrategy = Literal["sentence", "paragraph", "page", "sliding"]
"""How a document is cut into chunks."""


@attrs.frozen(kw_only=True)
class DatasphereDocument(Model):
    """A Datasphere document (`/api/datasphere/documents`)."""

    id: str
    """The document's uuid."""
    filename: str | None = None
    """Name of the file fetched from the document's URL."""
    status: str | None = None
    """Indexing progress: `submitted`, `in_progress`, `completed` or `failed`."""
    tags: list[str] | None = None
    chunking_strategy: str | None = None
    """`sentence`, `paragraph`, `page` or `sliding`."""
    max_sentences_per_chunk: int | None = None
    """Sentence strategy: sentences per chunk at most (null for other strategies)."""
    split_newlines: bool | None = None
    """Sentence strategy: whether a new line ends a chunk (null for other strategies)."""
    overlap_size: int | None = None
    """Sliding strategy: words shared by neighbouring chunks (null for other strategies)."""
    chunk_size: int | None = None
    """Sliding strategy: words per chunk (null for other strategies)."""
    number_of_chunks: int | None = None
    chunks_uri: str | None = None
    """Path of the document's chunk list."""
    created_at: str | None = None
    updated_at: str | None = None


@attrs.frozen(kw_only=True)
class DatasphereChunk(Model):
    """One chunk of a document (`/api/datasphere/documents/{document_id}/chunks`)."""

    id: str
    """The chunk's uuid."""
    datasphere_document_id: str | None = None
    """The document the chunk was cut from."""
    project_id: str | None = None
    status: str | None = None
    """Indexing progress: `submitted`, `in_progress`, `completed` or `failed`."""
    tags: list[str] | None = None
    content: str | None = None
    """The chunk's text."""
    created_at: str | None = None
    updated_at: str | None = None


@attrs.frozen(kw_only=True)
class DatasphereSearchChunk(Model):
    """A chunk a search found: its text and its document."""

    text: str | None = None
    document_id: str | None = None
    """The uuid of the document the chunk belongs to."""


@attrs.frozen(kw_only=True)
class DatasphereSearchResult(Model):
    """The answer of `datasphere.documents.search()`: the chunks found, closest first."""

    chunks: list[DatasphereSearchChunk] | None = nested_list(DatasphereSearchChunk)  # noqa: RUF009 (an attrs field)


# Parameters follow `tests/spec_corrections.py` where they depart from the spec.
# Each inherits the request options (`extra_body=`, `request_timeout=`, ...).


class _DatasphereDocumentListFields(ParamFields, total=False):
    page_number: int | None
    """Page to return, from 0 (past 0 it needs `page_token`)."""


class DatasphereDocumentListParams(_DatasphereDocumentListFields, _PageFields, RequestKeywords):
    """Query of `datasphere.documents.list()`."""


class _DatasphereDocumentCreateFields(ParamFields):
    url: str
    """Where the document is fetched from."""
    tags: NotRequired[Sequence[str] | None]
    """Tags to search the document by."""
    chunking_strategy: NotRequired[DatasphereChunkingStrategy | None]
    """How to cut the document into chunks."""
    max_sentences_per_chunk: NotRequired[int | None]
    """Sentence strategy only: sentences per chunk at most (the API's default: 50)."""
    split_newlines: NotRequired[bool | None]
    """Sentence strategy only: end a chunk at each new line (the API's default: false)."""
    chunk_size: NotRequired[int | None]
    """Sliding strategy only: words per chunk (the API's default: 50)."""
    overlap_size: NotRequired[int | None]
    """Sliding strategy only: words shared by neighbouring chunks (the API's default: 10)."""


class DatasphereDocumentCreateParams(_DatasphereDocumentCreateFields, RequestKeywords):
    """Body of `datasphere.documents.create()`: a document and how to chunk it.

    `chunking_strategy` picks the variant, and with it the fields that apply:

    * `sentence`: `max_sentences_per_chunk` and `split_newlines`;
    * `sliding`: `chunk_size` and `overlap_size`;
    * `paragraph` and `page`: no other field.

    `url` and `tags` apply to every strategy. Send a strategy's fields only with that strategy.
    """


class _DatasphereDocumentUpdateFields(ParamFields, total=False):
    tags: Sequence[str] | None
    """The document's tags."""


class DatasphereDocumentUpdateParams(_DatasphereDocumentUpdateFields, RequestKeywords):
    """Body of `datasphere.documents.update()`; keys left out are not changed."""


class _DatasphereSearchFields(ParamFields):
    query_string: str
    """What to look for."""
    tags: NotRequired[Sequence[str] | None]
    """Only documents with these tags."""
    document_id: NotRequired[str | None]
    """Only this document."""
    distance: NotRequired[float | None]
    """How far from the query a chunk may be (0 to about 78.38; lower is closer)."""
    count: NotRequired[int | None]
    """Chunks to return at most (the API's default: 5)."""
    language: NotRequired[str | None]
    """The documents' language (the API's default: `en`)."""
    pos_to_expand: NotRequired[Sequence[str] | None]
    """Parts of speech to expand with synonyms, e.g. `NOUN`, `VERB`, `ADJ`, `ADV`."""
    max_synonyms: NotRequired[int | None]
    """Synonyms per word at most (the API's default: 10)."""


class DatasphereSearchParams(_DatasphereSearchFields, RequestKeywords):
    """Body of `datasphere.documents.search()`."""


class _DatasphereChunkListFields(ParamFields, total=False):
    page_number: int | None
    """Page to return, from 0 (past 0 it needs `page_token`)."""


class DatasphereChunkListParams(_DatasphereChunkListFields, _PageFields, RequestKeywords):
    """Query of `datasphere.documents.list_chunks()`."""
