package vn.vusta.platform.personaldata;

/**
 * What a data subject asks of the union (Law 91/2025/QH15, Art. 4.1), and how many days the union has to do it,
 * counted from the day the request arrived. The law leaves the days to the Government (Art. 4.5, 10.3); Decree
 * 356/2025/NĐ-CP gives 15 days to withdraw consent, restrict or object (20 when a processor must act too), and, as
 * we read it, 10 to 20 days to let the person see, correct or receive their data: the shorter figure is kept, so a
 * union answering in time is in time under either reading. Erasure is given the restriction's 15 days.
 */
public enum RequestKind {
    /** Xem dữ liệu: answered with the personal-data dossier. */
    ACCESS(10),
    /** Chỉnh sửa dữ liệu (Art. 13). */
    CORRECTION(10),
    /** Xóa dữ liệu (Art. 14): answered with the erasure. */
    ERASURE(15),
    /** Hạn chế xử lý (Art. 10). */
    RESTRICTION(15),
    /** Phản đối xử lý (Art. 4.1d). */
    OBJECTION(15),
    /** Rút lại sự đồng ý (Art. 10): answered by recording the withdrawal on the member's consents. */
    WITHDRAWAL(15),
    /** Cung cấp dữ liệu (Art. 15.2a): the dossier, in a form a machine reads (JSON). */
    PORTABILITY(10);

    private final int days;

    RequestKind(int days) {
        this.days = days;
    }

    /** The law's days to answer, counted from the day the request arrived. */
    public int days() {
        return days;
    }
}
