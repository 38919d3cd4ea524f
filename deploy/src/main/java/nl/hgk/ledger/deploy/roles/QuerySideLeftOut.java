package nl.hgk.ledger.deploy.roles;

import java.io.IOException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.type.classreading.MetadataReader;
import org.springframework.core.type.classreading.MetadataReaderFactory;

/**
 * A node without views ({@link NodeRole#views()}) has no query side: no component of {@code nl.hgk.ledger.query} is
 * scanned, so Axon finds no view handlers and builds no view processor, and the read endpoints are not mapped. Nothing
 * on the command side depends on the query side (ArchitectureTest), so nothing else changes. Leaving the components
 * out, rather than stopping processors after they started, means the node never claims a view's token, not even for a
 * moment. Registered in {@code META-INF/spring.factories}, since the scan happens before any bean exists; Spring
 * Boot's own {@link TypeExcludeFilter} of {@code @SpringBootApplication} asks it.
 */
public class QuerySideLeftOut extends TypeExcludeFilter
        implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    static final String QUERY_SIDE = "nl.hgk.ledger.query.";

    private static final Logger log = LoggerFactory.getLogger(QuerySideLeftOut.class);

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        NodeRole role = NodeRole.of(context.getEnvironment());
        log.info("this node runs {}", role);
        if (!role.views()) {
            context.getBeanFactory().registerSingleton(QuerySideLeftOut.class.getName(), new QuerySideLeftOut());
        }
    }

    @Override
    public boolean match(MetadataReader reader, MetadataReaderFactory readers) throws IOException {
        return reader.getClassMetadata().getClassName().startsWith(QUERY_SIDE);
    }

    @Override
    public boolean equals(Object other) {
        return other != null && other.getClass() == getClass();
    }

    @Override
    public int hashCode() {
        return getClass().hashCode();
    }
}
