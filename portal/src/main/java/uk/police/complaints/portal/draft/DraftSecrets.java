package uk.police.complaints.portal.draft;

import java.security.SecureRandom;
import java.text.Normalizer;
import java.util.Base64;
import java.util.Locale;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import uk.police.complaints.portal.Sha256;

/**
 * The ways back to a draft, and how they are kept: only hashes. A link's token is 256 random bits; a code is
 * short enough to write down (8 characters without vowels or look-alikes, about 38 bits), so it comes with a
 * memorable word, hashed slowly, and a limit on wrong words.
 */
final class DraftSecrets {

    private static final String CODE_ALPHABET = "BCDFGHJKLMNPQRSTVWXZ23456789";
    static final int CODE_LENGTH = 8;
    static final int WORD_MINIMUM = 6;

    private final SecureRandom random = new SecureRandom();
    private final BCryptPasswordEncoder words = new BCryptPasswordEncoder();

    String newToken() {
        byte[] token = new byte[32];
        random.nextBytes(token);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(token);
    }

    /** A code as people are shown it: two groups of four. */
    String newCode() {
        StringBuilder code = new StringBuilder();
        for (int i = 0; i < CODE_LENGTH; i++) {
            code.append(CODE_ALPHABET.charAt(random.nextInt(CODE_ALPHABET.length())));
        }
        return code.substring(0, 4) + "-" + code.substring(4);
    }

    /** A code as typed: any case, with or without the hyphen or spaces. */
    static String normaliseCode(String typed) {
        return typed.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
    }

    static boolean looksLikeACode(String typed) {
        String code = normaliseCode(typed);
        return code.length() == CODE_LENGTH && code.chars().allMatch(c -> CODE_ALPHABET.indexOf(c) >= 0);
    }

    static String hashCode(String typed) {
        return Sha256.hex(normaliseCode(typed));
    }

    String hashWord(String word) {
        return words.encode(normaliseWord(word));
    }

    boolean wordMatches(String typed, String hash) {
        return words.matches(normaliseWord(typed), hash);
    }

    /** Forgiving of case and of how an accent was typed: "Cwtsh" and "cwtsh ", "dŵr" in any composition. */
    private static String normaliseWord(String word) {
        return Normalizer.normalize(word.strip(), Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
    }
}
