/**
 * The one door of free text: what a person types or a file brings is cleaned once (normalised Unicode, no control
 * characters), and requests the container or the binder cannot read are refused clearly.
 */
@ApplicationModule(displayName = "Free text")
package vn.vusta.platform.text;

import org.springframework.modulith.ApplicationModule;
