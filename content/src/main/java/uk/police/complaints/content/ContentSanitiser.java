package uk.police.complaints.content;

import java.util.regex.Pattern;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/**
 * Keeps only the markup GOV.UK Frontend styles: headings, paragraphs, lists, links, emphasis, and the warning
 * text, inset text and details components. Content is written by us, but it passes through the same allow-list as
 * anything else, so a slip in a content file can never put a script, a style or a frame on a page. Links are to
 * pages of the portal, or https, e-mail and phone addresses.
 */
final class ContentSanitiser {

    private static final Pattern GOVUK_CLASSES = Pattern.compile("govuk-[a-z0-9_-]+(?: govuk-[a-z0-9_-]+)*");

    private final PolicyFactory policy = new HtmlPolicyBuilder()
            .allowElements("h2", "h3", "p", "ul", "ol", "li", "a", "strong", "em", "br",
                    "div", "span", "details", "summary", "img")
            .allowUrlProtocols("https", "mailto", "tel")
            .allowAttributes("href").onElements("a")
            .allowAttributes("src", "alt").onElements("img")
            .allowAttributes("aria-hidden").matching(true, "true").onElements("span")
            .allowAttributes("class").matching(GOVUK_CLASSES).globally()
            .toFactory();

    String sanitise(String html) {
        return policy.sanitize(html);
    }
}
