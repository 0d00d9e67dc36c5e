package vn.vusta.platform.reports;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * How the Standing Committee approved a report: by its chairman in the platform ({@code approvedBy}, the chairman's
 * name, at {@code approvedAt}), or at a meeting held on paper that the secretariat recorded ({@code minutes}: the
 * minutes' reference or text; {@code recordedBy}: who recorded it). {@code approvedOn} is the day in both.
 */
public record Approval(LocalDate approvedOn, String approvedBy, OffsetDateTime approvedAt, String minutes, String recordedBy) {

    public boolean inPlatform() {
        return approvedAt != null;
    }
}
