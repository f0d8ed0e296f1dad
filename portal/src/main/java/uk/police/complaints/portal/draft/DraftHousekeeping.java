package uk.police.complaints.portal.draft;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/** Deletes drafts kept for as long as people were told (their files go with them, a day later at most). */
@Component
class DraftHousekeeping {

    private final Drafts drafts;

    DraftHousekeeping(Drafts drafts) {
        this.drafts = drafts;
    }

    @Scheduled(fixedDelayString = "PT15M", initialDelayString = "PT2M")
    Mono<Long> deleteExpiredDrafts() {
        return drafts.deleteExpired();
    }
}
