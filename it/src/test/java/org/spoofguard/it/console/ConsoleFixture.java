package org.spoofguard.it.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.mail.internet.MimeUtility;

import org.apache.james.utils.TestIMAPClient;
import org.spoofguard.it.support.JamesHarness;
import org.spoofguard.testing.dns.LoopbackDnsServer;
import org.spoofguard.testing.smtp.SmtpReply;
import org.spoofguard.testing.smtp.SmtpTestClient;

/**
 * A real SpoofGuard server for the console tests: the invoice corpus' configuration, domain aarhus.dk with an
 * administrator (postmaster@aarhus.dk, the default console admin) and clerks, and DNS that makes
 * spoof/01 (a forged Danfoss invoice: SPF fail, DMARC fail with p=reject) a quarantined invoice.
 */
final class ConsoleFixture implements AutoCloseable {
    static final String DOMAIN = "aarhus.dk";
    static final String ADMIN = "postmaster@" + DOMAIN;
    static final String PASSWORD = "console-secret";
    static final String QUARANTINE = "file://var/mail/quarantine/";
    static final Path CORPUS = Path.of("../core/src/test/resources/invoice/corpus");
    static final String SPOOF = "spoof/01-dk-forged-danfoss-dmarc-fail.eml";

    final LoopbackDnsServer dns;
    final JamesHarness james;

    ConsoleFixture(String... extraProperties) throws Exception {
        dns = LoopbackDnsServer.start();
        dns.addZone("dk.", "$TTL 300\n"
            + "danfoss.dk. 300 IN TXT \"v=spf1 -all\"\n"
            + "_dmarc.danfoss.dk. 300 IN TXT \"v=DMARC1; p=reject\"\n");
        JamesHarness h = new JamesHarness().dns(dns).property("authservId", "mx." + DOMAIN)
            // The console's tests count what reaches an INBOX after a release; the recipients' hold notices have
            // their own test (QuarantineNoticesIT).
            .patch("mailetcontainer.xml", xml -> xml.replace("<notifyRecipients>true</notifyRecipients>",
                "<notifyRecipients>false</notifyRecipients>"))
            // A suppressed DSN needs a mail that LocalDelivery refuses after the 250: without the end-of-DATA quota
            // check, a full mailbox still is one (as in BounceGuardIT).
            .patch("smtpserver.xml", xml -> xml.replace("<maxUnknownPerSession>5</maxUnknownPerSession>",
                "<maxUnknownPerSession>5</maxUnknownPerSession>\n                <checkQuotaAtData>false</checkQuotaAtData>"));
        Properties p = new Properties();
        try (InputStream in = Files.newInputStream(CORPUS.resolve("corpus.properties"))) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        for (String k : p.stringPropertyNames()) {
            if (k.startsWith("config.")) {
                h.property("invoice." + k.substring("config.".length()), p.getProperty(k));
            }
        }
        for (int i = 0; i + 1 < extraProperties.length; i += 2) {
            h.property(extraProperties[i], extraProperties[i + 1]);
        }
        james = h.start();
        james.addDomain(DOMAIN);
        james.addUser(ADMIN, PASSWORD);
    }

    String consoleUrl() {
        return "http://127.0.0.1:" + james.consolePort();
    }

    void addUser(String address) {
        james.addUser(address, PASSWORD);
    }

    /**
     * Sends the forged Danfoss invoice to {@code rcpt} over SMTP from outside, optionally with another subject
     * and attachment file name (RFC 2047 / RFC 2231 encoded as a mail client would), and waits until it is
     * quarantined. Returns its repository key.
     */
    String quarantineSpoof(String rcpt, String subject, String filename) throws Exception {
        return quarantineSpoof(rcpt, subject, filename, null);
    }

    /** The same, with the text part replaced by {@code text} (8bit UTF-8) when not null. */
    String quarantineSpoof(String rcpt, String subject, String filename, String text) throws Exception {
        List<String> before = quarantineKeys();
        String mail = new String(Files.readAllBytes(CORPUS.resolve(SPOOF)), StandardCharsets.UTF_8)
            .replace("\r\n", "\n");
        if (text != null) {
            mail = mail.replaceFirst("(?s)Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: base64\n\n[A-Za-z0-9+/=\n]+?\n--",
                Matcher.quoteReplacement("Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n" + text + "\n--"));
        }
        if (subject != null) {
            // fold() breaks lines with CRLF and the whole mail gets CRLF below: without this, CR CR LF (a bare CR,
            // which SMTP now refuses, 550 5.6.0)
            mail = mail.replaceFirst("(?m)^Subject: .*$", Matcher.quoteReplacement("Subject: "
                + MimeUtility.fold(9, MimeUtility.encodeText(subject, "UTF-8", "B")).replace("\r\n", "\n")));
        }
        if (filename != null) {
            String encoded = MimeUtility.encodeText(filename, "UTF-8", "B");
            mail = mail.replace("name=\"Faktura_10234.pdf\"", "name=\"" + encoded + "\"");
        }
        byte[] bytes = mail.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8);
        try (SmtpTestClient client = SmtpTestClient.connect(james.smtpPort(), "127.0.0.77")) {
            assertThat(client.ehlo("mail.danfoss.dk").code()).isEqualTo(250);
            assertThat(client.mailFrom("faktura@danfoss.dk").code()).isEqualTo(250);
            assertThat(client.rcptTo(rcpt).code()).isEqualTo(250);
            assertThat(client.command("DATA").code()).isEqualTo(354);
            SmtpReply done = client.sendData(bytes);
            assertThat(done.code()).as(done.toString()).isEqualTo(250);
            client.quit();
        }
        await().atMost(Duration.ofSeconds(60)).until(() -> quarantineKeys().size() > before.size());
        List<String> after = quarantineKeys();
        after.removeAll(before);
        assertThat(after).hasSize(1);
        return after.get(0);
    }

    List<String> quarantineKeys() {
        List<String> keys = new ArrayList<>();
        Matcher m = Pattern.compile("\"([^\"]+)\"").matcher(james.repositoryMails(QUARANTINE));
        while (m.find()) {
            keys.add(m.group(1));
        }
        return keys;
    }

    long inboxCount(String user) throws Exception {
        try (TestIMAPClient imap = james.imap(user, PASSWORD)) {
            return imap.getMessageCount(TestIMAPClient.INBOX);
        }
    }

    @Override
    public void close() throws Exception {
        james.close();
        dns.close();
    }
}
