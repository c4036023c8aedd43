-- 0001: sources with their original bytes, normalised text and offset map;
-- segments and source annotations.
CREATE TABLE sources (
    key          INTEGER PRIMARY KEY,       -- compact internal key
    id           TEXT NOT NULL UNIQUE,      -- sha256 of the original bytes
    path         TEXT NOT NULL,             -- absolute path at ingest time
    version      INTEGER NOT NULL,          -- 1, 2, ... for successive contents of one path
    supersedes   TEXT REFERENCES sources(id),
    kind         TEXT NOT NULL,             -- scholarship | primary | registry | web_page
    language     TEXT NOT NULL,
    title        TEXT,
    citation     TEXT,
    reader       TEXT NOT NULL,             -- e.g. reader.text.v1
    encoding     TEXT NOT NULL,
    byte_offset  INTEGER NOT NULL DEFAULT 0,
    size         INTEGER NOT NULL,
    ingested_at  TEXT NOT NULL,
    meta_json    TEXT NOT NULL DEFAULT '{}',
    warnings_json TEXT NOT NULL DEFAULT '[]',
    UNIQUE (path, version)
);
CREATE INDEX sources_path ON sources(path);

CREATE TABLE source_content (
    source_key   INTEGER PRIMARY KEY REFERENCES sources(key) ON DELETE CASCADE,
    original     BLOB NOT NULL,             -- the bytes as ingested
    source_text  TEXT,                      -- PDF text layer; NULL: decode `original`
    text         TEXT NOT NULL,             -- normalised text
    offsets      TEXT NOT NULL              -- JSON: flat offset-map runs
);

CREATE TABLE segments (
    id         INTEGER PRIMARY KEY,
    source_key INTEGER NOT NULL REFERENCES sources(key) ON DELETE CASCADE,
    seq        INTEGER NOT NULL,
    start      INTEGER NOT NULL,
    "end"      INTEGER NOT NULL,
    kind       TEXT NOT NULL,
    page       TEXT,
    label      TEXT,
    grp        TEXT,
    attrs_json TEXT NOT NULL DEFAULT '{}',
    UNIQUE (source_key, seq)
);
CREATE INDEX segments_kind ON segments(source_key, kind);

CREATE TABLE annotations (
    id         INTEGER PRIMARY KEY,
    source_key INTEGER NOT NULL REFERENCES sources(key) ON DELETE CASCADE,
    seq        INTEGER NOT NULL,
    start      INTEGER NOT NULL,
    "end"      INTEGER NOT NULL,
    kind       TEXT NOT NULL,               -- tei | record_field | footnote_marker | authority
    name       TEXT NOT NULL,
    value      TEXT,
    attrs_json TEXT NOT NULL DEFAULT '{}',
    UNIQUE (source_key, seq)
);
CREATE INDEX annotations_kind ON annotations(source_key, kind, name);
