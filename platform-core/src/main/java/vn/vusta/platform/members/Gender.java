package vn.vusta.platform.members;

public enum Gender {
    /** Nam. */
    MALE,
    /** Nữ. */
    FEMALE
}
