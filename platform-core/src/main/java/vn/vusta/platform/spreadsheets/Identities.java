package vn.vusta.platform.spreadsheets;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * People by what identifies them, strongest first: the e-mail, the phone number, or the name and year of birth
 * when no e-mail or phone of theirs contradicts it (two Nguyễn Văn Hùng born in 1975 with different e-mails are
 * two people). Keys are compared folded: e-mails in lower case, phones as digits, names without diacritics. The
 * phone key is the caller's: members sheets pair it with the name, as an office landline is shared.
 *
 * @param <K> what a person is known by: a member's id, or a row of the file
 */
final class Identities<K> {

    /** Who a key finds and how; {@code several} when it finds more than one person. */
    record Found<K>(K key, MatchKind kind, boolean several) {
    }

    private record Person<K>(K key, String email, String phone) {
    }

    private final Lookup<K> byEmail = new Lookup<>();
    private final Lookup<K> byPhone = new Lookup<>();
    private final Map<String, List<Person<K>>> byName = new HashMap<>();

    /** Adds a person; any of the keys may be null. */
    void add(K key, String email, String phone, String name) {
        if (email != null) {
            byEmail.put(email, key);
        }
        if (phone != null) {
            byPhone.put(phone, key);
        }
        if (name != null) {
            byName.computeIfAbsent(name, n -> new ArrayList<>(1)).add(new Person<>(key, email, phone));
        }
    }

    /** The person these keys find, or null for nobody. */
    Found<K> find(String email, String phone, String name) {
        if (email != null && byEmail.has(email)) {
            return new Found<>(byEmail.one(email), MatchKind.EMAIL, byEmail.shared(email));
        }
        if (phone != null && byPhone.has(phone)) {
            return new Found<>(byPhone.one(phone), MatchKind.PHONE, byPhone.shared(phone));
        }
        if (name == null) {
            return null;
        }
        List<K> keys = byName.getOrDefault(name, List.of()).stream()
                .filter(p -> (email == null || p.email() == null) && (phone == null || p.phone() == null))
                .map(Person::key)
                .distinct()
                .toList();
        return keys.isEmpty() ? null : new Found<>(keys.getFirst(), MatchKind.NAME_AND_BIRTH_YEAR, keys.size() > 1);
    }
}
