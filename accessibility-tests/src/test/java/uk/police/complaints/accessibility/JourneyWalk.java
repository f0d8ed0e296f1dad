package uk.police.complaints.accessibility;

/** A walk through a journey: where it starts, what it picks, and the page it must end on. */
record JourneyWalk(String start, Choices choices, String end) {

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
