package vn.vusta.platform.api;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    @Bean
    OpenAPI platformApi() {
        return new OpenAPI()
                .info(new Info()
                        .title("VUSTA platform API")
                        .version("v1")
                        .description("REST API of the platform of Vietnam's unions of science and technology associations. "
                                + "Bearer tokens from Keycloak; errors are RFC 9457 problem+json in the request's language."))
                .components(new Components().addSecuritySchemes("keycloak",
                        new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("JWT")))
                .addSecurityItem(new SecurityRequirement().addList("keycloak"));
    }
}
