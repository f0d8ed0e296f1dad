package uk.police.complaints.i18n.translation;

/**
 * Where a translatable string lives: {@code messages#layout.title} for a message key, or
 * {@code guides/stop-and-search#block-3} for a title, summary, audience or block of a content file.
 *
 * @param file {@code messages}, or a content file's folder and slug ({@code guides/stop-and-search})
 * @param unit the message key, or the part of the content file
 */
public record StringId(String file, String unit) {

    public static final String MESSAGES = "messages";

    public static StringId parse(String text) {
        int hash = text.indexOf('#');
        if (hash <= 0 || hash == text.length() - 1) {
            throw new IllegalArgumentException("'" + text + "' is not a string id (file#unit)");
        }
        return new StringId(text.substring(0, hash), text.substring(hash + 1));
    }

    public boolean isMessage() {
        return MESSAGES.equals(file);
    }

    @Override
    public String toString() {
        return file + '#' + unit;
    }
}
