"""The readers: HTML pages (trafilatura), PDF (pypdf), DOCX (python-docx), RTF (striprtf), and their
one-line refusals (encrypted or scanned PDF, a DOCX that is not a zip, a page without main text)."""
from __future__ import annotations

import io
import tomllib
import zipfile
from pathlib import Path

import duckdb
import pytest
from click.testing import CliRunner

from pluripolar.cli import main
from pluripolar.errors import InvalidInput
from pluripolar.sources import read_file, read_inputs
from pluripolar.sources.html import MAX_DEPTH, read_html

from .readers_support import encrypt_pdf, make_docx, make_pdf

PAGES = Path(__file__).parent / "data" / "pages"
EXPECTED = tomllib.loads((PAGES / "pages.toml").read_text(encoding="utf-8"))
PRESS = ["MINISTRY OF FOREIGN AFFAIRS", "Press release No. 12",
         "Kenya and Ethiopia signed an agreement on", "Thursday to trade power across their border (400 MW).",
         "The deal runs for ten years."]
PDF_INFO = "<< /Title (Press release 12) /Author (Press office) /CreationDate (D:20240314093000+03'00') >>"


def error_of(fn, *args, **kw) -> str:
    with pytest.raises(InvalidInput) as e:
        fn(*args, **kw)
    assert "\n" not in str(e.value)
    return str(e.value)


@pytest.mark.parametrize("page", sorted(EXPECTED))
def test_readers_html_page_main_text_without_boilerplate(page):
    want = EXPECTED[page]
    d = read_file(PAGES / want["file"])
    assert [s for s in want["text"] if s not in d.text] == []
    assert [s for s in want["boilerplate"] if s in d.text] == []
    assert [s for s in want.get("kept", []) if s not in d.text] == []  # known misses, see docs/readers.md
    assert "<" not in d.text
    for field in ("title", "date", "author", "outlet"):
        if field in want:
            assert getattr(d, field) == want[field], field


def test_readers_html_page_date_is_the_document_date_unless_one_is_given():
    page = str(PAGES / "news.html")
    assert next(read_inputs([page])).date == "2024-03-14"
    assert next(read_inputs([page], date="2024-03-20")).date == "2024-03-20"


def test_readers_html_page_metadata_is_stored(tmp_path):
    db = tmp_path / "m.duckdb"
    res = CliRunner().invoke(main, ["ingest", str(PAGES / "news.html"), "--db", str(db)])
    assert res.exit_code == 0, res.output
    con = duckdb.connect(str(db), read_only=True)
    row = con.execute("SELECT title, date, author, outlet FROM sources").fetchone()
    con.close()
    assert row[0] == "Kenya and Ethiopia sign power-trade pact" and str(row[1]) == "2024-03-14"
    assert row[2:] == ("Amina Wanjiru", "The Meridian Post")


def test_readers_html_deep_nesting_is_refused_at_once():
    html = "<html><body>" + "<div>" * 100_000 + "<p>Kenya and Ethiopia signed a deal.</p>" + "</div>" * 100_000
    assert error_of(read_html, html, "deep.html") == f"deep.html: HTML nested deeper than {MAX_DEPTH} elements: refused"
    shallow = "<html><body>" + "<div>" * 200 + "<p>Kenya and Ethiopia signed a deal.</p>" + "</div>" * 200
    assert "Kenya and Ethiopia signed a deal." in read_html(shallow).text


def test_readers_html_page_without_main_text_is_refused(tmp_path):
    p = tmp_path / "shell.html"
    p.write_text("<!doctype html><html><head><title>App</title><script>load()</script></head>"
                 "<body><div id='root'></div><noscript>Enable JavaScript</noscript></body></html>")
    assert error_of(read_file, p) == f"{p}: no main text found in the HTML page"


def test_readers_pdf_text_joins_wrapped_lines_and_keeps_no_operators(tmp_path):
    p = tmp_path / "release.pdf"
    p.write_bytes(make_pdf(PRESS, info=PDF_INFO))
    d = read_file(p)
    assert d.text == ("MINISTRY OF FOREIGN AFFAIRS\nPress release No. 12\nKenya and Ethiopia signed an agreement "
                      "on Thursday to trade power across their border (400 MW).\nThe deal runs for ten years.")
    assert (d.title, d.author, d.date) == ("Press release 12", "Press office", "2024-03-14")
    for operator in ("BT", "Tj", "obj", "endstream", "/F1"):
        assert operator not in d.text


def test_readers_pdf_with_empty_user_password_is_read(tmp_path):
    p = tmp_path / "locked-for-printing.pdf"
    p.write_bytes(encrypt_pdf(make_pdf(PRESS), ""))
    assert "Kenya and Ethiopia signed an agreement on Thursday" in read_file(p).text


