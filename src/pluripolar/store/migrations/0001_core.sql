-- Sources, relations and their evidence: the core of the graph.
CREATE TABLE sources (
    id VARCHAR PRIMARY KEY,           -- sha256 of the content (document text or dataset file)
    kind VARCHAR NOT NULL,            -- document | dataset
    name VARCHAR NOT NULL,            -- document id / file stem, or dataset name
    url VARCHAR,
    title VARCHAR,
    date DATE,                        -- article date
    text VARCHAR,                     -- document text as extracted from
    dataset VARCHAR,
    version VARCHAR,
    path VARCHAR,
    extractor VARCHAR,
    extractor_version VARCHAR,
    n_relations BIGINT,
    added_at TIMESTAMP DEFAULT current_timestamp
);

CREATE TABLE relations (
    id VARCHAR NOT NULL,              -- deterministic hash of source and relation key
    source_id VARCHAR NOT NULL,
    subject VARCHAR NOT NULL,
    predicate VARCHAR NOT NULL,
    object VARCHAR,
    date VARCHAR,                     -- as asserted: YYYY, YYYY-MM or YYYY-MM-DD
    date_start DATE,                  -- first day of `date`
    date_end DATE,                    -- last day of `date`, or end of a spell
    status VARCHAR,
    attrs JSON,
    negated BOOLEAN NOT NULL DEFAULT false,
    confidence DOUBLE,
    plover VARCHAR,
    plover_mode VARCHAR,
    cameo VARCHAR
);

CREATE TABLE evidence (
    relation_id VARCHAR NOT NULL,
    source_id VARCHAR NOT NULL,
    quote VARCHAR,
    char_start INTEGER,
    char_end INTEGER,
    sentence VARCHAR,
    row_number BIGINT,                -- dataset row (1-based, header excluded)
    extractor VARCHAR,
    extractor_version VARCHAR
);
