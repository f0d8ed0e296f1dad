package uk.police.complaints.portal.submission;

import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;
import uk.police.complaints.portal.copy.AnswersCopy;
import uk.police.complaints.portal.delivery.Email;
import uk.police.complaints.portal.delivery.EmailSender;
import uk.police.complaints.portal.delivery.OutboxMessage;
import uk.police.complaints.portal.web.ContactDetails;

/**
 * Writes the confirmation e-mail for a submission, wholly in the person's language: the reference, when it was
 * sent, what happens next, and their answers, with the same copy as a PDF. Markdown headings, as GOV.UK Notify
 * formats them.
 */
@Component
class ConfirmationEmails {

    static final String DESTINATION = "person";

    private final MessageSource messages;
    private final ContactDetails contact;
    private final JsonMapper json;

    ConfirmationEmails(MessageSource messages, ContactDetails contact, JsonMapper json) {
        this.messages = messages;
        this.contact = contact;
        this.json = json;
    }

    OutboxMessage of(NewSubmission submission, PersonCopy copy, Reference reference, OffsetDateTime sentAt) {
        AnswersCopy answers = copy.answers().sentAs(reference.value(), sentAt.toInstant());
        Locale locale = answers.language().locale();
        String sent = answers.language().dateAndTime(answers.at());
        Map<String, Object> arguments = new HashMap<>(answers.facts());
        arguments.putAll(Map.of("reference", reference.value(), "sentAt", sent, "phone", contact.phone(),
                "email", contact.email()));
        StringBuilder body = new StringBuilder()
                .append(text("email." + submission.kind() + ".sent", arguments, locale)).append("\n\n")
                .append(text("email.keep", arguments, locale)).append("\n\n")
                .append("# ").append(text("journey.confirmation.next", arguments, locale)).append("\n\n")
                .append(text(submission.kind() + ".confirmation.next", arguments, locale)).append("\n\n")
                .append(text("journey.confirmation.welsh", arguments, locale)).append("\n\n")
                .append("# ").append(text("journey.confirmation.copy.heading", arguments, locale)).append("\n\n");
        answers.answers().forEach(answer -> body.append(answer.question()).append('\n')
                .append(answer.answer()).append("\n\n"));
        body.append(text("email.copy", arguments, locale)).append("\n\n")
                .append("---\n\n").append(text("email.not-you", arguments, locale));
        Email email = new Email(copy.email(), answers.language().tag(), reference.value(),
                text("email." + submission.kind() + ".subject", arguments, locale), body.toString(), answers);
        return new OutboxMessage(reference.value() + "-email", reference.value(), EmailSender.KIND, DESTINATION,
                json.writeValueAsString(email));
    }

    private String text(String key, Map<String, Object> arguments, Locale locale) {
        return messages.getMessage(key, new Object[] {arguments}, locale);
    }
}
