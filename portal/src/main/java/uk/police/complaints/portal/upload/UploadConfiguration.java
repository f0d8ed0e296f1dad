package uk.police.complaints.portal.upload;

import java.time.Clock;
import java.time.OffsetDateTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import reactor.core.publisher.Mono;

/** The scanner that {@code portal.uploads.scanner} names, and the deletion of files from journeys never sent. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class UploadConfiguration {

    private static final Logger log = LoggerFactory.getLogger(UploadConfiguration.class);

    private final Uploads uploads;
    private final UploadProperties properties;
    private final Clock clock;

    UploadConfiguration(Uploads uploads, UploadProperties properties, Clock clock) {
        this.uploads = uploads;
        this.properties = properties;
        this.clock = clock;
    }

    @Bean
    @ConditionalOnProperty(name = "portal.uploads.scanner", havingValue = "clamav")
    MalwareScanner clamAvScanner() {
        UploadProperties.ClamAv clamav = properties.clamav();
        return new ClamAvScanner(clamav.host(), clamav.port(), clamav.timeout());
    }

    @Bean
    @ConditionalOnProperty(name = "portal.uploads.scanner", havingValue = "none", matchIfMissing = true)
    MalwareScanner noMalwareScanner() {
        log.warn("Uploaded files are not scanned for malware (portal.uploads.scanner=none); the back office is told "
                + "each file was not scanned. Use clamav in production.");
        return content -> Mono.just(ScanVerdict.NOT_SCANNED);
    }

    @Scheduled(fixedDelayString = "PT15M", initialDelayString = "PT1M")
    Mono<Long> deleteFilesOfJourneysNeverSent() {
        return uploads.deleteKeptBefore(OffsetDateTime.now(clock).minus(properties.keepUnsentFor()));
    }
}
