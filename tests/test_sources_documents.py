"""Document readers: files, JSONL, encodings, HTML, size limits, languages."""
from __future__ import annotations

import io
import json

import pytest

from pluripolar.errors import InvalidInput
from pluripolar.sources import read_file, read_inputs, read_jsonl, read_jsonl_stream
from pluripolar.sources.decode import decode_bytes, is_binary
from pluripolar.sources.documents import max_bytes, text_from_bytes
from pluripolar.sources.html import read_html
from pluripolar.sources.language import detect_language

SPANISH = ("El gobierno de España y el de Marruecos firmaron el lunes un acuerdo de cooperación en materia "
           "de migración, según informó el ministerio de Asuntos Exteriores en un comunicado.")
ENGLISH = "Iran and Saudi Arabia agreed on Friday to restore diplomatic relations, in a deal brokered by China."


def error_of(fn, *args, **kw) -> str:
    with pytest.raises(InvalidInput) as e:
        r = fn(*args, **kw)
        if hasattr(r, "__next__"):
            list(r)
    assert "\n" not in str(e.value)
    return str(e.value)


def test_documents_read_file_text_and_stem(tmp_path):
    p = tmp_path / "d01.txt"
    p.write_text(ENGLISH, encoding="utf-8")
    d = read_file(p, "2023-03-10")
    assert (d.doc, d.text, d.date, d.path) == ("d01", ENGLISH, "2023-03-10", str(p))


@pytest.mark.parametrize("content,message", [(b"", "empty document"), (b"  \n\t\n", "empty document"),
                                             (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary file"),
                                             (b"<html><body><script>x()</script></body></html>",
                                              "no main text found in the HTML page")])
def test_documents_read_file_refuses_empty_and_binary(tmp_path, content, message):
    p = tmp_path / "bad.txt"
    p.write_bytes(content)
    assert error_of(read_file, p) == f"{p}: {message}" + (", not a text, HTML, PDF, DOCX or RTF document"
                                                          if message == "binary file" else "")


def test_documents_read_file_missing_and_directory(tmp_path):
    assert error_of(read_file, tmp_path / "nope.txt") == f"{tmp_path / 'nope.txt'}: no such file"
    assert error_of(read_file, tmp_path) == f"{tmp_path}: is a directory, not a document"


def test_documents_latin1_and_cp1252_files_decode(tmp_path):
    text = "Côte d'Ivoire, São Tomé and Curaçao signed the “Yamoussoukro” accord — with Perú."
    p = tmp_path / "w.txt"
    p.write_bytes(text.encode("cp1252"))
    assert read_file(p).text == text
    p.write_bytes("Ñandú: São Tomé e Príncipe".encode("latin-1"))
    assert read_file(p).text == "Ñandú: São Tomé e Príncipe"


def test_documents_cyrillic_code_page_is_detected():
    text = "Россия и Китай подписали соглашение о сотрудничестве в области энергетики в Москве."
    assert decode_bytes(text.encode("cp1251"), "x") == text


def test_documents_utf16_with_bom_is_text_not_binary():
    data = "\ufeffIran and Iraq".encode("utf-16-le")
    assert is_binary(data[2:]) and decode_bytes(data, "x") == "Iran and Iraq"


def test_documents_utf8_bom_is_stripped():
    assert decode_bytes(b"\xef\xbb\xbfIran", "x") == "Iran"


def test_documents_html_keeps_main_text_only():
    html = ("<!doctype html><html><head><title>T</title><style>p{color:red}</style></head><body>"
            "<header>Menu</header><nav>Home</nav><main><h1>Title</h1><p>First &amp; <b>bold</b> point.</p>"
            "<!-- hidden comment --><p>Second<br>line</p><script>evil()</script></main>"
            "<aside>Ads</aside><footer>(c)</footer></body></html>")
    assert read_html(html).text == "Title\nFirst & bold point.\nSecond\nline"


def test_documents_size_limit_is_configurable(tmp_path, monkeypatch):
    p = tmp_path / "big.txt"
    p.write_text("word " * 300)
    assert error_of(read_file, p, limit=1000) == (f"{p}: 1,500 bytes is over the 1,000-byte limit "
                                                  "(raise it with --max-bytes or PLURIPOLAR_MAX_BYTES)")
    monkeypatch.setenv("PLURIPOLAR_MAX_BYTES", "1499")
    assert "over the 1,499-byte limit" in error_of(read_file, p)
    monkeypatch.setenv("PLURIPOLAR_MAX_BYTES", "1500")
    assert read_file(p).text == "word " * 300
    monkeypatch.setenv("PLURIPOLAR_MAX_BYTES", "lots")
    assert error_of(max_bytes) == "PLURIPOLAR_MAX_BYTES: 'lots' is not a positive number of bytes"


def test_documents_text_from_bytes_counts_bytes_not_characters():
    assert "over the 10-byte limit" in error_of(text_from_bytes, "ééééé é".encode(), "x", limit=10)


def jsonl(tmp_path, *lines: str | dict) -> str:
    p = tmp_path / "docs.jsonl"
    p.write_text("\n".join(json.dumps(x) if isinstance(x, dict) else x for x in lines) + "\n", encoding="utf-8")
    return str(p)


def test_documents_jsonl_reads_records_and_paths(tmp_path):
    (tmp_path / "a.txt").write_text(ENGLISH)
    p = jsonl(tmp_path, {"doc": "x1", "text": "Iran met Iraq.", "date": "2024-01-02", "url": "http://e.org/1"},
              "", {"doc": "x2", "path": "a.txt", "title": "T"})
    docs = list(read_jsonl(p))
    assert [(d.doc, d.text, d.date, d.url, d.title) for d in docs] == [
        ("x1", "Iran met Iraq.", "2024-01-02", "http://e.org/1", None), ("x2", ENGLISH, None, None, "T")]


def test_documents_jsonl_index_reads_texts_from_docs_folder(tmp_path):
    """An annotated corpus lists documents by id and keeps each text in docs/<id>.txt beside the index."""
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "d01.txt").write_text(ENGLISH)
    (tmp_path / "secret.txt").write_text("not a corpus text")
    p = jsonl(tmp_path, {"doc": "d01", "date": "2023-03-11", "url": None, "title": None},
              {"doc": "../secret", "date": "2023-03-11"})
    docs = list(read_jsonl(p, skip_bad=True, on_skip=lambda _: None))
    assert [(d.doc, d.text, d.date) for d in docs] == [("d01", ENGLISH, "2023-03-11")]


