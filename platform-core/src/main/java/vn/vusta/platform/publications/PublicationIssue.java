package vn.vusta.platform.publications;

import java.time.LocalDate;
import java.util.UUID;

/** An issue (số) of a publication: its number as printed ("01/2021"), the day it came out, the copies printed. */
public record PublicationIssue(UUID id, UUID publicationId, String number, LocalDate publishedOn, int copies,
                               String title, String notes) {
}
