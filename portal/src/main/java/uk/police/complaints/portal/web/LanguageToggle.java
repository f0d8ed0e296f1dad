package uk.police.complaints.portal.web;

import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.web.util.UriComponentsBuilder;
import uk.police.complaints.i18n.Language;

/**
 * The link from a page to the same page in the other language: same path, same query, other {@code lang}.
 * Its text is in the language it leads to, as a Welsh or English speaker looks for their own word.
 */
public record LanguageToggle(String href, String tag, String name, String switchText) {

    static String hrefFor(ServerHttpRequest request, Language target) {
        return UriComponentsBuilder.fromPath(request.getPath().value())
                .query(request.getURI().getRawQuery())
                .replaceQueryParam("lang", target.tag())
                // Not build(true): that refuses what a request may carry as sent ("?t=YWJj==", a raw "ŵ").
                .build()
                .toUriString();
    }
}
