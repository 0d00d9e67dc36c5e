package vn.vusta.platform.members;

import java.util.List;
import java.util.UUID;

/** A row of the members list. */
public record MemberSummary(UUID id, String fullName, Integer birthYear, AcademicTitle academicTitle, Degree degree,
                            String workplace, List<String> units, boolean expert, MemberStatus status) {
}
