package vn.vusta.platform.personaldata;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The Vietnamese wording of the record of processing activities and the impact-assessment dossier
 * (dossiers.properties): they are the union's documents under Vietnamese law, written in Vietnamese whatever the
 * reader's language.
 */
final class DossierTexts {

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
    private static final ResourceBundle BUNDLE = ResourceBundle.getBundle("vn.vusta.platform.personaldata.dossiers", Locale.ROOT);

    private DossierTexts() {
    }

    static String get(String key, Object... arguments) {
        String pattern = BUNDLE.getString(key);
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, VIETNAMESE).format(arguments);
    }

    /** prefix.1, prefix.2, … as long as they go. */
    static List<String> numbered(String prefix) {
        var lines = new ArrayList<String>();
        for (int i = 1; BUNDLE.containsKey(prefix + "." + i); i++) {
            lines.add(BUNDLE.getString(prefix + "." + i));
        }
        return lines;
    }
}
