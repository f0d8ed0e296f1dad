-- The key a person's session gave the journey before it was sent: a send tried again (after a failure that left the
-- person unsure, such as the database going away as it committed) finds the submission already kept, and is not
-- kept twice. Rows from before have none.
ALTER TABLE submission ADD COLUMN send_key VARCHAR(36);
CREATE UNIQUE INDEX submission_send_key ON submission (send_key);
