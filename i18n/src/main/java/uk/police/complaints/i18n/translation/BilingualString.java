package uk.police.complaints.i18n.translation;

/**
 * One translatable string in both languages.
 *
 * @param welsh the current Welsh, or null when it has not been written yet
 */
public record BilingualString(StringId id, String english, String welsh) {

    public boolean hasWelsh() {
        return welsh != null && !welsh.isEmpty();
    }
}
