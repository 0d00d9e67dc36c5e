/**
 * The pages' shared kit: the layout and navigation, the page stereotype ({@code @PageController}), refusals shown on pages,
 * the error and refusal pages. It knows no capability; a capability's pages live in its own {@code <capability>.web} package
 * and {@code templates/<capability>/}.
 */
@ApplicationModule(displayName = "Web kit", allowedDependencies = {"security", "tenancy", "identity", "calendar", "refusal"})
package vn.vusta.platform.web;

import org.springframework.modulith.ApplicationModule;
