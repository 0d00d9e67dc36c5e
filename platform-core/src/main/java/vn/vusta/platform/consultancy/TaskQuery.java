package vn.vusta.platform.consultancy;

/** A filter of the task list; every part is optional. */
public record TaskQuery(Integer year, TaskStatus status, AuthorityKind authorityKind, TaskKind kind) {
}
