package uk.police.complaints.accessibility;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A page broken on purpose, only in the test that serves it: no language, a field without a label, grey text too
 * faint to read, text in a box too small for it once spaced out, a link with its focus indicator taken away, and
 * markup a browser repairs without a word (one id twice, an end tag for an element never opened). The suite must
 * report each.
 *
 * <p>And pages sound but for one thing, which the suite's shortcuts must not miss: text too faint only on a phone,
 * a field without a label that shows only on a phone (the DOM the same at every width), and a field without a
 * label only in Welsh. Each has a language toggle to itself in the other language, as the portal's pages do.
 */
@TestConfiguration
@RestController
class BrokenPage {

    static final String PATH = "/test-only/broken";
    static final String FAINT_ON_A_PHONE = "/test-only/faint-on-a-phone";
    static final String UNLABELLED_ON_A_PHONE = "/test-only/unlabelled-on-a-phone";
    static final String UNLABELLED_IN_WELSH = "/test-only/unlabelled-in-welsh";

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

    @GetMapping(value = FAINT_ON_A_PHONE, produces = MediaType.TEXT_HTML_VALUE)
    String faintOnAPhone(@RequestParam(defaultValue = "en") String lang) {
        return soundBut(lang, "<p class=\"faint-on-a-phone\">Too faint to read on a phone.</p>");
    }

    @GetMapping(value = UNLABELLED_ON_A_PHONE, produces = MediaType.TEXT_HTML_VALUE)
    String unlabelledOnAPhone(@RequestParam(defaultValue = "en") String lang) {
        return soundBut(lang, "<form method=\"get\" class=\"only-on-a-phone\"><input type=\"text\" name=\"q\"></form>");
    }

    @GetMapping(value = UNLABELLED_IN_WELSH, produces = MediaType.TEXT_HTML_VALUE)
    String unlabelledInWelsh(@RequestParam(defaultValue = "en") String lang) {
        return soundBut(lang, lang.equals("cy") ? "<form method=\"get\"><input type=\"text\" name=\"q\"></form>"
                : "<form method=\"get\"><label for=\"q\">Search</label><input type=\"text\" id=\"q\" name=\"q\"></form>");
    }

    /** A page that passes every check, with this one fault in its main content. */
    private static String soundBut(String language, String fault) {
        String other = language.equals("cy") ? "en" : "cy";
        return """
                <!DOCTYPE html>
                <html lang="%s">
                <head><title>Sound but for one thing</title>
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <link rel="stylesheet" href="/test-only/broken.css"></head>
                <body>
                <main>
                <h1>Sound but for one thing</h1>
                <p class="app-language-toggle"><a href="?lang=%s" hreflang="%s" lang="%s">%s</a></p>
                %s
                </main>
                </body>
                </html>
                """.formatted(language, other, other, other, other.equals("cy") ? "Cymraeg" : "English", fault);
    }

    @GetMapping(value = "/test-only/broken.css", produces = "text/css")
    String brokenStyles() {
        return """
                .faint { color: #c8c8c8; background: #ffffff; }
                .cramped { height: 20px; font-size: 16px; line-height: 18px; overflow: hidden; }
                .focus-hidden:focus { outline: none; }
                .only-on-a-phone { display: none; }
                @media (max-width: 400px) {
                  .faint-on-a-phone { color: #c8c8c8; background: #ffffff; }
                  .only-on-a-phone { display: block; }
                }
                """;
    }
}
