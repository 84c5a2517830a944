package org.spoofguard.james.webadmin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.commons.configuration2.BaseConfiguration;
import org.apache.commons.configuration2.Configuration;
import org.apache.james.metrics.tests.RecordingMetricFactory;
import org.apache.james.utils.PropertiesProvider;
import org.apache.james.webadmin.Routes;
import org.apache.james.webadmin.WebAdminConfiguration;
import org.apache.james.webadmin.WebAdminServer;
import org.apache.james.webadmin.authentication.NoAuthenticationFilter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.spoofguard.core.admin.RequestBodyLimit;

import spark.Service;

/**
 * WebAdmin (James's WebAdminServer with the filter in place of James's LoggingRequestFilter, as the SpoofGuard server
 * binds it) refuses a body larger than the limit with 413 before reading it: James's request logging reads
 * {@code request.body()} whole into memory for every request, so a {@code POST} declaring gigabytes filled the heap.
 */
class RequestBodyLimitFilterTest {
    private static final int LIMIT = 1000;

    private final AtomicInteger routeCalls = new AtomicInteger();
    private WebAdminServer server;
    private int port;

    /** Stands for any route reading the body (James's VacationRoutes, UserRoutes, ...). */
    private final Routes echo = new Routes() {
        @Override
        public String getBasePath() {
            return "/echo";
        }

        @Override
        public void define(Service service) {
            service.post("/echo", (request, response) -> {
                routeCalls.incrementAndGet();
                return "read " + request.bodyAsBytes().length;
            });
        }
    };

    @BeforeEach
    void start() {
        server = new WebAdminServer(WebAdminConfiguration.TEST_CONFIGURATION, List.of(echo),
            new NoAuthenticationFilter(), new RecordingMetricFactory(),
            new RequestBodyLimitFilter(Set.of(), new RequestBodyLimit(LIMIT))) { };
        server.start();
        port = server.getPort().getValue();
    }

    @AfterEach
    void stop() {
        server.destroy();
    }

    @Test
    void aBodyWithinTheLimitReachesTheRoute() throws Exception {
        String answer = raw(head("Content-Length: " + LIMIT) + "x".repeat(LIMIT));
        assertThat(statusLine(answer)).contains(" 200 ");
        assertThat(answer).contains("read " + LIMIT);
    }

    @Test
    void aDeclaredGigabyteBodyIsAnswered413WithoutBeingRead() throws Exception {
        // only the headers are sent: a server reading the body would wait for 5 GB and the socket would time out
        String answer = raw(head("Content-Length: 5000000000") + "x".repeat(100));
        assertThat(statusLine(answer)).contains(" 413 ");
        assertThat(answer).contains("\"statusCode\":413").contains(String.valueOf(LIMIT));
        assertThat(routeCalls).hasValue(0);
    }

    @Test
    void aBodyJustOverTheLimitIsAnswered413() throws Exception {
        String answer = raw(head("Content-Length: " + (LIMIT + 1)) + "x".repeat(LIMIT + 1));
        assertThat(statusLine(answer)).contains(" 413 ");
        assertThat(routeCalls).hasValue(0);
    }

    /**
     * {@code curl -T -} sends its body chunked, without Content-Length. It reaches the route whole, although James's
     * request logging reads the body first: Spark does not keep a chunked body, so the route would read an empty one.
     */
    @Test
    void aChunkedBodyWithinTheLimitReachesTheRouteWhole() throws Exception {
        String answer = raw(head("Transfer-Encoding: chunked") + chunks(LIMIT, 300) + "0\r\n\r\n");
        assertThat(statusLine(answer)).as(answer).contains(" 200 ");
        assertThat(answer).contains("read " + LIMIT);
        assertThat(routeCalls).hasValue(1);
    }

    @Test
    void aChunkedBodyOverTheLimitIsAnswered413() throws Exception {
        String answer = raw(head("Transfer-Encoding: chunked") + chunks(LIMIT + 1, 300) + "0\r\n\r\n");
        assertThat(statusLine(answer)).as(answer).contains(" 413 ");
        assertThat(answer).contains("\"statusCode\":413").contains(String.valueOf(LIMIT));
        assertThat(routeCalls).hasValue(0);
    }

    /** The body never ends: the answer comes once the limit is passed, not when the client stops (it never does). */
    @Test
    void anEndlessChunkedBodyIsAnswered413OnceItPassesTheLimit() throws Exception {
        String answer = raw(head("Transfer-Encoding: chunked") + chunks(LIMIT + 500, 100));
        assertThat(statusLine(answer)).as(answer).contains(" 413 ");
        assertThat(routeCalls).hasValue(0);
    }

