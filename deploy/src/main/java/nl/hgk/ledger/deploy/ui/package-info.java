/**
 * Serving the browser interface: a single-page application built elsewhere (the {@code ui} module) into static files
 * under {@code classpath:/static/} ({@code index.html}, {@code assets/…} with hashed names). Its path routes
 * ({@link nl.hgk.ledger.deploy.ui.InterfaceRoutes}) answer the page when a browser asks for HTML, its hashed
 * assets may be cached for a year, the page itself never. The page holds no data: everything it shows it asks the API
 * for, signed in by the session of {@code deploy.security.BrowserSignIn}.
 */
package nl.hgk.ledger.deploy.ui;
