/**
 * Vietnamese first, English second: the language of a request, from the user's choice or the browser.
 */
@ApplicationModule(displayName = "Languages")
package vn.vusta.platform.i18n;

import org.springframework.modulith.ApplicationModule;
