package uk.police.complaints.portal.journey;

/** A link on a page where a journey stops: its words (a message key) and where it goes. */
public record PageLink(String textKey, String href) {
}
