package uk.police.complaints.i18n.translation;

/**
 * One unit of an XLIFF file coming back from a translator.
 *
 * @param target the Welsh, or null when the unit has none
 * @param state the least far along state of the unit's segments
 */
public record XliffUnit(StringId id, String source, String target, TranslationState state) {
}
