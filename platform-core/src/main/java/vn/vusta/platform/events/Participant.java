package vn.vusta.platform.events;

import java.util.Map;
import java.util.UUID;

/**
 * A member of the registry named as having taken part, as the union writes them: titles before the name
 * ("PGS.TS. Lê Công Cường").
 *
 * @param titles academic title and degree as a prefix ("GS.TSKH.", "TS."), or null
 */
public record Participant(UUID memberId, String fullName, String titles) {

    /** The degrees written before a name; a bachelor's or a college diploma is not. */
    private static final Map<String, String> DEGREE_PREFIXES = Map.of("TSKH", "TSKH", "TS", "TS", "THS", "ThS",
            "BSCKII", "BSCKII", "BSCKI", "BSCKI", "KS", "KS", "BS", "BS", "DS", "DS", "KTS", "KTS");

    public String writtenName() {
        return titles == null ? fullName : titles + " " + fullName;
    }

    static Participant of(UUID memberId, String fullName, String academicTitle, String degree) {
        String degreePrefix = degree == null ? null : DEGREE_PREFIXES.get(degree);
        String titles = academicTitle == null ? degreePrefix
                : degreePrefix == null ? academicTitle : academicTitle + "." + degreePrefix;
        return new Participant(memberId, fullName, titles == null ? null : titles + ".");
    }
}
