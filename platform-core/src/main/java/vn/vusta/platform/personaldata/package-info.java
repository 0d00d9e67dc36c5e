/**
 * A union as controller of its members' personal data (bên kiểm soát dữ liệu cá nhân) under the Personal Data
 * Protection Law (Law 91/2025/QH15) and Decree 356/2025/NĐ-CP: consents per purpose, the data subjects' requests,
 * the record of processing activities and the impact-assessment dossier, the breach register, and retention.
 */
@ApplicationModule(displayName = "Personal data (dữ liệu cá nhân)")
package vn.vusta.platform.personaldata;

import org.springframework.modulith.ApplicationModule;
