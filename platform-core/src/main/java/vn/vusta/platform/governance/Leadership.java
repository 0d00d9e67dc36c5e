package vn.vusta.platform.governance;

import java.util.List;

/**
 * The leadership of a running term at a glance: who holds the leading positions (Chủ tịch, Phó Chủ tịch, Tổng Thư
 * ký), and each body with the seats held that day.
 */
public record Leadership(Term term, List<Leader> leaders, List<BodySeats> bodies) {

    /** A member in a leading position, in every body where they hold it ("Chủ tịch: BCH, BTV, Thường trực"). */
    public record Leader(Holder holder, Position position, List<BodyKind> bodies) {
    }
}
