package vn.vusta.platform.personaldata;

import java.time.LocalDate;
import java.util.UUID;

/** A request as the union's staff register it on arrival. */
public record RequestDraft(UUID memberId, RequestKind kind, LocalDate receivedOn, String details) {
}
