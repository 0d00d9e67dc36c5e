package vn.vusta.platform.personaldata;

/**
 * How long each activity's personal data is kept, as the record and the dossier state it: the one place that says
 * it (retention.* in dossiers.properties), so the retention periods per kind of record replace it in one place.
 */
public final class ActivityRetention {

    private ActivityRetention() {
    }

    public static String of(ProcessingActivity activity) {
        return DossierTexts.get("retention." + activity.name());
    }
}
