package vn.vusta.platform.members;

import org.jooq.Field;
import org.jooq.impl.EnumConverter;

import static vn.vusta.platform.db.jooq.Tables.EXPERT_DIRECTORY;
import static vn.vusta.platform.db.jooq.Tables.MEMBER;

/**
 * The enum columns of members (and of the shared expert directory), each mapped once from its text column (a CHECK
 * constraint holds the enum's names): queries select, filter and write these fields; a generated record, which keeps
 * the text, is read with {@code record.into(FIELD).value1()}.
 */
public final class MemberColumns {

    public static final Field<MemberStatus> STATUS =
            MEMBER.STATUS.convert(new EnumConverter<>(String.class, MemberStatus.class));
    public static final Field<Degree> DEGREE = MEMBER.DEGREE.convert(new EnumConverter<>(String.class, Degree.class));
    public static final Field<Gender> GENDER = MEMBER.GENDER.convert(new EnumConverter<>(String.class, Gender.class));
    public static final Field<AcademicTitle> ACADEMIC_TITLE =
            MEMBER.ACADEMIC_TITLE.convert(new EnumConverter<>(String.class, AcademicTitle.class));
    public static final Field<AcademicTitle> EXPERT_ACADEMIC_TITLE =
            EXPERT_DIRECTORY.ACADEMIC_TITLE.convert(new EnumConverter<>(String.class, AcademicTitle.class));
    public static final Field<Degree> EXPERT_DEGREE =
            EXPERT_DIRECTORY.DEGREE.convert(new EnumConverter<>(String.class, Degree.class));

    private MemberColumns() {
    }
}
