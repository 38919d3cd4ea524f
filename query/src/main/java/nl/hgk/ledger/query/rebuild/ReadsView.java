package nl.hgk.ledger.query.rebuild;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a controller whose answers come from a projection, by the projection's processing group. While that
 * projection rebuilds, its answers carry the {@value #STATUS_HEADER} header with the progress, so that nobody takes
 * a half-built view for the truth.
 */
@Documented
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface ReadsView {

    /** the response header that tells a view is rebuilding: {@code rebuilding; done=1200; total=5400} */
    String STATUS_HEADER = "Hgk-View-Status";

    /** the processing group of the projection */
    String value();
}
