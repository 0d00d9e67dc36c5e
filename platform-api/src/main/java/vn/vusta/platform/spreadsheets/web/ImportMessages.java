package vn.vusta.platform.spreadsheets.web;

import org.springframework.context.MessageSource;
import vn.vusta.platform.spreadsheets.RowProblem;

import java.util.Locale;

/** The message of a sheet's problem, in the request's language. */
final class ImportMessages {

    private ImportMessages() {
    }

    /** A problem's, a warning's ({@code import.warning.}) or a note's ({@code import.note.}) message. */
    static String message(MessageSource messages, String prefix, RowProblem problem, Locale locale) {
        return messages.getMessage(prefix + problem.code(), problem.arguments().toArray(), locale);
    }
}
