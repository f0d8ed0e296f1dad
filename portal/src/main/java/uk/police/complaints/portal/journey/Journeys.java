package uk.police.complaints.portal.journey;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import uk.police.complaints.i18n.IcuMessageSource;

/** Every journey the portal offers, each checked before the portal accepts a request. */
@Component
public class Journeys {

    private final Map<String, JourneyDefinition> byId;

    public Journeys(ObjectProvider<JourneyDefinition> provided, IcuMessageSource messages) {
        List<JourneyDefinition> definitions = provided.orderedStream().toList();
        JourneyDefinitionCheck check = new JourneyDefinitionCheck(messages);
        definitions.forEach(check::requireSound);
        this.byId = definitions.stream().collect(Collectors.toUnmodifiableMap(JourneyDefinition::id, Function.identity()));
    }

    public Optional<JourneyDefinition> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }
}
