package vn.vusta.platform.documents;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * An administrative document (văn bản hành chính) as Decree 30/2020/NĐ-CP lays it out: the issuing body and its
 * number top left, the national motto with the place and date top right, the kind and subject as the title, the
 * body, then the recipients (nơi nhận) beside the signature block.
 *
 * @param parentBody      the body the issuer belongs to (tên cơ quan chủ quản), one line in capitals; null for none
 * @param issuingBody     the issuing body (tên cơ quan ban hành), written in bold capitals
 * @param numberSymbol    number and symbol (số và ký hiệu), "45/BC-LHH"; written after "Số: "
 * @param place           the place name (địa danh) written before the date, "Thanh Hóa"
 * @param kind            the kind of document (tên loại văn bản), "BÁO CÁO"
 * @param subject         what it is about (trích yếu nội dung), under the kind
 * @param recipients      one recipient per line, as written ("- Liên hiệp các Hội KH&amp;KT Việt Nam;")
 * @param signerAuthority the signer's authority and position, one line each ("TM. BAN THƯỜNG VỤ", "CHỦ TỊCH")
 * @param draft           not yet issued (a draft, or a report returned for revision): marked "DỰ THẢO" and its number
 *                        left blank, so a draft cannot pass for the issued document
 */
public record AdministrativeDocument(String parentBody, String issuingBody, String numberSymbol, String place,
                                     LocalDate date, String kind, String subject, List<DocumentBlock> body,
                                     List<String> recipients, List<String> signerAuthority, String signerName,
                                     boolean draft) {

    public AdministrativeDocument(String parentBody, String issuingBody, String numberSymbol, String place,
                                  LocalDate date, String kind, String subject, List<DocumentBlock> body,
                                  List<String> recipients, List<String> signerAuthority, String signerName) {
        this(parentBody, issuingBody, numberSymbol, place, date, kind, subject, body, recipients, signerAuthority,
                signerName, false);
    }

    public AdministrativeDocument {
        Objects.requireNonNull(issuingBody, "issuingBody");
        Objects.requireNonNull(numberSymbol, "numberSymbol");
        Objects.requireNonNull(place, "place");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(kind, "kind");
        body = List.copyOf(body);
        recipients = List.copyOf(recipients);
        signerAuthority = List.copyOf(signerAuthority);
    }

    /** "Số: 45/BC-LHH"; a draft's number is left to fill in when issued: "Số: …/BC-LHH". */
    public String numberLine() {
        if (!draft) {
            return "Số: " + numberSymbol;
        }
        int slash = numberSymbol.indexOf('/');
        return "Số: …" + (slash >= 0 ? numberSymbol.substring(slash) : "");
    }

    /**
     * "Thanh Hóa, ngày 22 tháng 6 năm 2021": the decree writes a day below 10 and the months January and February
     * with a leading zero ("ngày 05 tháng 01"), so a date cannot be misread or altered.
     */
    public String placeAndDate() {
        int day = date.getDayOfMonth();
        int month = date.getMonthValue();
        return place + ", ngày " + (day < 10 ? "0" + day : day) + " tháng " + (month <= 2 ? "0" + month : month)
                + " năm " + date.getYear();
    }
}
