package vn.vusta.platform.personaldata;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Table;
import org.jooq.TableField;
import org.jooq.impl.DSL;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.vusta.platform.calendar.VietnamTime;
import vn.vusta.platform.identity.KeycloakAdmin;
import vn.vusta.platform.identity.Roles;
import vn.vusta.platform.tenancy.AccessScope;
import vn.vusta.platform.tenancy.Tenant;
import vn.vusta.platform.users.TenantUsers;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static vn.vusta.platform.db.jooq.Tables.COMMENDATION_RECIPIENT;
import static vn.vusta.platform.db.jooq.Tables.CONTEST_ENTRY_AUTHOR;
import static vn.vusta.platform.db.jooq.Tables.CONTEST_JUDGE;
import static vn.vusta.platform.db.jooq.Tables.EVENT;
import static vn.vusta.platform.db.jooq.Tables.EVENT_PARTICIPANT;
import static vn.vusta.platform.db.jooq.Tables.GOVERNANCE_MANDATE;
import static vn.vusta.platform.db.jooq.Tables.MEMBER;
import static vn.vusta.platform.db.jooq.Tables.PERSONAL_DATA_BREACH;
import static vn.vusta.platform.db.jooq.Tables.PROVINCE;
import static vn.vusta.platform.db.jooq.Tables.REPORT;

/**
 * Builds the union's record of processing activities from what the platform holds: the catalogue of activities
 * ({@link ProcessingActivity}) with, for each, the counts of the union's data now, its administrators as the
 * contacts, and the operator's part as processor. Nothing is stored: the record is as true as the data it is read from.
 */
@Service
public class ProcessingRecords {

    private static final Logger LOG = LoggerFactory.getLogger(ProcessingRecords.class);

    private final DSLContext db;
    private final TenantUsers users;

    ProcessingRecords(DSLContext db, TenantUsers users) {
        this.db = db;
        this.users = users;
    }

