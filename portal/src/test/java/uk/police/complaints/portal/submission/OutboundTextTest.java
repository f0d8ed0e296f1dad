package uk.police.complaints.portal.submission;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What a person typed leaves for the back office as plain, readable text, with nothing that could attack it. */
class OutboundTextTest {

    @Test
    void markupIsStrippedAndTheWordsAroundItAreKept() {
        assertThat(OutboundText.plain("<script>alert('hi')</script> x < y")).isEqualTo("x < y");
        assertThat(OutboundText.plain("Siân: <b>they</b> ignored me")).isEqualTo("Siân: they ignored me");
        assertThat(OutboundText.plain("<img src=x onerror=alert(1)>a photo")).isEqualTo("a photo");
        assertThat(OutboundText.plain("<a href=\"javascript:alert(1)\">click</a>")).isEqualTo("click");
    }

    @Test
    void charactersThatLookLikeMarkupOrEntitiesStayAsTyped() {
        assertThat(OutboundText.plain("x < y & y > z, 5 > 3")).isEqualTo("x < y & y > z, 5 > 3");
        assertThat(OutboundText.plain("I typed &lt; and &amp; myself")).isEqualTo("I typed &lt; and &amp; myself");
        assertThat(OutboundText.plain("\"quoted\" it's = @name +44")).isEqualTo("\"quoted\" it's = @name +44");
        assertThat(OutboundText.plain("{{7*7}} ${7*7} #{7*7} '; DROP TABLE submission; --"))
                .isEqualTo("{{7*7}} ${7*7} #{7*7} '; DROP TABLE submission; --");
    }

    @Test
    void welshLettersAreOneCharacterEachAndKept() {
        String decomposed = "Sia\u0302n W\u0302yn Lly\u0302r";
        assertThat(OutboundText.plain(decomposed)).isEqualTo("Siân Ŵyn Llŷr").hasSize(13);
        assertThat(OutboundText.plain("â ê î ô û ŵ ŷ ä ë ï ö ü ẅ ÿ á é í ó ú ẃ ý")).isEqualTo("â ê î ô û ŵ ŷ ä ë ï ö ü ẅ ÿ á é í ó ú ẃ ý");
    }

    @Test
    void controlsDirectionOverridesAndInvisibleCharactersAreRemovedButNewLinesAndEmojiStay() {
        assertThat(OutboundText.plain("a\u0000b\u0007c\u001Bd")).isEqualTo("abcd");
        assertThat(OutboundText.plain("first line\r\nsecond\tline")).isEqualTo("first line\nsecond\tline");
        assertThat(OutboundText.plain("invoice\u202Egpj.exe")).isEqualTo("invoicegpj.exe");
        assertThat(OutboundText.plain("zero\u200Bwidth\uFEFF\u2060")).isEqualTo("zerowidth");
        assertThat(OutboundText.plain("scared 😨 family 👩\u200D👩\u200D👧")).isEqualTo("scared 😨 family 👩\u200D👩\u200D👧");
    }

    @Test
    void anUnreadableCharacterStaysVisibleAsTheReplacementCharacter() {
        assertThat(OutboundText.plain("bad \uFFFD byte")).isEqualTo("bad \uFFFD byte");
    }
}
