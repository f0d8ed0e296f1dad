package uk.police.complaints.i18n.translation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class TranslationStatusTest {

    private static final BilingualString TITLE = new BilingualString(StringId.parse("pages/cookies#title"), "Cookies", "Cwcis");
    private static final BilingualString HEADING =
            new BilingualString(StringId.parse("messages#start.heading"), "Police complaints", "Cwynion am yr heddlu");

    @Test
    void theStatusFileHasARowForEveryStringAndNoOtherInTheStringsOrder() throws Exception {
        Path file = Path.of("translation-status.tsv");
        List<BilingualString> strings = TranslationSources.inModule(Path.of("")).read();

        assertThat(Files.readString(file))
                .as("translation-status.tsv is out of date: run ./mvnw -q -pl i18n compile exec:java -Dexec.args=sync")
                .isEqualTo(TranslationStatus.read(file).syncedWith(strings).render());
    }

    @Test
    void welshNobodyHasReviewedIsTranslatedAndAStringWithoutWelshIsInitial() {
        TranslationStatus status = TranslationStatus.parse("", "test");

        assertThat(status.statusOf(TITLE)).isEqualTo(WelshStatus.TRANSLATED);
        assertThat(status.statusOf(new BilingualString(TITLE.id(), "Cookies", null))).isEqualTo(WelshStatus.INITIAL);
    }

    @Test
    void reviewedWelshCountsAsReviewedOnlyWhileItsEnglishIsTheEnglishReviewed() {
        TranslationStatus status = TranslationStatus.parse("", "test").withReviewed(TITLE, TranslationState.REVIEWED)
                .withReviewed(HEADING, TranslationState.FINAL);

        assertThat(status.statusOf(TITLE)).isEqualTo(WelshStatus.REVIEWED);
        assertThat(status.statusOf(HEADING)).isEqualTo(WelshStatus.FINAL);
        assertThat(status.statusOf(new BilingualString(TITLE.id(), "Cookies we use", "Cwcis")))
                .isEqualTo(WelshStatus.NEEDS_REVIEW);
    }

    @Test
    void syncingKeepsKnownRowsAddsNewStringsAsTranslatedAndDropsStringsThatAreGone() {
        TranslationStatus status = TranslationStatus.parse(TranslationStatus.HEADER
                + "pages/cookies#title\treviewed\t" + TranslationStatus.fingerprint("Cookies") + "\n"
                + "messages#gone\ttranslated\t-\n", "test");

        String synced = status.syncedWith(List.of(HEADING, TITLE)).render();

        assertThat(synced).isEqualTo(TranslationStatus.HEADER + "messages#start.heading\ttranslated\t-\n"
                + "pages/cookies#title\treviewed\t" + TranslationStatus.fingerprint("Cookies") + "\n");
        assertThat(TranslationStatus.parse(synced, "test").render()).isEqualTo(synced);
    }

    @Test
    void aRowThatCannotBeReadIsRefusedWithItsLine() {
        assertThatThrownBy(() -> TranslationStatus.parse(TranslationStatus.HEADER + "messages#a\tchecked\t-\n", "status"))
                .hasMessageContaining("'checked' is not an XLIFF 2 segment state");
        assertThatThrownBy(() -> TranslationStatus.parse("messages#a\ttranslated\n", "status"))
                .hasMessage("status line 1: expected id, state and english-sha256");
    }

    @Test
    void theEnglishFingerprintIsTheStartOfItsSha256() {
        assertThat(TranslationStatus.fingerprint("abc")).isEqualTo("ba7816bf8f01");
    }
}