def test_readers_rtf_text_keeps_no_control_words(tmp_path):
    p = tmp_path / "statement.rtf"
    p.write_bytes(rb"{\rtf1\ansi\deff0{\fonttbl{\f0 Times New Roman;}}{\info{\title Statement}}"
                  rb"\f0\fs24 C\'f4te d'Ivoire and Ghana signed a cocoa \b pact\b0  on Monday.\par "
                  rb"The ministers met in Accra.\par}")
    text = read_file(p).text
    assert text == "Côte d'Ivoire and Ghana signed a cocoa pact on Monday.\nThe ministers met in Accra."


def test_readers_docx_paragraphs_tables_and_properties(tmp_path):
    p = tmp_path / "statement.docx"
    p.write_bytes(make_docx(["Kenya and Ethiopia signed an agreement on Thursday.", "", "The deal runs ten years."],
                            [["Country", "Megawatts"], ["Kenya", "400"]], title="Joint statement"))
    d = read_file(p)
    assert d.text == ("Kenya and Ethiopia signed an agreement on Thursday.\nThe deal runs ten years.\n"
                      "Country | Megawatts\nKenya | 400")
    assert (d.title, d.author, d.date) == ("Joint statement", "Press office", "2024-03-14")


def _zip(members: dict[str, bytes]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in members.items():
            z.writestr(name, data)
    return buf.getvalue()


BAD_FILES = [
    ("encrypted.pdf", lambda: encrypt_pdf(make_pdf(PRESS), "secret"),
     "encrypted PDF that needs a password: save an unencrypted copy"),
    ("scan.pdf", lambda: make_pdf([], image=True), "PDF without a text layer (scanned images?): run OCR on it first"),
    ("truncated.pdf", lambda: make_pdf(PRESS)[:60], "damaged or unreadable PDF"),
    ("renamed.pdf", lambda: b"Kenya and Ethiopia signed a deal.", "not a PDF file (no %PDF- header)"),
    ("statement.docx", lambda: b"Kenya and Ethiopia signed a deal.", "not a DOCX file (not a zip archive)"),
    ("archive.docx", lambda: _zip({"readme.txt": b"hello"}), "a zip archive but not a DOCX file (no word/document.xml)"),
    ("bomb.docx", lambda: _zip({"word/document.xml": b" " * 3_000_000}), "DOCX unpacks to 3,000,000 bytes"),
    ("shell.html", lambda: b"<html><body><script>x()</script></body></html>", "no main text found in the HTML page"),
]


@pytest.mark.parametrize("name,build,message", BAD_FILES, ids=[b[0] for b in BAD_FILES])
def test_readers_bad_files_are_one_line_and_nothing_stored(tmp_path, name, build, message):
    p = tmp_path / name
    p.write_bytes(build())
    db = tmp_path / "s.duckdb"
    res = CliRunner().invoke(main, ["ingest", str(p), "--db", str(db), "--max-bytes", "100000"])
    assert res.exit_code == 1 and "Traceback" not in res.stderr
    assert res.stderr.splitlines() == [res.stderr.strip()] and res.stderr.startswith(f"Error: {p}: {message}")
    if db.exists():
        con = duckdb.connect(str(db), read_only=True)
        assert con.execute("SELECT count(*) FROM sources").fetchone() == (0,)
        con.close()


def test_readers_urls_serving_pdf_and_docx_are_read_by_their_readers():
    import threading
    from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

    from pluripolar.sources.fetch import fetch_url
    from pluripolar.sources.formats import DOCX_TYPE

    files = {"/release": ("application/pdf", make_pdf(PRESS, info=PDF_INFO)),
             "/statement": (DOCX_TYPE, make_docx(["Kenya and Ethiopia signed an agreement on Thursday."])),
             "/fake.pdf": ("application/octet-stream", b"%PDF-1.4 nothing")}

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self):  # noqa: N802 - http.server's name
            kind, body = files[self.path]
            self.send_response(200)
            self.send_header("Content-Type", kind)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *a):
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{server.server_address[1]}"
    try:
        pdf = fetch_url(f"{base}/release", allow_private=True)
        assert "signed an agreement on Thursday to trade power" in pdf.text and pdf.date == "2024-03-14"
        assert fetch_url(f"{base}/statement", allow_private=True).text == \
            "Kenya and Ethiopia signed an agreement on Thursday."
        assert "content type 'application/octet-stream' is not one of" in error_of(
            fetch_url, f"{base}/fake.pdf", allow_private=True)
    finally:
        server.shutdown()
        server.server_close()
