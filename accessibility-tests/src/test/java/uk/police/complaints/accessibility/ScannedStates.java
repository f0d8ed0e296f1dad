package uk.police.complaints.accessibility;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The page states checked so far in this run, by a digest of their DOM: about a fifth of the walks' states are ones
 * another walk or test has checked already (the same page with the same answers, the same error), and checking the
 * same DOM again would find the same. Shared by every test class, as they share one JVM.
 */
final class ScannedStates {

    private static final Map<String, String> FIRST_SEEN_AT = new ConcurrentHashMap<>();

    private ScannedStates() {
    }

    /**
     * Claims the state for the caller, who is to check it: gives null; or, when this DOM in this language was
     * claimed already, gives the address where it was first seen.
     */
    static String firstSeenAt(String language, String dom, String url) {
        return FIRST_SEEN_AT.putIfAbsent(digest(language + "\n" + dom), url);
    }

    private static String digest(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
