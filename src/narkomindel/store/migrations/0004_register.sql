-- The register: what queries, exports and imports read quickly.

-- A curation action may carry a value (a corrected name, a factoid's new status).
ALTER TABLE curation_log ADD COLUMN value TEXT;

-- Each person's factoids: from the person's own mentions, and (via_link) from a
-- registry record an applied link joins to them. Rebuilt after every resolution
-- and every curator decision.
CREATE TABLE person_factoids (
    entity_id   INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
    factoid_id  INTEGER NOT NULL REFERENCES factoids(id) ON DELETE CASCADE,
    via_link    INTEGER REFERENCES links(id) ON DELETE CASCADE,
    PRIMARY KEY (entity_id, factoid_id)
) WITHOUT ROWID;
CREATE INDEX person_factoids_factoid ON person_factoids(factoid_id);

CREATE INDEX factoids_subject ON factoids(source_key, subject_seq);
CREATE INDEX factoids_post ON factoids(type, country, date_start);
CREATE INDEX factoids_role ON factoids(type, role);
CREATE INDEX events_type ON events(type, date);

-- Every name a person is written under, with its match key (any spelling, any script).
CREATE TABLE entity_names (
    entity_id   INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
    name        TEXT NOT NULL,
    key         TEXT NOT NULL
);
CREATE INDEX entity_names_key ON entity_names(key);
CREATE INDEX entity_names_entity ON entity_names(entity_id);

-- Full text over the sources' segments; `keys` holds the name keys of the
-- capitalised words, so a search for "Litvinoff" finds "Litvinov" and "Литвинов".
CREATE VIRTUAL TABLE search_text USING fts5(
    text, keys, source_key UNINDEXED, seq UNINDEXED, start UNINDEXED,
    tokenize = 'unicode61 remove_diacritics 2'
);
CREATE TABLE search_indexed (
    source_key  INTEGER PRIMARY KEY REFERENCES sources(key) ON DELETE CASCADE
);

-- One row a person (text persons, and registry records no applied link joins to a
-- text person): what lists and filters need without reading every factoid.
CREATE TABLE person_summary (
    entity_id   INTEGER PRIMARY KEY REFERENCES entities(id) ON DELETE CASCADE,
    name        TEXT NOT NULL,
    kind        TEXT NOT NULL,              -- text | registry
    is_soviet_official INTEGER NOT NULL DEFAULT 0,
    is_diplomat INTEGER NOT NULL DEFAULT 0,
    is_elite    INTEGER NOT NULL DEFAULT 0,
    fate        TEXT,
    fate_date   TEXT,
    birth       TEXT,
    death       TEXT,
    posts       INTEGER NOT NULL DEFAULT 0,
    mentions    INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX person_summary_fate ON person_summary(fate);
