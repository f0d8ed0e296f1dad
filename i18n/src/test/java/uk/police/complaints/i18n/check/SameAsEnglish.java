package uk.police.complaints.i18n.check;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Welsh that is a copy of its English. A copy is fine when nothing in it is a word to translate: names and codes on
 * the allow-list ({@code language-checks/same-in-welsh.tsv}, each with why it is one), numbers, arguments such
 * as {@code {0}}, web and e-mail addresses, and Markdown marks.
 */
final class SameAsEnglish {

    private static final Pattern NOT_WORDS = Pattern.compile(String.join("|",
            "\\{[^{}]*\\}", // an ICU argument
            "\\]\\([^)]*\\)", // a link's target
            "(?:https?|mailto):\\S+",
            "[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+")); // an e-mail address

    private final Map<String, String> allowList;

    private SameAsEnglish(Map<String, String> allowList) {
        this.allowList = allowList;
    }

    static SameAsEnglish withAllowList(String resource) {
        Map<String, String> allowList = new LinkedHashMap<>();
        try (InputStream in = SameAsEnglish.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing");
            }
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\\R")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] entry = line.split("\t", 2);
                allowList.put(entry[0], entry.length == 2 ? entry[1].strip() : "");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new SameAsEnglish(allowList);
    }

    /** Each allowed name or code and why it is one. */
    Map<String, String> allowList() {
        return allowList;
    }

    /** True when the Welsh is the English, and some word in it is not a name or code on the allow-list. */
    boolean isUntranslated(String english, String welsh) {
        if (!english.equals(welsh)) {
            return false;
        }
        String left = NOT_WORDS.matcher(welsh).replaceAll(" ");
        for (String allowed : allowList.keySet()) {
            left = left.replaceAll("(?<![\\p{L}\\p{N}])" + Pattern.quote(allowed) + "(?![\\p{L}\\p{N}])", " ");
        }
        return left.codePoints().anyMatch(Character::isLetter);
    }

    /** The same check with one entry fewer on its allow-list, to show the entry is needed. */
    SameAsEnglish without(String entry) {
        Map<String, String> fewer = new LinkedHashMap<>(allowList);
        fewer.remove(entry);
        return new SameAsEnglish(fewer);
    }
}
