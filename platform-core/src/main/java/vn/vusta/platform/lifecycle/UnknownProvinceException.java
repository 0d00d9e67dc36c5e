package vn.vusta.platform.lifecycle;

/** A province code that is neither one of the 34 provinces nor a former one. */
public class UnknownProvinceException extends RuntimeException {

    private final String provinceCode;

    UnknownProvinceException(String provinceCode) {
        super("No province has the code " + provinceCode);
        this.provinceCode = provinceCode;
    }

    public String provinceCode() {
        return provinceCode;
    }
}
