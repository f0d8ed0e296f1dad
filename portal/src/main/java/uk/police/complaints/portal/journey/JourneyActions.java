package uk.police.complaints.portal.journey;

/**
 * What a question page's buttons ask for: Continue is the form's default; the second button, "Save and come back
 * later", posts {@code action=save}.
 */
public final class JourneyActions {

    static final String FIELD = "action";
    static final String SAVE = "save";

    private JourneyActions() {
    }

    /** Where a person chooses how to come back to the answers they are saving. */
    public static String saveAndReturn(String journeyId) {
        return "/" + journeyId + "/save-and-return";
    }

    static String saveAndReturnFrom(String journeyId, String slug) {
        return saveAndReturn(journeyId) + "?from=" + slug;
    }
}
