package vn.vusta.platform.personaldata;

import java.time.OffsetDateTime;

/** What an administrator records of a breach when it is detected. */
public record BreachDraft(OffsetDateTime detectedAt, String description, String dataCategories, int personsAffected,
                          String consequences, String measures) {
}
