"""Fuzz the document readers: bytes → text (decode, HTML, PDF, DOCX, RTF) and JSONL streams → documents.

Only InvalidInput may escape; anything else is a bug. Run briefly, as CI does:

    python fuzz/fuzz_readers.py -atheris_runs=20000
    python fuzz/fuzz_readers.py -max_total_time=30 NEW_CORPUS_DIR fuzz/seeds

libFuzzer adds the inputs it finds to the first folder given: keep that one out of the repository.
"""
from __future__ import annotations

import io
import sys
import tempfile
from pathlib import Path

import atheris

with atheris.instrument_imports():
    import trafilatura  # noqa: F401 - instrumented for coverage of the HTML path
    from pluripolar.errors import InvalidInput
    from pluripolar.sources import Document
    from pluripolar.sources.documents import read_jsonl_stream, text_from_bytes, with_language
    from pluripolar.sources.html import read_html
    from pluripolar.sources.pdf import read_pdf
    from pluripolar.sources.rtf import read_rtf
    from pluripolar.sources.word import read_docx

LIMIT = 1 << 16
BASE = Path(tempfile.mkdtemp(prefix="pluripolar-fuzz-"))  # relative 'path' fields point into an empty folder


def test_one_input(data: bytes) -> None:
    """Feed one input to every reader; InvalidInput is the only allowed failure."""
    fdp = atheris.FuzzedDataProvider(data)
    which = fdp.ConsumeIntInRange(0, 5)
    rest = fdp.ConsumeBytes(fdp.remaining_bytes())
    try:
        if which == 0:
            with_language(Document("fuzz", text_from_bytes(rest, "fuzz", limit=LIMIT)))
        elif which == 1:
            read_html(rest.decode("utf-8", "replace"), "fuzz")
        elif which == 2:
            read_pdf(b"%PDF-1.4\n" + rest, "fuzz")
        elif which == 3:
            read_docx(rest, "fuzz", LIMIT)
        elif which == 4:
            read_rtf(b"{\\rtf1 " + rest, "fuzz")
        else:
            for d in read_jsonl_stream(io.BytesIO(rest), "fuzz", base=BASE, limit=LIMIT):
                d.text.encode("utf-8")
    except InvalidInput:
        pass


def main() -> None:
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
