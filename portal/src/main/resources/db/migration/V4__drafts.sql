-- Answers saved to come back to later. The answers are sealed (AES-GCM, like the outbox); the way back is kept
-- only as a hash: the e-mailed link's token (SHA-256), or the code (SHA-256) with the memorable word (BCrypt).
CREATE TABLE draft (
    id            VARCHAR(36)  NOT NULL PRIMARY KEY,
    journey       VARCHAR(40)  NOT NULL,
    token_hash    VARCHAR(64)  UNIQUE,
    code_hash     VARCHAR(64)  UNIQUE,
    word_hash     VARCHAR(100),
    failed_tries  INTEGER      NOT NULL,
    answers       TEXT         NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at    TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE INDEX draft_expires ON draft (expires_at);

-- The files a draft's answers hold: kept while the draft is, though unsent files are otherwise deleted in a day.
CREATE TABLE draft_upload (
    draft_id      VARCHAR(36)  NOT NULL REFERENCES draft (id) ON DELETE CASCADE,
    upload_id     VARCHAR(36)  NOT NULL,
    PRIMARY KEY (draft_id, upload_id)
);
