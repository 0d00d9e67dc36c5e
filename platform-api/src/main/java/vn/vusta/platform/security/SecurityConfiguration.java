package vn.vusta.platform.security;

import org.springframework.boot.security.autoconfigure.actuate.web.servlet.EndpointRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.authority.mapping.GrantedAuthoritiesMapper;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientProviderBuilder;
import org.springframework.security.oauth2.client.oidc.web.logout.OidcClientInitiatedLogoutSuccessHandler;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.web.HttpSessionOAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.resource.web.authentication.BearerTokenAuthenticationFilter;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.web.servlet.LocaleResolver;
import org.thymeleaf.ITemplateEngine;
import vn.vusta.platform.identity.KeycloakAdmin;
import vn.vusta.platform.identity.KeycloakProperties;
import vn.vusta.platform.identity.RealmRoles;
import vn.vusta.platform.revocation.TokenIntrospection;
import vn.vusta.platform.tenancy.Tenants;

import static vn.vusta.platform.identity.Roles.NATIONAL_REVIEWER;
import static vn.vusta.platform.identity.Roles.PLATFORM_ADMIN;
import static vn.vusta.platform.identity.Roles.TENANT_ADMIN;
import static vn.vusta.platform.identity.Roles.TENANT_APPROVER;
import static vn.vusta.platform.identity.Roles.TENANT_READERS;
import static vn.vusta.platform.identity.Roles.TENANT_WRITERS;

