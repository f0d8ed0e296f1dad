package uk.police.complaints.accessibility;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A page broken on purpose, only in the test that serves it: no language, a field without a label, grey text too
 * faint to read, text in a box too small for it once spaced out, a link with its focus indicator taken away, and
 * markup a browser repairs without a word (one id twice, an end tag for an element never opened). The suite must
 * report each.
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
                <p id="twice">One id, used twice.</p>
                <p id="twice" class="cramped">Cut off once lines are spaced out.</p>
                </div>
                <a href="#twice" class="focus-hidden">A link that shows no focus</a>
                <form method="get"><input type="text" name="unlabelled"></form>
                </main>
                </body>
                </html>
                """;
    }

    @GetMapping(value = "/test-only/broken.css", produces = "text/css")
    String brokenStyles() {
        return """
                .faint { color: #c8c8c8; background: #ffffff; }
                .cramped { height: 20px; font-size: 16px; line-height: 18px; overflow: hidden; }
                .focus-hidden:focus { outline: none; }
                """;
    }
}
