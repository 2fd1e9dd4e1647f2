"""Text → relations: the extraction pipeline (clean, parse, actors, triggers, arguments, dates, merge).

    from pluripolar.text import Extractor
    relations = Extractor().extract(text, doc_id="d1", date="2024-06-20")
"""
from .extractor import EXTRACTOR_NAME, EXTRACTOR_VERSION, Extractor

__all__ = ["EXTRACTOR_NAME", "EXTRACTOR_VERSION", "Extractor"]
