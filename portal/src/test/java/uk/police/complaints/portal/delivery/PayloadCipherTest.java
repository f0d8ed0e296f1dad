package uk.police.complaints.portal.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

class PayloadCipherTest {

    private final PayloadCipher cipher = new PayloadCipher(new SecretKeySpec(new byte[32], "AES"));

    @Test
    void whatIsSealedOpensExactlyAsItWasWithWelshLettersAndMarkup() {
        String words = "{\"what\":\"Siân, ŵ ŷ, <script>x < y</script> 🙂\"}";
        assertThat(cipher.open(cipher.seal(words, "entry-1"), "entry-1")).isEqualTo(words);
    }

    @Test
    void theSameWordsSealTwiceDifferently() {
        assertThat(cipher.seal("same", "entry-1")).isNotEqualTo(cipher.seal("same", "entry-1"));
    }

    @Test
    void aSealedPayloadMovedToAnotherEntryDoesNotOpen() {
        String sealed = cipher.seal("words", "entry-1");
        assertThatThrownBy(() -> cipher.open(sealed, "entry-2")).hasMessageContaining("entry-2")
                .hasMessageNotContaining("words");
    }

    @Test
    void aTamperedPayloadDoesNotOpen() {
        String sealed = cipher.seal("words", "entry-1");
        byte[] bytes = Base64.getDecoder().decode(sealed.substring("v1.".length()));
        bytes[bytes.length / 2] ^= 1;
        String tampered = "v1." + Base64.getEncoder().encodeToString(bytes);
        assertThatThrownBy(() -> cipher.open(tampered, "entry-1")).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aKeyFromAnotherInstallationDoesNotOpenIt() {
        byte[] other = new byte[32];
        other[0] = 1;
        String sealed = cipher.seal("words", "entry-1");
        assertThatThrownBy(() -> new PayloadCipher(new SecretKeySpec(other, "AES")).open(sealed, "entry-1"))
                .isInstanceOf(IllegalStateException.class);
    }
}
