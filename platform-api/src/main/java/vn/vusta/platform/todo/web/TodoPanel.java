package vn.vusta.platform.todo.web;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import vn.vusta.platform.identity.Roles;
import vn.vusta.platform.security.PlatformUser;
import vn.vusta.platform.todo.ToDo;
import vn.vusta.platform.todo.WorkToDo;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * The "Việc cần làm" panel of the page a user lands on (the union's workspace, the national union's list of unions),
 * read by the panel's fragment ({@code todo/panel :: panel(${user})}): each thing to do in words, with the link to
 * where it is done. A union's administrators and editors see the union's; national reviewers the nation's; others none.
 */
@Component("todoPanel")
public class TodoPanel {

    /** One line of the panel; note is the reviewer's comment or the like, or null. */
    public record Item(String kind, String text, String note, String href, boolean overdue) {
    }

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final WorkToDo work;
    private final MessageSource messages;

    TodoPanel(WorkToDo work, MessageSource messages) {
        this.work = work;
        this.messages = messages;
    }

    /** Whether the user has a panel at all. */
    public boolean shows(PlatformUser user) {
        return user != null && (user.hasAnyRole(Roles.TENANT_ADMIN, Roles.TENANT_EDITOR) || user.hasRole(Roles.NATIONAL_REVIEWER));
    }

    public List<Item> items(PlatformUser user) {
        if (user == null) {
            return List.of();
        }
        Locale locale = LocaleContextHolder.getLocale();
        if (user.hasAnyRole(Roles.TENANT_ADMIN, Roles.TENANT_EDITOR)) {
            boolean administrator = user.hasRole(Roles.TENANT_ADMIN);
            return work.ofUnion().stream().filter(t -> administrator || !t.kind().administrators())
                    .map(t -> item(t, locale)).toList();
        }
        if (user.hasRole(Roles.NATIONAL_REVIEWER)) {
            return work.ofNation().stream().map(t -> item(t, locale)).toList();
        }
        return List.of();
    }

    private Item item(ToDo t, Locale locale) {
        String date = t.date() == null ? "" : t.date().format(DAY);
        String when = t.daysLeft() < 0 ? text("todo.overdue", locale, -t.daysLeft())
                : t.daysLeft() == 0 ? text("todo.today", locale) : text("todo.left", locale, t.daysLeft());
        return switch (t.kind()) {
            case REPORT_DUE -> new Item("report-due", text("todo.report.due", locale, t.subject(), date, when), null,
                    t.recordId() != null ? "/workspace/reports/" + t.recordId() : "/workspace/reports?year=" + t.year(), t.overdue());
            case REPORT_RETURNED -> new Item("report-returned", text("todo.report.returned", locale, t.subject(), date),
                    t.note(), "/workspace/reports/" + t.recordId(), false);
            case TASK_DUE -> new Item("task-due", text("todo.task.due", locale, t.subject(), date, when), null,
                    "/workspace/consultancy/tasks/" + t.recordId(), t.overdue());
            case IMPORT_WAITING -> new Item("import-waiting", text("todo.import.waiting", locale, t.subject(), date), null,
                    "/workspace/members/import/" + t.recordId(), false);
            case REPORT_ARRIVED -> new Item("report-arrived", text("todo.report.arrived", locale, t.subject(), t.note(), date),
                    null, "/national/reports/" + t.tenantId() + "/" + t.recordId(), false);
            case UNIONS_LATE -> new Item("unions-late", text("todo.unions.late", locale, t.count(), t.subject(), date, when),
                    null, "/national/reports?year=" + t.year() + "&period=" + t.periodId(), true);
            case MAILS_FAILED -> new Item("mails-failed", text("todo.mails.failed", locale, t.count()), null,
                    "/national/mails?state=FAILED", false);
            case DATA_REQUEST_DUE -> new Item("data-request-due", text("todo.data-request.due", locale,
                    text("personal-data.request.kind." + t.subject(), locale), date, when), null,
                    "/workspace/personal-data/requests/" + t.recordId(), t.overdue());
            case BREACH_NOT_NOTIFIED -> new Item("breach-not-notified", text(t.overdue() ? "todo.breach.unnotified.overdue"
                    : "todo.breach.unnotified", locale, t.subject(), t.note()), null,
                    "/workspace/personal-data/breaches#breach-" + t.recordId(), t.overdue());
        };
    }

    private String text(String key, Locale locale, Object... arguments) {
        return messages.getMessage(key, arguments, locale);
    }
}
