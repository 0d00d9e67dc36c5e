package vn.vusta.platform.audit;

import org.springframework.stereotype.Service;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.vusta.platform.calendar.VietnamTime;
import vn.vusta.platform.identity.PeopleNames;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The audit log as people read it: the action in words ("Thêm hội viên" for {@code member.created}), the kind of
 * record, who acted by name, and what changed as "field: old → new" with dates as dd/MM/yyyy — never raw JSON. The
 * words are in {@code words.properties} beside this class; a code without words shows as the code.
 */
@Service
public class AuditReading {

    /** One changed field; before or after is null when the field was not there (a creation, a removal). */
    public record Change(String field, String before, String after) {

        /** "Tên: Hội A → Hội B", or "Tên: Hội A" when only one side has a value. */
        public String text() {
            if (before != null && after != null) {
                return field + ": " + before + " → " + after;
            }
            return field + ": " + (after != null ? after : before);
        }
    }

    /** An entry in words. */
    public record Entry(AuditEvent event, String actorName, String action, String kind, List<Change> changes) {

        public OffsetDateTime occurredAt() {
            return event.occurredAt();
        }

        public UUID tenantId() {
            return event.tenantId();
        }

        public String actor() {
            return event.actor();
        }

        public String actionCode() {
            return event.action();
        }

        public String objectType() {
            return event.objectType();
        }

        public String objectId() {
            return event.objectId();
        }

        /** Every change as one text each. */
        public List<String> changeTexts() {
            return changes.stream().map(Change::text).toList();
        }
    }

    /** A code with its words, for a select. */
    public record Choice(String code, String words) {
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** Keys that say nothing to a reader: identifiers and bookkeeping. */
    private static final Set<String> HIDDEN = Set.of("tenant_id", "id", "created_at", "updated_at", "version");
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern DATE_TIME = Pattern.compile("\\d{4}-\\d{2}-\\d{2}[T ]\\d{2}:\\d{2}.*");
    private static final Pattern TAG = Pattern.compile("<[^>]+>");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");
    private static final DateTimeFormatter SPACED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss[.SSSSSS][.SSS][XXX][X]");

    private final PeopleNames people;

    AuditReading(PeopleNames people) {
        this.people = people;
    }

    public Entry read(AuditEvent event, Locale locale) {
        ResourceBundle words = words(locale);
        return new Entry(event, people.of(event.actor()), action(words, event.action()), kind(words, event.objectType()),
                changes(words, event.objectType(), event.before(), event.after()));
    }

    public List<Entry> read(List<AuditEvent> events, Locale locale) {
        return events.stream().map(e -> read(e, locale)).toList();
    }

    /** The action codes in words, in the order of the words. */
    public List<Choice> actions(List<String> codes, Locale locale) {
        ResourceBundle words = words(locale);
        return codes.stream().map(c -> new Choice(c, action(words, c))).sorted(Comparator.comparing(Choice::words)).toList();
    }

    /** The kinds of record in words, in the order of the words. */
    public List<Choice> kinds(List<String> objectTypes, Locale locale) {
        ResourceBundle words = words(locale);
        return objectTypes.stream().map(t -> new Choice(t, kind(words, t))).sorted(Comparator.comparing(Choice::words)).toList();
    }

    /** The people who acted, by name, in the order of the names. */
    public List<Choice> actors(List<String> usernames) {
        return usernames.stream().map(u -> new Choice(u, people.of(u))).sorted(Comparator.comparing(Choice::words)).toList();
    }

    private static ResourceBundle words(Locale locale) {
        return ResourceBundle.getBundle("vn.vusta.platform.audit.words",
                locale != null && locale.getLanguage().equals("en") ? Locale.ENGLISH : Locale.ROOT,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    private static String action(ResourceBundle words, String code) {
        return word(words, "action." + code, code);
    }

    private static String kind(ResourceBundle words, String objectType) {
        return objectType == null ? "" : word(words, "kind." + objectType, objectType);
    }

    private static String word(ResourceBundle words, String key, String otherwise) {
        try {
            return words.getString(key);
        } catch (MissingResourceException none) {
            return otherwise;
        }
    }

    private static List<Change> changes(ResourceBundle words, String kind, String beforeJson, String afterJson) {
        JsonNode before = parse(beforeJson);
        JsonNode after = parse(afterJson);
        var keys = new LinkedHashSet<String>();
        if (after != null && after.isObject()) {
            keys.addAll(after.propertyNames());
        }
        if (before != null && before.isObject()) {
            keys.addAll(before.propertyNames());
        }
        var changes = new ArrayList<Change>();
        for (String key : keys) {
            String snake = snake(key);
            if (HIDDEN.contains(snake)) {
                continue;
            }
            String old = before == null ? null : value(words, kind, before.get(key));
            String now = after == null ? null : value(words, kind, after.get(key));
            boolean both = before != null && after != null;
            if (both && java.util.Objects.equals(old, now) || old == null && now == null) {
                continue;
            }
            changes.add(new Change(word(words, "field." + snake, key), both && old == null ? "—" : old,
                    both && now == null ? "—" : now));
        }
        return changes;
    }

    private static JsonNode parse(String json) {
        if (json == null || json.isBlank()) {
            return null;
        }
        try {
            return JSON.readTree(json);
        } catch (RuntimeException unreadable) {
            return null;
        }
    }

    /** A value in words; null when there is none (null, an empty text or list). */
    private static String value(ResourceBundle words, String kind, JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return null;
        }
        if (node.isBoolean()) {
            return word(words, "value." + node.asBoolean(), String.valueOf(node.asBoolean()));
        }
        if (node.isNumber()) {
            return node.asString();
        }
        if (node.isArray()) {
            var items = new ArrayList<String>();
            for (JsonNode item : node) {
                String text = value(words, kind, item);
                if (text != null) {
                    items.add(text);
                }
            }
            return items.isEmpty() ? null : String.join(", ", items);
        }
        if (node.isObject()) {
            for (String named : List.of("name", "fullName", "full_name", "title", "fileName", "file_name")) {
                if (node.hasNonNull(named)) {
                    return value(words, kind, node.get(named));
                }
            }
            var parts = new ArrayList<String>();
            for (String key : node.propertyNames()) {
                String text = HIDDEN.contains(snake(key)) ? null : value(words, kind, node.get(key));
                if (text != null) {
                    parts.add(word(words, "field." + snake(key), key) + " " + text);
                }
            }
            return parts.isEmpty() ? null : String.join("; ", parts);
        }
        String text = node.asString().strip();
        if (text.isEmpty()) {
            return null;
        }
        return text(words, kind, text);
    }

    private static String text(ResourceBundle words, String kind, String text) {
        try {
            if (DATE.matcher(text).matches()) {
                return LocalDate.parse(text).format(DAY);
            }
            if (DATE_TIME.matcher(text).matches()) {
                OffsetDateTime moment = text.charAt(10) == 'T' ? OffsetDateTime.parse(text) : OffsetDateTime.parse(text, SPACED);
                return moment.atZoneSameInstant(VietnamTime.ZONE).format(MOMENT);
            }
        } catch (DateTimeParseException notADate) {
            // shown as typed
        }
        if (text.indexOf('<') >= 0) {
            // Rich text (a report's narrative) reads as its words.
            text = TAG.matcher(text).replaceAll(" ").replaceAll("\\s+", " ").strip();
        }
        // A code in words: the kind's own first (a union is "Đang hoạt động", a member "Đang sinh hoạt").
        return word(words, "value." + kind + "." + text, word(words, "value." + text, text));
    }

    private static String snake(String key) {
        return key.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT);
    }
}
