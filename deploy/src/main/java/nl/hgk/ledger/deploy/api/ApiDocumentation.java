package nl.hgk.ledger.deploy.api;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.security.SecurityScheme;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@OpenAPIDefinition(
        info = @Info(title = "hgk-ledger", version = "0.1",
                description = "Event-sourced case ledger for the regional approach to domestic violence and child "
                        + "abuse (huiselijk geweld en kindermishandeling). Every write answers with the case version "
                        + "it produced; give it back as expectedVersion. Errors are RFC 9457 problem details."),
        security = {@SecurityRequirement(name = "bearer"), @SecurityRequirement(name = "basic")})
@SecurityScheme(name = "bearer", type = SecuritySchemeType.HTTP, scheme = "bearer", bearerFormat = "JWT",
        description = "an access token of the organisation's identity provider (production)")
@SecurityScheme(name = "basic", type = SecuritySchemeType.HTTP, scheme = "basic",
        description = "the DEMO users of the embedded default only")
class ApiDocumentation {
}
