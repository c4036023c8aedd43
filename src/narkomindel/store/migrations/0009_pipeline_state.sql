-- Where the pipeline stands, so that an interrupted run is finished by the next one.
-- `generation` counts every change to what resolution reads (a source stored, read
-- again, or extracted); `resolved_generation` is the generation the current persons,
-- links and register tables were computed from. Resolution is pending while they
-- differ. (Numbers 0005-0008 are kept for the web explorer and the analyses.)
CREATE TABLE pipeline_state (
    name TEXT PRIMARY KEY,
    value INTEGER NOT NULL
);

INSERT INTO pipeline_state(name, value) VALUES ('generation', 1);

-- a database with sources but no persons yet has a resolution pending
INSERT INTO pipeline_state(name, value)
SELECT 'resolved_generation',
       CASE WHEN EXISTS (SELECT 1 FROM sources) AND NOT EXISTS (SELECT 1 FROM entities)
            THEN 0 ELSE 1 END;
