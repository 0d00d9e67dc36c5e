package vn.vusta.platform.spreadsheets;

import java.util.Arrays;
import java.util.List;

/** The columns of a members sheet (danh sách hội viên), in the order exports write them. */
enum MemberColumn implements SheetColumn {
    FULL_NAME("Họ và tên", "Họ tên", "Họ và tên hội viên", "Tên hội viên"),
    GENDER("Giới tính", "Nam/Nữ"),
    BIRTH_YEAR("Năm sinh", "Ngày sinh", "Ngày tháng năm sinh"),
    TITLE("Học hàm", "Chức danh khoa học"),
    DEGREE("Học vị", "Trình độ", "Trình độ chuyên môn"),
    /** One column for both, as many lists write them: "PGS.TS", "GS.TSKH", "ThS". Read, never written. */
    TITLE_AND_DEGREE("Học hàm, học vị", "Học hàm học vị", "Chức danh, học vị"),
    SPECIALTY("Chuyên ngành", "Chuyên môn", "Chuyên ngành đào tạo"),
    FIELDS("Lĩnh vực", "Lĩnh vực chuyên môn", "Lĩnh vực khoa học", "Lĩnh vực KH&CN"),
    WORKPLACE("Cơ quan công tác", "Nơi công tác", "Đơn vị công tác", "Cơ quan"),
    EMAIL("Email", "E-mail", "Thư điện tử", "Địa chỉ email"),
    PHONE("Điện thoại", "Số điện thoại", "SĐT", "ĐT", "Điện thoại di động"),
    ADDRESS("Địa chỉ", "Địa chỉ liên hệ", "Nơi ở"),
    UNITS("Đơn vị", "Hội thành viên", "Đơn vị/Hội thành viên", "Thuộc đơn vị", "Sinh hoạt tại"),
    JOINED_ON("Ngày vào hội", "Ngày gia nhập", "Ngày kết nạp", "Ngày vào"),
    STATUS("Trạng thái", "Tình trạng"),
    EXPERT("Chuyên gia", "Chuyên gia tư vấn"),
    /** The member's id, as exports write it: the row is that member whatever else it says of them. */
    CODE("Mã hội viên", "Mã số hội viên", "Mã HV");

    private final String heading;
    private final List<String> otherHeadings;

    MemberColumn(String heading, String... otherHeadings) {
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

    /** The columns an export writes: every one but the combined title and degree. */
    static List<MemberColumn> written() {
        return Arrays.stream(values()).filter(c -> c != TITLE_AND_DEGREE).toList();
    }
}
