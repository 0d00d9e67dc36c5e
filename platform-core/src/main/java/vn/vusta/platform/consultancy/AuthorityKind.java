package vn.vusta.platform.consultancy;

/** Who assigns a task; the authority's own name says which one (the Chairman of UBND tỉnh Thanh Hóa, Sở Xây dựng). */
public enum AuthorityKind {
    /** Ủy ban nhân dân tỉnh/thành phố (UBND), or its Chairman. */
    PEOPLES_COMMITTEE,
    /** Tỉnh ủy / Thành ủy. */
    PARTY_COMMITTEE,
    /** Hội đồng nhân dân (HĐND). */
    PEOPLES_COUNCIL,
    /** A department or agency of the province (Sở, ban, ngành). */
    DEPARTMENT,
    /** Liên hiệp các Hội Khoa học và Kỹ thuật Việt Nam (VUSTA). */
    NATIONAL_UNION,
    OTHER
}
