package vn.vusta.platform.api;

import org.springframework.context.MessageSource;
import vn.vusta.platform.spreadsheets.RowProblem;

import java.util.Locale;

/** The message of a sheet's problem, in the request's language. */
final class ImportMessages {

    private ImportMessages() {
    }

    static String problem(MessageSource messages, RowProblem problem, Locale locale) {
        return messages.getMessage("import.problem." + problem.code(), problem.arguments().toArray(), locale);
    }
}