/**
 * Two chains: bearer tokens for {@code /api/**} (a stateless resource server: issuer, audience, signature from
 * Keycloak's JWKS and expiry are checked by the decoder Spring Boot builds from the application's properties, once
 * per token: {@link VerifiedTokens}), and
 * OpenID Connect login with a session in Redis for the pages. Realm roles become {@code ROLE_} authorities.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    private static final String[] REPORT_STEPS = {"/api/v1/reports/*/submission", "/api/v1/reports/*/withdrawal",
            "/api/v1/reports/*/sending", "/api/v1/reports/*/recall", "/api/v1/reports/*/signed-documents"};
    private static final String[] REPORT_PAGE_STEPS = {"/workspace/reports/*/submission", "/workspace/reports/*/withdrawal",
            "/workspace/reports/*/sending", "/workspace/reports/*/recall", "/workspace/reports/*/signed-documents"};

    /**
     * Actuator's endpoints, on the management port only (EndpointRequest matches nothing on the public port, where
     * they do not exist): Spring Boot puts this filter chain in front of the management server too, so without this
     * chain the probes and Prometheus's scrapes would be sent to the login page. Who reaches that port is the
     * network's decision (loopback, or a NetworkPolicy), not a session's.
     */
    @Bean
    @Order(0)
    SecurityFilterChain management(HttpSecurity http) throws Exception {
        return http
                .securityMatcher(EndpointRequest.toAnyEndpoint())
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .csrf(csrf -> csrf.disable())
                .build();
    }

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, SecurityProblems problems, Tenants tenants, KeycloakAdmin keycloak,
                            TokenIntrospection introspection, OAuth2AuthorizedClientManager clients,
                            JwtDecoder decoder) throws Exception {
        return http
                .securityMatcher("/api/**")
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/api/v1/me").authenticated()
                        .requestMatchers("/api/v1/tenants/**").hasAnyRole(NATIONAL_REVIEWER, PLATFORM_ADMIN)
                        // A province's report: its administrators submit it, record the approval and send it; the
                        // national union's reviewers alone accept, return or reopen it.
                        .requestMatchers(HttpMethod.POST, REPORT_STEPS).hasRole(TENANT_ADMIN)
                        // The Standing Committee's chairman approves in the platform; the secretariat (editors and
                        // administrators) records an approval given at a meeting on paper.
                        .requestMatchers(HttpMethod.POST, "/api/v1/reports/*/chair-approval").hasRole(TENANT_APPROVER)
                        .requestMatchers(HttpMethod.POST, "/api/v1/reports/*/approval").hasAnyRole(TENANT_WRITERS)
                        // The national union's records (calendar, indicators, clusters, report decisions): platform
                        // administrators may read them; every write is the national reviewers' alone.
                        .requestMatchers(HttpMethod.GET, "/api/v1/national/**").hasAnyRole(NATIONAL_REVIEWER, PLATFORM_ADMIN)
                        .requestMatchers("/api/v1/national/**").hasRole(NATIONAL_REVIEWER)
                        .requestMatchers("/api/v1/audit/**", "/api/v1/users/**").hasRole(TENANT_ADMIN)
                        // Erasing a person cannot be undone: the union's administrators decide it.
                        .requestMatchers("/api/v1/members/*/erasure").hasRole(TENANT_ADMIN)
                        // The controller's duties under the personal data law (requests, dossiers, breaches,
                        // retention) are the union administrators'.
                        .requestMatchers("/api/v1/personal-data/**").hasRole(TENANT_ADMIN)
                        // The rest of /api/v1 is the tenant's own records (registry, activities, reports, …).
                        .requestMatchers(HttpMethod.GET, "/api/v1/**").hasAnyRole(TENANT_READERS)
                        .requestMatchers("/api/v1/**").hasAnyRole(TENANT_WRITERS)
                        .anyRequest().denyAll())
                .oauth2ResourceServer(resourceServer -> resourceServer
                        .jwt(jwt -> jwt.decoder(new VerifiedTokens(decoder))
                                .jwtAuthenticationConverter(RealmRoles.jwtAuthenticationConverter()))
                        .authenticationEntryPoint(problems.unauthorized())
                        .accessDeniedHandler(problems.forbidden()))
                .exceptionHandling(exceptions -> exceptions
                        .authenticationEntryPoint(problems.unauthorized())
                        .accessDeniedHandler(problems.forbidden()))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .headers(headers -> headers.addHeaderWriter(SecurityHeaders.api()))
                .addFilterAfter(new RevocationFilter(introspection, clients, problems), BearerTokenAuthenticationFilter.class)
                .addFilterAfter(new AccessScopeFilter(tenants, keycloak), AuthorizationFilter.class)
                .addFilterAfter(new LogContext(), AccessScopeFilter.class)
                .build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain pages(HttpSecurity http, ClientRegistrationRepository registrations, Tenants tenants,
                              SecurityProblems problems, TokenIntrospection introspection, OAuth2AuthorizedClientManager clients,
                              KeycloakProperties keycloakProperties, KeycloakAdmin keycloak,
                              ITemplateEngine templates, LocaleResolver locales, KeycloakCalls calls) throws Exception {
        String keycloakUrl = keycloakProperties.url();
        var logout = new OidcClientInitiatedLogoutSuccessHandler(registrations);
        logout.setPostLogoutRedirectUri("{baseUrl}/");
        return http
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/webjars/**", "/css/**", "/js/**", "/favicon.ico", "/favicon.svg", "/error",
                                "/denied", "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html").permitAll()
                        .requestMatchers(HttpMethod.GET, "/national/**").hasAnyRole(NATIONAL_REVIEWER, PLATFORM_ADMIN)
                        .requestMatchers("/national/**").hasRole(NATIONAL_REVIEWER)
                        .requestMatchers(HttpMethod.POST, REPORT_PAGE_STEPS).hasRole(TENANT_ADMIN)
                        .requestMatchers(HttpMethod.POST, "/workspace/reports/*/chair-approval").hasRole(TENANT_APPROVER)
                        .requestMatchers(HttpMethod.POST, "/workspace/reports/*/approval").hasAnyRole(TENANT_WRITERS)
                        .requestMatchers("/workspace/audit/**", "/workspace/users/**", "/workspace/members/*/erasure",
                                "/workspace/personal-data/**").hasRole(TENANT_ADMIN)
                        .requestMatchers(HttpMethod.GET, "/workspace/**").hasAnyRole(TENANT_READERS)
                        .requestMatchers("/workspace/**").hasAnyRole(TENANT_WRITERS)
                        .anyRequest().authenticated())
                // Not "always": signing in (again) lands on the page that was asked for, the home page otherwise.
                .oauth2Login(login -> login.defaultSuccessUrl("/")
                        .tokenEndpoint(token -> token.accessTokenResponseClient(calls.codeExchange())))
                .logout(out -> out.logoutSuccessHandler(logout))
                .exceptionHandling(exceptions -> exceptions.accessDeniedHandler(
                        new ExpiredSessionHandler(templates, locales, "/denied")))
                .headers(headers -> headers.addHeaderWriter(SecurityHeaders.pages(keycloakUrl)))
                .addFilterBefore(new RevocationFilter(introspection, clients, problems), AuthorizationFilter.class)
                .addFilterAfter(new AccessScopeFilter(tenants, keycloak), AuthorizationFilter.class)
                .addFilterAfter(new LogContext(), AccessScopeFilter.class)
                .build();
    }

    // The page session's tokens live in the session (Redis), so any instance can refresh and check them.
    @Bean
    OAuth2AuthorizedClientRepository authorizedClients() {
        return new HttpSessionOAuth2AuthorizedClientRepository();
    }

    @Bean
    OAuth2AuthorizedClientManager authorizedClientManager(ClientRegistrationRepository registrations,
                                                          OAuth2AuthorizedClientRepository clients, KeycloakCalls calls) {
        var manager = new DefaultOAuth2AuthorizedClientManager(registrations, clients);
        // Refresh only: a session without a stored client (or whose refresh Keycloak refused) gets none, and ends.
        manager.setAuthorizedClientProvider(OAuth2AuthorizedClientProviderBuilder.builder()
                .refreshToken(refresh -> refresh.accessTokenResponseClient(calls.refresh())).build());
        return manager;
    }

    @Bean
    GrantedAuthoritiesMapper realmRoles() {
        return RealmRoles.oidcAuthoritiesMapper();
    }
}
