package uk.police.complaints.portal.complaint;

import java.time.LocalDate;
import java.time.DateTimeException;
import java.util.List;
import java.util.Optional;
import uk.police.complaints.i18n.Language;
import uk.police.complaints.portal.complaint.ComplaintRecord.Address;
import uk.police.complaints.portal.complaint.ComplaintRecord.Contact;
import uk.police.complaints.portal.complaint.ComplaintRecord.Equality;
import uk.police.complaints.portal.complaint.ComplaintRecord.Incident;
import uk.police.complaints.portal.complaint.ComplaintRecord.Representative;
import uk.police.complaints.portal.complaint.ComplaintRecord.Support;
import uk.police.complaints.portal.journey.Answers;

/** Turns the answers on a complete path into the typed complaint record, keeping every word as typed. */
final class ComplaintRecords {

    static final String IOPC = "iopc";

    private ComplaintRecords() {
    }

    static ComplaintRecord from(Answers answers, Language journeyLanguage) {
        boolean forSomeoneElse = "someone-else".equals(answers.first("who-is-complaining"));
        Representative representative = forSomeoneElse
                ? new Representative(text(answers, "representative-name"), text(answers, "representative-organisation"),
                        text(answers, "relationship"), text(answers, "their-name"), text(answers, "permission"),
                        text(answers, "permission-how"), text(answers, "write-to"))
                : null;
        return new ComplaintRecord(ComplaintRecord.SCHEMA_VERSION, journeyLanguage.tag(),
                text(answers, "correspondence-language"), answers.first("who-is-complaining"), representative,
                text(answers, "how-affected"), text(answers, "force"), text(answers, "where-it-happened"),
                incident(answers), contact(answers, representative), support(answers));
    }

    /**
     * Where the complaint goes: the force or body it is about, which assesses it; the IOPC's intake when the person
     * does not know which force it was, to find out from where it happened.
     */
    static String destination(Answers answers) {
        String force = answers.first("force");
        return force.isEmpty() || ComplaintJourney.DONT_KNOW.equals(force) ? IOPC : force;
    }

    /** Equality answers, only if the person chose to give them. */
    static Optional<Equality> equality(Answers answers) {
        if (!"yes".equals(answers.first("equality-offer"))) {
            return Optional.empty();
        }
        return Optional.of(new Equality(text(answers, "equality-age"), text(answers, "equality-ethnicity"),
                text(answers, "equality-disability"), text(answers, "equality-gender")));
    }

    private static Incident incident(Answers answers) {
        String overAYear = text(answers, "over-a-year-ago");
        return new Incident(date(answers, "incident-date"), text(answers, "approximate-date"),
                overAYear == null ? null : overAYear.equals("yes"), text(answers, "why-now"),
                text(answers, "incident-time"), text(answers, "incident-place"), text(answers, "what-happened"),
                text(answers, "officers"), text(answers, "witnesses"), text(answers, "witness-details"),
                text(answers, "anyone-hurt"), text(answers, "injury-details"), text(answers, "impact"),
                text(answers, "outcome-wanted"));
    }

    private static Contact contact(Answers answers, Representative representative) {
        String name = representative == null ? text(answers, "your-name")
                : "them".equals(representative.writeTo()) ? representative.personName() : representative.name();
        Address address = answers.has("address-line-1")
                ? new Address(text(answers, "address-line-1"), text(answers, "address-line-2"),
                        text(answers, "address-town"), text(answers, "address-postcode"))
                : null;
        return new Contact(name, answers.all("contact-methods"), text(answers, "contact-email"),
                text(answers, "contact-phone"), address);
    }

    private static Support support(Answers answers) {
        return new Support(answers.all("support"), text(answers, "support-other"));
    }

    /** The answer as typed, without surrounding spaces; null when not asked or left empty. */
    private static String text(Answers answers, String field) {
        String value = answers.first(field).strip();
        return value.isEmpty() ? null : value;
    }

    private static LocalDate date(Answers answers, String question) {
        if (!answers.has(question + "-year")) {
            return null;
        }
        try {
            return LocalDate.of(Integer.parseInt(answers.first(question + "-year").strip()),
                    Integer.parseInt(answers.first(question + "-month").strip()),
                    Integer.parseInt(answers.first(question + "-day").strip()));
        } catch (NumberFormatException | DateTimeException e) {
            throw new IllegalStateException("a date on a complete path did not validate", e);
        }
    }
}
