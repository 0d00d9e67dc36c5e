package vn.vusta.platform.admin;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import vn.vusta.platform.lifecycle.TenantDeletion;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** What a deletion removed, in words: the same on the page and on the command line. */
@Component
class DeletionSummary {

    private final MessageSource messages;

    DeletionSummary(MessageSource messages) {
        this.messages = messages;
    }

    List<String> lines(TenantDeletion.Deleted deleted, Locale locale) {
        int rows = deleted.rows().values().stream().mapToInt(Integer::intValue).sum();
        String tables = deleted.rows().entrySet().stream().filter(e -> e.getValue() > 0)
                .map(e -> e.getKey() + ": " + e.getValue()).collect(Collectors.joining(", "));
        var lines = new ArrayList<String>();
        lines.add(messages.getMessage("tenant.deleted.removed", new Object[]{rows, tables.isEmpty() ? "" : " (" + tables + ")", deleted.files().removed(),
                (deleted.files().bytes() + 1023) / 1024, deleted.auditEntriesErased()}, locale));
        if (deleted.files().notRemoved() > 0) {
            lines.add(messages.getMessage("tenant.deleted.files.left", new Object[]{deleted.files().notRemoved()}, locale));
        }
        return lines;
    }
}
