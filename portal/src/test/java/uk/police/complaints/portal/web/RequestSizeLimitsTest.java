package uk.police.complaints.portal.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.reactive.function.BodyInserters;
import uk.police.complaints.portal.journey.JourneyClient;

/**
 * A request too large to be anyone's answers is refused with 413 and a page in the person's language that says
 * why and leads back, never a stack trace; an answer merely too long is still shown again with the words kept.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient
class RequestSizeLimitsTest {

    @Autowired
    WebTestClient web;

    @LocalServerPort
    int port;

    private JourneyClient person;
    private String token;

    @BeforeEach
    void openAPage() {
        person = new JourneyClient(web);
        token = person.get("/review/before-you-start?lang=cy")
                .replaceAll("(?s).*name=\"_csrf\" value=\"([^\"]+)\".*", "$1");
    }

    @Test
    void aFormLargerThanTheFormReaderHoldsIsRefusedWithATranslatedPageLeadingBack() {
        String refused = send(form("had-outcome", "y".repeat(300_000)));
        assertThat(refused).contains("lang=\"cy\"").contains("Roedd yr hyn a anfonoch yn rhy fawr")
                .contains("href=\"/review/had-outcome\"").doesNotContain("Exception");
    }

    @Test
    void aFormWithMoreFieldsThanAnyPageIsRefused() {
        MultiValueMap<String, String> form = form("had-outcome", "yes");
        for (int field = 0; field < 100; field++) {
            form.add("field-" + field, "x");
        }
        assertThat(send(form)).contains("Roedd yr hyn a anfonoch yn rhy fawr");
    }

    @Test
    void aBodyLargerThanTheMostFilesAPageTakesIsRefusedBeforeItIsRead() throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(("POST /complaint/evidence HTTP/1.1\r\nHost: localhost\r\n"
                    + "Accept: text/html\r\nContent-Type: multipart/form-data; boundary=x\r\n"
                    + "Content-Length: " + 200L * 1024 * 1024 + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            String response = new String(socket.getInputStream().readNBytes(12), StandardCharsets.US_ASCII);
            assertThat(response).as("the status line, with none of the body sent").isEqualTo("HTTP/1.1 413");
        }
    }

    @Test
    void aMultipartBodyWithoutItsBoundaryIsABadRequestNotAServerError() {
        web.post().uri("/complaint/evidence").cookie("SESSION", person.session()).accept(MediaType.TEXT_HTML)
                .header("Content-Type", "multipart/form-data").bodyValue("--x--")
                .exchange().expectStatus().isBadRequest();
    }

    @Test
    void aFormWithAnEscapeThatIsNotOneIsABadRequestNotAServerError() {
        web.post().uri("/review/had-outcome").cookie("SESSION", person.session()).accept(MediaType.TEXT_HTML)
                .header("Content-Type", "application/x-www-form-urlencoded").bodyValue("had-outcome=%zz")
                .exchange().expectStatus().isBadRequest();
    }

    @Test
    void aLongAnswerWithinTheFormSizeIsCheckedByItsPageNotRefused() {
        person.answer("/review/before-you-start");
        String words = "😀".repeat(10_001);
        assertThat(person.answerWrongly("/review/had-outcome", "had-outcome", words))
                .contains("govuk-error-summary").doesNotContain("rhy fawr");
    }

    private static MultiValueMap<String, String> form(String name, String value) {
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add(name, value);
        return form;
    }

    private String send(MultiValueMap<String, String> form) {
        form.add("_csrf", token);
        return web.post().uri("/review/had-outcome").cookie("SESSION", person.session()).cookie("lang", "cy")
                .accept(MediaType.TEXT_HTML).contentType(MediaType.APPLICATION_FORM_URLENCODED).body(BodyInserters.fromFormData(form))
                .exchange().expectStatus().isEqualTo(413).expectBody(String.class).returnResult().getResponseBody();
    }
}