    @Transactional(readOnly = true)
    public ProcessingRecord ofUnion() {
        Tenant tenant = AccessScope.currentTenant();
        UUID tenantId = tenant.id();
        LocalDate today = VietnamTime.today();
        List<KeycloakAdmin.Member> accounts = accounts();

        Map<ProcessingActivity, List<ProcessingRecord.Count>> counts = new EnumMap<>(ProcessingActivity.class);
        Condition held = MEMBER.TENANT_ID.eq(tenantId).and(MEMBER.ERASED_AT.isNull());
        counts.put(ProcessingActivity.MEMBERSHIP, List.of(
                count("count.members", MEMBER, held),
                count("count.membersConsenting", MEMBER, held.and(MEMBER.PROCESSING_CONSENT_ON.isNotNull()))));
        counts.put(ProcessingActivity.EXPERT_DIRECTORY, List.of(
                count("count.expertsSharing", MEMBER, held.and(MEMBER.EXPERT.isTrue())
                        .and(MEMBER.EXPERT_SHARING_CONSENT_ON.isNotNull()))));
        counts.put(ProcessingActivity.EVENTS, List.of(
                count("count.events", EVENT, EVENT.TENANT_ID.eq(tenantId)),
                distinct("count.participants", EVENT_PARTICIPANT.MEMBER_ID, EVENT_PARTICIPANT.TENANT_ID.eq(tenantId))));
        counts.put(ProcessingActivity.AWARDS, List.of(
                count("count.authors", CONTEST_ENTRY_AUTHOR, CONTEST_ENTRY_AUTHOR.TENANT_ID.eq(tenantId)),
                count("count.judges", CONTEST_JUDGE, CONTEST_JUDGE.TENANT_ID.eq(tenantId)),
                count("count.commended", COMMENDATION_RECIPIENT, COMMENDATION_RECIPIENT.TENANT_ID.eq(tenantId)
                        .and(COMMENDATION_RECIPIENT.KIND.eq("INDIVIDUAL")))));
        counts.put(ProcessingActivity.GOVERNANCE, List.of(
                count("count.seats", GOVERNANCE_MANDATE, GOVERNANCE_MANDATE.TENANT_ID.eq(tenantId)
                        .and(GOVERNANCE_MANDATE.STARTS_ON.le(today))
                        .and(GOVERNANCE_MANDATE.ENDS_ON.isNull().or(GOVERNANCE_MANDATE.ENDS_ON.ge(today))))));
        counts.put(ProcessingActivity.NATIONAL_REPORTS, List.of(
                count("count.reports", REPORT, REPORT.TENANT_ID.eq(tenantId))));
        List<KeycloakAdmin.Member> administrators = accounts == null ? List.of()
                : accounts.stream().filter(a -> a.realmRoles().contains(Roles.TENANT_ADMIN)).toList();
        counts.put(ProcessingActivity.ACCOUNTS, List.of(
                new ProcessingRecord.Count(DossierTexts.get("count.accounts"), accounts == null ? null : accounts.size()),
                new ProcessingRecord.Count(DossierTexts.get("count.administrators"),
                        accounts == null ? null : administrators.size())));

        var activities = new ArrayList<ProcessingRecord.Activity>();
        for (ProcessingActivity activity : ProcessingActivity.values()) {
            activities.add(new ProcessingRecord.Activity(activity, activity.title(), activity.purpose(),
                    activity.legalBasis(), activity.dataSubjects(), activity.personalData(),
                    activity.carriesPersonalData(), activity.sensitiveData(), activity.recipients(), ActivityRetention.of(activity),
                    counts.get(activity)));
        }
        String province = db.select(PROVINCE.NAME).from(PROVINCE).where(PROVINCE.CODE.eq(tenant.provinceCode()))
                .fetchOptional(PROVINCE.NAME).orElse("");
        var controller = new ProcessingRecord.Controller(tenant.name(), tenant.code(), province,
                administrators.stream().map(ProcessingRecords::contact).toList());
        var processor = processor();
        var risks = DossierTexts.numbered("risk").stream().map(line -> line.split("\\|", 2))
                .map(parts -> new ProcessingRecord.Risk(parts[0], parts[1])).toList();
        int recorded = db.fetchCount(PERSONAL_DATA_BREACH, PERSONAL_DATA_BREACH.TENANT_ID.eq(tenantId));
        int notified = db.fetchCount(PERSONAL_DATA_BREACH, PERSONAL_DATA_BREACH.TENANT_ID.eq(tenantId)
                .and(PERSONAL_DATA_BREACH.AUTHORITY_NOTIFIED_AT.isNotNull()));
        return new ProcessingRecord(today, DossierTexts.get("law.basis"), controller, activities,
                DossierTexts.get("storage"), DossierTexts.get("crossBorder"), DossierTexts.get("sensitive"),
                DossierTexts.numbered("security"), processor, risks, new ProcessingRecord.BreachSummary(recorded, notified));
    }

    /** The platform's operator as processor, the same in every union's record and in the platform's own. */
    static ProcessingRecord.Processor processor() {
        return new ProcessingRecord.Processor(DossierTexts.get("processor.name"), DossierTexts.get("processor.role"),
                DossierTexts.numbered("processor.operations"), DossierTexts.get("processor.noOtherUse"));
    }

    /** The union's accounts, or null when the sign-in service does not answer: the record still shows the rest. */
    private List<KeycloakAdmin.Member> accounts() {
        try {
            return users.list();
        } catch (RuntimeException unavailable) {
            LOG.warn("The record of processing activities is made without the accounts: {}", unavailable.toString());
            return null;
        }
    }

    private static String contact(KeycloakAdmin.Member member) {
        String name = ((member.lastName() == null ? "" : member.lastName()) + " "
                + (member.firstName() == null ? "" : member.firstName())).strip();
        String shown = name.isEmpty() ? member.username() : name;
        return member.email() == null || member.email().isBlank() ? shown : shown + " (" + member.email() + ")";
    }

    private ProcessingRecord.Count count(String label, Table<?> table, Condition condition) {
        return new ProcessingRecord.Count(DossierTexts.get(label), db.fetchCount(table, condition));
    }

    private ProcessingRecord.Count distinct(String label, TableField<?, ?> field, Condition condition) {
        return new ProcessingRecord.Count(DossierTexts.get(label),
                db.select(DSL.countDistinct(field)).from(field.getTable()).where(condition).fetchSingle().value1());
    }
}
