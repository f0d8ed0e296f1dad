package uk.police.complaints.i18n;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.context.NoSuchMessageException;

class IcuMessageSourceTest {

    private final IcuMessageSource messages = new IcuMessageSource("test-messages/plurals");

    @Test
    void welshPluralsUseAllSixCategories() {
        assertThat(welshCount(0)).isEqualTo("0 canllaw");
        assertThat(welshCount(1)).isEqualTo("1 canllaw");
        assertThat(welshCount(2)).isEqualTo("2 ganllaw");
        assertThat(welshCount(3)).isEqualTo("3 canllaw");
        assertThat(welshCount(6)).isEqualTo("6 chanllaw");
        assertThat(welshCount(7)).isEqualTo("7 canllaw");
    }

    @Test
    void englishPluralsUseOneAndOther() {
        assertThat(messages.getMessage("guides.count", new Object[] {Map.of("count", 1)}, Language.ENGLISH.locale()))
                .isEqualTo("1 guide");
        assertThat(messages.getMessage("guides.count", new Object[] {Map.of("count", 2)}, Language.ENGLISH.locale()))
                .isEqualTo("2 guides");
    }

    @Test
    void aLoneApostropheIsKeptInBothLanguages() {
        assertThat(messages.getMessage("apostrophe", null, Language.WELSH.locale())).isEqualTo("Dyma'r hyn sy'n digwydd nesaf");
        assertThat(messages.getMessage("apostrophe", null, Language.ENGLISH.locale())).isEqualTo("Here's what's next");
    }

    @Test
    void anArgumentListPassedAsOneArrayIsReadAsItsElements() {
        IcuMessageSource portal = new IcuMessageSource("messages/messages");
        assertThat(portal.getMessage("journey.error.too-long", new Object[] {new Object[] {500}},
                Language.ENGLISH.locale())).isEqualTo("Your answer must be 500 characters or fewer");
    }

    @Test
    void anUnknownKeyIsAnErrorNotTheKeyItself() {
        assertThatThrownBy(() -> messages.getMessage("no.such.key", null, Language.WELSH.locale()))
                .isInstanceOf(NoSuchMessageException.class);
    }

    @Test
    void anyLocaleOtherThanWelshReadsTheEnglishBundle() {
        assertThat(messages.getMessage("apostrophe", null, java.util.Locale.FRENCH)).isEqualTo("Here's what's next");
    }

    private String welshCount(int count) {
        return messages.getMessage("guides.count", new Object[] {Map.of("count", count)}, Language.WELSH.locale());
    }

    @Test
    void aKeyMissingInWelshIsNotShownInEnglish() {
        IcuMessageSource withExtra = new IcuMessageSource("test-messages/plurals", "test-messages/extra");
        assertThat(withExtra.pattern("only.english", Language.ENGLISH)).isEqualTo("Only in English");
        assertThat(withExtra.pattern("only.english", Language.WELSH)).isNull();
    }

    @Test
    void laterBundlesAddKeysTheFirstDoesNotHave() {
        IcuMessageSource withExtra = new IcuMessageSource("test-messages/plurals", "test-messages/extra");
        assertThat(withExtra.getMessage("extra.key", null, Language.WELSH.locale())).isEqualTo("O'r ail fwndel");
        assertThat(withExtra.getMessage("apostrophe", null, Language.WELSH.locale())).isEqualTo("Dyma'r hyn sy'n digwydd nesaf");
    }
}
