-- 0005: accounts and sessions of the web explorer (curators, admins).
-- Passwords are stored only as argon2 hashes; sessions only as hashes of their tokens.
CREATE TABLE users (
    name          TEXT PRIMARY KEY,
    role          TEXT NOT NULL,            -- curator | admin
    password_hash TEXT NOT NULL,
    created_at    TEXT NOT NULL
);

CREATE TABLE sessions (
    token_hash  TEXT PRIMARY KEY,           -- sha256 of the cookie's token
    user        TEXT NOT NULL REFERENCES users(name) ON DELETE CASCADE,
    csrf        TEXT NOT NULL,              -- the token every form of this session carries
    created_at  TEXT NOT NULL,
    expires_at  TEXT NOT NULL
);
CREATE INDEX sessions_user ON sessions(user);

-- the history of one person reads the log by target
CREATE INDEX curation_log_target ON curation_log(target);
