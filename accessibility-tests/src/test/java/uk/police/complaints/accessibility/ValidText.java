package uk.police.complaints.accessibility;

/** Text each kind of field accepts, with Welsh letters where free text is allowed, for walks that type answers. */
final class ValidText {

    private ValidText() {
    }

    static String forField(String name, String autocomplete) {
        if (name.endsWith("-day") || name.endsWith("-month")) {
            return "1";
        }
        if (name.endsWith("-year")) {
            return "2025";
        }
        return switch (autocomplete) {
            case "email" -> "person@example.com";
            case "tel" -> "07700 900982";
            case "postal-code" -> "CF10 1AA";
            default -> "Prawf ŵ ŷ";
        };
    }
}
