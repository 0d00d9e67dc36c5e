package vn.vusta.platform.personaldata;

import org.junit.jupiter.api.Test;
import vn.vusta.platform.deploy.test.LogsWithoutPersonalData;

/**
 * No personal data in the logs (issue 20): logs carry ids, not names or contacts. Failsafe runs this after every test
 * of the module, whose run surefire logs to target/test-logs (pom.xml); {@link LogsWithoutPersonalData} searches that
 * log for the demo people's names and contacts and names each line where one was found.
 */
class PersonalDataInLogsIT {

    @Test
    void theLogsOfTheTestRunNameNobody() {
        LogsWithoutPersonalData.check();
    }
}
