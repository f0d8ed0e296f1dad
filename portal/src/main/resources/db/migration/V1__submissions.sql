-- A submission is committed here, in one transaction, before its reference is shown to the person.
CREATE TABLE submission (
    reference       VARCHAR(11)  NOT NULL PRIMARY KEY,
    kind            VARCHAR(20)  NOT NULL,
    schema_version  INTEGER      NOT NULL,
    journey_language VARCHAR(2)  NOT NULL,
    payload         TEXT         NOT NULL,
    submitted_at    TIMESTAMP WITH TIME ZONE NOT NULL
);

-- Equality monitoring answers are special category data: kept apart, with nothing that links them to a person.
CREATE TABLE equality_monitoring (
    id              VARCHAR(36)  NOT NULL PRIMARY KEY,
    kind            VARCHAR(20)  NOT NULL,
    payload         TEXT         NOT NULL,
    received_on     DATE         NOT NULL
);
