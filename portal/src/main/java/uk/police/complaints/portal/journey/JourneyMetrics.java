package uk.police.complaints.portal.journey;

import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;
import uk.police.complaints.i18n.Language;

/**
 * How many journeys are started and sent, per journey and language, for the service to see how it is used: counts
 * only, on the operators' metrics endpoint, with no cookie, identifier or tracker.
 */
@Component
public class JourneyMetrics {

    private final MeterRegistry meters;

    JourneyMetrics(MeterRegistry meters) {
        this.meters = meters;
    }

    void started(JourneyDefinition journey, Language language) {
        meters.counter("portal.journeys.started", "journey", journey.id(), "language", language.tag()).increment();
    }

    void sent(JourneyDefinition journey, Language language) {
        meters.counter("portal.journeys.sent", "journey", journey.id(), "language", language.tag()).increment();
    }

    /** One more answer to a rating question, by its value ({@code satisfied}, {@code very-dissatisfied}...). */
    public void rated(String survey, String question, String rating) {
        meters.counter("portal.feedback.ratings", "survey", survey, "question", question, "rating", rating)
                .increment();
    }
}
