package uk.police.complaints.accessibility;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A page broken on purpose, only in the test that serves it: no language, a field without a label, and grey text
 * too faint to read. The suite must report each.
 */
@TestConfiguration
@RestController
class BrokenPage {

    static final String PATH = "/test-only/broken";

    @GetMapping(value = PATH, produces = MediaType.TEXT_HTML_VALUE)
    String brokenPage() {
        return """
                <!DOCTYPE html>
                <html>
                <head><title>Broken on purpose</title><link rel="stylesheet" href="/test-only/broken.css"></head>
                <body>
                <main>
                <h1>Broken on purpose</h1>
                <p class="faint">This text is too faint to read.</p>
                <form method="get"><input type="text" name="unlabelled"></form>
                </main>
                </body>
                </html>
                """;
    }

    @GetMapping(value = "/test-only/broken.css", produces = "text/css")
    String brokenStyles() {
        return ".faint { color: #c8c8c8; background: #ffffff; }";
    }
}
