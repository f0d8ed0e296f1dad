package uk.police.complaints.accessibility;

import java.util.List;

/** A walk through a journey: where it starts, what it picks, and the page it must end on. */
record JourneyWalk(String start, Choices choices, String end) {

    /** Between them these walks reach every page of every journey, and every page where a journey stops. */
    static final List<JourneyWalk> REACHING_EVERY_PAGE = List.of(
            toConfirmation("complaint", Choices.first()),
            toConfirmation("complaint", Choices.last()),
            toConfirmation("review", Choices.first()),
            toConfirmation("review", Choices.last().with("had-outcome", "yes")),
            toStop("review", Choices.first().with("had-outcome", "waiting"), "no-outcome-yet"),
            toStop("review", Choices.last(), "complain-first"),
            survey("service-feedback", "satisfaction", Choices.first().with("add-reference", "yes")),
            survey("your-experience", "before-you-start", Choices.first()),
            survey("young-people", "before-you-start", Choices.first()));

    static JourneyWalk toConfirmation(String journey, Choices choices) {
        return new JourneyWalk("/" + journey + "/before-you-start", choices, "/" + journey + "/confirmation");
    }

    /** A survey, from its first page (which may be its first question) to its thanks. */
    static JourneyWalk survey(String survey, String firstPage, Choices choices) {
        return new JourneyWalk("/" + survey + "/" + firstPage, choices, "/" + survey + "/confirmation");
    }

    static JourneyWalk toStop(String journey, Choices choices, String stopPage) {
        return new JourneyWalk("/" + journey + "/before-you-start", choices, "/" + journey + "/" + stopPage);
    }

    @Override
    public String toString() {
        return start + " choosing " + choices + " to " + end;
    }
}
