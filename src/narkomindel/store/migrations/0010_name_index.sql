-- Names found fast on a large register (issue 13): a trigram index over every name a
-- person is written under (its rowid is the entity_names row's), so that a search for
-- part of a name need not read every name; kept up to date by refresh_derived.
CREATE VIRTUAL TABLE entity_names_trigram USING fts5(name, tokenize = 'trigram');
INSERT INTO entity_names_trigram(rowid, name) SELECT rowid, name FROM entity_names;

-- the name keys of a person answered from the index alone
CREATE INDEX entity_names_key_entity ON entity_names(key, entity_id);

-- lists in name order read in that order (and stop at their limit)
CREATE INDEX person_summary_order ON person_summary(kind DESC, name);
