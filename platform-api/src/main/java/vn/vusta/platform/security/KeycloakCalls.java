package vn.vusta.platform.security;

import org.springframework.boot.security.oauth2.server.resource.autoconfigure.servlet.JwkSetUriJwtDecoderBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.http.converter.FormHttpMessageConverter;
import org.springframework.security.oauth2.client.endpoint.RestClientAuthorizationCodeTokenResponseClient;
import org.springframework.security.oauth2.client.endpoint.RestClientRefreshTokenTokenResponseClient;
import org.springframework.security.oauth2.client.http.OAuth2ErrorResponseErrorHandler;
import org.springframework.security.oauth2.core.http.converter.OAuth2AccessTokenResponseHttpMessageConverter;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestTemplate;
import vn.vusta.platform.identity.KeycloakProperties;


/**
 * Spring Security's own calls to Keycloak — its signing keys (JWKS), the login's code exchange and the page
 * sessions' token refresh — with the same connect and read timeouts as the platform's ({@code vusta.keycloak.*}):
 * without them a frozen Keycloak holds each request as long as the operating system keeps the connection.
 */
@Configuration(proxyBeanMethods = false)
class KeycloakCalls {

    private final SimpleClientHttpRequestFactory requests = new SimpleClientHttpRequestFactory();

    KeycloakCalls(KeycloakProperties keycloak) {
        requests.setConnectTimeout(keycloak.connectTimeout());
        requests.setReadTimeout(keycloak.readTimeout());
    }

    @Bean
    JwkSetUriJwtDecoderBuilderCustomizer signingKeysWithTimeouts() {
        return jwks -> jwks.restOperations(new RestTemplate(requests));
    }

    RestClientAuthorizationCodeTokenResponseClient codeExchange() {
        var client = new RestClientAuthorizationCodeTokenResponseClient();
        client.setRestClient(tokenEndpoint());
        return client;
    }

    RestClientRefreshTokenTokenResponseClient refresh() {
        var client = new RestClientRefreshTokenTokenResponseClient();
        client.setRestClient(tokenEndpoint());
        return client;
    }

    // As Spring Security builds it (form in, token response out, OAuth2 errors), with the timeouts.
    private RestClient tokenEndpoint() {
        return RestClient.builder()
                .requestFactory(requests)
                .configureMessageConverters(converters -> converters
                        .addCustomConverter(new FormHttpMessageConverter())
                        .addCustomConverter(new OAuth2AccessTokenResponseHttpMessageConverter()))
                .defaultStatusHandler(new OAuth2ErrorResponseErrorHandler())
                .build();
    }
}
