/**
 * The member associations and units of a union (hội thành viên, đơn vị trực thuộc): their records, census of members,
 * and the workspace that lists them.
 */
@ApplicationModule(displayName = "Registry (hội thành viên)")
package vn.vusta.platform.registry;

import org.springframework.modulith.ApplicationModule;
