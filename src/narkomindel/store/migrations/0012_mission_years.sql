-- A mission's staffing matrix stored (issue 12): for each country, how many posts it
-- has (and how many without years), and for each year its dated posts reach how many
-- heads, chargés d'affaires and staff served beyond the first few of each kind, who are
-- stored with the columns the page shows. Derived data: made from mission_posts by
-- refresh_derived (store/staffing.py); an older register is filled when it is opened.
CREATE TABLE mission_staffing (
    country     TEXT PRIMARY KEY,
    posts       INTEGER NOT NULL,
    undated     INTEGER NOT NULL
) WITHOUT ROWID;

CREATE TABLE mission_years (
    country       TEXT NOT NULL,
    year          INTEGER NOT NULL,
    heads_more    INTEGER NOT NULL,
    charges_more  INTEGER NOT NULL,
    staff_more    INTEGER NOT NULL,
    shown         TEXT NOT NULL,       -- JSON: [kind, entity id, factoid id, person key, name, role, first year, last year, source id, seq], in order
    PRIMARY KEY (country, year)
) WITHOUT ROWID;

-- every change to a country's posts, whatever makes it (a rebuild, a factoid deleted
-- with its cascade), marks the country until its matrix is made again; a marked
-- country's page is read from its posts
CREATE TABLE mission_changed (
    country     TEXT PRIMARY KEY
) WITHOUT ROWID;

CREATE TRIGGER mission_posts_added AFTER INSERT ON mission_posts
BEGIN
    INSERT OR IGNORE INTO mission_changed(country) VALUES (new.country);
END;

CREATE TRIGGER mission_posts_removed AFTER DELETE ON mission_posts
BEGIN
    INSERT OR IGNORE INTO mission_changed(country) VALUES (old.country);
END;

CREATE TRIGGER mission_posts_changed AFTER UPDATE ON mission_posts
BEGIN
    INSERT OR IGNORE INTO mission_changed(country) VALUES (old.country);
    INSERT OR IGNORE INTO mission_changed(country) VALUES (new.country);
END;
