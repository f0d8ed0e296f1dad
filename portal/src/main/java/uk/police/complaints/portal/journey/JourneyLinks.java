package uk.police.complaints.portal.journey;

/** The addresses of a journey's pages: {@code /<journey>/<slug>}, with {@code ?change=true} from check answers. */
final class JourneyLinks {

    private JourneyLinks() {
    }

    static String page(JourneyDefinition journey, String slug, boolean changing) {
        return "/" + journey.id() + "/" + slug + (changing ? "?change=true" : "");
    }

    static String checkAnswers(JourneyDefinition journey) {
        return page(journey, JourneyDefinition.CHECK_ANSWERS, false);
    }

    /** The copy of the answers on the path so far, made on check answers before sending. */
    static String copyOfAnswers(JourneyDefinition journey) {
        return checkAnswers(journey) + "/" + JourneyDefinition.COPY;
    }

    /** The copy of what was sent, offered on the confirmation page. */
    static String copyOfSent(JourneyDefinition journey) {
        return page(journey, JourneyDefinition.CONFIRMATION, false) + "/" + JourneyDefinition.COPY;
    }

    static String afterSaving(JourneyDefinition journey, String target) {
        return JourneyDefinition.CHECK_ANSWERS.equals(target) ? checkAnswers(journey) : page(journey, target, false);
    }
}
