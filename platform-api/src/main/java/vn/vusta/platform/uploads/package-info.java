/**
 * Every multipart upload is bounded before any other filter reads it; what is too large is refused as problem+json or
 * a Vietnamese page.
 */
@ApplicationModule(displayName = "Uploads")
package vn.vusta.platform.uploads;

import org.springframework.modulith.ApplicationModule;
