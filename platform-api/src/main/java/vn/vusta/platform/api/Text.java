package vn.vusta.platform.api;

/** What a user typed: trimmed, and nothing when blank. */
public final class Text {

    private Text() {
    }

    public static String orNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
