package vn.vusta.platform.security;

import org.springframework.security.access.AccessDeniedException;

/** An authenticated user whose tenant cannot be served; {@link #messageCode()} says why, in the user's language. */
public class TenantAccessDeniedException extends AccessDeniedException {

    private final String messageCode;
    private final Object[] arguments;

    TenantAccessDeniedException(String messageCode, Object... arguments) {
        super(messageCode);
        this.messageCode = messageCode;
        this.arguments = arguments;
    }

    public String messageCode() {
        return messageCode;
    }

    public Object[] arguments() {
        return arguments;
    }
}
