package vn.vusta.platform.governance;

import tools.jackson.databind.JsonNode;
import vn.vusta.platform.Api;
import vn.vusta.platform.DemoTenants;
import vn.vusta.platform.deploy.LocalCredentials;
import vn.vusta.platform.deploy.test.KeycloakTokens;
import vn.vusta.platform.deploy.test.TestStack;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The governance tests write into Hưng Yên, whose demo has no governance, so that Thanh Hóa's demo stays as the other
 * tests read it. A union has one term at a time and a new term must begin after the running one: every term made here
 * begins six years after the previous one.
 */
final class HungYenGovernance {

    private static final AtomicInteger NEXT_YEAR = new AtomicInteger(1960);

    private HungYenGovernance() {
    }

    static String editor() {
        return KeycloakTokens.accessToken("hung-yen-editor");
    }

    /** A term of Hưng Yên through the API, opened on 1 June of its first year; its id. */
    static Term term(String token) {
        int year = NEXT_YEAR.getAndAdd(6);
        var created = Api.call("POST", "/api/v1/governance/terms", token, """
                {"startYear": %d, "endYear": %d, "congress": "Đại hội đại biểu lần thứ %d", "startsOn": "%d-06-01"}"""
                .formatted(year, year + 5, year, year), "vi");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return new Term(UUID.fromString(created.json().path("id").asString()), LocalDate.of(year, 6, 1));
    }

    record Term(UUID id, LocalDate startsOn) {

        LocalDate day(int after) {
            return startsOn.plusDays(after);
        }
    }

    static UUID body(String token, UUID termId, String kind, Integer seats) {
        var created = Api.call("POST", "/api/v1/governance/terms/" + termId + "/bodies", token,
                "{\"kind\": \"%s\", \"seats\": %s}".formatted(kind, seats), "vi");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return UUID.fromString(created.json().path("id").asString());
    }

    static Api.Response seat(String token, UUID bodyId, UUID memberId, String position, LocalDate startsOn,
                             String startKind, String decision, UUID replaces) {
        return Api.call("POST", "/api/v1/governance/bodies/" + bodyId + "/mandates", token, """
                {"memberId": "%s", "position": "%s", "startsOn": "%s", "startKind": "%s",
                 "decision": {"number": null, "date": null, "text": "%s"}, "replacesMandateId": %s}"""
                .formatted(memberId, position, startsOn, startKind, decision,
                        replaces == null ? "null" : "\"" + replaces + "\""), "vi");
    }

    static UUID seated(String token, UUID bodyId, UUID memberId, String position, LocalDate startsOn) {
        var created = seat(token, bodyId, memberId, position, startsOn, "ELECTED_AT_CONGRESS", "Đại hội đại biểu", null);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return UUID.fromString(created.json().path("id").asString());
    }

    static Api.Response end(String token, UUID mandateId, LocalDate endsOn, String reason, String decision, String language) {
        return Api.call("POST", "/api/v1/governance/mandates/" + mandateId + "/end", token, """
                {"endsOn": "%s", "reason": "%s", "decision": {"number": "12/NQ-LHH", "date": "%s", "text": "%s"}}"""
                .formatted(endsOn, reason, endsOn, decision), language);
    }

    static JsonNode get(String path) {
        var response = Api.get(path, editor());
        assertThat(response.status()).as(path + ": " + response.body()).isEqualTo(200);
        return response.json();
    }

    /**
     * A member of Hưng Yên's registry, written straight into the database: the members' own API belongs to another
     * part of the registry, and the demo has a single member in Hưng Yên.
     */
    static UUID member(String fullName) {
        UUID id = UUID.randomUUID();
        try (Connection c = DriverManager.getConnection(TestStack.current().postgres().jdbcUrl(),
                LocalCredentials.OWNER_ROLE, LocalCredentials.OWNER_PASSWORD)) {
            c.setAutoCommit(false);
            try (var scope = c.prepareStatement("select begin_tenant_scope(?)")) {
                scope.setObject(1, DemoTenants.HUNG_YEN);
                scope.execute();
            }
            try (var insert = c.prepareStatement("insert into member (tenant_id, id, full_name, degree) values (?, ?, ?, 'TS')")) {
                insert.setObject(1, DemoTenants.HUNG_YEN);
                insert.setObject(2, id);
                insert.setString(3, fullName);
                insert.executeUpdate();
            }
            c.commit();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return id;
    }
}
