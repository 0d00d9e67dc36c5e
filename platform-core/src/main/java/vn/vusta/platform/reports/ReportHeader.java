package vn.vusta.platform.reports;

import java.time.LocalDate;

/**
 * What Decree 30/2020/NĐ-CP puts around a report's body: its title, number and symbol ("45/BC-LHH"), place and date
 * ("Thanh Hóa, ngày 22 tháng 6 năm 2021"), recipients (Nơi nhận, one per line), the signer's authority and title
 * ("TM. BAN THƯỜNG VỤ\nCHỦ TỊCH") and name.
 */
public record ReportHeader(String title, String numberSymbol, String place, LocalDate issuedOn, String recipients,
                           String signerTitle, String signerName) {
}
