package vn.vusta.platform.reportexports;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** The Vietnamese wording of the files (texts.properties): they are written in Vietnamese whatever the reader's language. */
final class Texts {

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
    private static final ResourceBundle BUNDLE = ResourceBundle.getBundle("vn.vusta.platform.reportexports.texts", Locale.ROOT);

    private Texts() {
    }

    static String get(String key, Object... arguments) {
        String pattern = BUNDLE.getString(key);
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, VIETNAMESE).format(arguments);
    }
}
