-- What each loaded dataset file covers in time, and how it was loaded: the first and last dates its
-- relations observe (the rule for time in store/actor_index.py reads `last_date`), its timing kind
-- (datasets/spec.py: waves | spells | events | snapshot | tables), the snapshot date it was given, and
-- the sha256 and size of the file as published. Loads made before this migration are filled in from
-- their relations the next time the actor index is refreshed (checksum unknown).
CREATE TABLE dataset_coverage (
    source_id VARCHAR PRIMARY KEY,
    dataset VARCHAR NOT NULL,
    kind VARCHAR NOT NULL,
    first_date DATE,
    last_date DATE,
    snapshot_date DATE,
    file_sha256 VARCHAR,
    file_bytes BIGINT
);

-- The rows of a dataset file that evidence cites, as read from the file (fields as text, missing
-- values null, in the file's column order), so each can be shown as published after the file is gone.
CREATE TABLE dataset_rows (
    source_id VARCHAR NOT NULL,
    row_number BIGINT NOT NULL,       -- 1-based data row, header excluded (evidence.row_number)
    fields JSON NOT NULL              -- {column: value}
);

-- The actor index gains `attrs_all` (every merged relation's attrs: what sizes it), `ev_n`/`ev_row`
-- (how many dataset rows its first source's relations cite, and the first) and `observed_to`: for a dataset fact still holding at its dataset's last observation,
-- that date (after it, the fact is shown as last observed, neither current nor ended).
-- Derived data: emptied here and rebuilt from the relations by the next refresh.
DROP TABLE actor_edges;
DELETE FROM actor_edges_sources;
UPDATE actor_edges_state SET sorted_rows = 0;
CREATE TABLE actor_edges (
    actor VARCHAR NOT NULL,
    side VARCHAR NOT NULL,            -- out | in | both
    predicate VARCHAR NOT NULL,
    partner VARCHAR NOT NULL,
    source_no INTEGER NOT NULL,       -- the source of the edge's evidence
    sources INTEGER[] NOT NULL,       -- every source asserting it
    relations INTEGER NOT NULL,       -- how many relations were merged
    weight BIGINT NOT NULL,           -- their attrs.count summed (one for a relation without a count)
    dataset BOOLEAN NOT NULL,         -- from a dataset (a census) rather than a document (a mention)
    d DATE NOT NULL,                  -- date_start, else the document's date, else 0001-01-01 (undated)
    date_end DATE,
    spell BOOLEAN NOT NULL,           -- date_end beyond the end of the date's precision
    dir TINYINT NOT NULL,             -- 1 holds or starts, -1 ends (negation flips)
    upto DATE,                        -- last day it is current (see store/actor_index.py), or NULL
    observed_to DATE,                 -- a dataset fact holding at its dataset's last observation: that date
    first_d DATE,                     -- the earliest positive assertion of this partner in these sources
    attrs_all JSON[] NOT NULL,        -- the attrs of every merged relation (what sizes it: programmes …)
    ev_n BIGINT NOT NULL,             -- dataset rows the merged relations of `source_no` cite
    ev_row BIGINT,                    -- the first of them
    detail JSON NOT NULL              -- one merged relation: {relation_id, date, status, attrs, evidence:
                                      -- {source_no, relation_id, quote, char_start, char_end, row}}
);
