package uk.police.complaints.portal.journey;

import java.io.Serializable;

/** A journey's answers as kept in the session, with the definition version they were given against. */
public record SavedAnswers(int version, Answers answers) implements Serializable {
}
