package uk.police.complaints.content;

import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The Flesch reading ease of English text: 206.835 - 1.015 (words / sentences) - 84.6 (syllables / words). Higher is
 * easier; 60 to 70 is plain English that most 13 to 15 year olds read easily, which is what the young people's
 * guides must reach. Syllables are counted by vowel groups, the usual estimate: good enough to catch long
 * sentences and long words, which is what the check is for.
 */
public final class ReadingEase {

    /** The least a young people's guide in English may score. */
    public static final double YOUNG_PEOPLE_MINIMUM = 60;

    private static final Pattern BLOCK_END = Pattern.compile("</(p|li|h2|h3|summary|div|strong)>");
    private static final Pattern TAG = Pattern.compile("<[^>]+>");
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?:;]+(\\s|$)");
    private static final Pattern VOWEL_GROUP = Pattern.compile("[aeiouy]+");

    private ReadingEase() {
    }

    /** The score of a rendered page: each paragraph, list item and heading ends a sentence. */
    public static double ofHtml(String html) {
        String text = TAG.matcher(BLOCK_END.matcher(html).replaceAll(". ")).replaceAll(" ")
                .replace("&#39;", "'").replace("&quot;", "\"").replace("&amp;", "&");
        return of(text);
    }

    public static double of(String text) {
        String[] words = Arrays.stream(text.split("[^A-Za-z0-9']+")).filter(word -> !word.isBlank())
                .toArray(String[]::new);
        long sentences = Math.max(1, SENTENCE_END.matcher(text).results().count());
        long syllables = Arrays.stream(words).mapToLong(ReadingEase::syllables).sum();
        if (words.length == 0) {
            return 100;
        }
        return 206.835 - 1.015 * words.length / sentences - 84.6 * syllables / words.length;
    }

    static int syllables(String word) {
        String lower = word.toLowerCase(Locale.ROOT).replace("'", "");
        if (lower.chars().allMatch(Character::isDigit)) {
            return 1;
        }
        int groups = (int) VOWEL_GROUP.matcher(lower).results().count();
        if (lower.endsWith("e") && !lower.endsWith("le") && !lower.endsWith("ee") && groups > 1) {
            groups--;
        }
        if (lower.endsWith("ed") && !lower.endsWith("ted") && !lower.endsWith("ded") && groups > 1) {
            groups--;
        }
        return Math.max(1, groups);
    }
}
