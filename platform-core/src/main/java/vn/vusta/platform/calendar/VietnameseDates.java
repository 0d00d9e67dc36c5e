package vn.vusta.platform.calendar;

import org.springframework.format.Formatter;

import java.text.ParseException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Locale;

/**
 * Days and months as Vietnamese write them — 05/06/2021 is the fifth of June, 06/2021 is June — for every date a
 * form or a query carries, whatever the browser's language. ISO dates (2021-06-05, 2021-06) are read too: the API's
 * clients and links send them.
 */
public final class VietnameseDates {

    /** 05/06/2021; one digit for the day or month is read too. */
    public static final Formatter<LocalDate> DAY = new Written<>(
            DateTimeFormatter.ofPattern("dd/MM/uuuu"),
            List.of(DateTimeFormatter.ofPattern("d/M/uuuu"), DateTimeFormatter.ISO_LOCAL_DATE), LocalDate::from);

    /** 06/2021. */
    public static final Formatter<YearMonth> MONTH = new Written<>(
            DateTimeFormatter.ofPattern("MM/uuuu"),
            List.of(DateTimeFormatter.ofPattern("M/uuuu"), DateTimeFormatter.ofPattern("uuuu-MM")), YearMonth::from);

    private VietnameseDates() {
    }

    private record Written<T extends java.time.temporal.TemporalAccessor>(
            DateTimeFormatter shown, List<DateTimeFormatter> read,
            java.time.temporal.TemporalQuery<T> query) implements Formatter<T> {

        @Override
        public String print(T value, Locale locale) {
            return shown.format(value);
        }

        /** Strictly: 31/02/2021 is no date, not the third of March. */
        @Override
        public T parse(String text, Locale locale) throws ParseException {
            for (DateTimeFormatter format : read) {
                try {
                    return format.withResolverStyle(ResolverStyle.STRICT).parse(text.strip(), query);
                } catch (DateTimeParseException notThisWay) {
                    // the next way of writing it
                }
            }
            throw new ParseException(text, 0);
        }
    }
}
