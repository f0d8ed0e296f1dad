package uk.police.complaints.portal.submission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ReferenceTest {

    @Test
    void aNewReferenceIsGroupedAndCarriesAValidCheckCharacter() {
        for (int i = 0; i < 1_000; i++) {
            Reference reference = Reference.random();
            assertThat(reference.value()).matches("[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]");
            assertThat(Reference.parse(reference.value())).contains(reference);
        }
    }

    @Test
    void charactersPeopleMisreadAreNeverUsed() {
        for (int i = 0; i < 1_000; i++) {
            assertThat(Reference.random().value()).doesNotContain("0", "O", "1", "I");
        }
    }

    @Test
    void anyOneMistypedCharacterIsCaught() {
        String reference = Reference.random().value();
        for (int position = 0; position < reference.length(); position++) {
            if (reference.charAt(position) == '-') {
                continue;
            }
            for (char replacement : Reference.ALPHABET.toCharArray()) {
                if (replacement != reference.charAt(position)) {
                    String mistyped = reference.substring(0, position) + replacement + reference.substring(position + 1);
                    assertThat(Reference.parse(mistyped)).as(mistyped).isEmpty();
                }
            }
        }
    }

    @Test
    void aReferenceTypedInLowerCaseWithoutHyphensIsRecognised() {
        Reference reference = Reference.random();
        String typed = reference.value().replace("-", " ").toLowerCase();
        assertThat(Reference.parse(typed)).contains(reference);
    }

    @Test
    void somethingElseIsNotAReference() {
        assertThat(Reference.parse("hello")).isEmpty();
        assertThatThrownBy(() -> new Reference("ABCD-EFGH-0")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void referencesDoNotRepeatInPractice() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            seen.add(Reference.random().value());
        }
        assertThat(seen).hasSize(10_000);
    }
}
