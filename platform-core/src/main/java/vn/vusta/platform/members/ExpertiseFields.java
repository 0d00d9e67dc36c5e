package vn.vusta.platform.members;

import org.jooq.DSLContext;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static vn.vusta.platform.db.jooq.Tables.EXPERTISE_FIELD;

/** The fields of science and technology (lĩnh vực KH&CN) of the national classification: six fields and their branches. */
@Service
public class ExpertiseFields {

    public record Field(String code, String name, String parentCode) {
    }

    private final DSLContext db;

    ExpertiseFields(DSLContext db) {
        this.db = db;
    }

    @Transactional(readOnly = true)
    public List<Field> list() {
        return db.selectFrom(EXPERTISE_FIELD).orderBy(EXPERTISE_FIELD.CODE)
                .fetch(r -> new Field(r.getCode(), r.getName(), r.getParentCode()));
    }

    /** Code to name. */
    @Transactional(readOnly = true)
    public Map<String, String> names() {
        var names = new LinkedHashMap<String, String>();
        list().forEach(f -> names.put(f.code(), f.name()));
        return names;
    }

    /** A field and its branches: searching "Khoa học nông nghiệp" finds the experts of "Trồng trọt" too. */
    @Transactional(readOnly = true)
    public List<String> withBranches(String code) {
        return db.select(EXPERTISE_FIELD.CODE).from(EXPERTISE_FIELD)
                .where(EXPERTISE_FIELD.CODE.eq(code).or(EXPERTISE_FIELD.PARENT_CODE.eq(code)))
                .fetch(EXPERTISE_FIELD.CODE);
    }
}
