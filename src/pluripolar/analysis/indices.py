"""Concentration indices over power shares: pure functions, each renormalising its input to sum to 1.

CON is Ray & Singer's (1973) concentration, sqrt((Σs² − 1/N) / (1 − 1/N)): 0 when N poles are
equal, 1 when one holds everything. It satisfies N·Σs² = CON²·(N − 1) + 1.
"""
from __future__ import annotations

import math
from collections.abc import Sequence

from ..errors import InvalidInput


def shares(values: Sequence[float]) -> list[float]:
    """`values` renormalised to sum to 1 (negative or missing values are an error)."""
    vals = [float(v) for v in values]
    if not vals:
        raise InvalidInput("no power values to compute shares from")
    if any(v < 0 or math.isnan(v) for v in vals):
        raise InvalidInput("power values must be non-negative numbers")
    total = sum(vals)
    if total <= 0:
        raise InvalidInput("power values sum to zero")
    return [v / total for v in vals]


def hhi(values: Sequence[float]) -> float:
    """Herfindahl–Hirschman index Σs² of the renormalised shares (1/N … 1)."""
    return sum(s * s for s in shares(values))


def neff(values: Sequence[float]) -> float:
    """Effective number of poles 1/Σs² (Laakso & Taagepera): N for equal poles, 1 for one pole."""
    return 1.0 / hhi(values)


def con(values: Sequence[float]) -> float | None:
    """Ray & Singer's CON; None for a single pole, where it is undefined."""
    n = len(values)
    if n < 2:
        return None
    h = hhi(values)
    return math.sqrt(max(0.0, (h - 1.0 / n) / (1.0 - 1.0 / n)))


def leader_share(values: Sequence[float]) -> float:
    """The largest renormalised share."""
    return max(shares(values))


def top2_share(values: Sequence[float]) -> float:
    """The sum of the two largest renormalised shares (the leader's share with one pole)."""
    return sum(sorted(shares(values), reverse=True)[:2])
