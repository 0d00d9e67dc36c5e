package vn.vusta.platform.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.authority.mapping.GrantedAuthoritiesMapper;
import org.springframework.security.oauth2.client.oidc.web.logout.OidcClientInitiatedLogoutSuccessHandler;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import vn.vusta.platform.identity.KeycloakAdmin;
import vn.vusta.platform.identity.RealmRoles;
import vn.vusta.platform.tenancy.Tenants;

import static vn.vusta.platform.identity.Roles.NATIONAL_REVIEWER;
import static vn.vusta.platform.identity.Roles.PLATFORM_ADMIN;
import static vn.vusta.platform.identity.Roles.TENANT_ADMIN;
import static vn.vusta.platform.identity.Roles.TENANT_READERS;
import static vn.vusta.platform.identity.Roles.TENANT_WRITERS;

/**
 * Two chains: bearer tokens for {@code /api/**} (a stateless resource server: issuer, audience, signature from
 * Keycloak's JWKS and expiry are checked by the decoder Spring Boot builds from the application's properties), and
 * OpenID Connect login with a session in Redis for the pages. Realm roles become {@code ROLE_} authorities.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    private static final String[] REPORT_STEPS = {"/api/v1/reports/*/submission", "/api/v1/reports/*/withdrawal",
            "/api/v1/reports/*/approval", "/api/v1/reports/*/sending"};
    private static final String[] REPORT_PAGE_STEPS = {"/workspace/reports/*/submission", "/workspace/reports/*/withdrawal",
            "/workspace/reports/*/approval", "/workspace/reports/*/sending"};

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, SecurityProblems problems, Tenants tenants, KeycloakAdmin keycloak) throws Exception {
        return http
                .securityMatcher("/api/**")
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/api/v1/me").authenticated()
                        .requestMatchers("/api/v1/tenants/**").hasAnyRole(NATIONAL_REVIEWER, PLATFORM_ADMIN)
                        // A province's report: its administrators submit it, record the approval and send it; the
                        // national union's reviewers alone accept, return or reopen it.
                        .requestMatchers(HttpMethod.POST, REPORT_STEPS).hasRole(TENANT_ADMIN)
                        .requestMatchers(HttpMethod.POST, "/api/v1/national/reports/**").hasRole(NATIONAL_REVIEWER)
                        .requestMatchers("/api/v1/national/**").hasAnyRole(NATIONAL_REVIEWER, PLATFORM_ADMIN)
                        .requestMatchers("/api/v1/audit/**", "/api/v1/users/**").hasRole(TENANT_ADMIN)
                        // Erasing a person cannot be undone: the union's administrators decide it.
                        .requestMatchers("/api/v1/members/*/erasure").hasRole(TENANT_ADMIN)
                        // The rest of /api/v1 is the tenant's own records (registry, activities, reports, …).
                        .requestMatchers(HttpMethod.GET, "/api/v1/**").hasAnyRole(TENANT_READERS)
                        .requestMatchers("/api/v1/**").hasAnyRole(TENANT_WRITERS)
                        .anyRequest().denyAll())
                .oauth2ResourceServer(resourceServer -> resourceServer
                        .jwt(jwt -> jwt.jwtAuthenticationConverter(RealmRoles.jwtAuthenticationConverter()))
                        .authenticationEntryPoint(problems.unauthorized())
                        .accessDeniedHandler(problems.forbidden()))
                .exceptionHandling(exceptions -> exceptions
                        .authenticationEntryPoint(problems.unauthorized())
                        .accessDeniedHandler(problems.forbidden()))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .addFilterAfter(new AccessScopeFilter(tenants, keycloak), AuthorizationFilter.class)
                .build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain pages(HttpSecurity http, ClientRegistrationRepository registrations, Tenants tenants,
                                KeycloakAdmin keycloak) throws Exception {
        var logout = new OidcClientInitiatedLogoutSuccessHandler(registrations);
        logout.setPostLogoutRedirectUri("{baseUrl}/");
        return http
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/webjars/**", "/css/**", "/js/**", "/favicon.ico", "/error",
                                "/denied", "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html", "/actuator/health/**").permitAll()
                        .requestMatchers(HttpMethod.POST, "/national/reports/**").hasRole(NATIONAL_REVIEWER)
                        .requestMatchers("/national/**").hasAnyRole(NATIONAL_REVIEWER, PLATFORM_ADMIN)
                        .requestMatchers(HttpMethod.POST, REPORT_PAGE_STEPS).hasRole(TENANT_ADMIN)
                        .requestMatchers("/workspace/audit/**", "/workspace/users/**", "/workspace/members/*/erasure").hasRole(TENANT_ADMIN)
                        .requestMatchers(HttpMethod.GET, "/workspace/**").hasAnyRole(TENANT_READERS)
                        .requestMatchers("/workspace/**").hasAnyRole(TENANT_WRITERS)
                        .anyRequest().authenticated())
                .oauth2Login(login -> login.defaultSuccessUrl("/", true))
                .logout(out -> out.logoutSuccessHandler(logout))
                .exceptionHandling(exceptions -> exceptions.accessDeniedPage("/denied"))
                .addFilterAfter(new AccessScopeFilter(tenants, keycloak), AuthorizationFilter.class)
                .build();
    }

    @Bean
    GrantedAuthoritiesMapper realmRoles() {
        return RealmRoles.oidcAuthoritiesMapper();
    }
}