    @Test
    void aChunkedBodyWithBrokenFramingIsNotServed() throws Exception {
        String answer = raw(head("Transfer-Encoding: chunked") + "5\r\nhello\r\nzz\r\nxx\r\n0\r\n\r\n");
        assertThat(statusLine(answer)).as(answer).contains(" 400 ");
        assertThat(routeCalls).hasValue(0);
    }

    /** Transfer-Encoding wins over Content-Length (RFC 9112 §6.1): a small Content-Length does not let more in. */
    @Test
    void aSmallContentLengthBesideAChunkedBodyDoesNotLetALargerBodyIn() throws Exception {
        String answer = raw(head("Content-Length: 5\r\nTransfer-Encoding: chunked") + chunks(LIMIT + 1, 300)
            + "0\r\n\r\n");
        assertThat(statusLine(answer)).as(answer).doesNotContain(" 200 ");
        assertThat(routeCalls).hasValue(0);
    }

    private static String chunks(int total, int size) {
        StringBuilder b = new StringBuilder();
        for (int left = total; left > 0; left -= size) {
            int n = Math.min(size, left);
            b.append(Integer.toHexString(n)).append("\r\n").append("x".repeat(n)).append("\r\n");
        }
        return b.toString();
    }

    @Test
    void aRequestWithoutBodyIsServed() throws Exception {
        String answer = raw("GET /echo HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\nConnection: close\r\n\r\n");
        assertThat(statusLine(answer)).doesNotContain(" 411 ").doesNotContain(" 413 ");
    }

    /** A bad setting stops the start naming the file, the key and the value (the size grammar is ByteSize's). */
    @Test
    void aBadSettingStopsTheStartNamingTheKey() {
        for (String bad : new String[] {"1.5M", "-1", "+4M", "8589934592G", "4MM"}) {
            assertThatThrownBy(() -> new RequestBodyLimitFilter(Set.of(), settings(bad))).as(bad)
                .hasMessageContaining("webadmin.properties").hasMessageContaining(RequestBodyLimitFilter.SETTING)
                .hasMessageContaining("'" + bad + "'");
        }
        assertThatThrownBy(() -> new RequestBodyLimitFilter(Set.of(), settings("2G"))).as("above 1G")
            .hasMessageContaining(RequestBodyLimitFilter.SETTING);
    }

    /**
     * Our key is the only "spoofguard." one in James's webadmin.properties: a misspelt one
     * ({@code spoofguard.maxRequestBodysize=1M}) was never read and the 4M default applied without a word.
     */
    @Test
    void aMisspeltSpoofGuardKeyStopsTheStartNamingIt() {
        PropertiesProvider misspelt = new PropertiesProvider(null, null) {
            @Override
            public Configuration getConfiguration(String fileName) {
                BaseConfiguration c = new BaseConfiguration();
                c.addProperty("port", "8000");
                c.addProperty("spoofguard.maxRequestBodysize", "1M");
                return c;
            }
        };
        assertThatThrownBy(() -> new RequestBodyLimitFilter(Set.of(), misspelt))
            .hasMessageContaining("webadmin.properties").hasMessageContaining("spoofguard.maxRequestBodysize")
            .hasMessageContaining("unknown").hasMessageContaining(RequestBodyLimitFilter.SETTING);
    }

    /**
     * A key whose first part is our prefix in another case ({@code SpoofGuard.maxRequestBodySize}), or spelt with a
     * blank ({@code spoofguard .maxRequestBodySize}: the properties reader ends the key at the blank), was not ours by
     * exact prefix, so it was never looked at and 4M stayed in force without a word. Read as James reads the file.
     */
    @Test
    void ourPrefixInAnotherCaseOrWithABlankStopsTheStartNamingTheKey() {
        for (String line : new String[] {"SpoofGuard.maxRequestBodySize=1M", "SPOOFGUARD.maxRequestBodySize=1M",
            "Spoofguard.maxrequestbodysize=1M", "spoofguard .maxRequestBodySize=1M", "SpoofGuard =1M",
            "spoofGuard_maxRequestBodySize=1M"}) {
            String key = line.substring(0, line.indexOf(line.contains(" ") ? " " : "=")).strip();
            assertThatThrownBy(() -> new RequestBodyLimitFilter(Set.of(), file(line))).as(line)
                .hasMessageContaining("webadmin.properties").hasMessageContaining(key)
                .hasMessageContaining("unknown").hasMessageContaining(" / ").hasMessageContaining(RequestBodyLimitFilter.SETTING);
        }
    }

