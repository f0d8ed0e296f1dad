package uk.police.complaints.i18n.check;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Text that looks like UTF-8 read as Latin-1 or Windows-1252 (mojibake): "ŵ" becomes "Åµ", "’" becomes "â€™".
 * The first byte of a two- or three-byte UTF-8 character turns into a Latin-1 letter, and the bytes after it into
 * characters that never follow a letter in Welsh or English. Welsh's own letters (â, ŵ, ŷ, ẁ, ä, á, à...) and
 * typographic quotes and dashes are not damage.
 */
final class EncodingDamage {

    /** What a UTF-8 continuation byte (0x80 to 0xBF) reads as in Latin-1 or Windows-1252. */
    private static final String CONTINUATION = "\\u0080-\\u00BF€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ";
    /** The same, less the quotes and dashes that may follow a capital Welsh letter in real text (Â’r). */
    private static final String CONTINUATION_NOT_TYPOGRAPHY = "\\u0080-\\u00BF€‚ƒ„†‡ˆ‰Š‹ŒŽ˜™š›œžŸ";
    private static final Pattern DAMAGE = Pattern.compile(String.join("|",
            "\\uFFFD", // the replacement character: a decoder already gave up
            "[\\u0080-\\u009F]", // C1 control characters: Windows-1252 bytes read as Latin-1
            "[ÃÅ].?", // lead bytes of U+00C0-U+00FF and U+0140-U+017F (ŵ, ŷ); neither is a Welsh or English letter
            "[\\u00C2-\\u00DF][" + CONTINUATION_NOT_TYPOGRAPHY + "]", // any other two-byte character
            "[\\u00E0-\\u00EF][" + CONTINUATION + "]{2}")); // three bytes: ẁ ẃ ẅ ỳ, quotes, dashes, a byte order mark

    private EncodingDamage() {
    }

    /** Every stretch of the text that looks damaged, empty if none does. */
    static List<String> in(String text) {
        List<String> found = new ArrayList<>();
        Matcher damage = DAMAGE.matcher(text);
        while (damage.find()) {
            found.add(damage.group());
        }
        return found;
    }
}
