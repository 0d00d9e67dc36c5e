package vn.vusta.platform;

import java.util.UUID;

/** The demo tenants of db/demo that the tests use. */
public final class DemoTenants {

    public static final UUID THANH_HOA = UUID.fromString("0195d2a0-0000-7000-8000-000000000038");
    public static final UUID HAI_PHONG = UUID.fromString("0195d2a0-0000-7000-8000-000000000031");
    public static final UUID HUNG_YEN = UUID.fromString("0195d2a0-0000-7000-8000-000000000033");
    public static final String THANH_HOA_NAME = "Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Thanh Hóa";

    private DemoTenants() {
    }
}
