"""Docs that tests check: the README names every command, docs/ontology.md is the ontology."""
from pathlib import Path

from pluripolar.cli import main
from pluripolar.ontology import markdown

ROOT = Path(__file__).resolve().parents[1]


def test_docs_readme_names_every_command():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for name, cmd in main.commands.items():
        subs = getattr(cmd, "commands", None) or {"": None}
        for sub in subs:
            assert f"pluripolar {name}{' ' + sub if sub else ''}" in readme or \
                f"{name} {sub}" in readme, f"README does not mention `pluripolar {name} {sub}`"


def test_docs_ontology_reference_is_current():
    assert (ROOT / "docs" / "ontology.md").read_text(encoding="utf-8") == markdown()


def test_docs_every_command_has_help():
    for name, cmd in main.commands.items():
        assert cmd.help and cmd.help.strip(), name
