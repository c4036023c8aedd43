-- 0003: resolution: person entities, which mention belongs to which, registry links,
-- and the append-only curation log that outlives every re-run.
CREATE TABLE entities (
    id          INTEGER PRIMARY KEY,
    key         TEXT NOT NULL UNIQUE,       -- stable across runs on the same inputs
    type        TEXT NOT NULL,              -- person
    label       TEXT NOT NULL,
    variants_json TEXT NOT NULL DEFAULT '[]',
    attrs_json  TEXT NOT NULL DEFAULT '{}'
);

CREATE TABLE entity_mentions (
    entity_id   INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
    source_key  INTEGER NOT NULL REFERENCES sources(key) ON DELETE CASCADE,
    mention_seq INTEGER NOT NULL,
    score       REAL NOT NULL,
    evidence    TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (source_key, mention_seq)
);
CREATE INDEX entity_mentions_entity ON entity_mentions(entity_id);

CREATE TABLE links (
    id          INTEGER PRIMARY KEY,
    key         TEXT NOT NULL UNIQUE,       -- stable: person key + record
    entity_id   INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
    record_source TEXT NOT NULL,            -- source id of the registry page
    record_seq  INTEGER NOT NULL,           -- mention seq of the record's name
    record_name TEXT NOT NULL,
    score       REAL NOT NULL,
    status      TEXT NOT NULL,              -- applied | review | rejected
    conflict    TEXT,
    evidence_json TEXT NOT NULL DEFAULT '{}'
);

CREATE TABLE curation_log (
    id          INTEGER PRIMARY KEY,
    at          TEXT NOT NULL,
    who         TEXT NOT NULL,
    action      TEXT NOT NULL,              -- accept | reject | merge | split
    target      TEXT NOT NULL,              -- a link key
    why         TEXT NOT NULL DEFAULT ''
);
