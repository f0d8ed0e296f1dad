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

    static String afterSaving(JourneyDefinition journey, String target) {
        return JourneyDefinition.CHECK_ANSWERS.equals(target) ? checkAnswers(journey) : page(journey, target, false);
    }
}
