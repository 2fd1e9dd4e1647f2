"""Public datasets: what is registered, download, load into the store, take out, inspect."""
from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..store import Store
from .stored import update_index

if TYPE_CHECKING:
    from ..datasets.loader import LoadResult


def load_dataset(name: str, path: str, store: Store, *, replace: bool = False, date: str | None = None
                 ) -> LoadResult:
    """Load dataset `name` from the file at `path` in one transaction (`datasets.load`; `replace` puts
    it in place of a loaded file of the same version; `date` dates a snapshot list), then update the
    actor index."""
    from .. import datasets

    result = datasets.load(name, path, store, replace=replace, date=date)
    if not result.already_loaded:
        update_index(store)
    return result


def remove_dataset(name: str, store: Store, *, version: str | None = None) -> list[dict[str, Any]]:
    """Remove every loaded file of dataset `name` (of one `version` when given) with all its rows, in
    one transaction, then rebuild the actor index; returns the removed files (id, version, path …)."""
    from ..datasets import get
    from ..errors import InvalidInput
    from ..store.removal import dataset_sources, delete_sources

    ds = get(name)
    with store.write_lock, store.transaction() as con:
        removed = dataset_sources(con, ds.name, version)
        if not removed:
            which = f"{ds.name} {version}" if version else ds.name
            raise InvalidInput(f"{which} is not loaded; `pluripolar sources` lists what is")
        delete_sources(con, [r["id"] for r in removed])
    update_index(store)
    return removed


def dataset_info(store: Store, name: str) -> dict[str, Any]:
    """A dataset: what it is (description, official and download URLs, licence, citation), its timing
    and published coverage, what silence after its last observation means, and every loaded file with
    its coverage, checksum and load time."""
    from ..datasets import get
    from ..store import dataset_queries

    ds = get(name)
    return {"name": ds.name, "description": ds.description, "url": ds.url, "download_url": ds.download_url,
            "licence": ds.licence, "citation": ds.citation, "timing": ds.timing.kind,
            "coverage": ds.timing.coverage, "after_coverage": ds.timing.after,
            "loads": dataset_queries.loads(store, ds.name)}


def datasets_overview(store: Store) -> list[dict[str, Any]]:
    """Every registered dataset with its coverage and how many of its files are loaded."""
    from ..datasets import available
    from ..store import dataset_queries

    loaded = dataset_queries.loaded_counts(store)
    return [{"name": d.name, "description": d.description, "timing": d.timing.kind, "coverage": d.timing.coverage,
             "licence": d.licence, "loaded": loaded.get(d.name, 0)} for d in available()]


def dataset_row(store: Store, source_id: str, number: int) -> dict[str, Any]:
    """Row `number` of a loaded dataset file as published (its fields as read), with the relations
    citing it; a clear error when the store does not hold it."""
    from ..errors import UnknownRecord
    from ..store import dataset_queries

    found = dataset_queries.row(store, source_id, number)
    if found is None:
        raise UnknownRecord(f"no row {number} of dataset source {source_id!r} in the store "
                            "(rows are kept for files loaded with this version and cited as evidence)")
    return found


def datasets_available() -> list[Any]:
    """Every registered dataset's spec (name, description, URLs, licence, citation, timing, layouts)."""
    from ..datasets import available

    return list(available())


def dataset_names() -> list[str]:
    """Every registered dataset name, in listing order (without loading their specs)."""
    from ..datasets.registry import names

    return names()


def fetch_dataset(name: str, dest: str | None = None) -> Path:
    """Download dataset `name` from its official URL into `dest` (default: the user data directory);
    returns the saved path."""
    from .. import datasets

    return datasets.fetch(datasets.get(name), dest)
