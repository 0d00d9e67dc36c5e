package vn.vusta.platform.admin;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import vn.vusta.platform.lifecycle.MergeClashException;
import vn.vusta.platform.lifecycle.MergeRefusedException;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** What a refused merge says, the same on the page, in the API and on the command line: one line per record. */
@Component
class MergeRefusals {

    private final MessageSource messages;

    MergeRefusals(MessageSource messages) {
        this.messages = messages;
    }

    List<String> lines(MergeRefusedException e, Locale locale) {
        if (e instanceof MergeClashException clash) {
            return clash.clashes().stream().map(c -> messages.getMessage(c.reason(), c.arguments(), locale)).toList();
        }
        return List.of(messages.getMessage(e.reason(), e.arguments(), locale));
    }

    /** The records a clash names, for the problem's {@code records}; none for other refusals. */
    List<Map<String, Object>> records(MergeRefusedException e, Locale locale) {
        if (!(e instanceof MergeClashException clash)) {
            return List.of();
        }
        return clash.clashes().stream().map(c -> {
            var record = new LinkedHashMap<String, Object>();
            record.put("table", c.table());
            record.put("record", c.record());
            record.put("constraint", c.constraint());
            record.put("value", c.value());
            record.put("resolvedValue", c.resolvedValue());
            record.put("clashesWith", c.inTarget() ? "target" : "source");
            record.put("message", messages.getMessage(c.reason(), c.arguments(), locale));
            return (Map<String, Object>) record;
        }).toList();
    }
}
