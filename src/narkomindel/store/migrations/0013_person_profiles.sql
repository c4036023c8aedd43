-- What the analyses read of each person, stored (issue 13): the person's standing as
-- the summary has it and, under the default evidence (every asserted factoid not
-- rejected), the career span, the number of posts, the fate factoids and the
-- attributes cohorts are formed by; one row per listed person, so that a fate table
-- or a report over a large register reads one table in one pass instead of
-- aggregating a million factoids. Derived data: rebuilt by refresh_derived with the
-- person summaries (store/profiles.py); an older database gets it when it is next
-- brought up to date (pipeline/upkeep.py), and is read from the factoids until then.
CREATE TABLE person_profiles (
    entity_id   INTEGER PRIMARY KEY REFERENCES entities(id) ON DELETE CASCADE,
    key         TEXT NOT NULL,              -- the person's key (entities.key)
    name        TEXT NOT NULL,              -- as person_summary
    kind        TEXT NOT NULL,
    is_soviet_official INTEGER NOT NULL DEFAULT 0,
    is_diplomat INTEGER NOT NULL DEFAULT 0,
    is_elite    INTEGER NOT NULL DEFAULT 0,
    first_year  INTEGER,                    -- the first year of a post (start, else attested)
    last_year   INTEGER,                    -- the last year of a post (end, start, attested)
    posts       INTEGER NOT NULL DEFAULT 0, -- posts that count
    fates       TEXT NOT NULL DEFAULT '[]', -- JSON [[factoid id, value, start, end, status, source key]]
    attributes  TEXT NOT NULL DEFAULT '[]'  -- JSON [[factoid id, attribute, value]] in source order
);
