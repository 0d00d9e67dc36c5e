package vn.vusta.platform.reports;

/**
 * The narrative sections of a report: results by area of work (the areas the indicators belong to), then
 * difficulties (khó khăn, vướng mắc), proposals (kiến nghị, đề xuất) and tasks for the next period (nhiệm vụ kỳ tới).
 */
public enum Section {
    ORGANISATION, INFORMATION, CONSULTANCY, SCIENCE_TECHNOLOGY, CONTESTS_AWARDS, HONOURING, EMULATION_COMMENDATION,
    DIFFICULTIES, PROPOSALS, NEXT_TASKS
}
