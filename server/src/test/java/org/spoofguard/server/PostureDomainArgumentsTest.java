package org.spoofguard.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** bin/spoofguard-posture takes our domains with the one configured-domain rule (DomainName.configured). */
class PostureDomainArgumentsTest {
    @TempDir
    static Path tmp;

    record Run(int status, String out, String err) {
    }

    static Run run(String... args) throws Exception {
        Path conf = Files.createDirectories(tmp.resolve("conf"));
        // no DNS answers here: a closed port makes every question a quick "could not check"
        Files.writeString(conf.resolve("spoofguard.properties"), "dns.servers=127.0.0.1:1\ndns.timeout=1s\ndns.retries=0\n");
        Files.writeString(conf.resolve("mailetcontainer.xml"), "<mailetcontainer/>");
        List<String> all = new ArrayList<>(List.of("--conf", conf.toString(), "--data", tmp.resolve("data").toString()));
        all.addAll(List.of(args));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = Posture.run(all.toArray(String[]::new), new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8), "C.UTF-8");
        return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @ParameterizedTest
    @ValueSource(strings = {"tønder.dk", "TØNDER.DK.", "xn--tnder-vua.dk"})
    void aDanishDomainIsCheckedUnderItsALabel(String arg) throws Exception {
        Run run = run("--json", arg);
        assertThat(run.status()).as(run.err()).isNotEqualTo(2);
        assertThat(run.out()).contains("\"domain\":\"xn--tnder-vua.dk\"");
    }

    @ParameterizedTest
    @ValueSource(strings = {"a..b", "a-.dk", "xn--zz.dk", "192.0.2.1"})
    void aBadDomainIsRefusedWithExitTwo(String arg) throws Exception {
        Run run = run(arg);
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains("not a domain name").contains("ikke et domænenavn");
    }

    @Test
    void aLeadingHyphenIsAnUnknownOption() throws Exception {
        assertThat(run("-a.dk").status()).isEqualTo(2);
    }

    @Test
    void theServersUnicodeDomainIsCheckedUnderItsALabel() throws Exception {
        HttpServer webadmin = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        webadmin.createContext("/domains", exchange -> {
            // James's domain list keeps what the admin added, a U-label included
            byte[] body = "[\"localhost\",\"tønder.dk\",\"xn--tnder-vua.dk\"]".getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json; charset=utf-8");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        webadmin.start();
        try {
            Run run = run("--json", "--webadmin", "http://127.0.0.1:" + webadmin.getAddress().getPort());
            assertThat(run.out()).as(run.err()).contains("\"domain\":\"xn--tnder-vua.dk\"");
            assertThat(run.out().split("\"domain\":\"", -1)).hasSize(2); // once, not twice
        } finally {
            webadmin.stop(0);
        }
    }
}
