/**
 * A report as the files a union sends: the Decree 30 .docx and the figures' .xlsx.
 */
@ApplicationModule(displayName = "Report files")
package vn.vusta.platform.reportexports;

import org.springframework.modulith.ApplicationModule;
