package org.spoofguard.james.webadmin;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UnsupportedEncodingException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Set;

import javax.inject.Inject;
import javax.servlet.ReadListener;
import javax.servlet.ServletInputStream;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletRequestWrapper;

import org.apache.commons.configuration2.ex.ConfigurationException;
import org.apache.james.utils.PropertiesProvider;
import org.apache.james.webadmin.mdc.LoggingRequestFilter;
import org.apache.james.webadmin.mdc.RequestLogger;
import org.spoofguard.core.admin.RequestBodyLimit;

import spark.Request;
import spark.Response;
import spark.Spark;
import org.spoofguard.core.config.Bilingual;

/**
 * WebAdmin's request logging filter with {@link RequestBodyLimit} in front of it: a request whose declared body is
 * larger than the limit is answered 413 before a byte of the body is read; a body of unknown length (chunked, as
 * {@code curl -T -} sends it) is read here up to the limit and answered 413 as soon as it passes it.
 *
 * <p>Why here and not in a route's {@code before} filter like {@link LocalAdminOnlyRoutes}: James's WebAdminServer
 * installs its {@link LoggingRequestFilter} ahead of every route's filters, and it logs {@code request.body()}, which
 * reads the whole body into memory (Spark caches it in one array), for every request, whatever the route. Bound by
 * the SpoofGuard server in place of James's filter (Guice binds {@link LoggingRequestFilter} to this class), so every
 * WebAdmin route, James's and ours, is covered. A 413 carries {@code Connection: close}: Jetty then closes the
 * connection instead of reading the rest of the body to keep it open.
 *
 * <p>How a chunked body reaches the route: Spark's Jetty handler wraps the request in its {@code spark.embeddedserver.jetty.HttpRequestWrapper},
 * which keeps a read body for the later readers, except a body sent {@code Transfer-Encoding: chunked}: that one is
 * read straight from Jetty, once, so after James's logging has read it the route would get an empty body. The bytes
 * read here are put under Spark's wrapper ({@link HttpServletRequestWrapper#setRequest}) as a request whose every
 * {@code getInputStream()} starts again at the first byte: the logging and the route each read the whole body, and
 * nothing reads Jetty's stream past the limit.
 *
 * <p>The limit is {@value #SETTING} in {@code webadmin.properties} (docs/console.md), default 4M.
 */
public class RequestBodyLimitFilter extends LoggingRequestFilter {
    public static final String SETTING = "spoofguard.maxRequestBodySize";
    /** The prefix of our keys in {@code webadmin.properties}, lower case: a key starting with it in any case is checked. */
    private static final String SECTION = "spoofguard";

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
            org.apache.commons.configuration2.Configuration webadmin = properties.getConfiguration("webadmin");
            // Ours is the only key in James's file that starts with "spoofguard" in any case (James 3.8.1 reads enabled,
            // port, host, cors.*, jwt.*, https.*, maxThreadCount, minThreadCount, extensions.routes): any other such
            // key is a misspelling of ours (SpoofGuard.maxRequestBodySize, "spoofguard .x" whose key ends at the blank)
            // that would leave the default in force without a word.
            for (java.util.Iterator<String> keys = webadmin.getKeys(); keys.hasNext(); ) {
                String key = keys.next();
                if (key.strip().toLowerCase(java.util.Locale.ROOT).startsWith(SECTION) && !key.equals(SETTING)) {
                    throw new IllegalArgumentException(Bilingual.of(
                        "webadmin.properties: " + key + ": unknown setting (known: " + SETTING + ")",
                        "webadmin.properties: " + key + ": ukendt indstilling (kendte: " + SETTING + ")"));
                }
            }
            int times = webadmin.getList(SETTING).size();
            if (times > 1) {
                // commons-configuration keeps both and getString takes the first: the admin's later line would lose
                throw new IllegalArgumentException(Bilingual.of(
                    "webadmin.properties: " + SETTING + ": given " + times + " times; keep one",
                    "webadmin.properties: " + SETTING + ": angivet " + times + " gange; behold én"));
            }
            value = webadmin.getString(SETTING, null);
        } catch (FileNotFoundException e) {
            value = null; // no webadmin.properties: WebAdmin is off anyway, or on with James's defaults
        }
        try {
            return RequestBodyLimit.parse(value);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(Bilingual.prefixed("webadmin.properties: " + SETTING + ": ", e.getMessage()), e);
        }
    }

    public RequestBodyLimit limit() {
        return limit;
    }

    @Override
    public void handle(Request request, Response response) {
        // raw(): the servlet request's headers, read without touching the body
        String contentLength = request.raw().getHeader("Content-Length");
        String transferEncoding = request.raw().getHeader("Transfer-Encoding");
        limit.refusal(contentLength, transferEncoding).ifPresent(refusal -> refuse(response, refusal));
        if (limit.lengthUnknown(contentLength, transferEncoding)) {
            readWithinLimit(request.raw(), response);
        }
        super.handle(request, response);
    }

    private void readWithinLimit(HttpServletRequest raw, Response response) {
        if (!(raw instanceof HttpServletRequestWrapper spark)
                || !(spark.getRequest() instanceof HttpServletRequest jetty)) {
            // not Spark's Jetty wrapper (never seen): the body could not be put back for the route, so ask for a length
            refuse(response, new RequestBodyLimit.Refusal(411, "send Content-Length, at most " + limit.maxBytes()
                + " bytes / send Content-Length, højst " + limit.maxBytes() + " bytes"));
            return;
        }
        Optional<byte[]> body;
        try {
            body = limit.readWithinLimit(jetty.getInputStream());
        } catch (IOException e) {
            // the client went away or broke the chunk framing mid-body
            refuse(response, new RequestBodyLimit.Refusal(400, "the request body could not be read / forespørgslens"
                + " indhold kunne ikke læses"));
            return;
        }
        if (body.isEmpty()) {
            refuse(response, limit.tooLarge());
            return;
        }
        spark.setRequest(new ReadBody(jetty, body.get()));
    }

    private static void refuse(Response response, RequestBodyLimit.Refusal refusal) {
        response.type("application/json; charset=utf-8");
        response.header("Connection", "close");
        throw Spark.halt(refusal.status(), json(refusal));
    }

    /** The request with its body already read: each reader gets all of it, from the first byte. */
    static final class ReadBody extends HttpServletRequestWrapper {
        private final byte[] body;

        ReadBody(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] b, int off, int len) {
                    return in.read(b, off, len);
                }

                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new IllegalStateException("the body has already been read");
                }
            };
        }

        @Override
        public BufferedReader getReader() throws UnsupportedEncodingException {
            String encoding = getCharacterEncoding();
            return new BufferedReader(new InputStreamReader(getInputStream(),
                encoding == null ? StandardCharsets.ISO_8859_1 : Charset.forName(encoding)));
        }

        @Override
        public int getContentLength() {
            return body.length;
        }

        @Override
        public long getContentLengthLong() {
            return body.length;
        }
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
