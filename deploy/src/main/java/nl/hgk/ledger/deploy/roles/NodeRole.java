package nl.hgk.ledger.deploy.roles;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;

/**
 * What this node of the ledger runs ({@code hgk.node.*}; the profiles {@code command} and {@code query} set it).
 *
 * @param commands takes commands: the command bus, the subscribing handlers in the command's transaction, and the
 *                 deadlines and recurring jobs of the scheduler. Without it every command is refused (503)
 * @param views    runs the query side: the views' processors and the endpoints that read them. Without it the query
 *                 side is not in the application at all
 */
@ConfigurationProperties("hgk.node")
public record NodeRole(Boolean commands, Boolean views) {

    public NodeRole {
        commands = commands == null || commands;
        views = views == null || views;
        if (!commands && !views) {
            throw new IllegalStateException("A node must take commands or run the views, or both: the profiles "
                    + "'command' and 'query' are one or the other; leave both out for a node that does both");
        }
    }

    /** the role as configured, before the application context is built (for what decides what is in it) */
    static NodeRole of(Environment environment) {
        return Binder.get(environment).bind("hgk.node", NodeRole.class).orElseGet(() -> new NodeRole(null, null));
    }

    @Override
    public String toString() {
        return commands && views ? "commands and views" : commands ? "commands only" : "views only";
    }
}
