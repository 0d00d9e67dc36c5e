package vn.vusta.platform.signing;

import java.util.List;

/** What verifying a PDF found: its signatures, in the order they were made; none for an unsigned PDF. */
public record Verdict(List<SignatureCheck> signatures) {

    public boolean signed() {
        return !signatures.isEmpty();
    }

    /** Signed, and every signature valid. */
    public boolean valid() {
        return signed() && signatures.stream().allMatch(s -> s.indication() == Indication.VALID);
    }
}
