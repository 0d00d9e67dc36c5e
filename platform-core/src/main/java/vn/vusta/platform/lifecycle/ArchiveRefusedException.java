package vn.vusta.platform.lifecycle;

import vn.vusta.platform.refusal.RefusedException;

import java.util.List;

/**
 * An archive that cannot be restored (422). A type of its own because tenant-admin's command line answers it with its
 * own exit code.
 */
public class ArchiveRefusedException extends RefusedException {

    ArchiveRefusedException(String reason, Object... arguments) {
        super(Kind.INVALID, "archive", reason, List.of(), arguments);
    }
}
