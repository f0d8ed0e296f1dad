-- Files people upload on a journey, sealed (AES-GCM, like the outbox), until the submission they belong to is
-- sent (then they move into the outbox with it) or the journey is abandoned (then they are deleted).
CREATE TABLE upload (
    id            VARCHAR(36)  NOT NULL PRIMARY KEY,
    file_name     VARCHAR(255) NOT NULL,
    file_type     VARCHAR(10)  NOT NULL,
    size_bytes    INTEGER      NOT NULL,
    sha256        VARCHAR(64)  NOT NULL,
    scan          VARCHAR(20)  NOT NULL,
    content       TEXT         NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE INDEX upload_created ON upload (created_at);
