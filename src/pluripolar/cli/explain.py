"""`pluripolar explain`: how extraction read a document, stage by stage."""
from __future__ import annotations

import click

from .. import api
from .documents import allow_paths_option, input_option, max_bytes_option
from .options import date_option, format_option, to_json


def _text(record: dict) -> str:
    """A readable rendering: per sentence, what each stage found; then the merged relations."""
    lines = [f"# {record['doc']} ({record['date'] or 'no date'})"]
    for n, s in enumerate(record["sentences"], 1):
        lines.append(f"\n[{n}] chars {s['chars'][0]}-{s['chars'][1]}: {s['text'].strip()}")
        for stage in ("mentions", "coreference"):
            if s[stage]:
                lines.append(f"  {stage}: " + "; ".join(f"{m['text']!r}→{m['actor']} ({m['via']})" for m in s[stage]))
        if s["dates"]:
            lines.append("  dates: " + "; ".join(f"{d['text']!r}→{d['value']}" for d in s["dates"]))
        if s["triggers"]:
            lines.append("  triggers: " + "; ".join(
                f"{t['word']!r}→{t['predicate']}" + (f"/{t['status']}" if t["status"] else "") for t in s["triggers"]))
        for c in s["candidates"]:
            neg = " NOT" if c["negated"] else ""
            lines.append(f"  candidate:{neg} {c['subject']} {c['predicate']} {c['object']} "
                         f"[{c['status'] or '-'}] {c['date'] or ''} «{c['quote']}»")
    lines.append("\nrelations:")
    lines += [f"  {r['subject']} {r['predicate']} {r['object']} {r['date'] or ''} {r['attrs']}"
              + (" negated" if r["negated"] else "") for r in record["relations"]] or ["  (none)"]
    return "\n".join(lines)


@click.command()
@click.argument("files", nargs=-1, type=click.Path())
@input_option("JSON lines of documents (as for extract).")
@date_option("--date", "Article date for FILES.")
@format_option("text", "json")
@max_bytes_option
@allow_paths_option
def explain(files, jsonl, date, fmt, limit, allow_paths):
    """Show what each extraction stage found in each sentence (mentions, coreference, dates,
    triggers, candidates) and the merged relations, to trace a miss to the stage that lost it."""
    if not files and not jsonl:
        raise click.UsageError("give FILE arguments or --input DOCS.jsonl")
    for doc in api.read_documents(files, jsonl, date, limit=limit, allow_paths=allow_paths):
        record = api.explain(doc)
        click.echo(to_json(record) if fmt == "json" else _text(record))


def register(main: click.Group) -> None:
    main.add_command(explain)
