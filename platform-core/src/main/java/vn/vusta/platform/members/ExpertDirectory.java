package vn.vusta.platform.members;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.vusta.platform.db.jooq.Routines;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static vn.vusta.platform.db.jooq.Tables.EXPERT_DIRECTORY;
import static vn.vusta.platform.db.jooq.Tables.PROVINCE;

/**
 * The national expert directory: experts of every province, for the national union's reviewers, by field. It reads
 * the {@code expert_directory} view, which holds only experts who consented to sharing and only the data each
 * agreed to share (name, title, degree, expertise, province); contacts are not in it at all.
 */
@Service
public class ExpertDirectory {

    /** An expert as shared; what the expert did not agree to share is null. */
    public record SharedExpert(String fullName, AcademicTitle academicTitle, Degree degree, String specialty,
                               List<String> fields, String province) {
    }

    public record Page(List<SharedExpert> items, int page, int size, boolean hasNext) {
    }

    private final DSLContext db;
    private final ExpertiseFields fields;

    ExpertDirectory(DSLContext db, ExpertiseFields fields) {
        this.db = db;
        this.fields = fields;
    }

    /** Read in the national scope: the caller is a national reviewer. */
    @Transactional(readOnly = true)
    public Page search(String fieldCode, String text, int page, int size) {
        var conditions = new ArrayList<Condition>();
        if (fieldCode != null && !fieldCode.isBlank()) {
            conditions.add(DSL.arrayOverlap(EXPERT_DIRECTORY.FIELD_CODES, fields.withBranches(fieldCode).toArray(String[]::new)));
        }
        if (text != null && !text.isBlank() && !NameWords.fold(text).isEmpty()) {
            // Only by the names experts share: a hidden name must not be found either.
            conditions.add(EXPERT_DIRECTORY.FULL_NAME.isNotNull());
            conditions.add(EXPERT_DIRECTORY.ID.in(MemberQuery.membersNamed(NameWords.fold(text).stream().map(Set::of).toList())));
        }
        Map<String, String> names = fields.names();
        var vietnamese = DSL.collation(DSL.name("vietnamese"));
        List<SharedExpert> items = db.select(EXPERT_DIRECTORY.FULL_NAME, MemberColumns.EXPERT_ACADEMIC_TITLE,
                        MemberColumns.EXPERT_DEGREE, EXPERT_DIRECTORY.SPECIALTY, EXPERT_DIRECTORY.FIELD_CODES, PROVINCE.NAME)
                .from(EXPERT_DIRECTORY)
                .leftJoin(PROVINCE).on(PROVINCE.CODE.eq(EXPERT_DIRECTORY.PROVINCE_CODE))
                .where(conditions)
                .orderBy(Routines.givenName(EXPERT_DIRECTORY.FULL_NAME).collate(vietnamese).asc().nullsLast(),
                        EXPERT_DIRECTORY.FULL_NAME.collate(vietnamese).asc().nullsLast(), EXPERT_DIRECTORY.ID)
                .limit(size + 1)
                .offset((long) page * size)
                .fetch(r -> new SharedExpert(r.value1(), r.value2(),
                        r.value3(), r.value4(),
                        r.value5() == null ? null : Arrays.stream(r.value5()).map(names::get).toList(), r.value6()));
        boolean hasNext = items.size() > size;
        return new Page(hasNext ? items.subList(0, size) : items, page, size, hasNext);
    }
}
