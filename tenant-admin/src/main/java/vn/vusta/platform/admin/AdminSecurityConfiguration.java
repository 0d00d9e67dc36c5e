package vn.vusta.platform.admin;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.authority.mapping.GrantedAuthoritiesMapper;
import org.springframework.security.oauth2.client.oidc.web.logout.OidcClientInitiatedLogoutSuccessHandler;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import vn.vusta.platform.identity.RealmRoles;

import static vn.vusta.platform.identity.Roles.PLATFORM_ADMIN;

/** Only platform administrators, with the same Keycloak login as platform-api; everyone else is refused. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class AdminSecurityConfiguration {

    @Bean
    @Order(1)
    SecurityFilterChain adminApi(HttpSecurity http) throws Exception {
        return http
                .securityMatcher("/api/**")
                .authorizeHttpRequests(requests -> requests.anyRequest().hasRole(PLATFORM_ADMIN))
                .oauth2ResourceServer(resourceServer -> resourceServer
                        .jwt(jwt -> jwt.jwtAuthenticationConverter(RealmRoles.jwtAuthenticationConverter())))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .addFilterAfter(new PlatformAdminScopeFilter(), AuthorizationFilter.class)
                .build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain adminPages(HttpSecurity http, ClientRegistrationRepository registrations) throws Exception {
        var logout = new OidcClientInitiatedLogoutSuccessHandler(registrations);
        logout.setPostLogoutRedirectUri("{baseUrl}/");
        return http
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/webjars/**", "/error", "/denied", "/actuator/health/**").permitAll()
                        .anyRequest().hasRole(PLATFORM_ADMIN))
                .oauth2Login(login -> login.defaultSuccessUrl("/", true))
                .logout(out -> out.logoutSuccessHandler(logout))
                .exceptionHandling(exceptions -> exceptions.accessDeniedPage("/denied"))
                .addFilterAfter(new PlatformAdminScopeFilter(), AuthorizationFilter.class)
                .build();
    }

    @Bean
    GrantedAuthoritiesMapper realmRoles() {
        return RealmRoles.oidcAuthoritiesMapper();
    }
}
