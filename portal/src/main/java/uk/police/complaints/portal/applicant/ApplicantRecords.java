package uk.police.complaints.portal.applicant;

import java.util.List;
import java.util.Optional;
import uk.police.complaints.portal.journey.Answers;
import uk.police.complaints.portal.submission.OutboundText;

/**
 * The parts of every submission about the person applying, from the answers to {@link ApplicantPages}, every word
 * as typed but for markup. Absent answers are null. Equality answers are never part of the submission: they travel apart.
 */
public final class ApplicantRecords {

    private ApplicantRecords() {
    }

    /** Someone acting on another person's behalf, and that person. */
    public record Representative(String name, String organisation, String relationship, String personName,
            String permission, String permissionHow, String writeTo) {
    }

    /** Whom to write to, and how. */
    public record Contact(String name, List<String> methods, String email, String phone, Address address) {
    }

    public record Address(String line1, String line2, String town, String postcode) {
    }

    public record Support(List<String> needs, String other) {
    }

    /** Optional answers about the person, each of which may be "prefer-not". */
    public record Equality(String ageBand, String ethnicGroup, String disability, String gender) {
    }

    /** The representative, when the answer to {@code actingFor} is {@code someone-else}. */
    public static Representative representative(Answers answers, String actingFor) {
        if (!"someone-else".equals(answers.first(actingFor))) {
            return null;
        }
        return new Representative(text(answers, "representative-name"), text(answers, "representative-organisation"),
                text(answers, "relationship"), text(answers, "their-name"), text(answers, "permission"),
                text(answers, "permission-how"), text(answers, "write-to"));
    }

    /** Contact details, named for whoever is to be written to. */
    public static Contact contact(Answers answers, Representative representative) {
        String name = representative == null ? text(answers, "your-name")
                : "them".equals(representative.writeTo()) ? representative.personName() : representative.name();
        Address address = answers.has("address-line-1")
                ? new Address(text(answers, "address-line-1"), text(answers, "address-line-2"),
                        text(answers, "address-town"), text(answers, "address-postcode"))
                : null;
        return new Contact(name, answers.all("contact-methods"), text(answers, "contact-email"),
                text(answers, "contact-phone"), address);
    }

    public static Support support(Answers answers) {
        return new Support(answers.all("support"), text(answers, "support-other"));
    }

    /** Equality answers, only if the person chose to give them. */
    public static Optional<Equality> equality(Answers answers) {
        if (!"yes".equals(answers.first("equality-offer"))) {
            return Optional.empty();
        }
        return Optional.of(new Equality(text(answers, "equality-age"), text(answers, "equality-ethnicity"),
                text(answers, "equality-disability"), text(answers, "equality-gender")));
    }

    /**
     * The answer as typed, as plain text safe to leave for the back office ({@link OutboundText}); null when not
     * asked, left empty, or nothing but markup.
     */
    public static String text(Answers answers, String field) {
        String value = OutboundText.plain(answers.first(field));
        return value.isEmpty() ? null : value;
    }
}
