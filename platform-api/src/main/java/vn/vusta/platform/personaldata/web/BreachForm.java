package vn.vusta.platform.personaldata.web;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;
import vn.vusta.platform.calendar.VietnamTime;
import vn.vusta.platform.personaldata.BreachDraft;

import java.time.LocalDateTime;

/**
 * The page's form for a breach: the moment of detection as the browser's date-and-time control gives it, Vietnam
 * time. Bound as "breachRequest", like the API's body, so both say a field's error in the same words.
 */
record BreachForm(@NotNull @DateTimeFormat(pattern = BreachForm.MINUTE) LocalDateTime detectedAt,
                  @NotBlank @Size(max = 4000) String description, @NotBlank @Size(max = 1000) String dataCategories,
                  @NotNull @Min(0) Integer personsAffected, @NotBlank @Size(max = 4000) String consequences,
                  @NotBlank @Size(max = 4000) String measures) {

    /** What a datetime-local control sends and shows. */
    static final String MINUTE = "yyyy-MM-dd'T'HH:mm";

    static BreachForm empty() {
        return new BreachForm(null, "", "", null, "", "");
    }

    BreachDraft draft() {
        return new BreachDraft(detectedAt.atZone(VietnamTime.ZONE).toOffsetDateTime(), description.strip(),
                dataCategories.strip(), personsAffected, consequences.strip(), measures.strip());
    }
}
