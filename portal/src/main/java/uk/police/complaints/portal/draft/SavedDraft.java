package uk.police.complaints.portal.draft;

import java.time.OffsetDateTime;
import java.util.Optional;

/** A draft just saved: until when it is kept, and the code to write down when the person chose one. */
record SavedDraft(OffsetDateTime expiresAt, Optional<String> code) {
}
