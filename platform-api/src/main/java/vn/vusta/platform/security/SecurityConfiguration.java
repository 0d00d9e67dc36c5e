package vn.vusta.platform.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.expression.spel.standard.SpelExpressionParser;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.authority.mapping.GrantedAuthoritiesMapper;
import org.springframework.security.oauth2.client.oidc.web.logout.OidcClientInitiatedLogoutSuccessHandler;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.core.oidc.user.OidcUserAuthority;
import org.springframework.security.oauth2.server.resource.authentication.ExpressionJwtGrantedAuthoritiesConverter;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import vn.vusta.platform.identity.RealmClaims;
import vn.vusta.platform.tenancy.Tenants;

import java.util.HashSet;
import java.util.Set;

import static vn.vusta.platform.identity.Roles.NATIONAL_REVIEWER;
import static vn.vusta.platform.identity.Roles.PLATFORM_ADMIN;
import static vn.vusta.platform.identity.Roles.TENANT_READERS;
import static vn.vusta.platform.identity.Roles.TENANT_WRITERS;

/**
 * Two chains: bearer tokens for {@code /api/**} (a stateless resource server: issuer, audience, signature from
 * Keycloak's JWKS and expiry are checked by the decoder Spring Boot builds from the application's properties), and
 * OpenID Connect login with a session in Redis for the pages. Realm roles become {@code ROLE_} authorities.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, SecurityProblems problems, Tenants tenants) throws Exception {
        var authorities = new ExpressionJwtGrantedAuthoritiesConverter(
                new SpelExpressionParser().parseRaw("[realm_access][roles]"));
        authorities.setAuthorityPrefix("ROLE_");
        var jwtAuthentication = new JwtAuthenticationConverter();
        jwtAuthentication.setJwtGrantedAuthoritiesConverter(authorities);
        jwtAuthentication.setPrincipalClaimName("preferred_username");

        return http
                .securityMatcher("/api/**")
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/api/v1/me").authenticated()
                        .requestMatchers("/api/v1/tenants/**").hasAnyRole(NATIONAL_REVIEWER, PLATFORM_ADMIN)
                        .requestMatchers(HttpMethod.GET, "/api/v1/units/**").hasAnyRole(TENANT_READERS)
                        .requestMatchers("/api/v1/units/**").hasAnyRole(TENANT_WRITERS)
                        .anyRequest().denyAll())
                .oauth2ResourceServer(resourceServer -> resourceServer
                        .jwt(jwt -> jwt.jwtAuthenticationConverter(jwtAuthentication))
                        .authenticationEntryPoint(problems.unauthorized())
                        .accessDeniedHandler(problems.forbidden()))
                .exceptionHandling(exceptions -> exceptions
                        .authenticationEntryPoint(problems.unauthorized())
                        .accessDeniedHandler(problems.forbidden()))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .addFilterAfter(new AccessScopeFilter(tenants), AuthorizationFilter.class)
                .build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain pages(HttpSecurity http, ClientRegistrationRepository registrations, Tenants tenants) throws Exception {
        var logout = new OidcClientInitiatedLogoutSuccessHandler(registrations);
        logout.setPostLogoutRedirectUri("{baseUrl}/");
        return http
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/webjars/**", "/css/**", "/js/**", "/favicon.ico", "/error",
                                "/denied", "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html", "/actuator/health/**").permitAll()
                        .requestMatchers("/national/**").hasAnyRole(NATIONAL_REVIEWER, PLATFORM_ADMIN)
                        .requestMatchers("/workspace/**").hasAnyRole(TENANT_READERS)
                        .anyRequest().authenticated())
                .oauth2Login(login -> login.defaultSuccessUrl("/", true))
                .logout(out -> out.logoutSuccessHandler(logout))
                .exceptionHandling(exceptions -> exceptions.accessDeniedPage("/denied"))
                .addFilterAfter(new AccessScopeFilter(tenants), AuthorizationFilter.class)
                .build();
    }

    /** Realm roles of the OpenID Connect login (the ID token's realm_access.roles) as authorities. */
    @Bean
    GrantedAuthoritiesMapper realmRoles() {
        return authorities -> {
            Set<GrantedAuthority> mapped = new HashSet<>(authorities);
            for (GrantedAuthority authority : authorities) {
                if (authority instanceof OidcUserAuthority oidc) {
                    RealmClaims.roles(oidc.getIdToken().getClaims())
                            .forEach(role -> mapped.add(new SimpleGrantedAuthority("ROLE_" + role)));
                }
            }
            return mapped;
        };
    }
}
