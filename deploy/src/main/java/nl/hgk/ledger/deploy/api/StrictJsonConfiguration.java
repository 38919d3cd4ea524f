package nl.hgk.ledger.deploy.api;

import java.util.List;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.converter.json.MappingJackson2HttpMessageConverter;
import org.springframework.http.converter.xml.MappingJackson2XmlHttpMessageConverter;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

@Configuration
class StrictJsonConfiguration implements WebMvcConfigurer {

    private final ObjectMapper objectMapper;

    StrictJsonConfiguration(ObjectMapper objectMapper) {
        this.objectMapper = objectMapper;
    }

    /**
     * Request bodies are read strictly: an unknown or misspelt field is an error, not silently dropped. Only the HTTP
     * side is strict; events in the store keep being read leniently, so that an added field never breaks old readers.
     */
    /*
     * The API speaks JSON (and CSV for the figures), never XML. Jollyday, under the working days of shared-events,
     * reads its holiday calendars with jackson-dataformat-xml, and Spring MVC registers an XML converter whenever that
     * library is on the classpath: it would read request bodies in XML too, leniently, past the strict JSON reading.
     */
    @Override
    public void extendMessageConverters(List<HttpMessageConverter<?>> converters) {
        converters.removeIf(MappingJackson2XmlHttpMessageConverter.class::isInstance);
        ObjectMapper strict = objectMapper.copy()
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY);
        for (HttpMessageConverter<?> converter : converters) {
            if (converter instanceof MappingJackson2HttpMessageConverter json) {
                json.setObjectMapper(strict);
            }
        }
    }
}
