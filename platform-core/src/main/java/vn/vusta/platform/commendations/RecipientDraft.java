package vn.vusta.platform.commendations;

import java.util.UUID;

/**
 * One to commend as entered: a collective (a unit of the union, or an organisation named) or an individual (a
 * member, or a person named); one of unit, member and name.
 */
public record RecipientDraft(RecipientKind kind, UUID unitId, UUID memberId, String name, String detail) {
}
