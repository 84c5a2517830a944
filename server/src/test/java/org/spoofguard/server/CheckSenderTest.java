package org.spoofguard.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spoofguard.core.dkim.DkimAlgorithm;
import org.spoofguard.core.dkim.DkimSigner;
import org.spoofguard.testing.dns.LoopbackDnsServer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.DeserializationFeature;

class CheckSenderTest {
    static final String GOOD_IP = "192.0.2.20";
    static final String BAD_IP = "198.51.100.66";
    static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    static LoopbackDnsServer dns;
    static KeyPair key;

    @TempDir
    Path tmp;

    record Run(int status, String out, String err) {
        JsonNode json() throws Exception {
            return JSON.readTree(out);
        }
    }

    @BeforeAll
    static void start() throws Exception {
        key = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        dns = LoopbackDnsServer.withZones("""
            $ORIGIN test.
            $TTL 300
            news            IN TXT "v=spf1 ip4:192.0.2.20 -all"
            mx.news         IN TXT "v=spf1 ip4:192.0.2.20 -all"
            _dmarc.news     IN TXT "v=DMARC1; p=reject"
            s1._domainkey.news IN TXT "@KEY@"
            esp             IN TXT "v=spf1 ip4:198.51.100.66 -all"
            """.replace("@KEY@", DkimSigner.keyRecord(key.getPublic())));
    }

    @AfterAll
    static void stop() {
        if (dns != null) {
            dns.close();
        }
    }

    static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = CheckSender.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    static String[] withDns(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--dns", dns.hostAndPort(), "--timeout", "2s"));
        return all.toArray(String[]::new);
    }

    @Test
    void jsonIsValidAndCarriesTheVerdict() throws Exception {
        Run r = run(withDns("--ip", GOOD_IP, "--helo", "mx.news.test", "--mail-from", "Alice \"Q\" <a@news.test>",
            "--authserv-id", "mx.receiver.test", "--json"));
        assertThat(r.status()).as(r.err()).isZero();
        JsonNode j = r.json();
        assertThat(j.get("clientIp").asText()).isEqualTo(GOOD_IP);
        assertThat(j.get("helo").asText()).isEqualTo("mx.news.test");
        assertThat(j.at("/spf/helo/result").asText()).isEqualTo("pass");
        assertThat(j.at("/spf/mailfrom/result").isTextual()).isTrue();
        assertThat(j.get("dkim").isArray()).isTrue();
        assertThat(j.get("dkim")).isEmpty();
        assertThat(j.at("/dmarc/spfAligned").isBoolean()).isTrue();
        assertThat(j.get("mailFromProven").isBoolean()).isTrue();
        assertThat(j.get("internalError").isNull()).isTrue();
        assertThat(j.get("authenticationResults").asText()).startsWith("mx.receiver.test");
        assertThat(j.get("receivedSpf").asText()).contains("client-ip=" + GOOD_IP);
    }

    @Test
    void spfPassIsReportedAndDmarcIsNoneWithoutAMessage() throws Exception {
        Run r = run(withDns("--ip", GOOD_IP, "--helo", "mx.news.test", "--mail-from", "a@news.test", "--json"));
        assertThat(r.status()).as(r.err()).isZero();
        JsonNode j = r.json();
        assertThat(j.at("/spf/mailfrom/result").asText()).isEqualTo("pass");
        assertThat(j.at("/dmarc/result").asText()).isEqualTo("none");
        assertThat(j.at("/dmarc/reason").asText()).isEqualTo("no message given (--eml)");
        assertThat(j.get("authenticationResults").asText()).contains("dmarc=none");

        Run human = run(withDns("--ip", BAD_IP, "--helo", "mx.news.test", "--mail-from", "a@news.test"));
        assertThat(human.status()).isZero();
        assertThat(human.out()).contains("SPF mailfrom: fail").contains("DMARC:       none")
            .contains("no message given (--eml)").doesNotContain("permerror");
    }

