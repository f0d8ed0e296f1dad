package uk.police.complaints.portal.delivery;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;

/**
 * Seals what people wrote before it rests in the outbox: AES-256-GCM with a fresh nonce each time, bound to the
 * outbox entry's id so that a sealed payload cannot be moved to another entry and still open.
 */
public final class PayloadCipher {

    private static final String FORMAT = "v1.";
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final SecretKey key;
    private final SecureRandom random = new SecureRandom();

    PayloadCipher(SecretKey key) {
        this.key = key;
    }

    public String seal(String plain, String entryId) {
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        byte[] sealed = run(Cipher.ENCRYPT_MODE, nonce, entryId, plain.getBytes(StandardCharsets.UTF_8));
        return FORMAT + Base64.getEncoder().encodeToString(ByteBuffer.allocate(nonce.length + sealed.length)
                .put(nonce).put(sealed).array());
    }

    public String open(String sealed, String entryId) {
        if (!sealed.startsWith(FORMAT)) {
            throw new IllegalArgumentException("outbox entry " + entryId + " is not sealed in a known format");
        }
        byte[] bytes = Base64.getDecoder().decode(sealed.substring(FORMAT.length()));
        byte[] nonce = new byte[NONCE_BYTES];
        System.arraycopy(bytes, 0, nonce, 0, NONCE_BYTES);
        byte[] body = new byte[bytes.length - NONCE_BYTES];
        System.arraycopy(bytes, NONCE_BYTES, body, 0, body.length);
        return new String(run(Cipher.DECRYPT_MODE, nonce, entryId, body), StandardCharsets.UTF_8);
    }

    private byte[] run(int mode, byte[] nonce, String entryId, byte[] input) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(entryId.getBytes(StandardCharsets.UTF_8));
            return cipher.doFinal(input);
        } catch (GeneralSecurityException e) {
            // The message names the entry only: the cause carries no plaintext either.
            throw new IllegalStateException("outbox entry " + entryId + " could not be sealed or opened", e);
        }
    }
}
