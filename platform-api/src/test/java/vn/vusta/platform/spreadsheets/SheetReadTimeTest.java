package vn.vusta.platform.spreadsheets;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * A read that takes longer than vusta.imports.limits.read-seconds stops at the next row and is refused in
 * Vietnamese naming the limit. Here the limit is 0 seconds, so the first row is already too late.
 */
class SheetReadTimeTest {

    private static final byte[] CSV = "Họ và tên;Năm sinh\r\nLê Văn Tâm;1980\r\n".getBytes(StandardCharsets.UTF_8);

    @Test
    void aReadPastTheTimeLimitIsRefusedNamingTheLimit() throws Exception {
        var late = new SheetLimits(256, 100, 2000, 200_000, 200, 1000, 0);
        var refused = catchThrowableOfType(SheetLimits.LimitExceededException.class,
                () -> SheetReader.read(SheetFormat.CSV, CSV, 100, late));
        assertThat(refused).isNotNull();
        assertThat(refused.reason()).isEqualTo("import.refused.readTime");

        var messages = ResourceBundle.getBundle("i18n/spreadsheets", Locale.ROOT);
        String message = MessageFormat.format(messages.getString(refused.reason()), "ds.csv", refused.arguments()[0]);
        assertThat(message).isEqualTo(MessageFormat.format(messages.getString("import.refused.readTime"), "ds.csv", 0))
                .contains("Tệp \"ds.csv\"", "0 giây", "read-seconds", "chưa có gì được ghi");

        var onTime = new SheetLimits(256, 100, 2000, 200_000, 200, 1000, 60);
        assertThat(SheetReader.read(SheetFormat.CSV, CSV, 100, onTime)).hasSize(2);
        assertThat(List.of(onTime.deadline().seconds())).containsExactly(60);
    }
}
