package nl.hgk.ledger.deploy.api;

import java.util.List;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.type.LogicalType;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.converter.json.Jackson2ObjectMapperBuilder;
import org.springframework.http.converter.json.MappingJackson2HttpMessageConverter;
import org.springframework.http.converter.xml.MappingJackson2XmlHttpMessageConverter;
import org.springframework.http.converter.yaml.MappingJackson2YamlHttpMessageConverter;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Request bodies are read strictly: a value is taken as the type the API declares for it, or refused (400
 * {@code invalid-value}, naming the field). Lenient reading once recorded {@code "code": 0} as GREEN, the first
 * constant, on a RED case; in a ledger of families' safety a value the client did not mean is worse than a refusal.
 * <p>
 * Only the HTTP side is strict. Axon's serializers, and the event serializer made from them, use the application's
 * {@code ObjectMapper} bean, which stays as it is: events in the store keep being read leniently, so that an added
 * field never breaks old readers. The strict mapper is therefore no bean (Axon takes the first {@code ObjectMapper}
 * bean it finds), only the mapper of the JSON message converter.
 */
@Configuration(proxyBeanMethods = false)
class StrictJsonConfiguration implements WebMvcConfigurer {

    private final Jackson2ObjectMapperBuilder json;

    /** @param json Spring Boot's builder, configured as the application's mapper is (a new one per injection) */
    StrictJsonConfiguration(Jackson2ObjectMapperBuilder json) {
        this.json = json;
    }

    /*
     * The API speaks JSON (and CSV for the figures), never XML or YAML. Jollyday, under the working days of
     * shared-events, reads its holiday calendars with jackson-dataformat-xml, and springdoc brings
     * jackson-dataformat-yaml; Spring MVC registers a converter whenever such a library is on the classpath, and
     * it would read request bodies in that format too, leniently, past the strict JSON reading ({@code code: 0} in
     * YAML was recorded as GREEN).
     */
    @Override
    public void extendMessageConverters(List<HttpMessageConverter<?>> converters) {
        converters.removeIf(MappingJackson2XmlHttpMessageConverter.class::isInstance);
        converters.removeIf(MappingJackson2YamlHttpMessageConverter.class::isInstance);
        ObjectMapper strict = strictMapper();
        for (HttpMessageConverter<?> converter : converters) {
            if (converter instanceof MappingJackson2HttpMessageConverter jsonConverter) {
                jsonConverter.setObjectMapper(strict);
            }
        }
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new ConcreteContentType());
    }

    private ObjectMapper strictMapper() {
        return json
                .featuresToEnable(
                        // a misspelt field is an error, not silently dropped
                        DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES,
                        DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES,
                        DeserializationFeature.FAIL_ON_TRAILING_TOKENS,
                        // an enum by its name only: neither 0 nor "0" is GREEN
                        DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS,
                        // a field given twice is refused, also when the second value is null: which one would the
                        // client have meant? (in the parser, so for records and trees alike)
                        JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
                .featuresToDisable(
                        // "1" is no number, 1 is no boolean, "true" is no boolean, "" is no date
                        MapperFeature.ALLOW_COERCION_OF_SCALARS,
                        // 1.0 or 1.5 is no version: Jackson would cut off the fraction
                        DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .postConfigurer(mapper -> {
                    // a number or boolean is no text: 123 for a reason is a client's mistake, not "123"
                    mapper.coercionConfigFor(LogicalType.Textual)
                            .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                            .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                            .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
                    // "" or "  " is no absent id, date, enum or object; an empty text stays text
                    mapper.coercionConfigDefaults()
                            .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail)
                            .setCoercion(CoercionInputShape.EmptyArray, CoercionAction.Fail)
                            .setCoercion(CoercionInputShape.EmptyObject, CoercionAction.Fail)
                            .setAcceptBlankAsEmpty(false);
                    // after Java time's own: its readers take numbers and arrays for dates whatever the above says
                    mapper.registerModule(new DatesAsIsoText());
                })
                .build();
    }
}
