"""The `pluripolar` command: thin wrappers over the Python API, one clear line per error."""
from __future__ import annotations

import os
import sys
from importlib import import_module

import click

from .. import __version__
from ..errors import PluripolarError, one_line

# Each module registers its commands on `main` through `register(main)`.
COMMAND_MODULES = ("documents", "explain", "query", "data", "analysis", "events", "web", "scale", "watch")


class Main(click.Group):
    """A group that turns every error into one line on stderr and a non-zero exit."""

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        """Refuse an argument that is not valid text: bytes that are not UTF-8 reach Python as lone
        surrogates, which no file name, store query or output can take."""
        for arg in args:
            try:
                arg.encode("utf-8")
            except UnicodeEncodeError:
                shown = arg.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
                raise click.UsageError(one_line(f"argument '{shown}' is not valid UTF-8 text"), ctx) from None
        return super().parse_args(ctx, args)

    def invoke(self, ctx: click.Context):
        try:
            return super().invoke(ctx)
        except PluripolarError as e:
            raise click.ClickException(one_line(str(e)) or type(e).__name__) from None
        except (click.ClickException, click.exceptions.Exit, click.exceptions.Abort):
            raise
        except KeyboardInterrupt:
            click.echo("interrupted", err=True)
            sys.exit(130)
        except BrokenPipeError:
            sys.stderr.close()
            sys.exit(1)
        except OSError as e:  # a file named by the user: missing folder, no permission, disk full, name too long
            raise click.ClickException(one_line(os_error(e))) from None
        except Exception as e:  # a bug: still one line, full trace only when asked for
            if os.environ.get("PLURIPOLAR_DEBUG"):
                raise
            msg = str(e).strip().splitlines()[0] if str(e).strip() else ""
            raise click.ClickException(one_line(f"internal error: {type(e).__name__}: {msg} "
                                                "(set PLURIPOLAR_DEBUG=1 for details)")) from None


def os_error(e: OSError) -> str:
    """What an OSError says about the file it names, in a sentence: `PATH: reason` (a long name cut)."""
    name = str(e.filename) if e.filename is not None else ""
    if len(name) > 120:
        name = f"{name[:60]}…{name[-40:]} ({len(name):,} characters)"
    reason = e.strerror or str(e) or type(e).__name__
    return f"{name}: {reason}" if name else reason


@click.group(cls=Main, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="pluripolar")
def main() -> None:
    """pluripolar: relations between states and organisations, from news text and open datasets,
    each traceable to its source; and how multipolar the international system is."""


try:
    for _name in COMMAND_MODULES:
        import_module(f"{__name__}.{_name}").register(main)
except KeyboardInterrupt:  # Ctrl-C in the seconds the command modules take to import: no traceback
    print("interrupted", file=sys.stderr)
    sys.exit(130)
