package vn.vusta.platform.dashboards;

/**
 * The consultancy plan against done at the end of a month (kế hoạch và kết quả), cumulative from the start of the
 * plan: tasks of the year's plan assigned by then, and those accepted by then.
 */
public record PlanMonth(int month, int assigned, int done) {
}
