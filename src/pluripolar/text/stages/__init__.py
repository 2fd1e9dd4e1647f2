"""The extraction stages in pipeline order (`text/stage.py` says how they are declared and run)."""
from __future__ import annotations

from ..stage import Stage, declare
from . import (arguments, attributes, claims, coreference, dates, discourse, events, merge, mentions,
               modality, pair_model, pairs, sentences, triggers)

PIPELINE: tuple[Stage, ...] = declare([
    sentences.STAGE, mentions.STAGE, coreference.STAGE, dates.STAGE, triggers.STAGE, modality.STAGE,
    arguments.STAGE, attributes.STAGE, claims.STAGE, events.STAGE, discourse.STAGE, pairs.STAGE,
    pair_model.STAGE, merge.STAGE,
])
NAMES: tuple[str, ...] = tuple(s.name for s in PIPELINE)
