"""Bytes to text: refuse binary, read UTF-8, detect other encodings."""
from __future__ import annotations

from ..errors import InvalidInput

_CONTROL = set(range(0, 32)) - {9, 10, 12, 13}


def is_binary(data: bytes) -> bool:
    """Whether bytes look like a binary file rather than text (NULs or many control bytes)."""
    sample = data[:8192]
    if b"\x00" in sample:
        return True
    if not sample:
        return False
    control = sum(1 for b in sample if b in _CONTROL)
    return control / len(sample) > 0.05


def decode_bytes(data: bytes, name: str) -> str:
    """Text of a document: UTF-8 (BOM stripped) or the detected encoding; binary is refused."""
    if is_binary(data):
        raise InvalidInput(f"{name}: binary file, not a text or HTML document")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is not None:
        return str(best)
    return data.decode("latin-1")
