package uk.police.complaints.portal.review;

import java.util.Optional;
import uk.police.complaints.i18n.Language;
import uk.police.complaints.portal.journey.Answers;
import uk.police.complaints.portal.reference.PoliceBody;

/**
 * Who reviews an application: the IOPC when the outcome letter says so, otherwise the local policing body of the
 * force (also when the person is not sure, as the letter usually names it; it passes on what is the IOPC's). A
 * force with no local policing body in the reference data is reviewed by the IOPC.
 *
 * @param code {@code iopc} or {@code local-policing-body}, the field the back office routes on
 * @param localPolicingBody the body's names, when it is a local policing body
 */
record ReviewBody(String code, Optional<PoliceBody> localPolicingBody) {

    static final String IOPC = "iopc";
    static final String LOCAL_POLICING_BODY = "local-policing-body";

    static ReviewBody from(Answers answers, Optional<PoliceBody> force) {
        boolean iopcChosen = IOPC.equals(answers.first("review-body"));
        Optional<PoliceBody> local = force.filter(body -> !body.localPolicingBodyEnglish().isBlank());
        if (iopcChosen || local.isEmpty()) {
            return new ReviewBody(IOPC, Optional.empty());
        }
        return new ReviewBody(LOCAL_POLICING_BODY, local);
    }

    /** Where the application is forwarded: the IOPC, or {@code lpb-<force code>}. */
    String destination() {
        return localPolicingBody.map(body -> "lpb-" + body.code()).orElse(IOPC);
    }

    /** The local policing body's name in a language: its Welsh name where it has one, else the English. */
    Optional<String> name(Language language) {
        return localPolicingBody.map(body -> language == Language.WELSH && !body.localPolicingBodyWelsh().isBlank()
                ? body.localPolicingBodyWelsh() : body.localPolicingBodyEnglish());
    }
}
