-- 0002: what extraction finds: mentions, factoids (claims) and events, per source.
CREATE TABLE extraction_runs (
    source_key  INTEGER PRIMARY KEY REFERENCES sources(key) ON DELETE CASCADE,
    version     TEXT NOT NULL,
    ran_at      TEXT NOT NULL
);

CREATE TABLE mentions (
    id          INTEGER PRIMARY KEY,
    source_key  INTEGER NOT NULL REFERENCES sources(key) ON DELETE CASCADE,
    seq         INTEGER NOT NULL,
    start       INTEGER NOT NULL,
    "end"       INTEGER NOT NULL,
    text        TEXT NOT NULL,
    type        TEXT NOT NULL,
    extractor   TEXT NOT NULL,
    confidence  REAL NOT NULL,
    attrs_json  TEXT NOT NULL DEFAULT '{}',
    UNIQUE (source_key, seq)
);
CREATE INDEX mentions_type ON mentions(type, source_key);

CREATE TABLE factoids (
    id          INTEGER PRIMARY KEY,
    source_key  INTEGER NOT NULL REFERENCES sources(key) ON DELETE CASCADE,
    seq         INTEGER NOT NULL,
    type        TEXT NOT NULL,
    subject_seq INTEGER NOT NULL,
    start       INTEGER NOT NULL,
    "end"       INTEGER NOT NULL,
    quote       TEXT NOT NULL,
    role        TEXT,
    organisation TEXT,
    department  TEXT,
    country     TEXT,
    date_start  TEXT,
    date_end    TEXT,
    value       TEXT,
    attribute   TEXT,
    modality    TEXT NOT NULL DEFAULT 'asserted',
    confidence  REAL NOT NULL,
    extractor   TEXT NOT NULL,
    status      TEXT NOT NULL DEFAULT 'extracted',
    attrs_json  TEXT NOT NULL DEFAULT '{}',
    UNIQUE (source_key, seq)
);
CREATE INDEX factoids_type ON factoids(type, source_key);

CREATE TABLE events (
    id          INTEGER PRIMARY KEY,
    source_key  INTEGER NOT NULL REFERENCES sources(key) ON DELETE CASCADE,
    seq         INTEGER NOT NULL,
    type        TEXT NOT NULL,
    name        TEXT NOT NULL,
    start       INTEGER NOT NULL,
    "end"       INTEGER NOT NULL,
    quote       TEXT NOT NULL,
    date        TEXT,
    place       TEXT,
    parties_json TEXT NOT NULL DEFAULT '[]',
    participants_json TEXT NOT NULL DEFAULT '[]',
    extractor   TEXT NOT NULL,
    confidence  REAL NOT NULL,
    attrs_json  TEXT NOT NULL DEFAULT '{}',
    UNIQUE (source_key, seq)
);
