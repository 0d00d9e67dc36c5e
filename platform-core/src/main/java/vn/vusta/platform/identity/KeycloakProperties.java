package vn.vusta.platform.identity;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * Where Keycloak is and how the platform talks to it ({@code vusta.keycloak.*}); read by the identity admin calls, the
 * token introspection, the sign-in check and the security configurations of both applications.
 *
 * @param url                  Keycloak's address as the browsers reach it (the issuer's base)
 * @param realm                the realm of the unions' users
 * @param provisioner          the service account that creates organizations and users
 * @param introspection        the client that asks whether a token still stands
 * @param connectTimeout       how long a call may take to connect
 * @param readTimeout          how long a call may wait for its answer
 * @param mailTimeout          how long a call that makes Keycloak send a mail may wait
 * @param signInCheckTimeout   how long the check before a login may wait for Keycloak
 */
@ConfigurationProperties("vusta.keycloak")
public record KeycloakProperties(String url,
                                 String realm,
                                 @DefaultValue Provisioner provisioner,
                                 @DefaultValue Introspection introspection,
                                 @DefaultValue("2s") Duration connectTimeout,
                                 @DefaultValue("3s") Duration readTimeout,
                                 @DefaultValue("15s") Duration mailTimeout,
                                 @DefaultValue("2s") Duration signInCheckTimeout) {

    /** The provisioner's client credentials. */
    public record Provisioner(String clientId, String clientSecret) {
    }

    /**
     * The introspection client: its endpoint (empty: the realm's own), credentials and how long an answer is kept.
     */
    public record Introspection(@DefaultValue("") String endpoint,
                                @DefaultValue("platform-api") String clientId,
                                String clientSecret,
                                @DefaultValue("5s") Duration cacheFor) {
    }
}
