package uk.police.complaints.accessibility;

import java.util.List;

/**
 * Something a person can see: a page reached by a link, or an error. {@code path} is where the browser ends up,
 * and where the language toggle must lead back to.
 */
record PageState(String name, String path, Opening opening) {

    /** Pages a person reaches from an e-mail, a bookmark or an ended session, which no link on the portal leads to. */
    static final List<String> NOT_LINKED = List.of("/session-ended?journey=complaint", "/copy-no-longer-available",
            "/resume", "/resume/a-link-we-never-sent");

    interface Opening {
        void open(Browser browser, String origin, String language);
    }

    static PageState page(String path) {
        return new PageState(path, path, (browser, origin, language) ->
                browser.open(origin + path + (path.contains("?") ? "&" : "?") + "lang=" + language));
    }

    static PageState error(String name, String path) {
        return new PageState(name, path, page(path).opening());
    }

    /** A form sent without its CSRF token, as after a very long pause or with cookies blocked. */
    static PageState refusedPost(String path) {
        return new PageState("POST without CSRF token to " + path, path, (browser, origin, language) -> {
            page("/").opening().open(browser, origin, language);
            browser.script("""
                    const form = document.createElement('form');
                    form.method = 'post';
                    form.action = arguments[0];
                    document.body.appendChild(form);
                    form.submit();""", path);
            browser.script("return document.readyState");
        });
    }
}
