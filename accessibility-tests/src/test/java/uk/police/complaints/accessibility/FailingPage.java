package uk.police.complaints.accessibility;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** A page that fails, only in this test's portal, so the server error page is scanned too. */
@TestConfiguration
@RestController
class FailingPage {

    static final String PATH = "/test-only/failure";

    @GetMapping(PATH)
    String fail() {
        throw new IllegalStateException("a failure for the error page to hide");
    }
}
