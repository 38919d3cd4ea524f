package nl.hgk.ledger.deploy.ui;

import java.time.Duration;

import org.springframework.boot.autoconfigure.web.WebProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.function.RenderingResponse;
import org.springframework.web.servlet.function.RequestPredicate;
import org.springframework.web.servlet.function.RequestPredicates;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * Serves the single-page application from the static locations ({@code spring.web.resources.static-locations},
 * Spring Boot's {@code classpath:/static/} by default): {@code /} is its {@code index.html} (Spring Boot's welcome
 * page), and a GET of one of its routes that asks for HTML (a reload, a bookmark) is forwarded to it. A route asked
 * for anything else, and every path that is no route, stays an unknown path: 404, a problem detail. Where no
 * {@code index.html} is on the class path (the launcher built without the interface), {@code /} and the routes are a
 * 404 problem detail too.
 */
@Configuration(proxyBeanMethods = false)
class WebInterface implements WebMvcConfigurer {

    /** the assets' names carry a hash of their content: a changed file has another name, so one may be kept long */
    private static final CacheControl IMMUTABLE = CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable();

    private final String[] staticLocations;

    WebInterface(WebProperties web) {
        this.staticLocations = web.getResources().getStaticLocations();
    }

    @Bean
    RouterFunction<ServerResponse> interfaceRoutes() {
        RequestPredicate route = InterfacePaths.ROUTES.stream().map(RequestPredicates::path)
                .reduce(RequestPredicate::or).orElseThrow();
        return RouterFunctions.route(RequestPredicates.method(HttpMethod.GET).and(route)
                        .and(RequestPredicates.accept(MediaType.TEXT_HTML)),
                request -> RenderingResponse.create("forward:/index.html").build());
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
