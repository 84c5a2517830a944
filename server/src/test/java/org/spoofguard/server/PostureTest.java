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

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spoofguard.core.dkim.DkimAlgorithm;
import org.spoofguard.core.dkim.DkimKeyStore;
import org.spoofguard.testing.dns.LoopbackDnsServer;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;

/**
 * bin/spoofguard-posture over a real loopback DNS server: good.test publishes everything right (with the key
 * pair in the data directory), bad.test gets most of it wrong.
 */
class PostureTest {
    static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    static final Path REPO_CONF = Path.of("../conf");

    @TempDir
    static Path tmp;
    static Path conf;
    static Path data;
    static LoopbackDnsServer dns;
    static DkimKeyStore.SigningKey goodKey;

    record Run(int status, String out, String err) {
        JsonNode json() throws Exception {
            return JSON.readTree(out);
        }
    }

    @BeforeAll
    static void start() throws Exception {
        conf = Files.createDirectories(tmp.resolve("conf"));
        data = Files.createDirectories(tmp.resolve("data"));
        Files.copy(REPO_CONF.resolve("mailetcontainer.xml"), conf.resolve("mailetcontainer.xml"));
        DkimKeyStore keys = new DkimKeyStore(data.resolve("var/spoofguard/dkim"));
        goodKey = keys.loadOrCreate("good.test", "spoofguard", DkimAlgorithm.RSA_SHA256, 2048);
        DkimKeyStore.SigningKey badKey = keys.loadOrCreate("bad.test", "spoofguard", DkimAlgorithm.RSA_SHA256, 2048);
        DkimKeyStore.SigningKey stranger = new DkimKeyStore(tmp.resolve("elsewhere")).loadOrCreate("bad.test", "spoofguard",
            DkimAlgorithm.RSA_SHA256, 2048);
        assertThat(stranger.txtRecord()).isNotEqualTo(badKey.txtRecord());
        dns = LoopbackDnsServer.withZones("""
            $ORIGIN test.
            $TTL 300
            good                    IN MX 10 mx.good
            good                    IN TXT "v=spf1 mx include:_spf.provider.test -all"
            mx.good                 IN A 192.0.2.25
            _spf.provider           IN TXT "v=spf1 ip4:198.51.100.0/24 -all"
            _dmarc.good             IN TXT "v=DMARC1; p=reject; rua=mailto:dmarc@good.test"
            spoofguard._domainkey.good IN TXT @GOOD@
            _mta-sts.good           IN TXT "v=STSv1; id=20261130"
            _smtp._tls.good         IN TXT "v=TLSRPTv1; rua=mailto:tls@good.test"
            bad                     IN A 192.0.2.66
            bad                     IN TXT "v=spf1 a:gone1.bad.test a:gone2.bad.test a:gone3.bad.test ~all"
            _dmarc.bad              IN TXT "v=DMARC1; p=none; pct=50"
            spoofguard._domainkey.bad IN TXT @STRANGER@
            """.replace("@GOOD@", txt(goodKey.txtRecord())).replace("@STRANGER@", txt(stranger.txtRecord())));
        Files.writeString(conf.resolve("spoofguard.properties"), "dns.servers=" + dns.hostAndPort() + "\ndns.timeout=2s\n");
    }

    /** A TXT value as zone-file strings of at most 255 octets. */
    static String txt(String value) {
        StringBuilder sb = new StringBuilder("(");
        for (int i = 0; i < value.length(); i += 200) {
            sb.append(" \"").append(value, i, Math.min(value.length(), i + 200)).append('"');
        }
        return sb.append(" )").toString();
    }

    @AfterAll
    static void stop() {
        if (dns != null) {
            dns.close();
        }
    }

    static Run run(String... args) {
        return invoke(conf, "C.UTF-8", args);
    }

    private static Run invoke(Path confDir, String locale, String... args) {
        List<String> all = new ArrayList<>(List.of("--conf", confDir.toString(), "--data", data.toString()));
        all.addAll(List.of(args));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = Posture.run(all.toArray(String[]::new), new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8), locale);
        return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** Runs against a conf of its own: the test DNS server and {@code line} in spoofguard.properties. */
    static Run runWith(String name, String line, String... args) throws Exception {
        Path own = Files.createDirectories(tmp.resolve(name));
        Files.writeString(own.resolve("spoofguard.properties"), "dns.servers=" + dns.hostAndPort() + "\n" + line + "\n");
        Files.copy(REPO_CONF.resolve("mailetcontainer.xml"), own.resolve("mailetcontainer.xml"));
        return invoke(own, null, args);
    }

    static List<String> codes(JsonNode domain, String severity) {
        List<String> out = new ArrayList<>();
        domain.get("findings").forEach(f -> {
            if (f.get("severity").asText().equals(severity)) {
                out.add(f.get("code").asText());
            }
        });
        return out;
    }

    @Test
    void aRightlyPublishedDomainIsAllOkAndPrintsItsDkimRecord() throws Exception {
        Run run = run("--json", "good.test");
        assertThat(run.status()).as(run.out() + run.err()).isZero();
        JsonNode good = run.json().get("domains").get(0);
        assertThat(good.get("domain").asText()).isEqualTo("good.test");
        assertThat(good.get("worst").asText()).as(run.out()).isEqualTo("ok");
        assertThat(codes(good, "ok")).contains("spf.hardfail", "spf.lookups", "dmarc.reject", "dmarc.rua", "dkim.signing",
            "dkim.published", "mx.present", "mta-sts.present", "tls-rpt.present");
        assertThat(good.get("dkimRecord").get("name").asText()).isEqualTo("spoofguard._domainkey.good.test");
        assertThat(good.get("dkimRecord").get("value").asText()).isEqualTo(goodKey.txtRecord());
    }

