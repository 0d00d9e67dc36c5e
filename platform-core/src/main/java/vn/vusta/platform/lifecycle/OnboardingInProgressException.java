package vn.vusta.platform.lifecycle;

/** A second request for a code whose onboarding is under way (a double submission): refused, the first one goes on. */
public class OnboardingInProgressException extends RuntimeException {

    private final String code;

    OnboardingInProgressException(String code) {
        super("The onboarding of " + code + " is under way");
        this.code = code;
    }

    public String code() {
        return code;
    }
}
