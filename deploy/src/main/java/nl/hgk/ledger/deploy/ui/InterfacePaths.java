package nl.hgk.ledger.deploy.ui;

import java.util.List;
import java.util.stream.Stream;

/**
 * The paths of the browser interface, in one place: its path routes, which are answered with the page, and the page
 * and its assets. All are open without signing in (the page holds no data; it asks the API) and get the interface's
 * own Content-Security-Policy ({@code deploy.security.SecurityConfiguration}). A route added to the interface is added
 * here, or a browser reloading it gets a 404.
 */
public final class InterfacePaths {

    /** the interface's routes (path patterns): a browser asking one for HTML gets {@code index.html} */
    public static final List<String> ROUTES = List.of("/aanmelden", "/werkvoorraad", "/werkvoorraad/**",
            "/dossier/**", "/cijfers", "/cijfers/**", "/inzage", "/inzage/**", "/privacy", "/privacy/**", "/beheer",
            "/beheer/**");
    /** the page and its files: hashed assets and the icon */
    public static final List<String> FILES = List.of("/", "/index.html", "/assets/**", "/favicon.*");
    /** everything of the interface */
    public static final List<String> ALL = Stream.concat(FILES.stream(), ROUTES.stream()).toList();

    private InterfacePaths() {
    }
}
