package vn.vusta.platform.signing;

/** A remote signing service refused or did not answer; the message names its error. */
public class RemoteSigningException extends RuntimeException {

    RemoteSigningException(String message) {
        super(message);
    }

    RemoteSigningException(String message, Throwable cause) {
        super(message, cause);
    }
}
