package org.spoofguard.james.webadmin;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.james.metrics.tests.RecordingMetricFactory;
import org.apache.james.webadmin.Routes;
import org.apache.james.webadmin.WebAdminConfiguration;
import org.apache.james.webadmin.WebAdminServer;
import org.apache.james.webadmin.authentication.NoAuthenticationFilter;
import org.apache.james.webadmin.mdc.LoggingRequestFilter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.spoofguard.core.admin.LocalAdminRequest;
import org.spoofguard.core.invoice.InvoiceConfig;
import org.spoofguard.core.invoice.InvoiceInspector;
import org.spoofguard.james.invoice.InvoiceInspection;

/**
 * the DNS-rebinding guard of {@link LocalAdminOnlyRoutes} reads {@code Host} through
 * Spark, whose embedded Jetty (James 3.8.1's WebAdminServer) has a ForwardedRequestCustomizer: Jetty replaces the
 * request's Host by {@code X-Forwarded-Host} or {@code Forwarded: host=} before the filter sees it. Neither is a
 * forbidden header name for browsers (Fetch standard), and a DNS-rebound page is same-origin with WebAdmin: its
 * {@code fetch("/spoofguard/bank-details", {headers: {"X-Forwarded-Host": "127.0.0.1:8000"}})} goes out as a GET
 * without Origin, with {@code Sec-Fetch-Site: same-origin} and {@code Host: attacker.example:8000}, and is served:
 * the page reads bank details, held mail, users... everything a GET gives (README: "a Host other than 127.0.0.1,
 * localhost, [::1] ... answers 403").
 */
class WebAdminForwardedHostTest {
    private WebAdminServer server;
    private int port;

    @BeforeEach
    void start() {
        InvoiceInspection inspection = new InvoiceInspection(new InvoiceInspector(InvoiceConfig.defaults()),
            new RecordingMetricFactory());
        inspection.trustAccount("supplier.dk", "DK5000400440116243");
        server = new WebAdminServer(WebAdminConfiguration.TEST_CONFIGURATION,
            List.<Routes>of(new InvoiceBankRoutes(inspection),
                new LocalAdminOnlyRoutes(LocalAdminRequest.listeningOn("127.0.0.1"))),
            new NoAuthenticationFilter(), new RecordingMetricFactory(), LoggingRequestFilter.create()) { };
        server.start();
        port = server.getPort().getValue();
    }

    @AfterEach
    void stop() {
        server.destroy();
    }

    @ParameterizedTest
    @ValueSource(strings = {"X-Forwarded-Host: 127.0.0.1:%d", "Forwarded: host=\"127.0.0.1:%d\"",
        "X-Forwarded-Host: localhost:%d"})
    void aRebindingPageCannotNameLoopbackInAForwardedHeader(String forwarded) throws Exception {
        String answer = raw("GET /spoofguard/bank-details HTTP/1.1\r\n"
            + "Host: attacker.example:" + port + "\r\n"
            + String.format(forwarded, port) + "\r\n"
            + "Sec-Fetch-Site: same-origin\r\nSec-Fetch-Mode: cors\r\n"
            + "Connection: close\r\n\r\n");
        assertThat(answer.lines().findFirst().orElse(""))
            .as("GET with Host attacker.example and '%s' was answered: %s", String.format(forwarded, port), answer)
            .doesNotContain(" 200 ");
        assertThat(answer).doesNotContain("supplier.dk");
    }

    private String raw(String request) throws Exception {
        try (Socket socket = new Socket()) {
            socket.setSoTimeout(20_000);
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
}
