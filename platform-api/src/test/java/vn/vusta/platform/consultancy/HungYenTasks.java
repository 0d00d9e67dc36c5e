package vn.vusta.platform.consultancy;

import tools.jackson.databind.JsonNode;
import vn.vusta.platform.Api;
import vn.vusta.platform.DemoTenants;
import vn.vusta.platform.deploy.LocalCredentials;
import vn.vusta.platform.deploy.test.KeycloakTokens;
import vn.vusta.platform.deploy.test.TestStack;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The consultancy tests write into Hưng Yên, whose demo has no consultancy, so that Thanh Hóa's plan of 2021 stays
 * as the other tests read it; each test takes plan years of its own, so that its plan figures are its own.
 */
final class HungYenTasks {

    /** Trần Văn Phúc, the expert of Hưng Yên's demo registry. */
    static final UUID EXPERT = UUID.fromString("0195d2a0-0033-7000-8001-000000000001");

    private static final AtomicInteger NEXT_YEAR = new AtomicInteger(2001);

    private HungYenTasks() {
    }

    static String editor() {
        return KeycloakTokens.accessToken("hung-yen-editor");
    }

    /** A plan year no other test uses. */
    static int year() {
        return NEXT_YEAR.getAndIncrement();
    }

    static Api.Response create(String token, int year, String kind, String subject, LocalDate assignedOn, LocalDate dueOn,
                               UUID... panel) {
        var ids = new StringBuilder();
        for (UUID id : panel) {
            ids.append(ids.isEmpty() ? "" : ", ").append('"').append(id).append('"');
        }
        return Api.call("POST", "/api/v1/consultancy/tasks", token, """
                {"planYear": %d, "kind": "%s", "subject": "%s", "authorityKind": "PEOPLES_COMMITTEE",
                 "authority": "Chủ tịch UBND tỉnh Hưng Yên", "assignmentNumber": "%d/QĐ-UBND", "assignedOn": "%s",
                 "dueOn": "%s", "panelMemberIds": [%s]}"""
                .formatted(year, kind, subject, year, assignedOn, dueOn, ids), "vi");
    }

    /** A critique task of the year's plan, assigned on 1 February and due on 31 October, with the demo expert. */
    static UUID task(String token, int year, String subject) {
        var created = create(token, year, "CRITIQUE", subject, LocalDate.of(year, 2, 1), LocalDate.of(year, 10, 31), EXPERT);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return UUID.fromString(created.json().path("id").asString());
    }

    static Api.Response step(String token, UUID task, String step, String json) {
        return Api.call("POST", "/api/v1/consultancy/tasks/" + task + "/" + step, token, json, "vi");
    }

    static void started(String token, UUID task, LocalDate on) {
        expectOk(step(token, task, "start", "{\"date\": \"%s\"}".formatted(on)));
    }

    /** Uploads the result document and submits the report with it. */
    static void reported(String token, UUID task, LocalDate on) {
        var uploaded = Api.upload("/api/v1/consultancy/tasks/" + task + "/attachments?result=true", token,
                "Báo cáo phản biện.pdf", demoPdf());
        assertThat(uploaded.status()).as(uploaded.body()).isEqualTo(201);
        expectOk(step(token, task, "submit-report", "{\"date\": \"%s\"}".formatted(on)));
    }

    static void accepted(String token, UUID task, LocalDate on) {
        expectOk(step(token, task, "accept", """
                {"date": "%s", "assessment": "Báo cáo phản biện có chất lượng.", "rating": "GOOD"}""".formatted(on)));
    }

    static void cancelled(String token, UUID task, LocalDate on) {
        expectOk(step(token, task, "cancel", """
                {"date": "%s", "reason": "UBND tỉnh rút lại yêu cầu phản biện."}""".formatted(on)));
    }

    static JsonNode get(String path) {
        var response = Api.get(path, editor());
        assertThat(response.status()).as(path + ": " + response.body()).isEqualTo(200);
        return response.json();
    }

    static byte[] demoPdf() {
        try (InputStream in = HungYenTasks.class.getResourceAsStream("/demo-files/bao-cao.pdf")) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A member of Hưng Yên's registry, written straight into the database (the members' API is another part's):
     * an active member, flagged expert or not.
     */
    static UUID member(String fullName, boolean expert) {
        UUID id = UUID.randomUUID();
        try (Connection c = DriverManager.getConnection(TestStack.current().postgres().jdbcUrl(),
                LocalCredentials.OWNER_ROLE, LocalCredentials.OWNER_PASSWORD)) {
            c.setAutoCommit(false);
            try (var scope = c.prepareStatement("select begin_tenant_scope(?)")) {
                scope.setObject(1, DemoTenants.HUNG_YEN);
                scope.execute();
            }
            try (var insert = c.prepareStatement(
                    "insert into member (tenant_id, id, full_name, degree, expert) values (?, ?, ?, 'TS', ?)")) {
                insert.setObject(1, DemoTenants.HUNG_YEN);
                insert.setObject(2, id);
                insert.setString(3, fullName);
                insert.setBoolean(4, expert);
                insert.executeUpdate();
            }
            c.commit();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return id;
    }

    /** Flags a member of Hưng Yên expert or not, as the registry's form would. */
    static void flagExpert(UUID memberId, boolean expert) {
        try (Connection c = DriverManager.getConnection(TestStack.current().postgres().jdbcUrl(),
                LocalCredentials.OWNER_ROLE, LocalCredentials.OWNER_PASSWORD)) {
            c.setAutoCommit(false);
            try (var scope = c.prepareStatement("select begin_tenant_scope(?)")) {
                scope.setObject(1, DemoTenants.HUNG_YEN);
                scope.execute();
            }
            try (var update = c.prepareStatement("update member set expert = ? where id = ?")) {
                update.setBoolean(1, expert);
                update.setObject(2, memberId);
                assertThat(update.executeUpdate()).isEqualTo(1);
            }
            c.commit();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void expectOk(Api.Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(200);
    }
}
