package org.spoofguard.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import javax.mail.internet.MimeUtility;

import org.apache.james.utils.TestIMAPClient;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.spoofguard.core.dkim.DkimAlgorithm;
import org.spoofguard.core.dkim.DkimSigner;
import org.spoofguard.it.support.DeliveredHeaders;
import org.spoofguard.it.support.JamesHarness;
import org.spoofguard.it.support.SmtpSender;
import org.spoofguard.testing.dns.LoopbackDnsServer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Issue 11 end to end, in the {@code standard} profile with no {@code invoice.*} setting at all (the defaults a
 * municipality starts with): a genuine supplier invoice (SPF, an Ed25519 DKIM signature verified over the loopback
 * DNS, DMARC p=reject: all computed by our SMTP hooks, nothing assumed) reaches the inbox untouched and teaches the
 * bank-details memory; the same supplier's next invoice, asking for payment into an account never seen, is
 * quarantined with both accounts masked in the reason and the postmaster's notice; and a look-alike of the domain
 * James serves (from James's domain list, not from any setting) is quarantined.
 *
 * <p>A class of its own (not InvoiceQuarantineIT) because it needs a server in the {@code standard} profile with an
 * empty {@code invoice.} section, where the corpus run configures {@code electronic-invoices-only}.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class InvoiceBankDetailsIT {
    static final String DOMAIN = "aarhus.dk";
    static final String PASSWORD = "secret";
    static final String QUARANTINE = "file://var/mail/quarantine/";
    static final String SUPPLIER_IP = "127.0.0.61";
    static final String FORGER_IP = "127.0.0.62";
    static final String OLD_IBAN = "DK50 0040 0440 1162 43";
    static final String NEW_IBAN = "DK95 2000 0123 4567 89";
    static final ObjectMapper JSON = new ObjectMapper();

    static LoopbackDnsServer dns;
    static JamesHarness james;
    static KeyPair key;

    @BeforeAll
    static void start() throws Exception {
        key = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        dns = LoopbackDnsServer.start();
        // danfoss.dk: SPF for the supplier's client, its DKIM key, DMARC p=reject. aarhus-kommune.dk: nothing.
        dns.addZone("dk.", "$TTL 300\n"
            + "danfoss.dk. 300 IN TXT \"v=spf1 ip4:" + SUPPLIER_IP + " -all\"\n"
            + "s1._domainkey.danfoss.dk. 300 IN TXT " + LoopbackDnsServer.txt(DkimSigner.keyRecord(key.getPublic()))
            + "\n_dmarc.danfoss.dk. 300 IN TXT \"v=DMARC1; p=reject\"\n");
        for (String tld : List.of("com", "net", "org")) {
            dns.addZone(tld + ".", "$TTL 300\n");
        }
        james = new JamesHarness().dns(dns)
            .patch("mailetcontainer.xml", xml -> xml.replace("<postmaster>postmaster</postmaster>",
                "<postmaster>postmaster@" + DOMAIN + "</postmaster>"))
            .start();
        james.addDomain(DOMAIN);
        for (String u : List.of("postmaster", "kreditor1", "kreditor2", "kreditor3")) {
            james.addUser(u + "@" + DOMAIN, PASSWORD);
        }
    }

    @AfterAll
    static void stop() throws Exception {
        if (james != null) {
            james.close();
        }
        if (dns != null) {
            dns.close();
        }
    }

    static byte[] pdf(List<String> lines) throws Exception {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.beginText();
                cs.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 11);
                cs.newLineAtOffset(50, 740);
                for (String l : lines) {
                    cs.showText(l);
                    cs.newLineAtOffset(0, -16);
                }
                cs.endText();
            }
            doc.save(out);
            return out.toByteArray();
        }
    }

    /** A supplier invoice with a real PDF, CRLF, DKIM-signed for danfoss.dk when {@code sign}. */
    static byte[] invoice(String from, String rcpt, String number, String iban, boolean sign) throws Exception {
        String b64 = java.util.Base64.getMimeEncoder(76, "\r\n".getBytes(StandardCharsets.US_ASCII))
            .encodeToString(pdf(List.of("Danfoss A/S - FAKTURA " + number, "Beloeb: 12.400,00 DKK",
                "Betales til IBAN " + iban, "Betalingsfrist: 14 dage netto")));
        String mail = "From: Danfoss Debitor <" + from + ">\r\n"
            + "To: <" + rcpt + ">\r\n"
            + "Subject: Faktura " + number + "\r\n"
            + "Date: Mon, 30 Nov 2026 10:00:00 +0100\r\n"
            + "Message-ID: <" + number + "@" + from.substring(from.indexOf('@') + 1) + ">\r\n"
            + "MIME-Version: 1.0\r\n"
            + "Content-Type: multipart/mixed; boundary=\"b1\"\r\n\r\n"
            + "--b1\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n"
            + "Hej,\r\n\r\nHermed faktura " + number + ". Beloebet bedes betalt til IBAN " + iban + ".\r\n\r\n"
            + "Med venlig hilsen\r\nDanfoss Debitor\r\n"
            + "--b1\r\nContent-Type: application/pdf; name=\"Faktura_" + number + ".pdf\"\r\n"
            + "Content-Disposition: attachment; filename=\"Faktura_" + number + ".pdf\"\r\n"
            + "Content-Transfer-Encoding: base64\r\n\r\n" + b64 + "\r\n--b1--\r\n";
        byte[] bytes = mail.getBytes(StandardCharsets.UTF_8);
        return sign ? DkimSigner.builder(DkimAlgorithm.ED25519_SHA256, "danfoss.dk", "s1", key.getPrivate()).build()
            .sign(bytes) : bytes;
    }

    static void send(String ip, String helo, String mailFrom, String rcpt, byte[] message) throws Exception {
        SmtpSender.from(ip, helo).sendAccepted(james.smtpPort(), mailFrom, rcpt, message);
    }

    static List<String> quarantineKeys() {
        return james.repositoryKeys(QUARANTINE);
    }

    /** Every reason line of every quarantined mail, as WebAdmin shows them, keyed by repository key. */
    static Map<String, String> quarantinedReasons() throws Exception {
        Map<String, String> out = new TreeMap<>();
        for (String k : quarantineKeys()) {
            String body = james.heldMailDetails(QUARANTINE, k, "attributes");
            out.put(k, InvoiceQuarantineIT.strings(JSON.readTree(body)).toString());
        }
        return out;
    }

    static long inbox(String user) throws Exception {
        try (TestIMAPClient imap = james.imap(user, PASSWORD)) {
            return imap.getMessageCount(TestIMAPClient.INBOX);
        }
    }

    /** The held invoice never reaches the clerk: what does is our own Danish/English hold notice, alone. */
    static void onlyTheHoldNoticeReached(String rcpt) throws Exception {
        try (TestIMAPClient imap = james.imap(rcpt, PASSWORD)) {
            imap.awaitMessageCount(await().atMost(Duration.ofSeconds(30)), 1);
        }
        String headers = DeliveredHeaders.unfold(james.firstMessageHeaders(rcpt, PASSWORD));
        assertThat(MimeUtility.decodeText(headers)).contains("Suspicious invoice held").doesNotContain("Subject: Faktura");
        assertThat(inbox(rcpt)).isEqualTo(1);
    }

    @Test
    @Order(1)
    void aGenuineDmarcPassingSupplierInvoiceWithAPdfReachesTheInboxUntouchedInStandard() throws Exception {
        String rcpt = "kreditor1@" + DOMAIN;
        send(SUPPLIER_IP, "mail.danfoss.dk", "faktura@danfoss.dk", rcpt,
            invoice("faktura@danfoss.dk", rcpt, "2026-118", OLD_IBAN, true));
        try (TestIMAPClient imap = james.imap(rcpt, PASSWORD)) {
            imap.awaitMessageCount(await().atMost(Duration.ofSeconds(30)), 1);
        }
        String headers = DeliveredHeaders.unfold(james.firstMessageHeaders(rcpt, PASSWORD));
        // our hooks computed the verdict over DNS: DMARC pass for danfoss.dk
        assertThat(headers).contains("dmarc=pass").contains("header.from=danfoss.dk")
            .contains("Subject: Faktura 2026-118\r\n")
            .doesNotContain("X-SpoofGuard-Verdict").doesNotContain("X-SpoofGuard-Error").doesNotContain("[Faktura");
        assertThat(quarantineKeys()).isEmpty();
        // and the memory learned the supplier's account (masked in the console's view)
        JsonNode memory = JSON.readTree(james.webadminOk("GET", "/spoofguard/bank-details", null).body());
        assertThat(memory.path("danfoss.dk").get(0).path("account").asText()).isEqualTo("DK50…6243");
        assertThat(memory.path("danfoss.dk").get(0).path("count").asLong()).isEqualTo(1);
    }

    @Test
    @Order(2)
    void theKnownSuppliersInvoiceAskingForANewAccountIsQuarantinedWithBothAccountsMasked() throws Exception {
        String rcpt = "kreditor2@" + DOMAIN;
        // authenticated like the genuine one (a compromised supplier mailbox): only the account differs
        send(SUPPLIER_IP, "mail.danfoss.dk", "faktura@danfoss.dk", rcpt,
            invoice("faktura@danfoss.dk", rcpt, "2026-131", NEW_IBAN, true));
        await().atMost(Duration.ofSeconds(30)).until(() -> quarantineKeys().size() == 1);
        String reasons = quarantinedReasons().values().iterator().next();
        assertThat(reasons).contains("bank-account-new(+50): DK50…6243 → DK95…6789")
            .doesNotContain("0123456789").doesNotContain("0440116243");
        onlyTheHoldNoticeReached(rcpt);
        try (TestIMAPClient imap = james.imap("postmaster@" + DOMAIN, PASSWORD)) {
            imap.awaitMessageCount(await().atMost(Duration.ofSeconds(30)), 1);
            String raw = imap.sendCommand("FETCH 1 (BODY.PEEK[TEXT])");
            String text = new String(MimeUtility.decode(new ByteArrayInputStream(raw.getBytes(StandardCharsets.ISO_8859_1)),
                "quoted-printable").readAllBytes(), StandardCharsets.UTF_8);
            assertThat(text).contains("NEW BANK ACCOUNT / NYT KONTONUMMER: DK50…6243 → DK95…6789");
        }
        // the console's "trust": the memory now holds both accounts
        assertThat(james.webadmin("PUT", "/spoofguard/bank-details/danfoss.dk/accounts/"
            + URLEncoder.encode(NEW_IBAN, StandardCharsets.UTF_8).replace("+", "%20"), "").statusCode()).isEqualTo(204);
        assertThat(james.webadmin("PUT", "/spoofguard/bank-details/danfoss.dk/accounts/12", "").statusCode())
            .isEqualTo(400);
        JsonNode memory = JSON.readTree(james.webadminOk("GET", "/spoofguard/bank-details", null).body());
        assertThat(memory.path("danfoss.dk").findValuesAsText("account")).containsExactlyInAnyOrder("DK50…6243",
            "DK95…6789");
        // and forget it again
        String path = "/spoofguard/bank-details/danfoss.dk/accounts/DK9520000123456789";
        assertThat(james.webadmin("DELETE", path, null).statusCode()).isEqualTo(204);
        assertThat(james.webadmin("DELETE", path, null).statusCode()).isEqualTo(404);
        memory = JSON.readTree(james.webadminOk("GET", "/spoofguard/bank-details", null).body());
        assertThat(memory.path("danfoss.dk").findValuesAsText("account")).containsExactly("DK50…6243");
        // a UK supplier's account by sort code, as typed, through the same path
        String uk = "/spoofguard/bank-details/supplier.example.co.uk/accounts/GB-SC:200000:12345678";
        assertThat(james.webadmin("PUT", uk, "").statusCode()).isEqualTo(204);
        memory = JSON.readTree(james.webadminOk("GET", "/spoofguard/bank-details", null).body());
        assertThat(memory.path("example.co.uk").findValuesAsText("account")).containsExactly("GB-SC:…5678");
        assertThat(james.webadmin("DELETE", uk, null).statusCode()).isEqualTo(204);
    }

    @Test
    @Order(3)
    void aLookAlikeOfTheDomainJamesServesIsQuarantinedWithoutAnyInvoiceSetting() throws Exception {
        String rcpt = "kreditor3@" + DOMAIN;
        send(FORGER_IP, "mail.aarhus-kommune.dk", "okonomi@aarhus-kommune.dk", rcpt,
            invoice("okonomi@aarhus-kommune.dk", rcpt, "77", NEW_IBAN, false));
        await().atMost(Duration.ofSeconds(30)).until(() -> quarantineKeys().size() == 2);
        assertThat(quarantinedReasons().values()).anyMatch(r -> r.contains("embedded-domain(+40): From domain "
            + "aarhus-kommune.dk imitates aarhus.dk"));
        onlyTheHoldNoticeReached(rcpt);
    }
}
