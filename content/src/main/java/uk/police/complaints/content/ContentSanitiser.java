package uk.police.complaints.content;

import java.util.regex.Pattern;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/**
 * Keeps only the markup GOV.UK Frontend styles. Content is written by us, but it passes through the same
 * allow-list as anything else, so a slip in a content file can never put a script on a page.
 */
final class ContentSanitiser {

    private static final Pattern GOVUK_CLASSES = Pattern.compile("govuk-[a-z0-9_-]+(?: govuk-[a-z0-9_-]+)*");

    private final PolicyFactory policy = new HtmlPolicyBuilder()
            .allowElements("h2", "h3", "p", "ul", "ol", "li", "a", "strong", "em", "br")
            .allowStandardUrlProtocols()
            .allowAttributes("href").onElements("a")
            .allowAttributes("class").matching(GOVUK_CLASSES).globally()
            .toFactory();

    String sanitise(String html) {
        return policy.sanitize(html);
    }
}