@pytest.mark.parametrize("line,message", [
    ("{not json", "not JSON (Expecting property name enclosed in double quotes at column 2)"),
    ('["a"]', "expected a JSON object with 'doc' and 'text' or 'path'"),
    ('{"doc": "a b", "text": "x"}', "'doc' must be an id of letters, digits and ._:@/- (got 'a b')"),
    ('{"doc": true, "text": "x"}', "'doc' must be an id of letters, digits and ._:@/- (got True)"),
    ('{"doc": "a", "text": 5}', "needs 'text' (a string), 'path', or a file docs/a.txt beside the input"),
    ('{"doc": "a", "text": "  "}', "empty document"),
    ('{"doc": "a", "text": "x", "date": "2024-13-01"}', "date: '2024-13-01' is not a date in the form YYYY-MM-DD"),
    ('{"doc": "a", "text": "x", "title": ["t"]}', "'title' must be a string of at most 2000 characters"),
    ('{"doc": "a", "text": "Iran \\ud800 Iraq"}', "text holds an unpaired surrogate, which is not valid Unicode"),
    ('[' * 100_000 + ']' * 100_000, "not usable JSON (RecursionError)"),
    ('{"doc": "a", "text": "x", "n": ' + "9" * 5000 + "}", "not usable JSON (ValueError)"),
])
def test_documents_jsonl_bad_line_names_its_number(tmp_path, line, message):
    p = jsonl(tmp_path, {"doc": "ok", "text": "Iran"}, line)
    assert error_of(read_jsonl, p) == f"{p}:2: {message}"


