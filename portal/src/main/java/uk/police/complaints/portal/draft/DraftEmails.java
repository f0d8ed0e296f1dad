package uk.police.complaints.portal.draft;

import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;
import uk.police.complaints.i18n.Language;
import uk.police.complaints.i18n.LanguageResolver;
import uk.police.complaints.portal.delivery.Email;
import uk.police.complaints.portal.delivery.EmailSender;
import uk.police.complaints.portal.delivery.OutboxMessage;
import uk.police.complaints.portal.web.ContactDetails;

/**
 * Writes the e-mail with the link back to a draft, in the language the person was using when they saved it; the
 * link opens its page in that language too.
 */
@Component
class DraftEmails {

    static final String RESUME_PATH = "/resume/";

    private final MessageSource messages;
    private final ContactDetails contact;
    private final DraftProperties properties;
    private final JsonMapper json;

    DraftEmails(MessageSource messages, ContactDetails contact, DraftProperties properties, JsonMapper json) {
        this.messages = messages;
        this.contact = contact;
        this.properties = properties;
        this.json = json;
    }

    OutboxMessage resumeLink(String draftId, DraftContent draft, String to, String token, OffsetDateTime expiresAt) {
        Locale locale = draft.language().locale();
        Map<String, Object> arguments = Map.of(
                "name", messages.getMessage(draft.journeyId() + ".draft.name", null, locale),
                "link", properties.publicAddress().resolve(RESUME_PATH + token + "?" + LanguageResolver.PARAMETER + "="
                        + draft.language().tag()).toString(),
                "expires", draft.language().date(expiresAt.atZoneSameInstant(Language.LONDON).toLocalDate()),
                "phone", contact.phone(),
                "email", contact.email());
        String body = text("draft.email.saved", arguments, locale) + "\n\n"
                + arguments.get("link") + "\n\n"
                + text("draft.email.once", arguments, locale) + "\n\n---\n\n"
                + text("draft.email.not-you", arguments, locale);
        Email email = new Email(to, draft.language().tag(), "draft-" + draftId,
                text("draft.email.subject", arguments, locale), body, null);
        return new OutboxMessage(draftId, null, EmailSender.KIND, "person", json.writeValueAsString(email));
    }

    private String text(String key, Map<String, Object> arguments, Locale locale) {
        return messages.getMessage(key, new Object[] {arguments}, locale);
    }
}
