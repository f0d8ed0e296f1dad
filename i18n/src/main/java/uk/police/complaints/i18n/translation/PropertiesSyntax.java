package uk.police.complaints.i18n.translation;

/** How {@link java.util.Properties} escapes keys and values, both ways. */
final class PropertiesSyntax {

    private PropertiesSyntax() {
    }

    static String unescape(String text) {
        StringBuilder result = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != '\\' || i + 1 == text.length()) {
                result.append(c);
                continue;
            }
            char escaped = text.charAt(++i);
            switch (escaped) {
                case 't' -> result.append('\t');
                case 'n' -> result.append('\n');
                case 'r' -> result.append('\r');
                case 'f' -> result.append('\f');
                case 'u' -> {
                    result.append((char) Integer.parseInt(text.substring(i + 1, i + 5), 16));
                    i += 4;
                }
                default -> result.append(escaped);
            }
        }
        return result.toString();
    }

    /** Non-ASCII stays as it is: the files are UTF-8, so a Welsh reader sees ŵ rather than an escape code. */
    static String escapeValue(String value) {
        StringBuilder result = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> result.append("\\\\");
                case '\t' -> result.append("\\t");
                case '\n' -> result.append("\\n");
                case '\r' -> result.append("\\r");
                case '\f' -> result.append("\\f");
                case ' ' -> result.append(i == 0 ? "\\ " : " ");
                default -> {
                    if (c < 0x20) {
                        result.append(String.format("\\u%04x", (int) c));
                    } else {
                        result.append(c);
                    }
                }
            }
        }
        return result.toString();
    }

    static String escapeKey(String key) {
        StringBuilder result = new StringBuilder(key.length());
        for (char c : key.toCharArray()) {
            if (" =:#!".indexOf(c) >= 0) {
                result.append('\\').append(c);
            } else {
                result.append(escapeValue(String.valueOf(c)));
            }
        }
        return result.toString();
    }

    static boolean isKeyEnd(char c) {
        return c == '=' || c == ':' || isSpace(c);
    }

    static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\f';
    }
}
