package org.spoofguard.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Properties;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.spoofguard.it.support.ForkedServer;
import org.spoofguard.it.support.JamesHarness;
import org.spoofguard.it.support.TestDatabase;
import org.spoofguard.testing.dns.LoopbackDnsServer;
import org.spoofguard.testing.smtp.SmtpTestClient;

/**
 * A mail the shipped pipeline quarantined is acked by the spool: from then on the file repository holds its only
 * copy. Here a forged invoice (corpus spoof/01, SPF fail and DMARC p=reject) is quarantined by a forked server, which
 * is killed with SIGKILL as soon as WebAdmin lists the mail; the server started again on the same data lists the
 * same key, with its message, and no store left half done. (A kill -9 keeps what the
 * kernel has; what survives a power loss is DurableFileMailRepositoryTest's part: the forced files and directory.)
 */
class QuarantineKillRecoveryIT {
    private static final String QUARANTINE = "file://var/mail/quarantine/";
    private static final String DOMAIN = "aarhus.dk";
    private static final String RECIPIENT = "kreditor@" + DOMAIN;
    private static final Path CORPUS = Path.of("../core/src/test/resources/invoice/corpus");

    private Path root;
    private Path conf;
    private Path data;
    private LoopbackDnsServer dns;
    private TestDatabase database;
    private ForkedServer server;

    @BeforeEach
    void setUp() throws Exception {
        database = TestDatabase.forThisRun();
        root = Files.createTempDirectory("spoofguard-quarantine-kill");
        conf = root.resolve("conf");
        data = root.resolve("data");
        JamesHarness.copyTree(JamesHarness.REPOSITORY_CONF, conf);
        dns = LoopbackDnsServer.withZones("""
            $ORIGIN dk.
            $TTL 300
            danfoss         IN TXT "v=spf1 -all"
            danfoss         IN MX 10 mx.danfoss
            _dmarc.danfoss  IN TXT "v=DMARC1; p=reject"
            """, "$ORIGIN com.\n$TTL 300\n", "$ORIGIN example.\n$TTL 300\n");
        Path properties = conf.resolve("spoofguard.properties");
        String text = Files.readString(properties);
        text = JamesHarness.withProperty(text, "dns.servers", dns.hostAndPort());
        text = JamesHarness.withProperty(text, "dns.timeout", "1s");
        text = JamesHarness.withProperty(text, "dns.retries", "0");
        Properties corpus = new Properties();
        try (InputStream in = Files.newInputStream(CORPUS.resolve("corpus.properties"))) {
            corpus.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        for (String key : corpus.stringPropertyNames()) {
            if (key.startsWith("config.")) {
                text = JamesHarness.withProperty(text, "invoice." + key.substring("config.".length()),
                    corpus.getProperty(key));
            }
        }
        Files.writeString(properties, text);
    }

    @AfterEach
    void tearDown() throws Exception {
        if (server != null) {
            server.close();
        }
        dns.close();
        database.drop();
        // the server's logs are kept for a failed or slow run: target/quarantine-kill-logs/
        ForkedServer.keepLogsAndDelete(root, "quarantine-kill-logs");
    }

    @Test
    void aQuarantinedMailSurvivesKillMinus9() throws Exception {
        server = ForkedServer.start(conf, data, database.url(), root.resolve("server.log"));
        ok(server.webadmin("PUT", "/domains/" + DOMAIN, null).statusCode());
        ok(server.webadmin("PUT", "/users/" + RECIPIENT, "{\"password\":\"secret\"}").statusCode());

        sendForgedInvoice(server.smtpPort());
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(keys()).isNotEqualTo("[]"));
        String before = keys();
        server.kill();

        server = ForkedServer.start(conf, data, database.url(), root.resolve("server-restarted.log"));

        assertThat(keys()).isEqualTo(before);
        String key = before.replaceAll("[\\[\\]\"]", "").split(",")[0];
        String mail = server.webadmin("GET", "/mailRepositories/" + JamesHarness.encodeRepository(QUARANTINE)
            + "/mails/" + key + "?additionalFields=attributes,headers", null).body();
        assertThat(mail).contains("faktura@danfoss.dk").contains(RECIPIENT);
        try (Stream<Path> staged = Files.list(data.resolve("var/mail/quarantine").resolve("staging"))) {
            assertThat(staged).as("nothing left half stored").isEmpty();
        }
    }

    private String keys() {
        var response = server.webadmin("GET", "/mailRepositories/" + JamesHarness.encodeRepository(QUARANTINE)
            + "/mails", null);
        ok(response.statusCode());
        return response.body();
    }

    private static void sendForgedInvoice(int port) throws Exception {
        byte[] raw = Files.readAllBytes(CORPUS.resolve("spoof/01-dk-forged-danfoss-dmarc-fail.eml"));
        String crlf = new String(raw, StandardCharsets.ISO_8859_1).replace("\r\n", "\n").replace("\n", "\r\n");
        try (SmtpTestClient smtp = SmtpTestClient.connect(port, "127.0.0.70")) {
            smtp.ehlo("mail.danfoss.dk");
            assertThat(smtp.mailFrom("faktura@danfoss.dk").code()).isEqualTo(250);
            assertThat(smtp.rcptTo(RECIPIENT).code()).isEqualTo(250);
            assertThat(smtp.command("DATA").code()).isEqualTo(354);
            assertThat(smtp.sendData(crlf.getBytes(StandardCharsets.ISO_8859_1)).code()).isEqualTo(250);
            smtp.quit();
        }
    }

    private static void ok(int status) {
        assertThat(status / 100).as("WebAdmin status").isEqualTo(2);
    }
}
