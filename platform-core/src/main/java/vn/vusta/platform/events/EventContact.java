package vn.vusta.platform.events;

import java.util.UUID;

/**
 * How to reach a participant about an event: their e-mail and phone only while their consent to be contacted about
 * events stands (Law 91/2025/QH15, Art. 9); otherwise the name alone, and that they have not agreed.
 */
public record EventContact(UUID memberId, String writtenName, String email, String phone, boolean consented) {
}
