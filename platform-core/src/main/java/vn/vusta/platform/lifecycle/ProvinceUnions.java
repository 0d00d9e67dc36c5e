package vn.vusta.platform.lifecycle;

import org.jooq.DSLContext;
import org.springframework.stereotype.Component;
import vn.vusta.platform.refusal.RefusedException;

import java.text.Normalizer;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import static vn.vusta.platform.db.jooq.Tables.FORMER_PROVINCE;
import static vn.vusta.platform.db.jooq.Tables.PROVINCE;

/**
 * What a new tenant must be: the union of one province (current or former) of the official list, its code that
 * province's name without accents ({@code nghe-an}), its name the union's ({@code Liên hiệp các Hội Khoa học và Kỹ
 * thuật tỉnh Nghệ An}). As codes are unique, a province has one tenant: a second one for Thanh Hóa would need the
 * code thanh-hoa again. One code may name two provinces (44: Quảng Trị now, Quảng Bình before 1 July 2025), whose
 * unions live side by side until they merge, so the province code alone does not say "taken". Checked before
 * anything is written, in the caller's transaction.
 */
@Component
class ProvinceUnions {

    static final String CODE_MISMATCH = "onboarding.code.province";
    static final String NAME_MISMATCH = "onboarding.name.province";
    private static final String UNION = "Liên hiệp các Hội Khoa học và Kỹ thuật ";

    private final DSLContext db;

    ProvinceUnions(DSLContext db) {
        this.db = db;
    }

    /** Refuses, naming the field, a request that is not the union of a province of the list; nothing is written. */
    void check(OnboardingRequest request) {
        // A code may be both a current province and a former one of another name (15: Lào Cai, formerly Yên Bái).
        Map<String, String> names = new LinkedHashMap<>();
        db.select(PROVINCE.NAME, PROVINCE.KIND).from(PROVINCE).where(PROVINCE.CODE.eq(request.provinceCode()))
                .forEach(r -> names.put(r.value1(), r.value2()));
        db.select(FORMER_PROVINCE.NAME).from(FORMER_PROVINCE).where(FORMER_PROVINCE.CODE.eq(request.provinceCode()))
                .forEach(r -> names.putIfAbsent(r.value1(), "province"));
        if (names.isEmpty()) {
            throw TenantRefusals.unknownProvince(request.provinceCode());
        }
        var province = names.entrySet().stream().filter(n -> slug(n.getKey()).equals(request.code())).findFirst()
                .orElseThrow(() -> RefusedException.invalid("code", CODE_MISMATCH, request.code(), request.provinceCode(),
                        String.join(", ", names.keySet().stream().map(ProvinceUnions::slug).toList())));
        String expected = UNION + ("city".equals(province.getValue()) ? "thành phố " : "tỉnh ") + province.getKey();
        if (!folded(request.name()).equals(expected)
                && !folded(request.name()).equals(UNION + "tỉnh " + province.getKey())
                && !folded(request.name()).equals(UNION + "thành phố " + province.getKey())) {
            throw RefusedException.invalid("name", NAME_MISMATCH, expected);
        }
    }

    /** The union's name of a province that the request's code names, for requests that leave the name out. */
    String unionName(String provinceCode, String code) {
        var current = db.selectFrom(PROVINCE).where(PROVINCE.CODE.eq(provinceCode)).fetchOptional();
        if (current.isPresent() && slug(current.get().getName()).equals(code)) {
            return UNION + ("city".equals(current.get().getKind()) ? "thành phố " : "tỉnh ") + current.get().getName();
        }
        return db.select(FORMER_PROVINCE.NAME).from(FORMER_PROVINCE).where(FORMER_PROVINCE.CODE.eq(provinceCode))
                .fetchOptional(FORMER_PROVINCE.NAME).map(name -> UNION + "tỉnh " + name).orElse("");
    }

    /** A province's name as a code: lower case, no accents, words joined by one hyphen ("Bà Rịa - Vũng Tàu": ba-ria-vung-tau). */
    static String slug(String name) {
        String plain = Normalizer.normalize(name.replace('Đ', 'D').replace('đ', 'd'), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
        return plain.replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    }

    private static String folded(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFC).replaceAll("[\\s\\u00A0\\u2000-\\u200B\\u202F\\u205F\\u3000]+", " ").strip();
    }
}
