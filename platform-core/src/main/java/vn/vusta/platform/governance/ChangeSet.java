package vn.vusta.platform.governance;

import java.time.LocalDate;
import java.util.List;

/** The changes one decision or meeting made on one day: "Hội nghị Ban Chấp hành … bầu bổ sung 2 Ủy viên". */
public record ChangeSet(LocalDate on, Decision decision, List<Change> changes) {
}
