package vn.vusta.platform.signing;

import java.util.List;

/**
 * Where a signature shows on the page and what it says (Decree 30/2020/NĐ-CP, appendix I: the signature's image at
 * the signer's place in the signature block). The visible signature is drawn in the space above the last line of the
 * document that reads {@code anchor} (the signer's name under the title "CHỦ TỊCH"), with {@code lines} in it.
 */
public record SignatureBlock(String anchor, List<String> lines) {
}