    /** Every key James 3.8.1 reads from webadmin.properties ({@code WebAdminServerModule}) still starts the server. */
    @Test
    void jamesOwnKeysAreNotRefused() throws Exception {
        RequestBodyLimitFilter filter = new RequestBodyLimitFilter(Set.of(), file(String.join("\n",
            "enabled=true", "port=8000", "host=127.0.0.1", "cors.enable=false", "cors.origin=*", "jwt.enabled=false",
            "jwt.publickeypem.url=file://conf/jwt_publickey", "maxThreadCount=20", "minThreadCount=2",
            "https.enabled=false", "https.keystore=x", "https.password=x", "https.trust.keystore=x", "https.trust.password=x",
            "extensions.routes=org.apache.james.webadmin.dropwizard.MetricsRoutes", "spoofguard.maxRequestBodySize=512k")));
        assertThat(filter.limit().maxBytes()).isEqualTo(512 * 1024);
    }

    /** The text as a webadmin.properties that James's PropertiesProvider would load. */
    private static PropertiesProvider file(String text) {
        return new PropertiesProvider(null, null) {
            @Override
            public Configuration getConfiguration(String fileName) throws org.apache.commons.configuration2.ex.ConfigurationException {
                org.apache.commons.configuration2.PropertiesConfiguration c = new org.apache.commons.configuration2.PropertiesConfiguration();
                c.setListDelimiterHandler(new org.apache.commons.configuration2.convert.DefaultListDelimiterHandler(','));
                new org.apache.commons.configuration2.io.FileHandler(c).load(new java.io.StringReader(text));
                return c;
            }
        };
    }

    /** Given twice, commons-configuration keeps both and getString takes the first: the admin's later line lost. */
    @Test
    void theKeyGivenTwiceStopsTheStartNamingIt() {
        PropertiesProvider twice = new PropertiesProvider(null, null) {
            @Override
            public Configuration getConfiguration(String fileName) {
                BaseConfiguration c = new BaseConfiguration();
                c.addProperty(RequestBodyLimitFilter.SETTING, "4M");
                c.addProperty(RequestBodyLimitFilter.SETTING, "1M");
                return c;
            }
        };
        assertThatThrownBy(() -> new RequestBodyLimitFilter(Set.of(), twice))
            .hasMessageContaining("webadmin.properties").hasMessageContaining(RequestBodyLimitFilter.SETTING)
            .hasMessageContaining("2 times");
    }

    @Test
    void theSettingIsRead() throws Exception {
        assertThat(new RequestBodyLimitFilter(Set.of(), settings("512kb")).limit().maxBytes()).isEqualTo(512 * 1024);
    }

    private static PropertiesProvider settings(String value) {
        return new PropertiesProvider(null, null) {
            @Override
            public Configuration getConfiguration(String fileName) {
                BaseConfiguration c = new BaseConfiguration();
                c.addProperty(RequestBodyLimitFilter.SETTING, value);
                return c;
            }
        };
    }

    private String head(String lengthHeader) {
        return "POST /echo HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\nContent-Type: application/json\r\n"
            + lengthHeader + "\r\nConnection: close\r\n\r\n";
    }

    private static String statusLine(String answer) {
        return answer.lines().findFirst().orElse("");
    }

    private String raw(String request) throws Exception {
        try (Socket socket = new Socket()) {
            socket.setSoTimeout(15_000);
            socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 10_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.UTF_8));
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream all = new ByteArrayOutputStream();
            in.transferTo(all);
            return all.toString(StandardCharsets.UTF_8);
        }
    }

    @Test
    void aBadSettingIsRefusedInEnglishThenDanishNamingTheFileAndKeyInBoth() {
        String key = "webadmin.properties: " + RequestBodyLimitFilter.SETTING + ": ";
        assertThatThrownBy(() -> new RequestBodyLimitFilter(Set.of(), settings("4MM")))
            .hasMessageStartingWith(key + "not a size").hasMessageContaining(" / " + key + "ikke en størrelse");
        assertThatThrownBy(() -> new RequestBodyLimitFilter(Set.of(), settings("2G")))
            .hasMessageStartingWith(key + "request body limit must be between 1 byte and 1G")
            .hasMessageContaining(" / " + key + "grænsen for en forespørgsels krop");
    }
}
