-- 0007: what the analyses read, from an index alone: a fate table over a million
-- factoids reads each fate's and post's value, dates and status without touching
-- the wide factoid rows (their quotes).
CREATE INDEX factoids_analysis ON factoids(type, status, modality, id, source_key, seq, value, date_start, date_end);
