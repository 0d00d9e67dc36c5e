/**
 * One search box across the union (tìm kiếm chung): members, units, events, consultancy tasks and reports, each
 * found by the words of its name or title, diacritics aside, with a link to the list that shows them all.
 */
@ApplicationModule(displayName = "Search across the union")
package vn.vusta.platform.search;

import org.springframework.modulith.ApplicationModule;
