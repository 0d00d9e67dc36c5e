/**
 * Attachments of any record, kept in the configured storage, checked for type and size, served only to the union that
 * owns them.
 */
@ApplicationModule(displayName = "Files (tệp đính kèm)")
package vn.vusta.platform.files;

import org.springframework.modulith.ApplicationModule;
