package uk.police.complaints.portal.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.client.MultipartBodyBuilder;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.reactive.function.BodyInserters;

/** A person going through journeys in tests: keeps the session cookie and sends each form with its CSRF token. */
public final class JourneyClient {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final WebTestClient web;
    private String session;
    private String language;

    public JourneyClient(WebTestClient web) {
        this.web = web;
    }

    public String session() {
        return session;
    }

    /** The same person, with the same cookies, reaching another instance of the portal. */
    public JourneyClient on(WebTestClient other) {
        JourneyClient moved = new JourneyClient(other);
        moved.session = session;
        moved.language = language;
        return moved;
    }

    public String get(String path) {
        EntityExchangeResult<String> result = withCookies(web.get().uri(path).accept(MediaType.TEXT_HTML))
                .exchange().expectStatus().isOk()
                .expectBody(String.class).returnResult();
        return keepCookies(result).getResponseBody();
    }

    /** Keeps the cookies a response sets, as a browser does: the session's id changes when something is sent. */
    private <T> EntityExchangeResult<T> keepCookies(EntityExchangeResult<T> result) {
        var sessionCookie = result.getResponseCookies().getFirst("SESSION");
        if (sessionCookie != null) {
            session = sessionCookie.getValue();
        }
        var languageCookie = result.getResponseCookies().getFirst("lang");
        if (languageCookie != null) {
            language = languageCookie.getValue();
        }
        return result;
    }

    /** A file the portal offers to download, with the response's headers. */
    public record Download(byte[] body, HttpHeaders headers) {
    }

    /** The first file made after start-up loads the PDF library and its fonts: slow on a busy machine, so it waits longer. */
    public Download download(String path) {
        EntityExchangeResult<byte[]> result = withCookies(web.mutate().responseTimeout(Duration.ofSeconds(60)).build()
                .get().uri(path)).exchange()
                .expectStatus().isOk().expectBody(byte[].class).returnResult();
        return new Download(result.getResponseBody(), result.getResponseHeaders());
    }

    /** Where the browser is sent after GETting a page it may not open yet. */
    public String redirectFrom(String path) {
        return withCookies(web.get().uri(path)).exchange()
                .expectStatus().is3xxRedirection()
                .expectBody().returnResult().getResponseHeaders().getLocation().toString();
    }

    /** Sends the page's form with these answers and gives where the portal sends the person next. */
    public String answer(String path, String... namesAndValues) {
        return keepCookies(post(path, namesAndValues).expectStatus().is3xxRedirection()
                .expectBody().returnResult()).getResponseHeaders().getLocation().toString();
    }

    /** Sends the page's form and gives back the page shown again with what to put right. */
    public String answerWrongly(String path, String... namesAndValues) {
        return keepCookies(post(path, namesAndValues).expectStatus().isOk().expectBody(String.class).returnResult())
                .getResponseBody();
    }

    /** The cookies a browser would send back: the session, and the language once chosen. */
    private <S extends WebTestClient.RequestHeadersSpec<?>> S withCookies(S request) {
        if (session != null) {
            request.cookie("SESSION", session);
        }
        if (language != null) {
            request.cookie("lang", language);
        }
        return request;
    }

    /** Sends a page of file questions as a browser does: multipart, with these files (name, content) for a field. */
    public WebTestClient.ResponseSpec upload(String path, String field, Map<String, byte[]> files,
            String... namesAndValues) {
        MultipartBodyBuilder form = new MultipartBodyBuilder();
        files.forEach((name, content) -> form.part(field, new ByteArrayResource(content)).filename(name)
                .contentType(MediaType.APPLICATION_OCTET_STREAM));
        for (int i = 0; i < namesAndValues.length; i += 2) {
            form.part(namesAndValues[i], namesAndValues[i + 1]);
        }
        form.part("_csrf", csrfToken(path));
        return withCookies(web.post().uri(path)).accept(MediaType.TEXT_HTML)
                .contentType(MediaType.MULTIPART_FORM_DATA)
                .body(BodyInserters.fromMultipartData(form.build())).exchange();
    }

    /** Opens a page with a form, as a person does before answering it, and gives the form's CSRF token. */
    public String openForm(String path) {
        return csrfToken(path);
    }

    /** Opens a page whatever the answer, for a test that looks at the status too. */
    public WebTestClient.ResponseSpec open(String path) {
        return withCookies(web.get().uri(path).accept(MediaType.TEXT_HTML)).exchange();
    }

    private String csrfToken(String path) {
        String page = get(path.contains("?") ? path : path + "?x=1");
        Matcher token = CSRF.matcher(page);
        assertThat(token.find()).as("the page has a CSRF token").isTrue();
        return token.group(1);
    }

    public WebTestClient.ResponseSpec post(String path, String... namesAndValues) {
        return post(path, csrfToken(path), namesAndValues);
    }

    /** Opens the page, takes this long to read and answer it, as a person would, then sends its form. */
    public String answerAfterReading(Duration reading, String path, String... namesAndValues)
            throws InterruptedException {
        String token = csrfToken(path);
        Thread.sleep(reading.toMillis());
        return keepCookies(post(path, token, namesAndValues).expectStatus().is3xxRedirection()
                .expectBody().returnResult()).getResponseHeaders().getLocation().toString();
    }

    /**
     * Sends a page's form with the token of a form opened before ({@link #openForm}), whatever the answer, keeping
     * the cookies it sets.
     */
    public EntityExchangeResult<String> sendForm(String path, String token, String... namesAndValues) {
        return keepCookies(post(path, token, namesAndValues).expectBody(String.class).returnResult());
    }

    private WebTestClient.ResponseSpec post(String path, String token, String... namesAndValues) {
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            form.add(namesAndValues[i], namesAndValues[i + 1]);
        }
        form.add("_csrf", token);
        return withCookies(web.post().uri(path)).accept(MediaType.TEXT_HTML)
                .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .body(BodyInserters.fromFormData(form)).exchange();
    }
}
