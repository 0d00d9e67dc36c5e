/**
 * A union's journals, bulletins and books, and their issues.
 */
@ApplicationModule(displayName = "Publications (ấn phẩm)")
package vn.vusta.platform.publications;

import org.springframework.modulith.ApplicationModule;
