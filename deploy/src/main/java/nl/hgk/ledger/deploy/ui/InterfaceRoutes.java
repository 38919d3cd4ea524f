package nl.hgk.ledger.deploy.ui;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * The interface's path routes ({@link InterfacePaths#ROUTES}): a GET that asks for HTML (a reload, a bookmark, a link)
 * is forwarded to {@code index.html}, whose script then shows the route. Asked for anything else, a route is an
 * unknown path (404, a problem detail), as it is when no {@code index.html} is on the class path (the launcher built
 * without the interface). Mapped from the list itself, so that the routes, the rule that opens them and their
 * Content-Security-Policy never differ; as a handler method, not a router function, because Spring MVC's router
 * functions read every request's headers first and fail on a wildcard {@code Content-Type} the API refuses with 415.
 */
@Component
final class InterfaceRoutes {

    private static final String PAGE = "forward:/index.html";

    InterfaceRoutes(@Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mappings)
            throws NoSuchMethodException {
        mappings.registerMapping(RequestMappingInfo.paths(InterfacePaths.ROUTES.toArray(String[]::new))
                        .methods(RequestMethod.GET)
                        .options(mappings.getBuilderConfiguration()).build(),
                this, InterfaceRoutes.class.getMethod("page", HttpServletRequest.class));
    }

    /** @return the view that forwards to the page, for a request that asks for HTML */
    public String page(HttpServletRequest request) throws NoResourceFoundException {
        if (!asksForHtml(request.getHeader(HttpHeaders.ACCEPT))) {
            throw new NoResourceFoundException(HttpMethod.GET, request.getRequestURI());
        }
        return PAGE;
    }

    private static boolean asksForHtml(String accept) {
        if (accept == null || accept.isBlank()) {
            return true;
        }
        try {
            List<MediaType> types = MediaType.parseMediaTypes(accept);
            return types.stream().anyMatch(type -> type.includes(MediaType.TEXT_HTML));
        } catch (InvalidMediaTypeException unreadable) {
            return false;
        }
    }
}
