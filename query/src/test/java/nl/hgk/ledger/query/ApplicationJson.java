package nl.hgk.ledger.query;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.springframework.http.converter.json.Jackson2ObjectMapperBuilder;

/**
 * The ObjectMapper as the application gets it: Spring's builder (Java time, lenient about unknown properties) with
 * what Spring Boot's JacksonAutoConfiguration and the application's application.yml add (dates as ISO text, nulls
 * left out).
 */
public final class ApplicationJson {

    private ApplicationJson() {
    }

    public static ObjectMapper objectMapper() {
        return Jackson2ObjectMapperBuilder.json()
                .featuresToDisable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS,
                        SerializationFeature.WRITE_DURATIONS_AS_TIMESTAMPS)
                .serializationInclusion(JsonInclude.Include.NON_NULL)
                .build();
    }
}
