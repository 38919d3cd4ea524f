package nl.hgk.ledger.deploy.ui;

import java.time.Duration;

import org.springframework.boot.autoconfigure.web.WebProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Serves the single-page application from the static locations ({@code spring.web.resources.static-locations},
 * Spring Boot's {@code classpath:/static/} by default): {@code /} is its {@code index.html} (Spring Boot's welcome
 * page), its routes are answered with it ({@link InterfaceRoutes}), and its hashed assets may be cached.
 */
@Configuration(proxyBeanMethods = false)
class WebInterface implements WebMvcConfigurer {

    /** the assets' names carry a hash of their content: a changed file has another name, so one may be kept long */
    private static final CacheControl IMMUTABLE = CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable();

    private final String[] staticLocations;

    WebInterface(WebProperties web) {
        this.staticLocations = web.getResources().getStaticLocations();
    }

    /** The hashed assets may be cached for a year; {@code index.html} keeps Spring Security's no-store. */
    @Override
    public void addResourceHandlers(ResourceHandlerRegistry resources) {
        String[] assets = new String[staticLocations.length];
        for (int i = 0; i < staticLocations.length; i++) {
            String location = staticLocations[i];
            assets[i] = (location.endsWith("/") ? location : location + "/") + "assets/";
        }
        resources.addResourceHandler("/assets/**").addResourceLocations(assets).setCacheControl(IMMUTABLE);
    }
}
