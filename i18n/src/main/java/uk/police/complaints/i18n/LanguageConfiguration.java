package uk.police.complaints.i18n;

import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;

/** The message source and language resolution that every module of the portal shares. */
@Configuration(proxyBeanMethods = false)
public class LanguageConfiguration {

    public static final String MESSAGES = "messages/messages";

    /**
     * Spring looks the message source up by this bean name. {@code portal.messages.extra-basenames} adds bundles
     * after the portal's own (tests use it for the words of journeys that exist only in tests).
     */
    @Bean
    public IcuMessageSource messageSource(@Value("${portal.messages.extra-basenames:}") List<String> extraBasenames) {
        List<String> basenames = new ArrayList<>(List.of(MESSAGES));
        extraBasenames.stream().filter(name -> !name.isBlank()).forEach(basenames::add);
        return new IcuMessageSource(basenames.toArray(String[]::new));
    }

    /** WebFlux looks the resolver up by this bean name. */
    @Bean
    public LanguageResolver localeContextResolver() {
        return new LanguageResolver();
    }

    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE)
    public LanguageChoiceFilter languageChoiceFilter(LanguageResolver localeContextResolver) {
        return new LanguageChoiceFilter(localeContextResolver);
    }
}
