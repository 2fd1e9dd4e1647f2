"""Documents in: files (text, HTML, PDF, DOCX, RTF), JSONL of documents, URLs and feeds; each becomes a `Document`."""
from .documents import Document, check_date, read_file, read_inputs, read_jsonl, read_jsonl_stream

__all__ = ["Document", "check_date", "read_file", "read_inputs", "read_jsonl", "read_jsonl_stream"]
