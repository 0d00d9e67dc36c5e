package vn.vusta.platform.consultancy;

/**
 * The plan against done on a day, for the tasks of a plan year assigned by then. A task counts as done once accepted;
 * one whose report is in but not yet accepted awaits acceptance ({@code reportsSubmitted} adds both). A cancelled task
 * is counted among the assigned and apart from the rest.
 *
 * @param overdue among those neither done, awaiting acceptance nor cancelled: the ones past their due date
 */
public record PlanFigures(int assigned, int notStarted, int inProgress, int awaitingAcceptance, int done, int cancelled,
                          int overdue, int reportsSubmitted) {

    static PlanFigures of(int assigned, int notStarted, int inProgress, int awaitingAcceptance, int done, int cancelled,
                          int overdue) {
        return new PlanFigures(assigned, notStarted, inProgress, awaitingAcceptance, done, cancelled, overdue,
                awaitingAcceptance + done);
    }

    static PlanFigures none() {
        return of(0, 0, 0, 0, 0, 0, 0);
    }
}
