package org.spoofguard.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.james.utils.TestIMAPClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.spoofguard.core.dkim.DkimAlgorithm;
import org.spoofguard.core.dkim.DkimSigner;
import org.spoofguard.it.support.JamesHarness;
import org.spoofguard.testing.dns.LoopbackDnsServer;
import org.spoofguard.testing.smtp.SmtpReply;
import org.spoofguard.testing.smtp.SmtpSink;
import org.spoofguard.testing.smtp.SmtpTestClient;

/**
 * Issue 6 end to end: corpus mails (core/src/test/resources/invoice/corpus) over real SMTP from distinct
 * 127.0.0.x clients into the real server, whose DNS (SPF, DKIM keys, DMARC) is served so that each mail gets
 * the sender verdict its corpus.properties line assumes. Fakes must land in the quarantine (WebAdmin shows
 * their reasons), never in the inbox, with no DSN leaving (sink) and a postmaster notice without the
 * attachment; legitimate invoices reach the inbox (tagged where the profile says so); a released fake reaches
 * the inbox exactly once.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class InvoiceQuarantineIT {
    static final String DOMAIN = "aarhus.dk";
    static final String PASSWORD = "secret";
    static final String QUARANTINE = "file://var/mail/quarantine/";
    static final String PREFIX = "[Faktura udenfor NemHandel]";
    static final Path CORPUS = Path.of("../core/src/test/resources/invoice/corpus");

    /** A corpus mail, the client it comes from, its MAIL FROM, and the domains that DKIM-sign it. */
    record Case(String file, String ip, String mailFrom, List<String> dkim, String rcpt) {
        String helo() {
            return "mail." + mailFrom.substring(mailFrom.indexOf('@') + 1);
        }
    }

    // Fakes: forged known company, look-alike domain, display-name trick, PDF with changed bank details.
    static final List<Case> FAKES = List.of(
        new Case("spoof/01-dk-forged-danfoss-dmarc-fail.eml", "127.0.0.31", "faktura@danfoss.dk", List.of(), "f1@" + DOMAIN),
        new Case("spoof/03-dk-lookalike-danfos-authenticated.eml", "127.0.0.32", "bounce@danfos.dk", List.of("danfos.dk"), "f2@" + DOMAIN),
        new Case("spoof/06-dk-display-name-address-gmail.eml", "127.0.0.33", "atea.invoice@gmail.com", List.of("gmail.com"), "f3@" + DOMAIN),
        new Case("spoof/02-en-forged-supplier-softfail-bank-change.eml", "127.0.0.34", "accounts@netcompany.com", List.of(), "f4@" + DOMAIN));
    // Legitimate: authenticated supplier with PDF, OIOUBL XML, DKIM-aligned plain invoice, ordinary Danish mail.
    static final List<Case> LEGIT = List.of(
        new Case("legit/01-dk-authenticated-supplier-pdf.eml", "127.0.0.40", "bounce@danfoss.dk", List.of("danfoss.dk"), "l1@" + DOMAIN),
        new Case("legit/02-dk-oioubl-xml.eml", "127.0.0.42", "einvoice@kmd.dk", List.of("kmd.dk"), "l2@" + DOMAIN),
        new Case("legit/04-dk-plain-invoice-dkim-aligned.eml", "127.0.0.43", "bounces@sendgrid.net", List.of("vvs-hansen.dk", "sendgrid.net"), "l3@" + DOMAIN),
        new Case("legit/05-dk-colleague-mentions-faktura.eml", "127.0.0.45", "mette@aarhus.dk", List.of("aarhus.dk"), "l4@" + DOMAIN));

    static LoopbackDnsServer dns;
    static SmtpSink sink;
    static JamesHarness james;
    static KeyPair key;
    static final Map<String, String> quarantinedKeys = new LinkedHashMap<>();

    @BeforeAll
    static void start() throws Exception {
        key = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        String k = SenderAuthenticationIT.txt(DkimSigner.keyRecord(key.getPublic()));
        // The records corpus.properties assumes: permitted clients in SPF, DMARC where the corpus says so.
        dns = LoopbackDnsServer.withZones("""
            $ORIGIN dk.
            $TTL 300
            danfoss            IN TXT "v=spf1 ip4:127.0.0.40 -all"
            _dmarc.danfoss     IN TXT "v=DMARC1; p=reject"
            s1._domainkey.danfoss IN TXT @K@
            danfos             IN TXT "v=spf1 ip4:127.0.0.32 -all"
            s1._domainkey.danfos IN TXT @K@
            kmd                IN TXT "v=spf1 ip4:127.0.0.42 -all"
            s1._domainkey.kmd  IN TXT @K@
            vvs-hansen         IN A   192.0.2.20
            s1._domainkey.vvs-hansen IN TXT @K@
            aarhus             IN TXT "v=spf1 ip4:127.0.0.45 -all"
            _dmarc.aarhus      IN TXT "v=DMARC1; p=reject"
            s1._domainkey.aarhus IN TXT @K@
            """.replace("@K@", k), """
            $ORIGIN com.
            $TTL 300
            gmail              IN TXT "v=spf1 ip4:127.0.0.33 -all"
            _dmarc.gmail       IN TXT "v=DMARC1; p=none"
            s1._domainkey.gmail IN TXT @K@
            netcompany         IN TXT "v=spf1 ip4:127.0.0.41 ~all"
            """.replace("@K@", k), """
            $ORIGIN net.
            $TTL 300
            sendgrid           IN TXT "v=spf1 ip4:127.0.0.43 -all"
            s1._domainkey.sendgrid IN TXT @K@
            """.replace("@K@", k));
        sink = new SmtpSink();
        james = new JamesHarness().dns(dns).relayThrough(sink.port())
            .property("authservId", "mx.aarhus.dk")
            // the corpus' configuration (corpus.properties config.*)
            .property("invoice.profile", "electronic-invoices-only")
            .property("invoice.domains.own", DOMAIN)
            .property("invoice.domains.suppliers", "danfoss.dk kmd.dk atea.dk ramboll.dk netcompany.com")
            .property("invoice.names.protected", "Aarhus Kommune")
            .patch("mailetcontainer.xml", xml -> xml.replace("<postmaster>postmaster</postmaster>",
                "<postmaster>postmaster@" + DOMAIN + "</postmaster>"))
            .start();
        james.addDomain(DOMAIN);
        james.addUser("postmaster@" + DOMAIN, PASSWORD);
        for (Case c : FAKES) {
            james.addUser(c.rcpt(), PASSWORD);
        }
        for (Case c : LEGIT) {
            james.addUser(c.rcpt(), PASSWORD);
        }
    }

    @AfterAll
    static void stop() throws Exception {
        if (james != null) {
            james.close();
        }
        if (sink != null) {
            sink.close();
        }
        if (dns != null) {
            dns.close();
        }
    }

    static byte[] message(Case c) throws Exception {
        byte[] raw = Files.readAllBytes(CORPUS.resolve(c.file()));
        String crlf = new String(raw, StandardCharsets.ISO_8859_1).replace("\r\n", "\n").replace("\n", "\r\n");
        byte[] bytes = crlf.getBytes(StandardCharsets.ISO_8859_1);
        for (String d : c.dkim()) {
            bytes = DkimSigner.builder(DkimAlgorithm.ED25519_SHA256, d, "s1", key.getPrivate()).build().sign(bytes);
        }
        return bytes;
    }

    static void send(Case c) throws Exception {
        try (SmtpTestClient client = SmtpTestClient.connect(james.smtpPort(), c.ip())) {
            assertThat(client.ehlo(c.helo()).code()).isEqualTo(250);
            assertThat(client.mailFrom(c.mailFrom()).code()).isEqualTo(250);
            assertThat(client.rcptTo(c.rcpt()).code()).isEqualTo(250);
            assertThat(client.command("DATA").code()).isEqualTo(354);
            SmtpReply done = client.sendData(message(c));
            // Never a 5xx for a spoofed invoice at SMTP time: we quarantine, we do not reject or bounce.
            assertThat(done.code()).as(c.file() + ": " + done).isEqualTo(250);
            client.quit();
        }
    }

    static String encodedQuarantine() {
        return JamesHarness.encodeRepository(QUARANTINE);
    }

    static List<String> quarantineKeys() {
        List<String> keys = new ArrayList<>();
        Matcher m = Pattern.compile("\"([^\"]+)\"").matcher(james.repositoryMails(QUARANTINE));
        while (m.find()) {
            keys.add(m.group(1));
        }
        return keys;
    }

    static String details(String key) {
        return james.webadminOk("GET", "/mailRepositories/" + encodedQuarantine() + "/mails/"
            + java.net.URLEncoder.encode(key, StandardCharsets.UTF_8) + "?additionalFields=attributes,headers", null).body();
    }

    static long inboxCount(String user) throws Exception {
        try (TestIMAPClient imap = james.imap(user, PASSWORD)) {
            return imap.getMessageCount(TestIMAPClient.INBOX);
        }
    }

    @Test
    @Order(1)
    void fakesAreQuarantinedWithReasonsNeverDeliveredNeverBouncedAndThePostmasterIsTold() throws Exception {
        for (Case c : FAKES) {
            send(c);
        }
        await().atMost(Duration.ofSeconds(60)).until(() -> quarantineKeys().size() == FAKES.size());
        for (String key : quarantineKeys()) {
            String json = details(key);
            Case c = FAKES.stream().filter(f -> json.contains(f.rcpt())).findFirst()
                .orElseThrow(() -> new AssertionError("unexpected quarantined mail " + json));
            quarantinedKeys.put(c.rcpt(), key);
            // reasons an admin can read: the verdict attribute with reasons + evidence, and the header
            assertThat(json).contains("org.spoofguard.invoice.verdict").contains("quarantine score=")
                .contains("org.spoofguard.invoice.reasons").contains("X-SpoofGuard-Verdict");
        }
        assertThat(quarantinedKeys).hasSize(FAKES.size());
        assertThat(details(quarantinedKeys.get("f1@" + DOMAIN))).contains("dmarc-fail");
        assertThat(details(quarantinedKeys.get("f2@" + DOMAIN))).contains("lookalike-domain");
        assertThat(details(quarantinedKeys.get("f3@" + DOMAIN))).contains("display-name-address");
        assertThat(details(quarantinedKeys.get("f4@" + DOMAIN))).contains("bank-change");

        // the postmaster gets one notice per fake, with reasons and the release command, never the attachment
        try (TestIMAPClient imap = james.imap("postmaster@" + DOMAIN, PASSWORD)) {
            imap.awaitMessageCount(await().atMost(Duration.ofSeconds(30)), FAKES.size());
            // the notices are quoted-printable (UTF-8 reasons): undo soft line breaks and =3D to read them
            String all = imap.sendCommand("FETCH 1:* (BODY.PEEK[])").replaceAll("=\r?\n", "").replace("=3D", "=");
            for (Case c : FAKES) {
                String key = quarantinedKeys.get(c.rcpt());
                assertThat(all).contains("action=reprocess&processor=invoice-release")
                    .contains("/mailRepositories/var%2Fmail%2Fquarantine%2F/mails/"
                        + java.net.URLEncoder.encode(key, StandardCharsets.UTF_8).replace("+", "%20"))
                    .contains("Client IP:          " + c.ip())
                    .contains("Sender (MAIL FROM): " + c.mailFrom());
            }
            assertThat(all).contains("Reasons:").doesNotContain("application/pdf").doesNotContain("multipart/mixed")
                .doesNotContain("JVBERi"); // base64 of "%PDF"
        }
        // not in the inbox
        for (Case c : FAKES) {
            assertThat(inboxCount(c.rcpt())).as(c.file()).isZero();
        }
    }

    @Test
    @Order(2)
    void legitimateInvoiceMailReachesTheInboxTaggedWhereTheProfileSaysSo() throws Exception {
        for (Case c : LEGIT) {
            send(c);
        }
        Map<String, String> headers = new LinkedHashMap<>();
        for (Case c : LEGIT) {
            try (TestIMAPClient imap = james.imap(c.rcpt(), PASSWORD)) {
                imap.awaitMessageCount(await().atMost(Duration.ofSeconds(60)), 1);
                headers.put(c.rcpt(), imap.readFirstMessageHeaders().replaceAll("\r?\n[ \t]+", " "));
            }
        }
        assertThat(quarantineKeys()).hasSize(FAKES.size());
        // electronic-invoices-only: a mailed PDF invoice from an authenticated supplier is out of channel: tagged
        assertThat(headers.get("l1@" + DOMAIN)).contains("X-SpoofGuard-Verdict: tag ").contains("out-of-channel-invoice")
            .contains("Subject: " + PREFIX + " Faktura 10233 fra Danfoss");
        // OIOUBL e-invoice, plain DKIM-aligned invoice, ordinary mail: delivered untouched
        for (String rcpt : List.of("l2@", "l3@", "l4@")) {
            assertThat(headers.get(rcpt + DOMAIN)).as(rcpt).doesNotContain("X-SpoofGuard-Verdict")
                .doesNotContain(PREFIX).doesNotContain("X-SpoofGuard-Error");
        }
    }

    @Test
    @Order(3)
    void aReleasedFakeReachesTheInboxExactlyOnceWithoutBeingCheckedAgain() throws Exception {
        String rcpt = "f1@" + DOMAIN;
        String key = quarantinedKeys.get(rcpt);
        assertThat(key).isNotNull();
        james.webadminOk("PATCH", "/mailRepositories/" + encodedQuarantine() + "/mails/"
            + java.net.URLEncoder.encode(key, StandardCharsets.UTF_8) + "?action=reprocess&processor=invoice-release", null);
        try (TestIMAPClient imap = james.imap(rcpt, PASSWORD)) {
            imap.awaitMessageCount(await().atMost(Duration.ofSeconds(30)), 1);
            String headers = imap.readFirstMessageHeaders().replaceAll("\r?\n[ \t]+", " ");
            assertThat(headers).contains("X-SpoofGuard-Released: released from quarantine")
                .contains("X-SpoofGuard-Verdict: quarantine ");
        }
        Thread.sleep(3000);
        assertThat(inboxCount(rcpt)).isEqualTo(1);
        assertThat(quarantineKeys()).hasSize(FAKES.size() - 1).doesNotContain(key);
        // one notice per quarantined fake, none for the release
        try (TestIMAPClient imap = james.imap("postmaster@" + DOMAIN, PASSWORD)) {
            assertThat(imap.getMessageCount(TestIMAPClient.INBOX)).isEqualTo(FAKES.size());
        }
        String metrics = james.webadminOk("GET", "/metrics", null).body();
        assertThat(metrics).containsPattern("spoofguard_invoice_quarantined(_total)?(\\{[^}]*\\})? 4(\\.0)?\\b")
            .containsPattern("spoofguard_invoice_released(_total)?(\\{[^}]*\\})? 1(\\.0)?\\b");
    }

    @Test
    @Order(4)
    void noDeliveryStatusNotificationEverLeaves() throws Exception {
        Thread.sleep(2000);
        assertThat(sink.received()).as("mail that left through RemoteDelivery").isEmpty();
    }
}
