package uk.police.complaints.portal.submission;

import java.text.Normalizer;
import java.util.regex.Pattern;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.springframework.web.util.HtmlUtils;

/**
 * What a person typed, made safe to leave for the back office and still readable: a back office that renders HTML
 * cannot be attacked through us, and "x < y" stays "x < y". Markup is stripped by the OWASP sanitiser (a script's
 * content with it); the text is normalised to NFC, so "ŵ" typed as w and a combining circumflex is the one letter;
 * control characters (other than new lines and tabs), direction overrides and invisible zero-width characters are
 * removed, as they can disguise what a text says. Welsh letters and emoji, including those joined by a zero-width
 * joiner, are kept. A character the browser could not decode arrives as U+FFFD and is kept, so a reader sees that
 * something was there.
 */
public final class OutboundText {

    /** No element is allowed: every tag goes, its text stays (except a script's or a style's). */
    private static final PolicyFactory NO_MARKUP = new HtmlPolicyBuilder().toFactory();
    /**
     * C0 and C1 controls but tab and new line; bidirectional embeddings, overrides and isolates; zero-width
     * space, word joiner, and the byte-order mark. The zero-width joiner and non-joiner stay: emoji need them.
     */
    private static final Pattern HIDDEN = Pattern.compile(
            "[\\x00-\\x08\\x0B-\\x1F\\x7F-\\x9F\\u202A-\\u202E\\u2066-\\u2069\\u200B\\u2060\\uFEFF]");

    private OutboundText() {
    }

    public static String plain(String typed) {
        String normalised = Normalizer.normalize(typed, Normalizer.Form.NFC).replace("\r\n", "\n");
        String visible = HIDDEN.matcher(normalised).replaceAll("");
        // An ampersand is escaped first so that "&lt;" typed as such comes back as typed, not as "<".
        String sanitised = NO_MARKUP.sanitize(visible.replace("&", "&amp;"));
        // The sanitiser breaks up "{{" with an empty comment against template injection in a browser; the back
        // office gets text, not a page, and a comment the person typed was already stripped, so it goes.
        return HtmlUtils.htmlUnescape(sanitised.replace("<!-- -->", "")).strip();
    }
}
