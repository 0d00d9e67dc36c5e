package vn.vusta.platform.research;

/** Đề tài (a research topic) or dự án (a project that applies or builds something). */
public enum ResearchKind {
    TOPIC,
    PROJECT
}
