package uk.police.complaints.portal.submission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.test.web.reactive.server.WebTestClient;
import uk.police.complaints.portal.journey.JourneyClient;

/**
 * A complaint is made, corrected, sent, delivered, e-mailed and copied as a PDF, and the logs written meanwhile
 * hold none of the personal data typed: names, e-mail address, phone, address and free text. The portal's own
 * logging, Spring's web logging and its SQL logging run at debug level here, finer than in production.
 */
@SpringBootTest(properties = {"logging.level.uk.police=debug", "logging.level.org.springframework.web=debug",
        "logging.level.org.springframework.r2dbc=debug"})
@AutoConfigureWebTestClient
@ExtendWith(OutputCaptureExtension.class)
class PersonalDataStaysOutOfLogsTest {

    private static final String NAME = "Zebedee Quaggafoot";
    private static final String EMAIL = "zebedee.quaggafoot@example.org";
    private static final String PHONE = "07700 900417";
    private static final String PLACE = "Marmaladestraat 88";
    private static final String ACCOUNT = "The parrot-shaped lantern fell at 8841 Horizonway";

    @Autowired
    WebTestClient web;

    @Value("${portal.delivery.email.directory}")
    Path emails;

    @Test
    void noNameAddressNumberOrWordsTypedReachTheLogs(CapturedOutput logs) {
        JourneyClient person = new JourneyClient(web);
        person.get("/complaint/before-you-start");
        person.answer("/complaint/before-you-start");
        person.answer("/complaint/who-is-complaining", "who-is-complaining", "myself");
        person.answer("/complaint/how-affected", "how-affected", "happened-to-me");
        person.answer("/complaint/force", "force", "gwent-police");
        person.answer("/complaint/date-known", "date-known", "no");
        person.answer("/complaint/approximate-date", "approximate-date", "last spring");
        person.answer("/complaint/over-a-year-ago", "over-a-year-ago", "no");
        person.answer("/complaint/incident-time", "incident-time", "");
        person.answer("/complaint/incident-place", "incident-place", PLACE);
        person.answer("/complaint/what-happened", "what-happened", ACCOUNT);
        person.answer("/complaint/officers", "officers", "");
        person.answer("/complaint/witnesses", "witnesses", "no");
        person.answer("/complaint/anyone-hurt", "anyone-hurt", "no");
        person.answer("/complaint/impact", "impact", ACCOUNT + " and I cannot sleep");
        person.answer("/complaint/evidence");
        person.answer("/complaint/outcome-wanted", "outcome-wanted", ACCOUNT + " should be explained");
        person.answer("/complaint/your-name", "your-name", NAME);
        person.answer("/complaint/contact-methods", "contact-methods", "email", "contact-methods", "phone");
        assertThat(person.answerWrongly("/complaint/contact-email", "contact-email", NAME)).contains("There is a problem");
        person.answer("/complaint/contact-email", "contact-email", EMAIL);
        assertThat(person.answerWrongly("/complaint/contact-phone", "contact-phone", PLACE)).contains("There is a problem");
        person.answer("/complaint/contact-phone", "contact-phone", PHONE);
        person.answer("/complaint/correspondence-language", "correspondence-language", "en");
        person.answer("/complaint/support", "support", "none");
        person.answer("/complaint/equality-offer", "equality-offer", "no");
        person.download("/complaint/check-answers/copy.pdf");
        assertThat(person.answer("/complaint/check-answers")).isEqualTo("/complaint/confirmation");
        String confirmation = person.get("/complaint/confirmation");
        String reference = confirmation.replaceAll("(?s).*<strong>([^<]+)</strong>.*", "$1");
        person.download("/complaint/confirmation/copy.pdf");
        await().atMost(Duration.ofSeconds(30)).until(() -> Files.exists(emails.resolve(reference + "-email.pdf")));

        assertThat(logs.getAll()).as("the web's debug lines were captured").contains("/complaint/contact-email");
        assertThat(logs.getAll()).as("the logs written while the complaint was made and delivered")
                .doesNotContain(NAME, "Quaggafoot", EMAIL, PHONE, "900417", PLACE, "Marmaladestraat", "parrot-shaped",
                        "Horizonway", "last spring");
        List.of(NAME, EMAIL, PHONE).forEach(typed -> assertThat(logs.getAll().toLowerCase()).doesNotContain(typed.toLowerCase()));
    }
}
