package uk.police.complaints.i18n.check;

import static org.assertj.core.api.Assertions.assertThat;

import com.ibm.icu.text.MessagePattern;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import uk.police.complaints.i18n.translation.BilingualString;
import uk.police.complaints.i18n.translation.TranslationSources;

/**
 * The language checks over every message and every part of every content page and guide: the build fails on
 * Welsh that copies its English, that loses or changes the English's markup, that counts with ChoiceFormat, or that
 * shows encoding damage. {@code MessageBundlesTest} checks that both languages have the same keys and arguments.
 */
class WelshLanguageChecksTest {

    private final List<BilingualString> strings = TranslationSources.inModule(Path.of("")).read().stream()
            .filter(BilingualString::hasWelsh).toList();
    private final SameAsEnglish sameAsEnglish = SameAsEnglish.withAllowList("/language-checks/same-in-welsh.tsv");

    @Test
    void noWelshIsACopyOfItsEnglishUnlessAllItsWordsAreNamesOrCodes() {
        assertThat(strings).filteredOn(string -> sameAsEnglish.isUntranslated(string.english(), string.welsh()))
                .extracting(string -> string.id() + ": " + string.welsh())
                .isEmpty();
    }

    @Test
    void everyAllowedNameOrCodeSaysWhyAndIsStillNeeded() {
        assertThat(sameAsEnglish.allowList()).isNotEmpty().allSatisfy((name, why) -> {
            assertThat(why).as("why %s is a name or code", name).isNotBlank();
            SameAsEnglish withoutIt = sameAsEnglish.without(name);
            assertThat(strings).as("a string the same in both languages that needs %s on the allow-list", name)
                    .anyMatch(string -> withoutIt.isUntranslated(string.english(), string.welsh()));
        });
    }

    @Test
    void welshKeepsTheHeadingsListsComponentsBoldLinksAndTagsOfItsEnglish() {
        Map<String, String> differences = new TreeMap<>();
        for (BilingualString string : strings) {
            MarkupOutline english = MarkupOutline.of(string.english());
            MarkupOutline welsh = MarkupOutline.of(string.welsh());
            if (!english.equals(welsh)) {
                differences.put(string.id().toString(), "en " + english + " / cy " + welsh);
            }
        }
        assertThat(differences).isEmpty();
    }

    @Test
    void welshPluralsUseIcuPluralCategoriesNotChoiceFormat() {
        assertThat(strings).filteredOn(string -> string.id().isMessage() && usesChoiceFormat(string.welsh()))
                .extracting(string -> string.id() + ": use {n, plural, zero {...} one {...} two {...} few {...}"
                        + " many {...} other {...}} instead of " + string.welsh())
                .isEmpty();
    }

    @Test
    void choiceFormatIsFoundWhereverItIs() {
        assertThat(usesChoiceFormat("{0,choice,0#dim canllaw|1#un canllaw|1<{0} canllaw}")).isTrue();
        assertThat(usesChoiceFormat("Mae {name} wedi {0, plural, one {# cais} other {# o geisiadau {1,choice,0#a|1#b}}}"))
                .isTrue();
        assertThat(usesChoiceFormat("{0, plural, zero {# canllaw} one {# canllaw} two {# ganllaw} few {# chanllaw}"
                + " many {# chanllaw} other {# canllaw}}")).isFalse();
    }

    @Test
    void noStringInEitherLanguageShowsEncodingDamage() {
        Map<String, List<String>> damaged = new TreeMap<>();
        for (BilingualString string : strings) {
            List<String> english = EncodingDamage.in(string.english());
            List<String> welsh = EncodingDamage.in(string.welsh());
            if (!english.isEmpty() || !welsh.isEmpty()) {
                damaged.put(string.id().toString(), welsh.isEmpty() ? english : welsh);
            }
        }
        assertThat(damaged).isEmpty();
    }

    private static boolean usesChoiceFormat(String pattern) {
        MessagePattern parsed = new MessagePattern(pattern);
        for (int i = 0; i < parsed.countParts(); i++) {
            MessagePattern.Part part = parsed.getPart(i);
            if (part.getType() == MessagePattern.Part.Type.ARG_START && part.getArgType() == MessagePattern.ArgType.CHOICE) {
                return true;
            }
        }
        return false;
    }
}