    @Test
    void aWronglyPublishedDomainFailsWithAdviceInBothLanguages() throws Exception {
        Run run = run("--json", "bad.test");
        assertThat(run.status()).isEqualTo(1);
        JsonNode bad = run.json().get("domains").get(0);
        assertThat(bad.get("worst").asText()).isEqualTo("fail");
        assertThat(codes(bad, "fail")).contains("spf.void-lookups", "dmarc.none", "dkim.mismatch");
        assertThat(codes(bad, "warn")).contains("spf.softfail", "dmarc.pct", "mx.missing");
        assertThat(codes(bad, "info")).contains("dmarc.no-rua", "mta-sts.missing", "tls-rpt.missing");
        bad.get("findings").forEach(f -> {
            assertThat(f.get("advice").get("en").asText()).isNotBlank();
            assertThat(f.get("advice").get("da").asText()).isNotBlank();
        });
    }

    @Test
    void humanOutputEscapesControlCharactersFromDns() {
        // a hostile TXT answer must not write terminal escape sequences (or fake lines) into the admin's terminal
        var f = new org.spoofguard.core.posture.Finding("example.dk", org.spoofguard.core.posture.Area.MTA_STS, "mta-sts.present",
            org.spoofguard.core.posture.Severity.WARN, "_mta-sts.example.dk \"v=STSv1; id=1\u001b]0;owned\u0007\r\n  [OK] fake\u202e\"",
            "advice\u001b[2J", "råd\u001b[2J");
        String text = Posture.human(List.of(new org.spoofguard.core.posture.PostureReport("example.dk", List.of(f),
            java.util.Optional.empty(), java.util.Optional.empty())), "en");
        assertThat(text).doesNotContain("\u001b").doesNotContain("\u0007").doesNotContain("\r").doesNotContain("\u202e")
            .contains("id=1\\u001b]0;owned\\u0007\\u000d\\u000a  [OK] fake\\u202e").contains("advice\\u001b[2J");
        assertThat(text.lines().filter(l -> l.contains("fake"))).hasSize(1);
    }

    @Test
    void humanOutputGivesOneAdviceLinePerProblemAndTheZoneLine() {
        Run en = run("bad.test", "good.test");
        assertThat(en.status()).isEqualTo(1);
        assertThat(en.out()).contains("bad.test  (worst: FAIL)").contains("[FAIL] dmarc")
            .contains("-> p=none only watches").contains("-> change ~all to -all")
            .contains("good.test  (worst: OK)").contains("DKIM record to publish:")
            .contains("spoofguard._domainkey.good.test. IN TXT ( \"v=DKIM1; k=rsa; p=");
        Run da = run("--lang", "da", "bad.test");
        assertThat(da.out()).contains("(værst: FAIL)").contains("-> p=none overvåger kun");
    }

    @Test
    void withoutDomainsItAsksTheServersWebAdminAndSkipsLocalhost() throws Exception {
        HttpServer webadmin = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        webadmin.createContext("/domains", exchange -> {
            byte[] body = "[\"localhost\",\"good.test\"]".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        webadmin.start();
        try {
            Run run = run("--json", "--webadmin", "http://127.0.0.1:" + webadmin.getAddress().getPort());
            assertThat(run.status()).as(run.err()).isZero();
            assertThat(run.json().get("domains")).hasSize(1);
            assertThat(run.json().get("domains").get(0).get("domain").asText()).isEqualTo("good.test");
        } finally {
            webadmin.stop(0);
        }
        Run down = run("--webadmin", "http://127.0.0.1:1");
        assertThat(down.status()).isEqualTo(2);
        assertThat(down.err()).contains("name the domains");
    }

    @Test
    void signingOffInTheConfigurationIsAFailure() throws Exception {
        Run off = runWith("conf-off", "dkim.enabled=false", "--json", "good.test");
        assertThat(off.status()).isEqualTo(1);
        assertThat(codes(JSON.readTree(off.out()).get("domains").get(0), "fail")).contains("dkim.not-signing");
        assertThat(run("--nope").status()).isEqualTo(2);
        assertThat(run("not_a domain").status()).isEqualTo(2);
    }

    @Test
    void aBadDnsSettingIsRefusedNamingItsFullKeyInBothLanguages() throws Exception {
        Run bad = runWith("conf-bad-dns", "dns.timeout=10h", "good.test");
        assertThat(bad.status()).isEqualTo(2);
        String text = bad.err();
        assertThat(org.spoofguard.core.config.Bilingual.english(text)).contains("spoofguard.properties: dns.timeout");
        assertThat(org.spoofguard.core.config.Bilingual.danish(text)).contains("spoofguard.properties: dns.timeout");
        Run badOption = run("--dns", "127.0.0.1:notaport", "good.test");
        assertThat(badOption.status()).isEqualTo(2);
        assertThat(badOption.err()).contains("--dns: ").doesNotContain("spoofguard.properties");
    }
}
