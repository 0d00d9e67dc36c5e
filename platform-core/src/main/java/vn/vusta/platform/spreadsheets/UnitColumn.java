package vn.vusta.platform.spreadsheets;

import java.util.List;

/** The columns of a units sheet (danh sách đơn vị), in the order exports write them. */
enum UnitColumn implements SheetColumn {
    NAME("Tên đơn vị", "Tên hội", "Tên tổ chức", "Tên"),
    ABBREVIATION("Tên viết tắt", "Viết tắt", "Tên tắt"),
    KIND("Loại", "Loại đơn vị", "Loại hình", "Phân loại"),
    FIELD_OF_WORK("Lĩnh vực hoạt động", "Lĩnh vực"),
    DECISION_NUMBER("Số quyết định thành lập", "Số quyết định", "Số QĐ", "Số QĐ thành lập", "Quyết định thành lập"),
    DECISION_DATE("Ngày quyết định", "Ngày quyết định thành lập", "Ngày QĐ", "Ngày thành lập"),
    DECISION_ISSUER("Cơ quan ban hành", "Cơ quan ra quyết định", "Cơ quan quyết định", "Nơi ban hành"),
    COMMUNE("Xã/phường", "Phường/xã", "Xã, phường", "Xã"),
    PROVINCE("Tỉnh/thành phố", "Tỉnh, thành phố", "Tỉnh/TP", "Tỉnh", "Tỉnh thành"),
    LEADER("Người đứng đầu", "Chủ tịch", "Lãnh đạo", "Người đại diện"),
    PHONE("Điện thoại", "Số điện thoại", "SĐT", "ĐT"),
    EMAIL("Email", "E-mail", "Thư điện tử"),
    STATUS("Trạng thái", "Tình trạng"),
    DISSOLVED_ON("Ngày giải thể");

    private final String heading;
    private final List<String> otherHeadings;

    UnitColumn(String heading, String... otherHeadings) {
        this.heading = heading;
        this.otherHeadings = List.of(otherHeadings);
    }

    @Override
    public String heading() {
        return heading;
    }

    @Override
    public List<String> otherHeadings() {
        return otherHeadings;
    }
}
