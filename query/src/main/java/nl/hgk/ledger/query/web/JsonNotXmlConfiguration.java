package nl.hgk.ledger.query.web;

import java.util.List;

import org.springframework.context.annotation.Configuration;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.converter.xml.MappingJackson2XmlHttpMessageConverter;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The API speaks JSON (and CSV for the figures), never XML. Jollyday, which the working days in {@code shared-events}
 * are built on, reads its holiday calendars with jackson-dataformat-xml; Spring MVC registers an XML message converter
 * whenever that library is on the classpath, and would then read request bodies in XML too, leniently, past the
 * strict JSON reading of the application. This takes the XML converter out again, for the whole API. It belongs with
 * the application's strict JSON configuration in {@code deploy}, where it should move.
 */
@Configuration(proxyBeanMethods = false)
class JsonNotXmlConfiguration implements WebMvcConfigurer {

    @Override
    public void extendMessageConverters(List<HttpMessageConverter<?>> converters) {
        converters.removeIf(MappingJackson2XmlHttpMessageConverter.class::isInstance);
    }
}
