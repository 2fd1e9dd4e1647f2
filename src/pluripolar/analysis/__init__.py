"""Analyses over the store: dossier, dyad timeline, claims and contradictions, polarity, graph export.

The CLI and the web app call these functions; each returns plain JSON-ready records (shapes in each
module's docstring).
"""
from .claims import check_claims
from .contradictions import contradictions
from .dossier import dossier
from .dyad import dyad
from .graph import export as export_graph
from .polarity import registry as polarity_indices, series as polarity

__all__ = ["check_claims", "contradictions", "dossier", "dyad", "export_graph", "polarity", "polarity_indices"]
