package vn.vusta.platform.admin;

/**
 * The command line's exit codes: the one table of them (the usage text prints it, README → Administering tenants
 * repeats it). Scripts test these numbers, so a code keeps its meaning once given.
 */
enum ExitCode {
    DONE(0, "xong"),
    FAILED(1, "lỗi không lường trước; không có thay đổi dở dang, chi tiết trong tệp nhật ký (vusta-tenant-admin-cli.log trong thư mục tạm)"),
    USAGE(2, "sai cách dùng hoặc dữ liệu nhập sai"),
    UNKNOWN_TENANT(3, "không có Liên hiệp hội mang mã này"),
    MERGED(4, "Liên hiệp hội đã hợp nhất, chỉ còn để tra cứu"),
    EXISTS(5, "Liên hiệp hội đã có, hoặc đang được khởi tạo theo yêu cầu khác"),
    INCOMPLETE(6, "khởi tạo chưa xong vì Keycloak không phản hồi; chạy lại để làm tiếp"),
    ARCHIVE_REFUSED(7, "bản xuất bị từ chối"),
    MERGE_REFUSED(8, "hợp nhất bị từ chối (đã nêu bản ghi và quy tắc); không có gì thay đổi"),
    WRITE_FAILED(9, "lỗi khi ghi dữ liệu; toàn bộ đã được huỷ, không có gì thay đổi"),
    KEYCLOAK_UNAVAILABLE(10, "Keycloak không phản hồi; không có gì thay đổi, hãy chạy lại sau");

    final int code;
    final String meaning;

    ExitCode(int code, String meaning) {
        this.code = code;
        this.meaning = meaning;
    }

    /** The table, as the usage text shows it. */
    static String table() {
        var table = new StringBuilder("Mã thoát:");
        for (ExitCode exit : values()) {
            table.append(String.format("%n  %2d  %s", exit.code, exit.meaning));
        }
        return table.toString();
    }
}
