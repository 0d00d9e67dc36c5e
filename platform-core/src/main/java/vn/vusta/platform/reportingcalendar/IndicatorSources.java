package vn.vusta.platform.reportingcalendar;

import java.util.List;

/**
 * The platform's catalogue of what it can compute an indicator from (the sources of the seeded indicator set, V22):
 * an indicator's source is one of these, or none for a figure the union enters by hand.
 */
public final class IndicatorSources {

    public static final List<String> ALL = List.of(
            "UNITS:MEMBER_ASSOCIATION", "UNITS:AFFILIATED_CENTRE", "UNITS:LINKED_UNIT", "UNITS:COLLECTIVE_MEMBER",
            "MEMBERS", "MEMBERS_CHANGE",
            "EVENTS:EXECUTIVE_COMMITTEE_MEETING", "EVENTS:STANDING_COMMITTEE_MEETING", "EVENTS:TRAINING",
            "EVENTS:THEMATIC_BRIEFING", "EVENTS:CONFERENCE", "EVENTS:SCIENTIFIC_WORKSHOP", "EVENTS:ROUND_TABLE",
            "EVENTS:EMULATION_PLEDGE_SIGNING", "PARTICIPANTS:TRAINING", "PARTICIPANTS:SCIENTIFIC",
            "PUBLICATION_ISSUES", "CONSULTANCY_ASSIGNED", "CONSULTANCY_COMPLETED",
            "RESEARCH_ACTIVE", "RESEARCH_ACCEPTED", "SERVICE_COUNTS",
            "CONTEST_EDITIONS", "CONTEST_ENTRIES", "CONTEST_PRIZES", "NOMINATIONS",
            "COMMENDED:COLLECTIVE", "COMMENDED:INDIVIDUAL");

    private IndicatorSources() {
    }

    public static boolean known(String source) {
        return ALL.contains(source);
    }
}
