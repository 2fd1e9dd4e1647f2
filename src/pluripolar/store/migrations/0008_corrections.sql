-- An analyst's review of what the extractor proposed for a document, kept beside the extractor's
-- output: each relation the analyst rejected (not stored) or edited (stored as edited, `relation_id`),
-- with the relation as extracted (`extracted`: the record of the extractor's output, its quote and
-- offsets, `extractor` and `extractor_version`) and what changed (`changes`: {field: [extracted
-- value, analyst's value]}), who decided (`analyst`, as the analyst gave it) and when.
CREATE TABLE corrections (
    source_id VARCHAR NOT NULL,
    relation_id VARCHAR,              -- the stored relation an edit made; NULL for a rejection
    action VARCHAR NOT NULL,          -- edited | rejected
    extracted JSON NOT NULL,
    changes JSON,
    extractor VARCHAR,
    extractor_version VARCHAR,
    analyst VARCHAR,
    decided_at TIMESTAMP DEFAULT current_timestamp
);
