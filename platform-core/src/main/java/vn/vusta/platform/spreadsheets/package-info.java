/**
 * Members from .xlsx/.csv files with a preview of every problem and warning before anything is written, bounded
 * against hostile files; exports that import back unchanged.
 */
@ApplicationModule(displayName = "Imports and exports (nhập, xuất Excel)")
package vn.vusta.platform.spreadsheets;

import org.springframework.modulith.ApplicationModule;
