package uk.police.complaints.portal.journey;

import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import uk.police.complaints.i18n.Language;

/** The facts of whichever journey is asked about, in a language; none for a journey that has no {@link JourneyFacts}. */
@Component
public class KnownFacts {

    private final List<JourneyFacts> facts;

    KnownFacts(List<JourneyFacts> facts) {
        this.facts = facts;
    }

    public Map<String, Object> about(JourneyDefinition journey, Answers answers, Language language) {
        return facts.stream().filter(known -> known.journeyId().equals(journey.id())).findFirst()
                .map(known -> known.from(answers, language))
                .orElse(Map.of());
    }
}
