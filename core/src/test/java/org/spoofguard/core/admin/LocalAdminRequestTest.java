package org.spoofguard.core.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class LocalAdminRequestTest {
    private final LocalAdminRequest loopback = LocalAdminRequest.listeningOn("127.0.0.1");

    @Test
    void anAdminToolOnThisHostIsServed() {
        assertThat(loopback.refusal("127.0.0.1:8000", null, null, 8000)).isEmpty();
        assertThat(loopback.refusal("localhost:8000", null, null, 8000)).isEmpty();
        assertThat(loopback.refusal("LocalHost:8000", null, null, 8000)).isEmpty();
        assertThat(loopback.refusal("[::1]:8000", null, null, 8000)).isEmpty();
        assertThat(loopback.refusal(null, null, null, 8000)).as("HTTP/1.0 without Host").isEmpty();
        assertThat(loopback.refusal("127.0.0.1:8000", null, "none", 8000)).as("typed into the address bar").isEmpty();
        assertThat(loopback.refusal("127.0.0.1:8000", null, "same-origin", 8000)).isEmpty();
    }

    @Test
    void aForeignHostNameIsRefusedAsDnsRebinding() {
        assertThat(loopback.refusal("attacker.example:8000", null, null, 8000)).get().asString().contains("attacker.example");
        assertThat(loopback.refusal("localhost.attacker.example:8000", null, null, 8000)).isPresent();
        assertThat(loopback.refusal("127.0.0.1.nip.io:8000", null, null, 8000)).isPresent();
        assertThat(loopback.refusal("", null, null, 8000)).isPresent();
        assertThat(loopback.refusal("[::1]x:8000", null, null, 8000)).isPresent();
        assertThat(loopback.refusal("[::1", null, null, 8000)).isPresent();
    }

    @Test
    void theHostMustNameThePortTheRequestArrivedOn() {
        assertThat(loopback.refusal("127.0.0.1:8001", null, null, 8000)).isPresent();
        assertThat(loopback.refusal("127.0.0.1", null, null, 8000)).as("no port is 80").isPresent();
        assertThat(loopback.refusal("127.0.0.1", null, null, 80)).isEmpty();
        assertThat(loopback.refusal("127.0.0.1:x", null, null, 8000)).isPresent();
    }

    @Test
    void aRequestFromAWebPageIsRefused() {
        assertThat(loopback.refusal("127.0.0.1:8000", "http://attacker.example", "cross-site", 8000)).isPresent();
        assertThat(loopback.refusal("127.0.0.1:8000", "null", null, 8000)).as("sandboxed page").isPresent();
        assertThat(loopback.refusal("127.0.0.1:8000", "http://127.0.0.1:8000", null, 8000))
            .as("any Origin: WebAdmin serves no page of its own").isPresent();
        assertThat(loopback.refusal("127.0.0.1:8000", null, "cross-site", 8000)).isPresent();
        assertThat(loopback.refusal("127.0.0.1:8000", null, "Same-Site", 8000)).isPresent();
    }

    @Test
    void theConfiguredListenHostIsAcceptedToo() {
        LocalAdminRequest other = LocalAdminRequest.listeningOn("10.0.0.5");
        assertThat(other.refusal("10.0.0.5:8000", null, null, 8000)).isEmpty();
        assertThat(other.refusal("127.0.0.1:8000", null, null, 8000)).isEmpty();
        assertThat(LocalAdminRequest.listeningOn("::1").hosts()).contains("[::1]");
        assertThat(LocalAdminRequest.listeningOn("fd00::5").refusal("[fd00::5]:8000", null, null, 8000)).isEmpty();
        assertThat(LocalAdminRequest.listeningOn("0.0.0.0").hosts()).containsExactlyInAnyOrder("127.0.0.1", "localhost", "[::1]");
    }

    @Test
    void aForwardingHeaderIsRefusedWhateverTheHostSays() {
        for (String name : List.of("Forwarded", "X-Forwarded-Host", "X-Forwarded-Server", "X-Forwarded-Port",
                "X-Forwarded-Proto", "X-Forwarded-For")) {
            Map<String, String> headers = Map.of("Host", "127.0.0.1:8000", name, "127.0.0.1:8000");
            assertThat(loopback.refusal(headers::get, 8000)).as(name).get().asString().contains(name);
        }
        Map<String, String> plain = Map.of("Host", "127.0.0.1:8000");
        assertThat(loopback.refusal(plain::get, 8000)).isEmpty();
        Map<String, String> rebound = Map.of("Host", "attacker.example:8000");
        assertThat(loopback.refusal(rebound::get, 8000)).as("the Host check still applies").isPresent();
    }
}
