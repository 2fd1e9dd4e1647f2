"""Documents in: files (text or HTML), JSONL of documents, URLs; each becomes a `Document`."""
from .documents import Document, read_inputs, read_file, read_jsonl

__all__ = ["Document", "read_inputs", "read_file", "read_jsonl"]
