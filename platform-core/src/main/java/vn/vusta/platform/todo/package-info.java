/**
 * What needs doing, per role, on the page a user lands on (việc cần làm): a union's reports due and returned, its
 * consultancy tasks due and imports waiting; the national union's reports arrived and unions late. Reads what the
 * other capabilities recorded; writes nothing.
 */
@ApplicationModule(displayName = "Things to do (việc cần làm)")
package vn.vusta.platform.todo;

import org.springframework.modulith.ApplicationModule;
