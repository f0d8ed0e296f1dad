package uk.police.complaints.portal.web;

import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import uk.police.complaints.i18n.Language;
import uk.police.complaints.i18n.LanguageResolver;

/** What the shared layout needs on every page, error pages included. */
@Component
public class LayoutAttributes {

    private final LanguageResolver languages;
    private final MessageSource messages;
    private final ContactDetails contact;
    private final FrontendProperties frontend;

    LayoutAttributes(LanguageResolver languages, MessageSource messages, ContactDetails contact,
            FrontendProperties frontend) {
        this.languages = languages;
        this.messages = messages;
        this.contact = contact;
        this.frontend = frontend;
    }

    public Map<String, Object> of(ServerWebExchange exchange) {
        Language other = languages.resolve(exchange).other();
        LanguageToggle toggle = new LanguageToggle(
                LanguageToggle.hrefFor(exchange.getRequest(), other),
                other.tag(),
                messages.getMessage("language.name", null, other.locale()),
                messages.getMessage("language.switch", null, other.locale()));
        return Map.of("languageToggle", toggle, "contact", contact, "frontend", frontend);
    }
}
