-- A mission's posts read in one range (issue 13): every post of a Soviet official in a
-- country, with the few columns a staffing matrix needs, stored in the order the mission
-- page lists them. Derived data: rebuilt by refresh_derived with the person summaries.
CREATE TABLE mission_posts (
    country     TEXT NOT NULL,
    sort_from   TEXT NOT NULL,              -- the first date, else the attested one, else the last
    sort_to     TEXT NOT NULL,              -- the last date
    name        TEXT NOT NULL,
    factoid_id  INTEGER NOT NULL REFERENCES factoids(id) ON DELETE CASCADE,
    entity_id   INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
    person      TEXT NOT NULL,              -- the person's key
    role        TEXT,
    first_year  INTEGER,
    last_year   INTEGER,
    source      TEXT NOT NULL,              -- the source's id
    seq         INTEGER NOT NULL,
    PRIMARY KEY (country, sort_from, sort_to, name, factoid_id, entity_id)
) WITHOUT ROWID;
CREATE INDEX mission_posts_entity ON mission_posts(entity_id);

-- filled as refresh_derived fills it (store/derived.py, MISSION_POSTS)
INSERT INTO mission_posts(country, sort_from, sort_to, name, factoid_id, entity_id, person, role, first_year, last_year, source, seq) SELECT country, COALESCE(NULLIF(date_start, ''), NULLIF(attested, ''), NULLIF(date_end, ''), '9999'), COALESCE(date_end, ''), name, fid, entity_id, key, role, COALESCE(NULLIF(CASE WHEN substr(date_start, 1, 4) GLOB '[0-9][0-9][0-9][0-9]' THEN CAST(substr(date_start, 1, 4) AS INTEGER) END, 0), NULLIF(CASE WHEN substr(attested, 1, 4) GLOB '[0-9][0-9][0-9][0-9]' THEN CAST(substr(attested, 1, 4) AS INTEGER) END, 0), NULLIF(CASE WHEN substr(date_end, 1, 4) GLOB '[0-9][0-9][0-9][0-9]' THEN CAST(substr(date_end, 1, 4) AS INTEGER) END, 0)), COALESCE(NULLIF(CASE WHEN substr(date_end, 1, 4) GLOB '[0-9][0-9][0-9][0-9]' THEN CAST(substr(date_end, 1, 4) AS INTEGER) END, 0), NULLIF(CASE WHEN substr(date_start, 1, 4) GLOB '[0-9][0-9][0-9][0-9]' THEN CAST(substr(date_start, 1, 4) AS INTEGER) END, 0), NULLIF(CASE WHEN substr(attested, 1, 4) GLOB '[0-9][0-9][0-9][0-9]' THEN CAST(substr(attested, 1, 4) AS INTEGER) END, 0)), source, seq FROM (SELECT f.country, pf.entity_id, f.id AS fid, e.key, ps.name, f.role, f.date_start, f.date_end, json_extract(f.attrs_json, '$.attested') AS attested, s.id AS source, f.seq FROM factoids f JOIN person_factoids pf ON pf.factoid_id = f.id JOIN person_summary ps ON ps.entity_id = pf.entity_id JOIN entities e ON e.id = pf.entity_id JOIN sources s ON s.key = f.source_key WHERE f.type = 'post' AND f.status != 'rejected' AND f.modality = 'asserted' AND f.country IS NOT NULL AND ps.is_soviet_official = 1);
