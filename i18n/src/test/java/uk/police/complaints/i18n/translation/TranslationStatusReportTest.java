package uk.police.complaints.i18n.translation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TranslationStatusReportTest {

    private static final BilingualString REVIEWED = string("messages#service.name", "Police complaints");
    private static final BilingualString CHANGED = string("pages/cookies#title", "Cookies");
    private static final BilingualString WRITTEN = string("pages/cookies#block-1", "We use **two** cookies.");

    private final TranslationStatus status = TranslationStatus.parse("", "test")
            .withReviewed(REVIEWED, TranslationState.REVIEWED)
            .withReviewed(CHANGED, TranslationState.FINAL);
    private final List<BilingualString> today = List.of(REVIEWED, string("pages/cookies#title", "Our cookies"), WRITTEN);

    @Test
    void theCountsLineGivesEachStateAndTheStringsWhoseEnglishChangedAfterReview() {
        assertThat(new TranslationStatusReport(today, status).countsLine())
                .isEqualTo("Welsh strings: 1 translated, 1 reviewed, 0 final, 1 needs review (source changed)");
    }

    @Test
    void stringsWithoutWelshAreCountedOnlyWhenThereAreSome() {
        List<BilingualString> withoutWelsh = List.of(REVIEWED, new BilingualString(WRITTEN.id(), WRITTEN.english(), null));

        assertThat(new TranslationStatusReport(withoutWelsh, status).countsLine())
                .isEqualTo("Welsh strings: 1 initial, 0 translated, 1 reviewed, 0 final, 0 needs review (source changed)");
    }

    @Test
    void theReportListsWhatNeedsReviewFileByFileWithCounts() {
        String markdown = new TranslationStatusReport(today, status).markdown();

        assertThat(markdown).contains("| needs review (source changed) | 1 |", "| reviewed | 1 |")
                .contains("## Needs review: the English changed after its Welsh was reviewed (1)\n\n### pages/cookies (1)\n\n"
                        + "- `title`: Our cookies\n")
                .contains("## Not yet reviewed by a fluent translator (1)\n\n### pages/cookies (1)\n\n"
                        + "- `block-1`: We use **two** cookies.\n")
                .doesNotContain("`service.name`");
    }

    private static BilingualString string(String id, String english) {
        return new BilingualString(StringId.parse(id), english, "Cymraeg");
    }
}
