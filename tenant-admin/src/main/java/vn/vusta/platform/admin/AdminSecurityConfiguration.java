package vn.vusta.platform.admin;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.security.autoconfigure.actuate.web.servlet.EndpointRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
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
import org.springframework.security.oauth2.server.resource.web.authentication.BearerTokenAuthenticationFilter;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import vn.vusta.platform.identity.KeycloakProperties;
import vn.vusta.platform.identity.RealmRoles;
import vn.vusta.platform.revocation.TokenIntrospection;

import static vn.vusta.platform.identity.Roles.PLATFORM_ADMIN;

/** Only platform administrators, with the same Keycloak login as platform-api; everyone else is refused. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class AdminSecurityConfiguration {

    /**
     * Actuator's endpoints, on the management port only (EndpointRequest matches nothing on the public port): Spring
     * Boot puts this filter chain in front of the management server too, so the probes and Prometheus's scrapes would
     * otherwise be sent to the login page. Who reaches that port is the network's decision, not a session's.
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
    SecurityFilterChain adminApi(HttpSecurity http, TokenIntrospection introspection, OAuth2AuthorizedClientManager clients)
            throws Exception {
        return http
                .securityMatcher("/api/**")
                .authorizeHttpRequests(requests -> requests.anyRequest().hasRole(PLATFORM_ADMIN))
                .oauth2ResourceServer(resourceServer -> resourceServer
                        .jwt(jwt -> jwt.jwtAuthenticationConverter(RealmRoles.jwtAuthenticationConverter())))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .headers(headers -> headers.addHeaderWriter(SecurityHeaders.api()))
                .addFilterAfter(new RevocationFilter(introspection, clients), BearerTokenAuthenticationFilter.class)
                .addFilterAfter(new PlatformAdminScopeFilter(), AuthorizationFilter.class)
                .addFilterAfter(new LogContext(), PlatformAdminScopeFilter.class)
                .build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain adminPages(HttpSecurity http, ClientRegistrationRepository registrations,
                                   TokenIntrospection introspection, OAuth2AuthorizedClientManager clients,
                                   KeycloakProperties keycloakProperties) throws Exception {
        String keycloakUrl = keycloakProperties.url();
        var logout = new OidcClientInitiatedLogoutSuccessHandler(registrations);
        logout.setPostLogoutRedirectUri("{baseUrl}/");
        return http
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/webjars/**", "/css/**", "/js/**", "/error", "/denied", "/stale").permitAll()
                        .anyRequest().hasRole(PLATFORM_ADMIN))
                .oauth2Login(login -> login.defaultSuccessUrl("/", true))
                .logout(out -> out.logoutSuccessHandler(logout))
                .exceptionHandling(exceptions -> exceptions.accessDeniedHandler(new StaleForms()))
                .headers(headers -> headers.addHeaderWriter(SecurityHeaders.pages(keycloakUrl)))
                .addFilterBefore(new RevocationFilter(introspection, clients), AuthorizationFilter.class)
                .addFilterAfter(new PlatformAdminScopeFilter(), AuthorizationFilter.class)
                .addFilterAfter(new LogContext(), PlatformAdminScopeFilter.class)
                .build();
    }

    // The page session's tokens live in the session (Redis), so the revocation check can refresh and introspect them.
    @Bean
    OAuth2AuthorizedClientRepository authorizedClients() {
        return new HttpSessionOAuth2AuthorizedClientRepository();
    }

    @Bean
    OAuth2AuthorizedClientManager authorizedClientManager(ClientRegistrationRepository registrations,
                                                          OAuth2AuthorizedClientRepository clients) {
        var manager = new DefaultOAuth2AuthorizedClientManager(registrations, clients);
        // Refresh only: a session without a stored client (or whose refresh Keycloak refused) gets none, and ends.
        manager.setAuthorizedClientProvider(OAuth2AuthorizedClientProviderBuilder.builder().refreshToken().build());
        return manager;
    }

    @Bean
    GrantedAuthoritiesMapper realmRoles() {
        return RealmRoles.oidcAuthoritiesMapper();
    }
}
