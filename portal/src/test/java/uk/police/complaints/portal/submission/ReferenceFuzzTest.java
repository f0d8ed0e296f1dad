package uk.police.complaints.portal.submission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/**
 * A reference as a person types it back (in a letter, over the phone, into a form) is read or refused, never
 * misread: what is read is the canonical reference, reads again as itself, and one wrong character always fails
 * the check character.
 */
class ReferenceFuzzTest {

    private static final int LENGTH = 9;

    /** Input: the text typed, as UTF-8. */
    @FuzzTest(maxDuration = "2m")
    void aTypedReferenceIsReadAsItselfOrRefused(byte[] input) {
        String typed = new String(input, StandardCharsets.UTF_8);
        Optional<Reference> read = Reference.parse(typed);
        read.ifPresent(reference -> {
            assertThat(reference.value()).matches("[" + Reference.ALPHABET + "]{4}-[" + Reference.ALPHABET
                    + "]{4}-[" + Reference.ALPHABET + "]");
            assertThat(Reference.parse(reference.value())).contains(reference);
            assertThat(Reference.parse(reference.value().toLowerCase(Locale.ROOT).replace("-", " ")))
                    .contains(reference);
            assertThat(new Reference(reference.value())).isEqualTo(reference);
        });
        if (read.isEmpty()) {
            assertThatIllegalArgumentException().isThrownBy(() -> new Reference(typed));
        }
    }

    /**
     * Input: nine numbers choosing a reference's characters (the last is replaced by the check character), then
     * the place of one character to change and what to change it to.
     */
    @FuzzTest(maxDuration = "2m")
    void anyOneCharacterChangedFailsTheCheck(FuzzedDataProvider data) {
        StringBuilder characters = new StringBuilder();
        for (int i = 0; i < LENGTH - 1; i++) {
            characters.append(Reference.ALPHABET.charAt(data.consumeInt(0, Reference.ALPHABET.length() - 1)));
        }
        characters.append(Reference.checkCharacter(characters));
        String reference = written(characters);
        assertThat(Reference.parse(reference)).contains(new Reference(reference));

        int place = data.consumeInt(0, LENGTH - 1);
        char original = characters.charAt(place);
        char replacement = Reference.ALPHABET.charAt(data.consumeInt(0, Reference.ALPHABET.length() - 1));
        if (replacement == original) {
            return;
        }
        characters.setCharAt(place, replacement);
        String mistyped = written(characters);
        assertThat(Reference.parse(mistyped)).as("%s mistyped as %s", reference, mistyped).isEmpty();
        assertThatIllegalArgumentException().isThrownBy(() -> new Reference(mistyped));
    }

    private static String written(CharSequence characters) {
        return characters.subSequence(0, 4) + "-" + characters.subSequence(4, 8) + "-" + characters.charAt(8);
    }
}
