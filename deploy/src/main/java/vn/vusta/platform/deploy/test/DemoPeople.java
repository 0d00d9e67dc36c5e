package vn.vusta.platform.deploy.test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The people of the demo data, as the searches for personal data look for them: the demo members' names, e-mails and
 * phones (db/demo/*.sql) and the demo users' names and e-mails (the Keycloak realm). Read from the module's directory, where
 * surefire and failsafe run (platform-api, tenant-admin).
 */
public final class DemoPeople {

    private static final Path DEMO_SQL = Path.of("..", "db", "src", "main", "resources", "db", "demo");
    private static final Path REALM = Path.of("..", "deploy", "src", "main", "resources", "keycloak", "vusta-realm.json");

    /** A member's row in the demo SQL: tenant, id, the full name, gender, birth year. */
    private static final Pattern MEMBER_ROW = Pattern.compile(
            "\\('[0-9a-f-]{36}', '[0-9a-f-]{36}', '([^']+)', (?:'MALE'|'FEMALE'|null), (?:\\d{4}|null),");
    private static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)+");
    private static final Pattern PHONE = Pattern.compile("'(0\\d{9})'");

    private DemoPeople() {
    }

    /** The demo members' full names, and the demo users' (family name first, as Vietnamese writes them). */
    public static Set<String> names() {
        var names = new TreeSet<String>();
        forEachSql(text -> collect(MEMBER_ROW.matcher(text), 1, names));
        for (JsonNode user : realm().path("users")) {
            if (user.hasNonNull("firstName") && user.hasNonNull("lastName")) {
                names.add(user.path("lastName").asString() + " " + user.path("firstName").asString());
            }
        }
        return names;
    }

    /** The demo members' e-mails and phones, and the demo users' e-mails. */
    public static Set<String> contacts() {
        var contacts = new TreeSet<String>();
        forEachSql(text -> {
            collect(PHONE.matcher(text), 1, contacts);
            collect(EMAIL.matcher(text), 0, contacts);
        });
        for (JsonNode user : realm().path("users")) {
            if (user.hasNonNull("email")) {
                contacts.add(user.path("email").asString());
            }
        }
        return contacts;
    }

    private static JsonNode realm() {
        try {
            return JsonMapper.builder().build().readTree(Files.readString(REALM));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void forEachSql(java.util.function.Consumer<String> each) {
        try (Stream<Path> files = Files.list(DEMO_SQL)) {
            for (Path sql : files.filter(f -> f.toString().endsWith(".sql")).sorted().toList()) {
                each.accept(Files.readString(sql));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void collect(Matcher matcher, int group, Set<String> into) {
        while (matcher.find()) {
            into.add(matcher.group(group));
        }
    }
}
