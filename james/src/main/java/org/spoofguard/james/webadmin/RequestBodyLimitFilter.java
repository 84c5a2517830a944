package org.spoofguard.james.webadmin;

import java.io.FileNotFoundException;
import java.util.Set;

import javax.inject.Inject;

import org.apache.commons.configuration2.ex.ConfigurationException;
import org.apache.james.utils.PropertiesProvider;
import org.apache.james.webadmin.mdc.LoggingRequestFilter;
import org.apache.james.webadmin.mdc.RequestLogger;
import org.spoofguard.core.admin.RequestBodyLimit;

import spark.Request;
import spark.Response;
import spark.Spark;

/**
 * WebAdmin's request logging filter with {@link RequestBodyLimit} in front of it: a request whose body is larger
 * than the limit (or of unknown length) is answered 413 (411) before a byte of the body is read.
 *
 * <p>Why here and not in a route's {@code before} filter like {@link LocalAdminOnlyRoutes}: James's WebAdminServer
 * installs its {@link LoggingRequestFilter} ahead of every route's filters, and it logs {@code request.body()}, which
 * reads the whole body into memory (Spark caches it in one array), for every request, whatever the route. Bound by
 * the SpoofGuard server in place of James's filter (Guice binds {@link LoggingRequestFilter} to this class), so every
 * WebAdmin route, James's and ours, is covered. The answer carries {@code Connection: close}: Jetty then closes the
 * connection instead of reading the rest of the body to keep it open.
 *
 * <p>The limit is {@value #SETTING} in {@code webadmin.properties} (docs/console.md), default 4M.
 */
public class RequestBodyLimitFilter extends LoggingRequestFilter {
    public static final String SETTING = "spoofguard.maxRequestBodySize";

    private final RequestBodyLimit limit;

    @Inject
    public RequestBodyLimitFilter(Set<RequestLogger> requestLoggers, PropertiesProvider properties)
            throws ConfigurationException {
        this(requestLoggers, limit(properties));
    }

    public RequestBodyLimitFilter(Set<RequestLogger> requestLoggers, RequestBodyLimit limit) {
        super(requestLoggers);
        this.limit = limit;
    }

    private static RequestBodyLimit limit(PropertiesProvider properties) throws ConfigurationException {
        String value;
        try {
            value = properties.getConfiguration("webadmin").getString(SETTING, null);
        } catch (FileNotFoundException e) {
            value = null; // no webadmin.properties: WebAdmin is off anyway, or on with James's defaults
        }
        try {
            return RequestBodyLimit.parse(value);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("webadmin.properties: " + SETTING + ": " + e.getMessage(), e);
        }
    }

    public RequestBodyLimit limit() {
        return limit;
    }

    @Override
    public void handle(Request request, Response response) {
        // raw(): the servlet request's headers, read without touching the body
        limit.refusal(request.raw().getHeader("Content-Length"), request.raw().getHeader("Transfer-Encoding"))
            .ifPresent(refusal -> {
                response.type("application/json; charset=utf-8");
                response.header("Connection", "close");
                throw Spark.halt(refusal.status(), json(refusal));
            });
        super.handle(request, response);
    }

    /** James's error body ({@code ErrorResponder}'s fields). */
    static String json(RequestBodyLimit.Refusal refusal) {
        String type = switch (refusal.status()) {
            case 413 -> "Content Too Large";
            case 411 -> "Length Required";
            default -> "InvalidArgument";
        };
        return "{\"statusCode\":" + refusal.status() + ",\"type\":\"" + type + "\",\"message\":\""
            + refusal.reason().replace("\\", "\\\\").replace("\"", "\\\"") + "\",\"details\":null}";
    }
}
