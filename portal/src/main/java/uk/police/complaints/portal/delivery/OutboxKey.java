package uk.police.complaints.portal.delivery;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/**
 * Where the outbox key comes from: configuration in production (a secret store sets it), or, for a first run on
 * embedded defaults, a key file under {@code ./data} made the first time and readable by its owner only.
 */
final class OutboxKey {

    private static final int KEY_BYTES = 32;

    private OutboxKey() {
    }

    static SecretKey from(DeliveryProperties.Encryption encryption) {
        if (encryption.key() != null && !encryption.key().isBlank()) {
            return decode(encryption.key(), "portal.delivery.encryption.key");
        }
        if (encryption.keyFile() == null || encryption.keyFile().isBlank()) {
            throw new IllegalStateException("set portal.delivery.encryption.key (32 bytes, base64) or "
                    + "portal.delivery.encryption.key-file");
        }
        return decode(readOrCreate(Path.of(encryption.keyFile())), encryption.keyFile());
    }

    private static String readOrCreate(Path file) {
        try {
            if (!Files.exists(file)) {
                byte[] key = new byte[KEY_BYTES];
                new SecureRandom().nextBytes(key);
                Files.createDirectories(file.toAbsolutePath().getParent());
                Path made = Files.createFile(file);
                if (made.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                    Files.setPosixFilePermissions(made, PosixFilePermissions.fromString("rw-------"));
                }
                Files.writeString(made, Base64.getEncoder().encodeToString(key), StandardCharsets.US_ASCII);
            }
            return Files.readString(file, StandardCharsets.US_ASCII).strip();
        } catch (IOException e) {
            throw new UncheckedIOException("the outbox key file " + file + " cannot be read or made", e);
        }
    }

    private static SecretKey decode(String base64, String source) {
        byte[] key = Base64.getDecoder().decode(base64.strip());
        if (key.length != KEY_BYTES) {
            throw new IllegalStateException(source + " must be " + KEY_BYTES + " bytes in base64, not " + key.length);
        }
        return new SecretKeySpec(key, "AES");
    }
}
