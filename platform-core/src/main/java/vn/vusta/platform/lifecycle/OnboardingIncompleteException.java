package vn.vusta.platform.lifecycle;

/** Onboarding stopped at a step that can be retried (Keycloak unreachable, say); what is done stays recorded. */
public class OnboardingIncompleteException extends RuntimeException {

    private final String code;

    OnboardingIncompleteException(String code, Throwable cause) {
        super("Onboarding of " + code + " is not complete: " + cause.getMessage(), cause);
        this.code = code;
    }

    public String code() {
        return code;
    }
}
