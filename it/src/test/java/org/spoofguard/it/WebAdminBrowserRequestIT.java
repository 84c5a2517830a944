package org.spoofguard.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
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
 * WebAdmin has no authentication and its only protection is "bound to 127.0.0.1" (README, "What
 * listens"). A loopback bind does not keep out a web browser running on the same host: any page it opens can
 * <ul>
 * <li>send a "simple" cross-origin POST (Content-Type text/plain, no preflight, the answer need not be readable):
 * James's {@code POST /vacation/{user}} parses the body as JSON whatever its type, so a page sets an out-of-office
 * for any user with the attacker's text (sent, as that user, to every proven sender: "our bank account changed");</li>
 * <li>by DNS rebinding (attacker.example resolving to 127.0.0.1) read and change everything: WebAdmin answers any
 * Host header, so held mail, bank details, and PATCH-release of a quarantined invoice are open to the page.</li>
 * </ul>
 * Both requests carry what a browser sends and a curl-using admin never does (a foreign {@code Origin}, a foreign
 * {@code Host}); the server must refuse them.
 */
class WebAdminBrowserRequestIT {
    static final String DOMAIN = "spoofguard.test";
    static final String ALICE = "alice@" + DOMAIN;

    @RegisterExtension
    static final SpoofGuardJamesExtension server = new SpoofGuardJamesExtension();

    static JamesHarness james;

    @BeforeAll
    static void provision() {
        james = server.harness();
        james.addDomain(DOMAIN).addUser(ALICE, "secret");
    }

    @Test
    void aCrossOriginSimplePostFromABrowserDoesNotSetAnOutOfOffice() throws Exception {
        String body = "{\"enabled\":true,\"subject\":\"New bank account\",\"textBody\":\"Pay to DK5000400440116243\"}";
        String answer = raw("POST /vacation/" + ALICE + " HTTP/1.1\r\n"
            + "Host: 127.0.0.1:" + james.webadminPort() + "\r\n"
            + "Origin: http://attacker.example\r\n"
            + "Sec-Fetch-Site: cross-site\r\n"
            + "Content-Type: text/plain;charset=UTF-8\r\n"
            + "Content-Length: " + body.getBytes(StandardCharsets.UTF_8).length + "\r\n"
            + "Connection: close\r\n\r\n" + body);
        String stored = james.webadmin("GET", "/vacation/" + ALICE, null).body();
        assertThat(stored)
            .as("a browser page's POST (Origin http://attacker.example, text/plain) was answered %s; the vacation is now %s",
                answer.lines().findFirst().orElse(""), stored)
            .doesNotContain("New bank account");
    }

    @Test
    void aRequestForAnotherHostNameIsRefused() throws Exception {
        String answer = raw("GET /spoofguard/bank-details HTTP/1.1\r\n"
            + "Host: attacker.example:" + james.webadminPort() + "\r\n"
            + "Connection: close\r\n\r\n");
        String status = answer.lines().findFirst().orElse("");
        assertThat(status)
            .as("a request naming Host attacker.example (DNS rebinding) must not be served: %s", answer)
            .doesNotContain(" 200 ");
    }

    /** What an admin's curl sends (by name or address, no Origin) is served, James's routes and ours. */
    @Test
    void anAdminsRequestOnThisHostIsServed() throws Exception {
        for (String host : new String[] {"127.0.0.1", "localhost", "[::1]"}) {
            String answer = raw("GET /domains HTTP/1.1\r\nHost: " + host + ":" + james.webadminPort()
                + "\r\nUser-Agent: curl/8.5.0\r\nAccept: */*\r\nConnection: close\r\n\r\n");
            assertThat(answer.lines().findFirst().orElse("")).as("Host %s: %s", host, answer).contains(" 200 ");
        }
        assertThat(james.webadmin("GET", "/spoofguard/bank-details", null).statusCode()).isEqualTo(200);
    }

    @Test
    void aRefusalIsJamesStyleJson() throws Exception {
        String answer = raw("GET /domains HTTP/1.1\r\nHost: attacker.example:" + james.webadminPort()
            + "\r\nConnection: close\r\n\r\n");
        assertThat(answer).startsWith("HTTP/1.1 403").contains("\"statusCode\":403").contains("attacker.example");
    }

    /**
     * The rebinding GET again, with {@code X-Forwarded-Host: 127.0.0.1:PORT} (a header a rebound, same-origin page may
     * set on a GET without preflight): Jetty's ForwardedRequestCustomizer rewrote Host from it before our filter read
     * it, and the page read everything. A request with a forwarding header is refused whatever its Host.
     */
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

    /**
     * A body declared larger than the WebAdmin limit (4M in the shipped webadmin.properties) is answered 413 from the
     * headers alone: only they are sent, so a server reading the body would wait for 5 GB until the socket times out.
     * James's request logging read every body whole into memory before any route ran.
     */
    @Test
    void aGigabyteBodyIsRefusedWith413BeforeItIsRead() throws Exception {
        String answer = raw("POST /vacation/" + ALICE + " HTTP/1.1\r\n"
            + "Host: 127.0.0.1:" + james.webadminPort() + "\r\n"
            + "Content-Type: application/json\r\n"
            + "Content-Length: 5000000000\r\n"
            + "Connection: close\r\n\r\n{\"enabled\":true,");
        assertThat(answer.lines().findFirst().orElse("")).as("POST /vacation with Content-Length 5000000000: %s", answer)
            .contains(" 413 ");
        String small = "{\"enabled\":false}";
        String served = raw("POST /vacation/" + ALICE + " HTTP/1.1\r\nHost: 127.0.0.1:" + james.webadminPort()
            + "\r\nContent-Type: application/json\r\nContent-Length: " + small.length()
            + "\r\nConnection: close\r\n\r\n" + small);
        assertThat(served.lines().findFirst().orElse("")).as("a small body: %s", served).contains(" 204 ");
    }

    /**
     * {@code curl -T -} (a body from a pipe) sends it chunked, without Content-Length: served when within the limit
     * (4M), body intact through James's request logging to the vacation route; 413 once it passes the limit.
     */
    @Test
    void aChunkedBodyIsServedWithinTheLimitAnd413OverIt() throws Exception {
        String body = "{\"enabled\":true,\"subject\":\"Away\",\"textBody\":\"Back on Monday\"}";
        String head = "POST /vacation/" + ALICE + " HTTP/1.1\r\nHost: 127.0.0.1:" + james.webadminPort()
            + "\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n";
        String half = body.substring(0, 20);
        String rest = body.substring(20);
        String served = raw(head + Integer.toHexString(half.length()) + "\r\n" + half + "\r\n"
            + Integer.toHexString(rest.length()) + "\r\n" + rest + "\r\n0\r\n\r\n");
        assertThat(served.lines().findFirst().orElse("")).as("a chunked vacation: %s", served).contains(" 204 ");
        assertThat(james.webadmin("GET", "/vacation/" + ALICE, null).body()).contains("Back on Monday");

        int limit = 4 * 1024 * 1024;
        StringBuilder big = new StringBuilder(head);
        String chunk = "x".repeat(64 * 1024);
        for (int sent = 0; sent < limit; sent += chunk.length()) {
            big.append(Integer.toHexString(chunk.length())).append("\r\n").append(chunk).append("\r\n");
        }
        // one byte past the limit: what the server leaves unread is only the end of the framing
        String refused = raw(big.append("1\r\nx\r\n0\r\n\r\n").toString());
        assertThat(refused.lines().findFirst().orElse("")).as("a chunked body over 4M: %s", refused).contains(" 413 ");
        assertThat(james.webadmin("GET", "/vacation/" + ALICE, null).body()).contains("Back on Monday");
        raw(head.replace("Transfer-Encoding: chunked", "Content-Length: 17") + "{\"enabled\":false}");
    }

    private static String raw(String request) throws IOException {
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
