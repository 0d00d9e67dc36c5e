package vn.vusta.platform.spreadsheets;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/** Values by a key, knowing the keys that several different values share (two members with one e-mail, say). */
final class Lookup<V> {

    private final Map<String, V> values = new HashMap<>();
    private final Set<String> shared = new HashSet<>();

    void put(String key, V value) {
        V before = values.putIfAbsent(key, value);
        if (before != null && !before.equals(value)) {
            shared.add(key);
        }
    }

    boolean has(String key) {
        return values.containsKey(key);
    }

    boolean shared(String key) {
        return shared.contains(key);
    }

    /** The one value of the key; null when none has it, or several. */
    V one(String key) {
        return shared.contains(key) ? null : values.get(key);
    }
}
