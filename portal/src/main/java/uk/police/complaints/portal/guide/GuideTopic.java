package uk.police.complaints.portal.guide;

import java.util.Arrays;
import java.util.Optional;

/** What the guides are about, in the order the index offers them as filters. Each is named in the bundles. */
enum GuideTopic {
    YOUR_RIGHTS("your-rights"),
    STOP_AND_SEARCH("stop-and-search"),
    ARREST_AND_CUSTODY("arrest-and-custody"),
    FORCE("force"),
    COMPLAINTS("complaints"),
    GETTING_HELP("getting-help");

    private final String id;

    GuideTopic(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public String labelKey() {
        return "guides.topic." + id;
    }

    static Optional<GuideTopic> fromId(String id) {
        return Arrays.stream(values()).filter(topic -> topic.id.equals(id)).findFirst();
    }
}
