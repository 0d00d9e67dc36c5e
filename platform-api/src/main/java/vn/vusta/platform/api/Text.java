package vn.vusta.platform.api;

/** What a user typed: trimmed, and nothing when blank. */
final class Text {

    private Text() {
    }

    static String orNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
