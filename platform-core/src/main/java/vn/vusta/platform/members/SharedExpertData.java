package vn.vusta.platform.members;

/** What an expert may agree to share with the national expert directory; contacts are never among it. */
public enum SharedExpertData {
    NAME, TITLE, DEGREE, EXPERTISE, PROVINCE
}