def test_documents_jsonl_skip_bad_reports_and_continues(tmp_path):
    p = jsonl(tmp_path, "oops", {"doc": "a", "text": "Iran"}, '{"doc": "b"}', {"doc": "c", "text": "Iraq"})
    skipped: list[str] = []
    docs = list(read_jsonl(p, skip_bad=True, on_skip=skipped.append))
    assert [d.doc for d in docs] == ["a", "c"]
    assert skipped == [f"{p}:1: not JSON (Expecting value at column 1)", f"{p}:3: needs 'text' (a string), 'path', or a file docs/b.txt beside the input"]


def test_documents_jsonl_not_utf8_line(tmp_path):
    p = tmp_path / "d.jsonl"
    p.write_bytes(b'{"doc": "a", "text": "Iran"}\n{"doc": "b", "text": "caf\xe9"}\n')
    assert error_of(read_jsonl, p) == f"{p}:2: not UTF-8"


def test_documents_jsonl_overlong_line_is_skipped_unread(tmp_path):
    big = json.dumps({"doc": "big", "text": "x" * 5000})
    p = jsonl(tmp_path, {"doc": "a", "text": "Iran"}, big, {"doc": "c", "text": "Iraq"})
    skipped: list[str] = []
    docs = list(read_jsonl(p, skip_bad=True, on_skip=skipped.append, limit=100))
    assert [d.doc for d in docs] == ["a", "c"]
    assert skipped == [f"{p}:2: line is over 600 bytes (the document limit allows for JSON escapes)"]


def test_documents_jsonl_stream_reads_bytes():
    stream = io.BytesIO(b'{"doc": "s1", "text": "Iran"}\r\n{"doc": "s2", "text": "<p>Iraq</p>"}')
    assert [(d.doc, d.text) for d in read_jsonl_stream(stream, "stdin")] == [("s1", "Iran"), ("s2", "Iraq")]


def test_documents_language_detected_and_reported(tmp_path):
    (tmp_path / "es.txt").write_text(SPANISH)
    (tmp_path / "en.txt").write_text(ENGLISH)
    (tmp_path / "pt.txt").write_text("O governo do Brasil e a Argentina assinaram um acordo comercial na segunda-feira.")
    notes: list[str] = []
    files = [str(tmp_path / f"{code}.txt") for code in ("es", "en", "pt")]
    docs = list(read_inputs(files, on_note=notes.append))
    assert [d.language for d in docs] == ["es", "en", "pt"]
    # Spanish and English have pipelines; Portuguese is read as English, and said so
    assert notes == ["pt: looks like Portuguese, a language extraction has no data for; read as English, "
                     "relations may be missed"]
    forced = list(read_inputs(files[:1], on_note=notes.append, language="en"))
    assert [d.language for d in forced] == ["en"]  # --lang overrides detection


@pytest.mark.parametrize("text,code", [
    ("Le président français a rencontré son homologue allemand à Berlin pour parler de la guerre.", "fr"),
    ("Die Regierungen von Deutschland und Frankreich haben am Montag ein Abkommen unterzeichnet.", "de"),
    ("Россия и Китай подписали соглашение о сотрудничестве в области энергетики.", "ru"),
    ("中国和俄罗斯周一在莫斯科签署了能源合作协议。双方表示将加强合作。", "zh"),
    ("日本と韓国は月曜日に東京で首脳会談を行い、関係改善で合意しました。", "ja"),
    ("O governo do Brasil e a Argentina assinaram um acordo comercial na segunda-feira.", "pt"),
    (ENGLISH, "en"), ("Iran, Iraq.", None)])
def test_documents_language_detection(text, code):
    lang = detect_language(text)
    assert (lang.code if lang else None) == code


def test_documents_corpus_is_english(tmp_path):
    from tests.conftest import shared_path

    files = sorted(str(f) for f in shared_path("corpus", "docs").glob("*.txt"))
    docs = list(read_inputs(files))
    assert len(docs) == 21 and {d.language for d in docs} == {"en"}


def test_documents_jsonl_path_errors_name_the_line(tmp_path):
    p = jsonl(tmp_path, {"doc": "a", "path": "nowhere.txt"})
    assert error_of(read_jsonl, p) == f"{p}:1: 'path' {tmp_path / 'nowhere.txt'}: no such file"


def test_documents_device_files_are_refused():
    assert error_of(read_file, "/dev/zero") == "/dev/zero: not a regular file (device, pipe or socket)"
