/**
 * Documents with legal force (Decree 30/2020/NĐ-CP: an electronic document signed with a digital signature): PAdES
 * signatures made with a union's key (a PKCS#12 file, a PKCS#11 token or HSM, or a remote signing service over the
 * Cloud Signature Consortium API), verified against the configured trust list, and the archive of the signed PDFs
 * each union approved and sent.
 */
@ApplicationModule(displayName = "Signed documents (văn bản ký số)")
package vn.vusta.platform.signing;

import org.springframework.modulith.ApplicationModule;
