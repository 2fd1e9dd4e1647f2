-- Feed entries `pluripolar watch` has met: read into a stored document, or failed (retried a few times).
CREATE TABLE feed_items (
    feed VARCHAR NOT NULL,            -- the feed's URL
    item VARCHAR NOT NULL,            -- the entry's id, else its link, else a hash of its title and content
    link VARCHAR,
    source_id VARCHAR,                -- the stored document, once read (the same text from two feeds: one source)
    error VARCHAR,                    -- why the last try failed
    attempts INTEGER NOT NULL DEFAULT 0,
    first_seen TIMESTAMP DEFAULT current_timestamp,
    last_tried TIMESTAMP DEFAULT current_timestamp,
    PRIMARY KEY (feed, item)
);
