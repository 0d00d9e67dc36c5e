package vn.vusta.platform.audit;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.vusta.platform.calendar.VietnamTime;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.UUID;
import java.util.function.Function;

/**
 * The filtered audit log as .xlsx, in the words of the page (fastexcel, streamed like the registry's exports; the
 * registry's writer is the spreadsheets module's own, which depends on capabilities that depend on this log). Texts
 * that a spreadsheet program would run as a formula are written behind a quote.
 */
@Service
public class AuditSheet {

    /** A log longer than this is cut: the export says so in its last row. */
    public static final int MAX_ROWS = 100_000;
    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss");

    private final AuditLog log;
    private final AuditReading reading;

    AuditSheet(AuditLog log, AuditReading reading) {
        this.log = log;
        this.reading = reading;
    }

    /**
     * Writes the entries the query finds, newest first.
     *
     * @param tenantName the name of an entry's union, for a log across unions; null leaves the column out
     */
    @Transactional(readOnly = true)
    public void write(AuditQuery query, Locale locale, Function<UUID, String> tenantName, OutputStream out) {
        ResourceBundle words = ResourceBundle.getBundle("vn.vusta.platform.audit.words",
                locale != null && locale.getLanguage().equals("en") ? Locale.ENGLISH : Locale.ROOT,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        var headings = new ArrayList<>(List.of("sheet.when"));
        if (tenantName != null) {
            headings.add("sheet.tenant");
        }
        headings.addAll(List.of("sheet.actor", "sheet.login", "sheet.action", "sheet.kind", "sheet.object", "sheet.changes"));
        try {
            var workbook = new Workbook(out, "VUSTA", "1.0");
            Worksheet sheet = workbook.newWorksheet(words.getString("sheet.name"));
            for (int c = 0; c < headings.size(); c++) {
                sheet.inlineString(0, c, words.getString(headings.get(c)));
            }
            sheet.range(0, 0, 0, headings.size() - 1).style().bold().set();
            sheet.freezePane(0, 1);
            sheet.width(0, 20);
            sheet.width(headings.size() - 1, 80);
            int[] row = {1};
            log.forEach(new AuditQuery(query.tenantId(), query.actionPrefix(), query.actor(), query.objectType(),
                    query.from(), query.to(), 0, AuditQuery.MAX_LIMIT), MAX_ROWS, event -> {
                AuditReading.Entry entry = reading.read(event, locale);
                var cells = new ArrayList<String>();
                cells.add(entry.occurredAt().atZoneSameInstant(VietnamTime.ZONE).format(MOMENT));
                if (tenantName != null) {
                    cells.add(tenantName.apply(entry.tenantId()));
                }
                cells.addAll(List.of(entry.actorName(), entry.actor(), entry.action(), entry.kind(),
                        entry.objectId() == null ? "" : entry.objectId(), String.join("\n", entry.changeTexts())));
                for (int c = 0; c < cells.size(); c++) {
                    if (cells.get(c) != null && !cells.get(c).isEmpty()) {
                        sheet.inlineString(row[0], c, harmless(cells.get(c)));
                    }
                }
                row[0]++;
                if (row[0] % 1000 == 0) {
                    try {
                        sheet.flush();
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
            });
            sheet.finish();
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** As the registry's exports (and cut to what a cell holds): a text starting with =, +, -, @, a tab or a return is not a formula. */
    private static String harmless(String value) {
        // A cell holds at most 32.767 characters.
        value = value.length() > 32_000 ? value.substring(0, 32_000) + "…" : value;
        char first = value.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + value : value;
    }
}
