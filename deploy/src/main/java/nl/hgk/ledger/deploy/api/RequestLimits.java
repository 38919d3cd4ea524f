package nl.hgk.ledger.deploy.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;

@Configuration(proxyBeanMethods = false)
class RequestLimits {

    /**
     * Just after Spring Security: a caller who may not post at all is answered 401 or 403 first, and the 413 gets the
     * same security headers as every other answer.
     */
    @Bean
    FilterRegistrationBean<RequestSizeLimit> requestSizeLimit(ObjectMapper json, Limits limits) {
        FilterRegistrationBean<RequestSizeLimit> registration =
                new FilterRegistrationBean<>(new RequestSizeLimit(json, limits.maxRequestBytes().toBytes()));
        registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER + 1);
        return registration;
    }

    /**
     * @param maxRequestBytes the largest request body the API takes; the largest real one, a report with a household
     *                        of many people, is a few kilobytes
     */
    @ConfigurationProperties("hgk.api")
    record Limits(@DefaultValue("256KB") DataSize maxRequestBytes) {
    }
}
