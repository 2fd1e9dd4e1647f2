"""`pluripolar explain`: how extraction read a document, stage by stage."""
from __future__ import annotations

import click

from .. import api
from .documents import allow_paths_option, input_option, lang_option, max_bytes_option
from .options import date_option, format_option, to_json


def _text(record: dict) -> str:
    """A readable rendering: per sentence, what each stage found; then the merged relations."""
    lines = [f"# {record['doc']} ({record['date'] or 'no date'})"]
    lines.append("stages: " + " → ".join(record["stages"]))
    for n, s in enumerate(record["sentences"], 1):
        lines.append(f"\n[{n}] chars {s['chars'][0]}-{s['chars'][1]}: {s['text'].strip()}")
        for stage in ("mentions", "coreference"):
            if s.get(stage):
                lines.append(f"  {stage}: " + "; ".join(f"{m['text']!r}→{m['actor']} ({m['via']})" for m in s[stage]))
        if s.get("dates"):
            lines.append("  dates: " + "; ".join(f"{d['text']!r}→{d['value']}" for d in s["dates"]))
        if s.get("triggers"):
            lines.append("  triggers: " + "; ".join(
                f"{t['word']!r}→{t['predicate']}" + (f"/{t['status']}" if t["status"] else "") for t in s["triggers"]))
        moods = [m for m in s.get("moods", []) if m["hypothetical"] or m["negated"]]
        if moods:
            lines.append("  modality: " + "; ".join(
                f"{m['word']!r} {'hypothetical' if m['hypothetical'] else 'negated'}" for m in moods))
        for a in s.get("attributes", []):
            lines.append(f"  attributes: {a['word']!r} {a['attrs']}")
        shown = "candidates" if "candidates" in s else "arguments"
        cands = s.get("candidates") or [c for a in s.get("arguments", []) for c in a["candidates"]] \
            + s.get("claims", []) + s.get("events", [])
        for c in cands:
            neg = " NOT" if c["negated"] else ""
            lines.append(f"  {shown[:-1]}:{neg} {c['subject']} {c['predicate']} {c['object']} "
                         f"[{c['status'] or '-'}] {c['date'] or ''} «{c['quote']}»")
    lines.append("\nrelations:")
    lines += [f"  {r['subject']} {r['predicate']} {r['object']} {r['date'] or ''} {r['attrs']}"
              + (" negated" if r["negated"] else "") for r in record["relations"]] or ["  (none)"]
    return "\n".join(lines)


def _scores(scores: dict) -> str:
    """Each stage's recall of the gold relations, one line a stage."""
    lines = [f"{'stage':<12} {'gold':>5} {'found':>6} {'recall':>7}"]
    for name, s in scores.items():
        extra = f"  precision {s['precision']}" if "precision" in s else ""
        lines.append(f"{name:<12} {s['gold']:>5} {s['found']:>6} {s['recall']:>7}{extra}")
    return "\n".join(lines)


@click.command()
@click.argument("files", nargs=-1, type=click.Path())
@input_option("JSON lines of documents (as for extract).")
@date_option("--date", "Article date for FILES.")
@format_option("text", "json")
@click.option("--stage", default=None, metavar="NAME",
              help="Run only this stage and the stages it needs, and show what they found.")
@click.option("--gold", type=click.Path(dir_okay=False), default=None,
              help="Gold relations (JSONL): print each stage's recall of them instead of the stages' output.")
@lang_option
@max_bytes_option
@allow_paths_option
def explain(files, jsonl, date, fmt, stage, gold, lang, limit, allow_paths):
    """Show what each extraction stage (sentences, mentions, coreference, dates, triggers, modality,
    arguments, attributes, claims, events, discourse, merge) found in each sentence and the merged
    relations, to trace a miss to the stage that lost it."""
    if not files and not jsonl:
        raise click.UsageError("give FILE arguments or --input DOCS.jsonl")
    docs = api.read_documents(files, jsonl, date, limit=limit, allow_paths=allow_paths, language=lang)
    if gold:
        scores = api.score_stages(docs, gold)
        click.echo(to_json(scores) if fmt == "json" else _scores(scores))
        return
    for doc in docs:
        try:
            record = api.explain(doc, stage=stage)
        except ValueError as e:  # an unknown stage: the message lists the stages
            raise click.BadParameter(str(e), param_hint="--stage") from None
        click.echo(to_json(record) if fmt == "json" else _text(record))


def register(main: click.Group) -> None:
    main.add_command(explain)
