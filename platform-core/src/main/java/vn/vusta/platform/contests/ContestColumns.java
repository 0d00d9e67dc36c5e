package vn.vusta.platform.contests;

import org.jooq.Field;
import org.jooq.impl.EnumConverter;

import static vn.vusta.platform.db.jooq.Tables.CONTEST;
import static vn.vusta.platform.db.jooq.Tables.CONTEST_NOMINATION;
import static vn.vusta.platform.db.jooq.Tables.CONTEST_PRIZE;

/**
 * The enum columns of contests and awards, each mapped once from its text column (a CHECK constraint holds the enum's
 * names): queries select, filter and write these fields; a generated record, which keeps the text, is read with {@code
 * record.into(FIELD).value1()}.
 */
public final class ContestColumns {

    public static final Field<ContestKind> KIND =
            CONTEST.KIND.convert(new EnumConverter<>(String.class, ContestKind.class));
    public static final Field<PrizeGrade> GRADE =
            CONTEST_PRIZE.GRADE.convert(new EnumConverter<>(String.class, PrizeGrade.class));
    public static final Field<NationalAward> AWARD =
            CONTEST_NOMINATION.AWARD.convert(new EnumConverter<>(String.class, NationalAward.class));
    public static final Field<NominationResult> RESULT =
            CONTEST_NOMINATION.RESULT.convert(new EnumConverter<>(String.class, NominationResult.class));

    private ContestColumns() {
    }
}
