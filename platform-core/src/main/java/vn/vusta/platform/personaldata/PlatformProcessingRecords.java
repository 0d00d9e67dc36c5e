package vn.vusta.platform.personaldata;

import org.springframework.stereotype.Service;
import vn.vusta.platform.calendar.VietnamTime;
import vn.vusta.platform.tenancy.Tenants;

import java.util.Arrays;
import java.util.List;

/**
 * The platform's own record of processing (for its administrators): the same catalogue of activities as each union's
 * record, done on behalf of every union, without the unions' counts — those are each controller's to read.
 */
@Service
public class PlatformProcessingRecords {

    private final Tenants tenants;

    PlatformProcessingRecords(Tenants tenants) {
        this.tenants = tenants;
    }

    public PlatformProcessingRecord record() {
        var controllers = tenants.all().stream()
                .map(t -> new PlatformProcessingRecord.Controller(t.name(), t.code(), t.status().name()))
                .toList();
        List<ProcessingRecord.Activity> activities = Arrays.stream(ProcessingActivity.values())
                .map(a -> new ProcessingRecord.Activity(a, a.title(), a.purpose(), a.legalBasis(), a.dataSubjects(),
                        a.personalData(), a.carriesPersonalData(), a.sensitiveData(), a.recipients(),
                        ActivityRetention.of(a), List.of()))
                .toList();
        return new PlatformProcessingRecord(VietnamTime.today(), DossierTexts.get("law.basis"),
                ProcessingRecords.processor(), controllers, activities, DossierTexts.get("storage"),
                DossierTexts.get("crossBorder"), DossierTexts.numbered("security"));
    }
}
