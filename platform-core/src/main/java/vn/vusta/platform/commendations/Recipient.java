package vn.vusta.platform.commendations;

import java.util.UUID;

/**
 * One commended: a unit of the union ({@code unitId}), a member ({@code memberId}) or someone named; {@code name} is
 * the unit's or the member's as the registry holds it, or the name entered. {@code detail} is what the decision says
 * beside the name (position, workplace).
 *
 * @param erased the member asked to be forgotten (Law 91/2025/QH15, Art. 14): the name says nothing any more
 */
public record Recipient(UUID id, int position, RecipientKind kind, UUID unitId, UUID memberId, String name,
                        String detail, boolean erased) {
}
