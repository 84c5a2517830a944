package org.spoofguard.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.spoofguard.it.support.JamesHarness;
import org.spoofguard.it.support.SpoofGuardJamesExtension;

/**
 * end to end on the bundled server: WebAdminBrowserRequestIT's DNS-rebinding request
 * (Host attacker.example) is refused, but the same request with {@code X-Forwarded-Host: 127.0.0.1:PORT} (a header
 * a rebound, same-origin page may set on a GET without preflight) is served: Jetty's ForwardedRequestCustomizer
 * rewrites Host before LocalAdminOnlyRoutes reads it.
 */
class WebAdminForwardedHostIT {
    static final String ALICE = "alice@spoofguard.test";

    @RegisterExtension
    static final SpoofGuardJamesExtension server = new SpoofGuardJamesExtension();

    static JamesHarness james;

    @BeforeAll
    static void provision() {
        james = server.harness();
        james.addDomain("spoofguard.test").addUser(ALICE, "secret");
    }

    @Test
    void aRebindingPageCannotReadUsersByNamingLoopbackInXForwardedHost() throws Exception {
        String answer = raw("GET /users HTTP/1.1\r\n"
            + "Host: attacker.example:" + james.webadminPort() + "\r\n"
            + "X-Forwarded-Host: 127.0.0.1:" + james.webadminPort() + "\r\n"
            + "Sec-Fetch-Site: same-origin\r\nSec-Fetch-Mode: cors\r\n"
            + "Connection: close\r\n\r\n");
        assertThat(answer.lines().findFirst().orElse(""))
            .as("DNS-rebound GET /users with X-Forwarded-Host: %s", answer)
            .doesNotContain(" 200 ");
        assertThat(answer).doesNotContain(ALICE);
    }

    private static String raw(String request) throws Exception {
        try (Socket socket = new Socket()) {
            socket.setSoTimeout(60_000);
            socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), james.webadminPort()), 10_000);
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
