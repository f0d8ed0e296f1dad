-- The transactional outbox. A submission's message to the back office is written here in the same transaction as
-- the submission, before its reference is shown, and a delivery worker sends it later, however long that takes.
-- Status is read from the timestamps: delivered_at, dead_at, or neither (waiting for next_attempt_at).
-- payload holds the exact bytes to send, encrypted (AES-GCM); it is emptied once delivered and past retention.
CREATE TABLE outbox (
    id               VARCHAR(36)  NOT NULL PRIMARY KEY,
    idempotency_key  VARCHAR(36)  NOT NULL,
    reference        VARCHAR(11),
    kind             VARCHAR(20)  NOT NULL,
    destination      VARCHAR(60)  NOT NULL,
    payload          TEXT,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    next_attempt_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    attempts         INTEGER      NOT NULL DEFAULT 0,
    claimed_by       VARCHAR(36),
    claimed_until    TIMESTAMP WITH TIME ZONE,
    last_outcome     VARCHAR(200),
    delivered_at     TIMESTAMP WITH TIME ZONE,
    dead_at          TIMESTAMP WITH TIME ZONE,
    purged_at        TIMESTAMP WITH TIME ZONE
);

CREATE INDEX outbox_due ON outbox (next_attempt_at);
CREATE INDEX outbox_reference ON outbox (reference);

-- Every attempt to send, with its outcome, for operators. Never personal data: a status code or an error name.
CREATE TABLE delivery_attempt (
    outbox_id        VARCHAR(36)  NOT NULL,
    attempt          INTEGER      NOT NULL,
    attempted_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    worker           VARCHAR(36)  NOT NULL,
    outcome          VARCHAR(20)  NOT NULL,
    detail           VARCHAR(200),
    PRIMARY KEY (outbox_id, attempt)
);

-- Before the first release only developers' test rows existed; from here on the words people send live only in
-- the outbox, encrypted. Equality answers become outbox entries of their own, with no reference to link them.
ALTER TABLE submission DROP COLUMN payload;
DROP TABLE equality_monitoring;
