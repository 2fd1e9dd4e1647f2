"""A polarity series as a chart for a report: one line, titled, labelled, with its data sources noted."""
from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from ..errors import InvalidInput

_LABELS = {
    "con": ("Concentration of capabilities (CON, Ray & Singer 1973)", "CON (0 = equal poles, 1 = one pole)"),
    "neff": ("Effective number of poles", "1 / Σ s²"),
    "hhi": ("Capability concentration (Herfindahl–Hirschman)", "Σ s²"),
    "leader-share": ("Leading power's share of the major powers' capabilities", "share"),
    "net-power": ("Concentration of net power (GDP × GDP per capita)", "CON"),
    "unga-polarization": ("UN General Assembly polarization", "s.d. of ideal points"),
    "blocs": ("Alliance blocs in the ATOP defence network", "number of blocs"),
}
_SOURCES = {
    "net-power": "Data: Anders, Fariss & Markowitz GDP and population; COW major powers.",
    "unga-polarization": "Data: Bailey, Strezhnev & Voeten UNGA ideal points.",
    "blocs": "Data: ATOP v5.1 defence pacts; COW NMC capabilities.",
}
_DEFAULT_SOURCE = "Data: Correlates of War National Material Capabilities; major powers: {majors}."


def plot_series(rows: Sequence[dict[str, Any]], path: str | Path, *, majors: str = "cow") -> Path:
    """Write the rows of one index as a PNG, SVG or PDF line chart (by the file's suffix)."""
    if not rows:
        raise InvalidInput("nothing to plot: the series is empty for these years")
    index = rows[0]["index"]
    out = Path(path)
    if out.suffix.lower() not in (".png", ".svg", ".pdf"):
        raise InvalidInput(f"--plot {out}: give a .png, .svg or .pdf file name")
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    pts = [(r["year"], r["value"]) for r in rows if r["value"] is not None]
    title, ylabel = _LABELS[index]
    fig, ax = plt.subplots(figsize=(9, 4.8), dpi=150)
    try:
        ax.plot([p[0] for p in pts], [p[1] for p in pts], color="#1f4e79", linewidth=1.8)
        ax.set_title(f"{title}, {rows[0]['year']}–{rows[-1]['year']}", loc="left", fontsize=12)
        ax.set_xlabel("year")
        ax.set_ylabel(ylabel)
        ax.grid(True, color="#dddddd", linewidth=0.6)
        ax.spines[["top", "right"]].set_visible(False)
        note = _SOURCES.get(index, _DEFAULT_SOURCE.format(majors=_majors_text(majors)))
        fig.text(0.01, 0.01, f"{note} Chart: pluripolar.", fontsize=8, color="#555555", ha="left")
        fig.tight_layout(rect=(0, 0.04, 1, 1))
        out.parent.mkdir(parents=True, exist_ok=True)
        fig.savefig(out)
    finally:
        plt.close(fig)
    return out


def _majors_text(majors: str) -> str:
    kind, _, arg = majors.partition(":")
    return {"cow": "COW major-power list", "top": f"the {arg} largest by CINC each year",
            "share": f"states with at least {arg} of world CINC"}.get(kind, majors)
