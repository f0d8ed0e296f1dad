package uk.police.complaints.portal.journey;

import java.time.Clock;
import java.time.ZoneId;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class JourneyConfiguration {

    /** "Not in the future" and every date written to a person mean the date in England and Wales. */
    @Bean
    Clock clock() {
        return Clock.system(ZoneId.of("Europe/London"));
    }
}
