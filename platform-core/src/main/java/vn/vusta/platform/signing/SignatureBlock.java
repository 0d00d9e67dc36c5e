package vn.vusta.platform.signing;

import java.util.List;

/**
 * Where a signature shows on the page and what it says (Decree 30/2020/NĐ-CP, appendix I: the signer's signature at
 * his place in the signature block; the organisation's over the left of it). The visible signature goes by the last
 * line of the document that reads {@code anchor} (the signer's name under "CHỦ TỊCH"): a person's in the space just
 * above it, the organisation's to the left of that; at the foot of the last page when no line reads so.
 */
public record SignatureBlock(String anchor, List<String> lines, SignerRole role) {

    public SignatureBlock {
        lines = List.copyOf(lines);
    }
}
