package uk.police.complaints.portal.submission;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * A submission's reference: 8 random characters and a check character, written {@code ABCD-EFGH-J}. The alphabet
 * leaves out 0, O, 1 and I, which people misread on paper and over the phone; the check character (Luhn mod 32)
 * catches any single mistyped character and most swapped pairs.
 */
public record Reference(String value) {

    static final String ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";
    private static final int RANDOM_CHARACTERS = 8;
    private static final RandomGenerator RANDOM = new SecureRandom();

    public Reference {
        if (!isWellFormed(value)) {
            throw new IllegalArgumentException("not a reference");
        }
    }

    public static Reference random() {
        StringBuilder characters = new StringBuilder();
        for (int i = 0; i < RANDOM_CHARACTERS; i++) {
            characters.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        characters.append(checkCharacter(characters));
        return new Reference(format(characters.toString()));
    }

    /** Reads a reference as a person might type it: any case, with or without hyphens and spaces. */
    public static Optional<Reference> parse(String typed) {
        String characters = typed.toUpperCase(Locale.ROOT).replaceAll("[\\s-]", "");
        if (characters.length() != RANDOM_CHARACTERS + 1) {
            return Optional.empty();
        }
        String formatted = format(characters);
        return isWellFormed(formatted) ? Optional.of(new Reference(formatted)) : Optional.empty();
    }

    @Override
    public String toString() {
        return value;
    }

    private static boolean isWellFormed(String value) {
        if (value == null || !value.matches("[" + ALPHABET + "]{4}-[" + ALPHABET + "]{4}-[" + ALPHABET + "]")) {
            return false;
        }
        String characters = value.replace("-", "");
        return checkCharacter(characters.substring(0, RANDOM_CHARACTERS)) == characters.charAt(RANDOM_CHARACTERS);
    }

    private static String format(String characters) {
        return characters.substring(0, 4) + "-" + characters.substring(4, 8) + "-" + characters.substring(8);
    }

    /** Luhn mod N over the alphabet: doubles every other code point from the right. */
    static char checkCharacter(CharSequence characters) {
        int n = ALPHABET.length();
        int sum = 0;
        boolean doubled = true;
        for (int i = characters.length() - 1; i >= 0; i--) {
            int code = ALPHABET.indexOf(characters.charAt(i));
            if (code < 0) {
                return '?';
            }
            int addend = doubled ? code * 2 : code;
            sum += addend / n + addend % n;
            doubled = !doubled;
        }
        return ALPHABET.charAt((n - sum % n) % n);
    }
}
