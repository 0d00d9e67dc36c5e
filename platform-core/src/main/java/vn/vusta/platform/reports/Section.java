package vn.vusta.platform.reports;

/**
 * The narrative sections of a report: results by area of work (the areas the indicators belong to), then
 * difficulties (khó khăn, vướng mắc), proposals (kiến nghị, đề xuất) and tasks for the next period (nhiệm vụ kỳ tới).
 * A report is not sent with a required section empty: the organisation (every union builds and reports its
 * organisation and membership each period), the difficulties and the next period's tasks (what the national union
 * reads first). An area without activity in the period, and proposals, may stay empty ("Không có." in the document).
 */
public enum Section {
    ORGANISATION, INFORMATION, CONSULTANCY, SCIENCE_TECHNOLOGY, CONTESTS_AWARDS, HONOURING, EMULATION_COMMENDATION,
    DIFFICULTIES, PROPOSALS, NEXT_TASKS;

    public boolean isRequired() {
        return this == ORGANISATION || this == DIFFICULTIES || this == NEXT_TASKS;
    }

    /** Sanitised HTML with no words in it: nothing, or only tags, breaks and spaces (an emptied editor's "<p><br></p>"). */
    public static boolean isBlank(String html) {
        return html == null || html.replaceAll("<[^>]*>", "").replace("&nbsp;", " ").isBlank();
    }
}
