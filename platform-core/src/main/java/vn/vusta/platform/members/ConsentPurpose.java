package vn.vusta.platform.members;

/**
 * What a member's data is processed for (mục đích xử lý), each consented to on its own (Law 91/2025/QH15 asks for
 * consent per purpose): withdrawing one stops that processing and no other.
 */
public enum ConsentPurpose {
    /** Quản lý hội viên: the union's register, its reports and counts. */
    MEMBERSHIP,
    /** Chia sẻ vào danh bạ chuyên gia quốc gia: the national expert directory, with the data the member chose. */
    EXPERT_DIRECTORY,
    /** Liên hệ về sự kiện: the union's use of the member's e-mail and phone to invite them and to reach them at events. */
    EVENT_CONTACTS,
    /** Sử dụng hình ảnh: photos of the member at the union's activities, in its publications and reports. */
    PHOTOS
}
