"""The Python API: the one front door. The command line and the web app call only this package (and
open a `Store`); scripts can use it directly. Each function is thin: it checks its arguments and calls
the layer that does the work (`sources`, `text`, `datasets`, `store`, `analysis`, `scale`).

- `documents`: read documents, extract their relations, explain, ingest, watch feeds;
- `stored`: what the store and gazetteer hold (relations, sources, actors, predicates);
- `datasets`: public datasets (list, fetch, load, remove, inspect);
- `analyses`: dossier, dyad, claims, polarity, event series, graph export;
- `scale`: Spark extraction and GDELT aggregation.
"""
from ..export import to_json
from ..records import relation_record
from ..sources import Document
from .analyses import (claims, dossier, dyad, event_periods, events, export_graph, plot_polarity, polarity,
                       polarity_about, polarity_indices)
from .datasets import (dataset_info, dataset_names, dataset_row, datasets_available, datasets_overview, fetch_dataset,
                       load_dataset, remove_dataset)
from .documents import (IngestSummary, check_date, default_workers, document, document_source, explain, extract,
                        ingest, ingest_reviewed, max_document_bytes, propose, read_documents, read_feed_list,
                        score_stages, source_id, text_languages, watch_once)
from .scale import extract_spark, gdelt_dyad_month, scale_engines
from .stored import (DATE_RULE, SORT_KEYS, SOURCE_KINDS, actor, actor_id, actors, corrections, count_relations,
                     describe_actor, iso_numeric, plover_types, predicate_counts, predicates, relation_counts,
                     relation_filter, relation_years, relations, resolve_actor, search_actors, serving_at, source,
                     source_details, sources, store_path, totals, update_index)

__all__ = [
    "actor", "actor_id", "actors", "check_date", "claims", "corrections", "count_relations", "dataset_info",
    "dataset_names", "dataset_row", "datasets_available", "datasets_overview", "DATE_RULE", "default_workers",
    "describe_actor", "Document", "document", "document_source", "dossier", "dyad", "event_periods", "events",
    "explain", "export_graph", "extract", "extract_spark", "fetch_dataset", "gdelt_dyad_month", "ingest",
    "ingest_reviewed", "IngestSummary", "iso_numeric", "load_dataset", "max_document_bytes", "plot_polarity",
    "plover_types", "polarity", "polarity_about", "polarity_indices", "predicate_counts", "predicates", "propose",
    "read_documents", "read_feed_list", "relation_counts", "relation_filter", "relation_record", "relation_years",
    "relations", "remove_dataset", "resolve_actor", "scale_engines", "score_stages", "search_actors", "serving_at",
    "SORT_KEYS", "source", "source_details", "source_id", "SOURCE_KINDS", "sources", "store_path", "text_languages",
    "to_json", "totals", "update_index", "watch_once"
]
