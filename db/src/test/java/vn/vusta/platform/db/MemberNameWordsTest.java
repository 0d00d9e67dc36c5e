package vn.vusta.platform.db;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.vusta.platform.deploy.test.RealServices;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.vusta.platform.db.MigratedDatabase.HAI_PHONG;

/**
 * The search words of names, kept by the statement triggers on {@code member} (V10, V16): folded, split at any white
 * space, each once; a changed name's old words go, a deleted member's too, and the words of other members stay.
 */
@RealServices(keycloak = false)
class MemberNameWordsTest {

    @BeforeAll
    static void migrate() {
        MigratedDatabase.migrate();
    }

    @Test
    void wordsFollowTheNameThroughInsertUpdateAndDelete() throws SQLException {
        try (Connection c = MigratedDatabase.asApplication()) {
            c.setAutoCommit(false);
            MigratedDatabase.beginTenantScope(c, HAI_PHONG);
            String id = single(c, "insert into member (tenant_id, full_name) values ('" + HAI_PHONG
                    + "', '  Nguyễn\tVăn  Văn Đức ') returning id::text");
            String other = single(c, "insert into member (tenant_id, full_name) values ('" + HAI_PHONG
                    + "', 'Nguyễn Thị Hoa') returning id::text");
            // Each word once, and each run of words to the name's end after a space (V43), which names typed in order are
            // found by.
            assertThat(words(c, id)).containsExactly(" nguyen van van duc", " van duc", " van van duc", "duc", "nguyen", "van");

            c.createStatement().execute("update member set full_name = 'Trần Thị Bình' where id = '" + id + "'");
            assertThat(words(c, id)).containsExactly(" thi binh", " tran thi binh", "binh", "thi", "tran");
            assertThat(words(c, other)).containsExactly(" nguyen thi hoa", " thi hoa", "hoa", "nguyen", "thi");
            assertThat(single(c, "select count(*)::text from name_word where word in ('tran', 'binh')")).isEqualTo("2");
            assertThat(single(c, "select count(*)::text from name_word where word like '% %'")).as("runs are not words")
                    .isEqualTo("0");

            c.createStatement().execute("delete from member where id = '" + id + "'");
            assertThat(words(c, id)).isEmpty();
            assertThat(words(c, other)).containsExactly(" nguyen thi hoa", " thi hoa", "hoa", "nguyen", "thi");
            c.rollback();
        }
    }

    @Test
    void eachUnionHasItsOwnWordsAndLosesThoseNoMemberHasAnyMore() throws SQLException {
        try (Connection c = MigratedDatabase.asApplication()) {
            c.setAutoCommit(false);
            MigratedDatabase.beginTenantScope(c, HAI_PHONG);
            String first = single(c, "insert into member (tenant_id, full_name) values ('" + HAI_PHONG
                    + "', 'Zyxa Qwoerty') returning id::text");
            String second = single(c, "insert into member (tenant_id, full_name) values ('" + HAI_PHONG
                    + "', 'Zyxa Plomb') returning id::text");
            assertThat(nameWords(c)).containsExactly("plomb", "qwoerty", "zyxa");

            MigratedDatabase.beginTenantScope(c, MigratedDatabase.THANH_HOA);
            assertThat(nameWords(c)).as("another union's words").isEmpty();

            MigratedDatabase.beginTenantScope(c, HAI_PHONG);
            // Erased as PersonalData erases: the name replaced.
            c.createStatement().execute("update member set full_name = '—', status = 'ERASED', erased_at = now() where id = '" + first + "'");
            assertThat(nameWords(c)).as("the erased person's own word goes; the one another member has stays")
                    .containsExactly("plomb", "zyxa");
            c.createStatement().execute("delete from member where id = '" + second + "'");
            assertThat(nameWords(c)).as("a deleted person's words").isEmpty();
            c.rollback();
        }
    }

    private static List<String> nameWords(Connection c) throws SQLException {
        var words = new ArrayList<String>();
        try (var rs = c.createStatement().executeQuery(
                "select word from name_word where word in ('zyxa', 'qwoerty', 'plomb') order by word")) {
            while (rs.next()) {
                words.add(rs.getString(1));
            }
        }
        return words;
    }

    private static List<String> words(Connection c, String member) throws SQLException {
        var words = new ArrayList<String>();
        try (var rs = c.createStatement().executeQuery(
                "select token from member_name_token where member_id = '" + member + "' order by token")) {
            while (rs.next()) {
                words.add(rs.getString(1));
            }
        }
        return words;
    }

    private static String single(Connection c, String sql) throws SQLException {
        try (var rs = c.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
