package vn.vusta.platform.web;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;

/** Figures as Vietnamese reports write them: 23.628 and 12,5; a change with its sign (+114, −3). */
public final class Figures {

    public static final Figures VIETNAMESE = new Figures();

    private Figures() {
    }

    public String of(BigDecimal value) {
        if (value == null) {
            return "";
        }
        var symbols = new DecimalFormatSymbols();
        symbols.setGroupingSeparator('.');
        symbols.setDecimalSeparator(',');
        return new DecimalFormat("#,##0.##", symbols).format(value);
    }

    public String change(BigDecimal value) {
        if (value == null) {
            return "";
        }
        return value.signum() > 0 ? "+" + of(value) : value.signum() < 0 ? "−" + of(value.negate()) : "0";
    }
}
