package vn.vusta.platform.dataquality;

import java.math.BigDecimal;

/** How a comparison rule compares its figure with the other one (times the factor). */
public enum Operator {
    GE("≥"), GT(">"), LE("≤"), LT("<"), EQ("=");

    private final String symbol;

    Operator(String symbol) {
        this.symbol = symbol;
    }

    public String symbol() {
        return symbol;
    }

    boolean holds(BigDecimal left, BigDecimal right) {
        int c = left.compareTo(right);
        return switch (this) {
            case GE -> c >= 0;
            case GT -> c > 0;
            case LE -> c <= 0;
            case LT -> c < 0;
            case EQ -> c == 0;
        };
    }
}
