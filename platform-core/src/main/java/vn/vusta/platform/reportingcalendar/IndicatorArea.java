package vn.vusta.platform.reportingcalendar;

/** The areas of work a report and its indicators are organised by (V22 lists the Vietnamese headings). */
public enum IndicatorArea {
    ORGANISATION, INFORMATION, CONSULTANCY, SCIENCE_TECHNOLOGY, CONTESTS_AWARDS, HONOURING, EMULATION_COMMENDATION
}
