package nl.hgk.ledger.deploy.api;

import java.util.Arrays;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.util.InvalidMimeTypeException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Refuses a request body declared as {@code Content-Type: *}{@code /*} or {@code application/*} with 415, before it is
 * read. A wildcard names no type, and Spring MVC does not refuse it but fails on it while reading the body (an
 * {@code IllegalArgumentException}, which would be answered as an internal error).
 */
final class ConcreteContentType implements HandlerInterceptor {

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
            throws HttpMediaTypeNotSupportedException {
        String declared = request.getContentType();
        if (declared == null || !(handler instanceof HandlerMethod method) || !readsABody(method)) {
            return true;
        }
        MediaType type;
        try {
            type = MediaType.parseMediaType(declared);
        } catch (InvalidMimeTypeException unparsable) {
            // Spring MVC refuses this one itself, with 415
            return true;
        }
        if (type.isWildcardType() || type.isWildcardSubtype()) {
            throw new HttpMediaTypeNotSupportedException(type, List.of(MediaType.APPLICATION_JSON),
                    HttpMethod.valueOf(request.getMethod()));
        }
        return true;
    }

    private static boolean readsABody(HandlerMethod method) {
        return Arrays.stream(method.getMethodParameters()).anyMatch(p -> p.hasParameterAnnotation(RequestBody.class));
    }
}
