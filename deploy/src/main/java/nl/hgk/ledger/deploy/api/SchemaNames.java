package nl.hgk.ledger.deploy.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.core.jackson.ModelResolver;
import io.swagger.v3.core.jackson.TypeNameResolver;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Names the OpenAPI schemas of nested types after their enclosing type too ({@code ReportRequestPerson},
 * {@code ReportReceiptPerson}). By simple name alone, two request and answer types called {@code Person} or
 * {@code Plan} would share one schema, and the document would describe one of them wrongly.
 */
@Configuration(proxyBeanMethods = false)
class SchemaNames {

    @Bean
    ModelResolver nestedTypeNames(ObjectMapper objectMapper) {
        return new ModelResolver(objectMapper, new TypeNameResolver() {
            @Override
            protected String getNameOfClass(Class<?> type) {
                String name = super.getNameOfClass(type);
                Class<?> enclosing = type.getEnclosingClass();
                return enclosing == null ? name : getNameOfClass(enclosing) + name;
            }
        });
    }
}
