package vn.vusta.platform.admin;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import vn.vusta.platform.lifecycle.MergeRefusedException;
import vn.vusta.platform.refusal.RefusedException;

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
        if (!e.details().isEmpty()) {
            return e.details().stream().map(c -> message(c, locale)).toList();
        }
        return List.of(messages.getMessage(e.reason(), e.arguments(), locale));
    }

    /** The records a clash names, for the problem's {@code records}; none for other refusals. */
    List<Map<String, Object>> records(MergeRefusedException e, Locale locale) {
        return e.details().stream().map(c -> {
            var record = new LinkedHashMap<String, Object>(c.facts());
            record.put("message", message(c, locale));
            return (Map<String, Object>) record;
        }).toList();
    }

    private String message(RefusedException.Detail clash, Locale locale) {
        return messages.getMessage(clash.reason(), clash.arguments().toArray(), locale);
    }
}
