package vn.vusta.platform.personaldata;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalManagementPort;
import vn.vusta.platform.Api;
import vn.vusta.platform.PlatformApiTest;
import vn.vusta.platform.deploy.test.DemoPeople;
import vn.vusta.platform.deploy.test.KeycloakTokens;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * No personal data in the metrics (issue 20): after requests that carry names and e-mails (a search by a member's
 * name, by an e-mail, a member's page), Prometheus's scrape holds none of the demo people's names or contacts — its
 * labels are routes' templates, outcomes, statuses and ids.
 */
@PlatformApiTest
class PersonalDataInMetricsTest {

    @LocalManagementPort
    int managementPort;

    @Test
    void theMetricsNameNobody() throws Exception {
        Set<String> names = DemoPeople.names();
        Set<String> contacts = DemoPeople.contacts();
        assertThat(names).as("the demo members' names searched").hasSizeGreaterThan(20);
        String admin = KeycloakTokens.accessToken("thanh-hoa-admin");
        for (String q : new String[]{"Hoàng Văn Kể", "hoivien001@thanhhoa.example.vn", "0900007919"}) {
            assertThat(Api.get("/api/v1/members?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8), admin).status())
                    .isEqualTo(200);
        }
        assertThat(Api.get("/api/v1/members/0195d2a0-0038-7000-8001-000000000001", admin).status()).isEqualTo(200);

        String scraped = scrape();
        assertThat(scraped).as("the scrape").contains("http_server_requests_seconds_count");
        var found = new ArrayList<String>();
        for (String value : names) {
            if (scraped.contains(value)) {
                found.add(value);
            }
        }
        for (String value : contacts) {
            if (scraped.contains(value)) {
                found.add(value);
            }
        }
        assertThat(found).as("demo people's names or contacts in the metrics").isEmpty();
    }

    private String scrape() throws IOException, InterruptedException {
        var response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + managementPort + "/actuator/prometheus")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }
}