    @Test
    void dkimSignedMessageGivesDkimPassAndDmarcFromTheFromHeader() throws Exception {
        byte[] message = ("From: News <news@news.test>\r\nTo: bob@receiver.test\r\nSubject: letter\r\n"
            + "Date: Mon, 2 Nov 2026 10:00:00 +0000\r\nMessage-ID: <1@news.test>\r\n\r\nHello\r\n")
            .getBytes(StandardCharsets.US_ASCII);
        byte[] signed = DkimSigner.builder(DkimAlgorithm.ED25519_SHA256, "news.test", "s1", key.getPrivate()).build()
            .sign(message);
        Path eml = Files.write(tmp.resolve("m.eml"), signed);
        // Sent through an ESP: envelope at esp.test (SPF pass, not aligned), From at news.test.
        Run r = run(withDns("--ip", BAD_IP, "--helo", "out.esp.test", "--mail-from", "bounce@esp.test",
            "--eml", eml.toString(), "--json"));
        assertThat(r.status()).as(r.err()).isZero();
        JsonNode j = r.json();
        assertThat(j.at("/spf/mailfrom/result").asText()).isEqualTo("pass");
        assertThat(j.get("dkim")).hasSize(1);
        assertThat(j.at("/dkim/0/result").asText()).isEqualTo("pass");
        assertThat(j.at("/dkim/0/domain").asText()).isEqualTo("news.test");
        assertThat(j.at("/dmarc/result").asText()).isEqualTo("pass");
        assertThat(j.at("/dmarc/fromDomain").asText()).isEqualTo("news.test");
        assertThat(j.at("/dmarc/policy").asText()).isEqualTo("reject");
        assertThat(j.at("/dmarc/dkimAligned").asBoolean()).isTrue();
        assertThat(j.at("/dmarc/spfAligned").asBoolean()).isFalse();

        // the same message altered in transit: DKIM fail, DMARC fail under p=reject
        String tampered = new String(signed, StandardCharsets.US_ASCII).replace("Hello", "Pay us");
        Files.writeString(eml, tampered, StandardCharsets.US_ASCII);
        JsonNode t = run(withDns("--ip", BAD_IP, "--helo", "out.esp.test", "--mail-from", "bounce@esp.test",
            "--eml", eml.toString(), "--json")).json();
        assertThat(t.at("/dkim/0/result").asText()).isEqualTo("fail");
        assertThat(t.at("/dmarc/result").asText()).isEqualTo("fail");
    }

    @Test
    void messageWithoutFromIsStillPermerror() throws Exception {
        Path eml = Files.writeString(tmp.resolve("nofrom.eml"), "Subject: x\r\n\r\nbody\r\n");
        JsonNode j = run(withDns("--ip", GOOD_IP, "--mail-from", "a@news.test", "--eml", eml.toString(), "--json")).json();
        assertThat(j.at("/dmarc/result").asText()).isEqualTo("permerror");
    }

    @Test
    void usageErrorsExitNonZeroNamingTheOption() {
        Run missingIp = run("--helo", "mx.news.test");
        assertThat(missingIp.status()).isEqualTo(2);
        assertThat(missingIp.err()).contains("--ip").contains("usage:");
        assertThat(missingIp.out()).isEmpty();

        Run badIp = run("--ip", "mx.news.test");
        assertThat(badIp.status()).isEqualTo(2);
        assertThat(badIp.err()).contains("--ip").contains("address literal").contains("IPv6-adresse");

        Run unknown = run("--ip", GOOD_IP, "--frobnicate");
        assertThat(unknown.status()).isEqualTo(2);
        assertThat(unknown.err()).contains("unknown option --frobnicate").contains("ukendt tilvalg --frobnicate");

        Run noValue = run("--ip", GOOD_IP, "--helo");
        assertThat(noValue.status()).isEqualTo(2);
        assertThat(noValue.err()).contains("--helo");

        Run badEml = run("--ip", GOOD_IP, "--eml", tmp.resolve("missing.eml").toString());
        assertThat(badEml.status()).isEqualTo(2);
        assertThat(badEml.err()).contains("--eml");

        Run badDiscovery = run("--ip", GOOD_IP, "--dmarc-discovery", "guess");
        assertThat(badDiscovery.status()).isEqualTo(2);
        assertThat(badDiscovery.err()).contains("--dmarc-discovery");

        Run badTimeout = run("--ip", GOOD_IP, "--timeout", "soon");
        assertThat(badTimeout.status()).isEqualTo(2);
        assertThat(badTimeout.err()).contains("--timeout");

        Run badDns = run("--ip", GOOD_IP, "--dns", "127.0.0.1:99999");
        assertThat(badDns.status()).isEqualTo(2);
        assertThat(badDns.err()).contains("--dns");
    }

    @Test
    void helpExitsZero() {
        Run help = run("--help");
        assertThat(help.status()).isZero();
        assertThat(help.out()).contains("--ip");
    }

    @Test
    void quoteEscapesEverythingJsonRequires() throws Exception {
        String nasty = "a\"b\\c\nd\re\tf\u0001g\u00e9";
        assertThat(JSON.readTree(CheckSender.quote(nasty)).asText()).isEqualTo(nasty);
    }
}
