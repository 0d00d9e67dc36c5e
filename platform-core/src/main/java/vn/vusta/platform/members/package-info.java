/**
 * A union's individual members: their records, search by name as Vietnamese is typed (with or without tone marks),
 * personal-data dossier and sharing consent, and the national expert directory.
 */
@ApplicationModule(displayName = "Members (hội viên)")
package vn.vusta.platform.members;

import org.springframework.modulith.ApplicationModule;
