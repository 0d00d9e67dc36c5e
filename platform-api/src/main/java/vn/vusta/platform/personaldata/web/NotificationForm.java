package vn.vusta.platform.personaldata.web;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;
import vn.vusta.platform.calendar.VietnamTime;
import vn.vusta.platform.personaldata.BreachNotification;

import java.time.LocalDateTime;

/** The page's form for a breach's notification, Vietnam time; bound as "notificationRequest", like the API's body. */
record NotificationForm(@NotNull @DateTimeFormat(pattern = BreachForm.MINUTE) LocalDateTime authorityNotifiedAt,
                        @DateTimeFormat(pattern = BreachForm.MINUTE) LocalDateTime personsNotifiedAt,
                        @Size(max = 2000) String note) {

    BreachNotification notification() {
        return new BreachNotification(authorityNotifiedAt.atZone(VietnamTime.ZONE).toOffsetDateTime(),
                personsNotifiedAt == null ? null : personsNotifiedAt.atZone(VietnamTime.ZONE).toOffsetDateTime(),
                note == null || note.isBlank() ? null : note.strip());
    }
}
