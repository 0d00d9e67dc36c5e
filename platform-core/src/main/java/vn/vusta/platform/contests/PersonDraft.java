package vn.vusta.platform.contests;

import java.util.UUID;

/** An author or a judge as entered: a member of the registry, or a name; one of the two. */
public record PersonDraft(UUID memberId, String name) {
}
