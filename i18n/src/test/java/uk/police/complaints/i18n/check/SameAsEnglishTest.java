package uk.police.complaints.i18n.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SameAsEnglishTest {

    private final SameAsEnglish check = SameAsEnglish.withAllowList("/language-checks/same-in-welsh.tsv");

    @Test
    void welshThatCopiesTheEnglishWordsIsUntranslated() {
        assertThat(check.isUntranslated("Post", "Post")).isTrue();
        assertThat(check.isUntranslated("## Taser guns", "## Taser guns")).isTrue();
    }

    @Test
    void aCopyOfNamesCodesNumbersArgumentsAndAddressesIsNot() {
        assertThat(check.isUntranslated("## Taser", "## Taser")).isFalse();
        assertThat(check.isUntranslated("Beta", "Beta")).isFalse();
        assertThat(check.isUntranslated("{0}: 0300 020 0096", "{0}: 0300 020 0096")).isFalse();
        assertThat(check.isUntranslated("[enquiries@policeconduct.gov.uk](mailto:enquiries@policeconduct.gov.uk)",
                "[enquiries@policeconduct.gov.uk](mailto:enquiries@policeconduct.gov.uk)")).isFalse();
        assertThat(check.isUntranslated(":::", ":::")).isFalse();
    }

    @Test
    void anAllowedNameInsideAnotherWordDoesNotCount() {
        assertThat(check.isUntranslated("Betas", "Betas")).isTrue();
    }

    @Test
    void welshThatDiffersIsNeverUntranslated() {
        assertThat(check.isUntranslated("Contact us", "Cysylltu â ni")).isFalse();
    }

    @Test
    void withoutAnEntryItsNameCountsAsAWordAgain() {
        assertThat(check.without("Taser").isUntranslated("## Taser", "## Taser")).isTrue();
    }
}
