package uk.police.complaints.i18n.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class EncodingDamageTest {

    private static final String WELSH_LETTERS = "âêîôûŵŷ ÂÊÎÔÛŴŶ äëïöüẅÿ ÄËÏÖÜẄŸ áéíóúẃý ÁÉÍÓÚẂÝ àèìòùẁỳ ÀÈÌÒÙẀỲ";
    private static final String TYPOGRAPHY = "‘dyfynnu’ “dyfynnu” – — … Â’r Ŵ’n £5 €5";

    @Test
    void welshLettersAndTypographicQuotesAndDashesAreNotDamage() {
        assertThat(EncodingDamage.in(WELSH_LETTERS + " " + TYPOGRAPHY)).isEmpty();
        assertThat(EncodingDamage.in("Mae'r gŵr yn ôl â'i gi; dyma'r pethau sy'n bwysig.")).isEmpty();
    }

    @Test
    void everyWelshLetterAndQuoteReadInTheWrongEncodingIsDamage() {
        for (String charset : new String[] {"windows-1252", "ISO-8859-1"}) {
            for (int i = 0; i < (WELSH_LETTERS + TYPOGRAPHY).length(); i++) {
                char c = (WELSH_LETTERS + TYPOGRAPHY).charAt(i);
                if (c < 0x80) {
                    continue;
                }
                String misread = new String(String.valueOf(c).getBytes(StandardCharsets.UTF_8), Charset.forName(charset));
                assertThat(EncodingDamage.in("gair " + misread + " gair")).as(c + " read as " + charset).isNotEmpty();
            }
        }
    }

    @Test
    void theUsualSignsOfDamageAreFound() {
        assertThat(EncodingDamage.in("Ã¢")).containsExactly("Ã¢");
        assertThat(EncodingDamage.in("dyma\u2019r → dymaâ€™r")).containsExactly("â€™");
        assertThat(EncodingDamage.in("gÅµr")).containsExactly("Åµ");
        assertThat(EncodingDamage.in("caf\uFFFD")).containsExactly("\uFFFD");
        assertThat(EncodingDamage.in("ï»¿Teitl")).containsExactly("ï»¿");
    }
}
