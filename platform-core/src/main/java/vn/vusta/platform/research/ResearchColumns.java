package vn.vusta.platform.research;

import org.jooq.Field;
import org.jooq.impl.EnumConverter;

import static vn.vusta.platform.db.jooq.Tables.RESEARCH_PROJECT;

/**
 * The enum columns of research projects, each mapped once from its text column (a CHECK constraint holds the enum's
 * names): queries select, filter and write these fields; a generated record, which keeps the text, is read with {@code
 * record.into(FIELD).value1()}.
 */
public final class ResearchColumns {

    public static final Field<ResearchStatus> STATUS =
            RESEARCH_PROJECT.STATUS.convert(new EnumConverter<>(String.class, ResearchStatus.class));
    public static final Field<ResearchKind> KIND =
            RESEARCH_PROJECT.KIND.convert(new EnumConverter<>(String.class, ResearchKind.class));
    public static final Field<ResearchLevel> LEVEL =
            RESEARCH_PROJECT.LEVEL.convert(new EnumConverter<>(String.class, ResearchLevel.class));
    public static final Field<AcceptanceRating> RATING =
            RESEARCH_PROJECT.RATING.convert(new EnumConverter<>(String.class, AcceptanceRating.class));

    private ResearchColumns() {
    }
}
