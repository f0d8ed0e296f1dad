package uk.police.complaints.content;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReadingEaseTest {

    @Test
    void shortSentencesOfShortWordsScoreHigh() {
        assertThat(ReadingEase.of("The police can stop you. You can ask why. They must tell you."))
                .isGreaterThan(90);
    }

    @Test
    void longSentencesOfLongWordsScoreLow() {
        assertThat(ReadingEase.of("Notwithstanding the aforementioned considerations, officers exercising statutory "
                + "powers must demonstrate reasonable grounds predicated upon objective information regarding "
                + "the individual concerned.")).isLessThan(10);
    }

    @Test
    void syllablesAreCountedByVowelGroups() {
        assertThat(ReadingEase.syllables("police")).isEqualTo(2);
        assertThat(ReadingEase.syllables("complaint")).isEqualTo(2);
        assertThat(ReadingEase.syllables("arrested")).isEqualTo(3);
        assertThat(ReadingEase.syllables("stopped")).isEqualTo(1);
        assertThat(ReadingEase.syllables("people")).isEqualTo(2);
        assertThat(ReadingEase.syllables("999")).isEqualTo(1);
    }

    @Test
    void eachParagraphAndListItemOfAPageEndsASentence() {
        assertThat(ReadingEase.ofHtml("<ul><li>Stay calm</li><li>Ask why</li></ul><p>Then complain</p>"))
                .isEqualTo(ReadingEase.of("Stay calm. Ask why. Then complain."));
    }
}
