-- An actor-sorted adjacency of `relations` for the dossier and claim checks: each relation appears
-- under every actor it touches (side out/in, or both for a symmetric predicate), with its effective
-- date, whether it holds or ends, and until when it is current; assertions identical in those
-- respects are merged into one edge that lists its sources. Derived data, filled per source by
-- `store.actor_index.refresh_actor_edges`; `actor_edges_sources` lists the sources it covers.
-- Each refresh appends its edges sorted by actor; when the appended part outgrows a tenth of the
-- table, the table is rewritten sorted, so one actor's edges stay in few row groups.
CREATE TABLE actor_edges_sources (
    source_id VARCHAR PRIMARY KEY,
    source_no INTEGER NOT NULL,       -- a small number standing for the source in actor_edges
    label VARCHAR NOT NULL,           -- dataset name or document name
    kind VARCHAR NOT NULL             -- document | dataset
);

-- How many leading rows of actor_edges are sorted by actor (the rest was appended since).
CREATE TABLE actor_edges_state (sorted_rows BIGINT NOT NULL);
INSERT INTO actor_edges_state VALUES (0);

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
    d DATE NOT NULL,                  -- date_start, else the document's date, else 0001-01-01
    date_end DATE,
    spell BOOLEAN NOT NULL,           -- date_end beyond the end of the date's precision
    dir TINYINT NOT NULL,             -- 1 holds or starts, -1 ends (negation flips)
    upto DATE,                        -- last day it is current: a spell's end, the day before the source's
                                      -- next snapshot of this actor, a dataset end event's own day,
                                      -- or NULL (current until contradicted)
    first_d DATE,                     -- the earliest positive assertion of this partner in these sources
    detail JSON NOT NULL              -- one merged relation: {relation_id, date, status, attrs, evidence:
                                      -- {source_no, relation_id, quote, char_start, char_end, row}}
);
