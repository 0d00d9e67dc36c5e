package vn.vusta.platform.lifecycle;

/** An archive that cannot be restored. */
public class ArchiveRefusedException extends Refusal {

    ArchiveRefusedException(String reason, Object... arguments) {
        super(reason, arguments);
    }
}
