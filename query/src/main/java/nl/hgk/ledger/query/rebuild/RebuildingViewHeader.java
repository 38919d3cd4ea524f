package nl.hgk.ledger.query.rebuild;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Marks every answer of a {@link ReadsView} controller whose view is rebuilding, before the body is written. */
@Configuration(proxyBeanMethods = false)
class RebuildingViewHeader implements WebMvcConfigurer, HandlerInterceptor {

    private final Rebuilds rebuilds;

    RebuildingViewHeader(Rebuilds rebuilds) {
        this.rebuilds = rebuilds;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this).addPathPatterns("/api/**");
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (handler instanceof HandlerMethod method) {
            ReadsView view = method.getBeanType().getAnnotation(ReadsView.class);
            if (view != null) {
                rebuilds.find(view.value()).filter(ViewStatus::rebuilding)
                        .ifPresent(status -> response.setHeader(ReadsView.STATUS_HEADER, status.header()));
            }
        }
        return true;
    }
}
