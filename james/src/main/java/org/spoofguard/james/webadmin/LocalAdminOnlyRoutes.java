package org.spoofguard.james.webadmin;

import javax.inject.Inject;

import org.apache.james.webadmin.Routes;
import org.apache.james.webadmin.WebAdminConfiguration;
import org.spoofguard.core.admin.LocalAdminRequest;

import spark.Service;

/**
 * Refuses, with 403, every WebAdmin request a web browser on the server's host could have been made to send
 * ({@link LocalAdminRequest}: a foreign {@code Host}, i.e. DNS rebinding, or an {@code Origin} / cross-site
 * {@code Sec-Fetch-Site}, i.e. a page's request, or a forwarding header, from which Jetty would take the
 * {@code Host}). WebAdmin has no authentication (James 3.8.1 offers only JWT), so
 * "bound to 127.0.0.1" was its only protection, and that does not keep out a browser on the same host.
 *
 * <p>Defines no route of its own: a Spark {@code before} filter without a path is matched against every request
 * when it arrives, not against the routes defined so far, so it guards James's routes and every extension's,
 * whatever order WebAdminServer defines them in (and 404s for unknown paths). Bound by the SpoofGuard server itself
 * (not only {@code extensions.routes}), so editing {@code webadmin.properties} cannot drop it.
 */
public class LocalAdminOnlyRoutes implements Routes {
    public static final String BASE_PATH = "/spoofguard/local-admin-only";

    private final LocalAdminRequest check;

    @Inject
    public LocalAdminOnlyRoutes(WebAdminConfiguration configuration) {
        this(LocalAdminRequest.listeningOn(configuration.getHost()));
    }

    public LocalAdminOnlyRoutes(LocalAdminRequest check) {
        this.check = check;
    }

    @Override
    public String getBasePath() {
        return BASE_PATH;
    }

    @Override
    public void define(Service service) {
        // raw(): the servlet request's own header lookup, case-insensitive as HTTP header names are (RFC 9110 §5.1)
        service.before((request, response) -> check.refusal(request.raw()::getHeader, request.raw().getLocalPort())
            .ifPresent(reason -> {
                response.type("application/json; charset=utf-8");
                throw service.halt(403, json(reason));
            }));
    }

    /** James's error body ({@code ErrorResponder}'s fields), whose types have no "forbidden". */
    static String json(String message) {
        return "{\"statusCode\":403,\"type\":\"Forbidden\",\"message\":\"" + message.replace("\\", "\\\\").replace("\"", "\\\"")
            + "\",\"details\":null}";
    }
}
