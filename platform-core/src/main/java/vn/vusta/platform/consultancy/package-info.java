/**
 * The consultancy, review and social assessment tasks a union is given: the plan of the year, the task's experts and
 * steps, its result and acceptance (nghiệm thu), with files.
 */
@ApplicationModule(displayName = "Consultancy and review (tư vấn, phản biện, giám định xã hội)")
package vn.vusta.platform.consultancy;

import org.springframework.modulith.ApplicationModule;
