package vn.vusta.platform.contests;

import java.util.UUID;

/**
 * An author or a judge: a member of the registry (whose name is read from it) or a person named.
 *
 * @param erased the member asked to be forgotten (Law 91/2025/QH15, Art. 14): the name says nothing any more
 */
public record ContestPerson(UUID memberId, String name, boolean erased) {
}
