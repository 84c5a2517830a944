package org.spoofguard.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.james.utils.TestIMAPClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.spoofguard.core.dkim.Canonicalization;
import org.spoofguard.core.dkim.DkimAlgorithm;
import org.spoofguard.core.dkim.DkimResult;
import org.spoofguard.core.dkim.DkimResultCode;
import org.spoofguard.core.dkim.DkimSigner;
import org.spoofguard.core.dkim.DkimVerifier;
import org.spoofguard.core.dns.DnsAnswer;
import org.spoofguard.it.support.DeliveredHeaders;
import org.spoofguard.it.support.JamesHarness;
import org.spoofguard.it.support.SmtpSender;
import org.spoofguard.testing.dns.LoopbackDnsServer;
import org.spoofguard.testing.smtp.SmtpReply;
import org.spoofguard.testing.smtp.SmtpTestClient;

/**
 * Real-world mail through the real MX over loopback SMTP: legitimate mail of the kinds an outside judge sends (8-bit
 * bodies, long lines, dot-stuffing, folded headers, RFC 6532 UTF-8 headers, calendar invites, S/MIME and PGP/MIME,
 * message/rfc822, mailing-list and forwarding shapes, several DKIM signatures, ed25519, l=) must reach the INBOX
 * with every DKIM signature that passed on arrival still verifying over the stored copy (a MUA or a forward
 * verifies it again; an altered byte breaks S/MIME and PGP too) and the body byte for byte as sent. And the SMTP
 * smuggling shapes (RFC 5321 §2.3.8, §4.1.1.4: only CRLF.CRLF ends DATA) must not make a second mail.
 *
 * <p>Client 127.0.0.20 is the only address the sender's SPF permits; DMARC of sender.test is p=reject.
 */
class InteropIT {
    static final String DOMAIN = "receiver.test";
    static final String PASSWORD = "secret";
    static final String CLIENT = "127.0.0.20";
    static final String HELO = "mx.sender.test";
    static final AtomicInteger USERS = new AtomicInteger();

    static LoopbackDnsServer dns;
    static JamesHarness james;
    static KeyPair rsa;
    static KeyPair ed25519;
    static KeyPair listKey;
    static Map<String, String> keys;

    @BeforeAll
    static void start() throws Exception {
        KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
        g.initialize(2048);
        rsa = g.generateKeyPair();
        listKey = g.generateKeyPair();
        ed25519 = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        keys = Map.of(
            "r1._domainkey.sender.test", DkimSigner.keyRecord(rsa.getPublic()),
            "e1._domainkey.sender.test", DkimSigner.keyRecord(ed25519.getPublic()),
            "r1._domainkey.relay.test", DkimSigner.keyRecord(listKey.getPublic()),
            "l1._domainkey.lists.sender.test", DkimSigner.keyRecord(listKey.getPublic()));
        StringBuilder zone = new StringBuilder("""
            $ORIGIN test.
            $TTL 300
            sender          IN TXT "v=spf1 ip4:127.0.0.20 -all"
            sender          IN A   127.0.0.20
            mx.sender       IN A   127.0.0.20
            mx.sender       IN TXT "v=spf1 ip4:127.0.0.20 -all"
            _dmarc.sender   IN TXT "v=DMARC1; p=reject"
            lists.sender    IN TXT "v=spf1 ip4:127.0.0.20 -all"
            other           IN TXT "v=spf1 ip4:192.0.2.1 -all"
            _dmarc.other    IN TXT "v=DMARC1; p=reject"
            relay           IN TXT "v=spf1 -all"
            """);
        keys.forEach((name, txt) -> zone.append(name.replace(".test", "")).append(" IN TXT ")
            .append(LoopbackDnsServer.txt(txt)).append('\n'));
        dns = LoopbackDnsServer.withZones(zone.toString());
        james = new JamesHarness().dns(dns).property("authservId", "mx.receiver.test").start();
        james.addDomain(DOMAIN);
    }

    @AfterAll
    static void stop() throws Exception {
        JamesHarness.closeAll(james, dns);
    }

    // ------------------------------------------------------------------ helpers

    static String newUser() {
        String user = "i" + USERS.incrementAndGet() + "@" + DOMAIN;
        james.addUser(user, PASSWORD);
        return user;
    }

    static DkimSigner.Builder rsaSigner(String domain, String selector, KeyPair key) {
        return DkimSigner.builder(DkimAlgorithm.RSA_SHA256, domain, selector, key.getPrivate());
    }

    static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    static String head(String from, String to, String subject, String extra) {
        return "From: " + from + "\r\nTo: " + to + "\r\nSubject: " + subject
            + "\r\nDate: Mon, 7 Dec 2026 10:00:00 +0000\r\nMessage-ID: <" + System.nanoTime() + "@sender.test>\r\n"
            + "MIME-Version: 1.0\r\n" + extra;
    }

    /** The first INBOX message as stored (BODY[]), the IMAP literal's octets, waiting for it to arrive. */
    static byte[] stored(String user) throws IOException {
        james.awaitDeliveredHeaders(user, PASSWORD);
        try (TestIMAPClient imap = james.imap(user, PASSWORD)) {
            String reply = imap.readFirstMessage();
            Matcher m = Pattern.compile("BODY\\[\\] \\{(\\d+)\\}\r\n").matcher(reply);
            assertThat(m.find()).as(reply).isTrue();
            int n = Integer.parseInt(m.group(1));
            // commons-net's IMAP reads ISO-8859-1: one char per octet
            return reply.substring(m.end(), m.end() + n).getBytes(StandardCharsets.ISO_8859_1);
        }
    }

    static List<DkimResult> verify(byte[] message) {
        return new DkimVerifier((name, type) -> keys.containsKey(name)
            ? DnsAnswer.ok(List.of(keys.get(name))) : DnsAnswer.ok(List.of())).verify(message);
    }

    static String body(byte[] message) {
        String s = new String(message, StandardCharsets.ISO_8859_1);
        int end = s.indexOf("\r\n\r\n");
        return end < 0 ? "" : s.substring(end + 4);
    }

    static String headerSection(byte[] message) {
        String s = new String(message, StandardCharsets.ISO_8859_1);
        int end = s.indexOf("\r\n\r\n");
        return end < 0 ? s : s.substring(0, end + 2);
    }

    // ------------------------------------------------------------------ the samples

    static final String LONG_998 = "x".repeat(998);
    static final String LONG_2000 = "y".repeat(2000);

    static Arguments sample(String name, byte[] signed) {
        return Arguments.of(name, signed);
    }

    static List<Arguments> samples() throws Exception {
        List<Arguments> out = new ArrayList<>();
        DkimSigner relaxed = rsaSigner("sender.test", "r1", rsa).build();
        DkimSigner simple = rsaSigner("sender.test", "r1", rsa)
            .canonicalization(Canonicalization.SIMPLE, Canonicalization.SIMPLE).build();
        DkimSigner ed = DkimSigner.builder(DkimAlgorithm.ED25519_SHA256, "sender.test", "e1", ed25519.getPrivate()).build();
        String from = "Alice <alice@sender.test>";

        out.add(sample("plain ASCII, relaxed", relaxed.sign(bytes(head(from, "x@receiver.test", "plain", "")
            + "\r\nHello.\r\n"))));
        out.add(sample("plain ASCII, simple/simple", simple.sign(bytes(head(from, "x@receiver.test", "simple", "")
            + "\r\nHello.\r\n"))));
        out.add(sample("ed25519-sha256 (RFC 8463)", ed.sign(bytes(head(from, "x@receiver.test", "ed", "")
            + "\r\nHello.\r\n"))));
        out.add(sample("ed25519 and rsa both", relaxed.sign(ed.sign(bytes(head(from, "x@receiver.test", "dual", "")
            + "\r\nHello.\r\n")))));
        out.add(sample("8bit UTF-8 body", simple.sign(bytes(head(from, "x@receiver.test", "8bit",
            "Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n")
            + "\r\nKære Åse, blåbærgrød for 100 € – ✓\r\n"))));
        out.add(sample("8bit ISO-8859-1 body", simple.sign((head(from, "x@receiver.test", "latin1",
            "Content-Type: text/plain; charset=iso-8859-1\r\nContent-Transfer-Encoding: 8bit\r\n")
            + "\r\nK\u00e6re \u00c5se, bl\u00e5b\u00e6rgr\u00f8d\r\n").getBytes(StandardCharsets.ISO_8859_1))));
        out.add(sample("998-octet line", simple.sign(bytes(head(from, "x@receiver.test", "998", "")
            + "\r\n" + LONG_998 + "\r\nend\r\n"))));
        out.add(sample("2000-octet line", simple.sign(bytes(head(from, "x@receiver.test", "2000", "")
            + "\r\n" + LONG_2000 + "\r\nend\r\n"))));
        out.add(sample("dot-stuffing", simple.sign(bytes(head(from, "x@receiver.test", "dots", "")
            + "\r\n.\r\n..\r\n.hidden\r\n. \r\nend\r\n"))));
        out.add(sample("folded headers, relaxed", relaxed.sign(bytes("From: Alice\r\n\t<alice@sender.test>\r\n"
            + "To: x@receiver.test\r\nSubject:   a   long\r\n    folded\t subject  \r\nDate: Mon, 7 Dec 2026 10:00:00 +0000\r\n"
            + "Message-ID: <fold@sender.test>\r\n\r\nbody  with   spaces \r\n\r\n\r\n"))));
        out.add(sample("folded headers, simple", simple.sign(bytes("From: Alice\r\n\t<alice@sender.test>\r\n"
            + "To: x@receiver.test\r\nSubject:   a   long\r\n    folded\t subject  \r\nDate: Mon, 7 Dec 2026 10:00:00 +0000\r\n"
            + "Message-ID: <folds@sender.test>\r\n\r\nbody  with   spaces \r\n"))));
        out.add(sample("l= body length, footer added after", appendToBody(
            rsaSigner("sender.test", "r1", rsa).bodyLength(true).build().sign(bytes(head(from, "x@receiver.test",
                "len", "") + "\r\nSigned part.\r\n")), "-- \r\nlist footer\r\n")));
        out.add(sample("PDF invoice from a DMARC-passing supplier (standard profile)", relaxed.sign(invoice())));
        String boundary = "b1_cal";
        out.add(sample("calendar invite", relaxed.sign(bytes(head(from, "x@receiver.test", "Invitation: =?UTF-8?Q?m=C3=B8de?=",
            "Content-Type: multipart/alternative; boundary=\"" + boundary + "\"\r\n")
            + "\r\n--" + boundary + "\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nMøde\r\n"
            + "--" + boundary + "\r\nContent-Type: text/calendar; charset=utf-8; method=REQUEST\r\n"
            + "Content-Transfer-Encoding: 7bit\r\n\r\nBEGIN:VCALENDAR\r\nMETHOD:REQUEST\r\nPRODID:-//x//y//EN\r\n"
            + "VERSION:2.0\r\nBEGIN:VEVENT\r\nUID:1@sender.test\r\nDTSTART:20261210T090000Z\r\nDTEND:20261210T100000Z\r\n"
            + "ORGANIZER;CN=Alice:mailto:alice@sender.test\r\nATTENDEE;RSVP=TRUE:mailto:x@receiver.test\r\n"
            + "SUMMARY:Møde\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n--" + boundary + "--\r\n"))));
        String sig = Base64.getMimeEncoder(76, new byte[] {'\r', '\n'}).encodeToString(new byte[700]);
        out.add(sample("S/MIME multipart/signed", simple.sign(bytes(head(from, "x@receiver.test", "smime",
            "Content-Type: multipart/signed; protocol=\"application/pkcs7-signature\"; micalg=sha-256; boundary=\"sm\"\r\n")
            + "\r\nThis is an S/MIME signed message\r\n\r\n--sm\r\nContent-Type: text/plain; charset=utf-8\r\n"
            + "Content-Transfer-Encoding: 8bit\r\n\r\nSigneret tekst æøå  \r\n\r\n--sm\r\n"
            + "Content-Type: application/pkcs7-signature; name=smime.p7s\r\nContent-Transfer-Encoding: base64\r\n"
            + "Content-Disposition: attachment; filename=smime.p7s\r\n\r\n" + sig + "\r\n--sm--\r\n"))));
        out.add(sample("S/MIME encrypted", simple.sign(bytes(head(from, "x@receiver.test", "smime-enc",
            "Content-Type: application/pkcs7-mime; smime-type=enveloped-data; name=smime.p7m\r\n"
                + "Content-Transfer-Encoding: base64\r\nContent-Disposition: attachment; filename=smime.p7m\r\n")
            + "\r\n" + sig + "\r\n"))));
        out.add(sample("PGP/MIME signed", simple.sign(bytes(head(from, "x@receiver.test", "pgp",
            "Content-Type: multipart/signed; micalg=pgp-sha256; protocol=\"application/pgp-signature\"; boundary=\"pg\"\r\n")
            + "\r\n--pg\r\nContent-Type: text/plain; charset=us-ascii\r\n\r\nsigned  text\r\n\r\n--pg\r\n"
            + "Content-Type: application/pgp-signature; name=\"signature.asc\"\r\n\r\n-----BEGIN PGP SIGNATURE-----\r\n\r\n"
            + sig.substring(0, 76) + "\r\n-----END PGP SIGNATURE-----\r\n\r\n--pg--\r\n"))));
        out.add(sample("message/rfc822 attachment", relaxed.sign(bytes(head(from, "x@receiver.test", "fwd",
            "Content-Type: multipart/mixed; boundary=\"mx\"\r\n") + "\r\n--mx\r\nContent-Type: text/plain\r\n\r\nSee below.\r\n"
            + "--mx\r\nContent-Type: message/rfc822\r\n\r\nFrom: Bob <bob@other.test>\r\nTo: alice@sender.test\r\n"
            + "Subject: inner\r\nDate: Sun, 6 Dec 2026 10:00:00 +0000\r\n\r\ninner body\r\n--mx--\r\n"))));
        // Mailman 3 DMARC mitigation: From rewritten to the list, Reply-To the author, the author's signature broken
        // by the list footer, the list's own signature and an ARC set.
        byte[] original = rsaSigner("other.test", "r1", listKey).build().sign(bytes(
            head("Bob <bob@other.test>", "list@lists.sender.test", "[list] hello", "") + "\r\nHello list.\r\n"));
        String listed = new String(original, StandardCharsets.UTF_8)
            .replace("From: Bob <bob@other.test>", "From: Bob via List <list@lists.sender.test>\r\nReply-To: bob@other.test\r\n"
                + "List-Id: <list.lists.sender.test>\r\nList-Post: <mailto:list@lists.sender.test>")
            + "-- \r\nlist footer\r\n";
        out.add(sample("Mailman 3 From rewrite", rsaSigner("lists.sender.test", "l1", listKey).build()
            .sign(bytes("ARC-Seal: i=1; a=rsa-sha256; cv=none; d=lists.sender.test; s=l1; t=1; b=AAAA\r\n"
                + "ARC-Message-Signature: i=1; a=rsa-sha256; c=relaxed/relaxed; d=lists.sender.test; s=l1; h=from; bh=AAAA; b=AAAA\r\n"
                + "ARC-Authentication-Results: i=1; lists.sender.test; dkim=pass header.d=other.test\r\n" + listed))));
        // Gmail-style: the author domain's signature and the sending platform's (d=1e100.net-like)
        out.add(sample("two DKIM signatures (author + platform)", relaxed.sign(rsaSigner("relay.test", "r1", listKey).build()
            .sign(bytes(head(from, "x@receiver.test", "gmail-like", "") + "\r\nHello.\r\n")))));
        return out;
    }

    /** The corpus' authenticated supplier invoice (legit/01), its From moved to sender.test, whose key we hold. */
    static byte[] invoice() throws IOException {
        String eml = java.nio.file.Files.readString(java.nio.file.Path.of(
            "../core/src/test/resources/invoice/corpus/legit/01-dk-authenticated-supplier-pdf.eml"), StandardCharsets.ISO_8859_1)
            .replace("\r\n", "\n").replace("\n", "\r\n")
            .replace("debitor@danfoss.dk", "debitor@sender.test").replace("kreditor@aarhus.dk", "x@receiver.test");
        return eml.getBytes(StandardCharsets.ISO_8859_1);
    }

    static byte[] appendToBody(byte[] message, String more) {
        byte[] tail = bytes(more);
        byte[] out = java.util.Arrays.copyOf(message, message.length + tail.length);
        System.arraycopy(tail, 0, out, message.length, tail.length);
        return out;
    }

    // ------------------------------------------------------------------ tests

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void legitimateMailIsStoredWithItsBodyAndDkimSignaturesIntact(String name, byte[] message) throws Exception {
        List<DkimResult> sent = verify(message);
        String user = newUser();
        SmtpSender.from(CLIENT, HELO).sendAccepted(james.smtpPort(), "bounces@sender.test", user, message);
        byte[] stored = stored(user);
        String headers = DeliveredHeaders.unfold(headerSection(stored));
        assertThat(headers).as("DMARC of the delivered copy").containsPattern("dmarc=pass");
        assertThat(headers).as(headers).doesNotContainIgnoringCase("X-SpoofGuard-Verdict");
        assertThat(body(stored)).as("body as sent").isEqualTo(body(message));
        List<DkimResult> after = verify(stored);
        for (int i = 0; i < sent.size(); i++) {
            DkimResult before = sent.get(i);
            if (before.isPass()) {
                assertThat(after).as("signature d=%s a=%s still verifies on the stored copy", before.domain(),
                    before.algorithm()).anySatisfy(r -> {
                        assertThat(r.domain()).isEqualTo(before.domain());
                        assertThat(r.algorithm()).isEqualTo(before.algorithm());
                        assertThat(r.result()).as(r.reason()).isEqualTo(DkimResultCode.PASS);
                    });
            }
        }
    }

    /** RFC 6152: 8BITMIME offered (8-bit bodies are above); BINARYMIME/CHUNKING not, as BDAT is not implemented. */
    @Test
    void ehloOffers8BitMimeAndNoBdat() throws Exception {
        try (SmtpTestClient c = SmtpTestClient.connect(james.smtpPort(), CLIENT)) {
            SmtpReply ehlo = c.ehlo(HELO);
            System.out.println("InteropIT EHLO: " + ehlo.lines());
            assertThat(ehlo.lines()).contains("8BITMIME");
            assertThat(ehlo.lines()).noneMatch(l -> l.startsWith("BINARYMIME") || l.startsWith("CHUNKING"));
            String user = newUser();
            byte[] message = bytes(head("Alice <alice@sender.test>", user, "8bitmime",
                "Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n") + "\r\nBlåbær\r\n");
            SmtpReply mail = c.command("MAIL FROM:<bounces@sender.test> SIZE=" + message.length + " BODY=8BITMIME");
            assertThat(mail.code()).as(mail.toString()).isEqualTo(250);
            assertThat(c.rcptTo(user).code()).isEqualTo(250);
            assertThat(c.command("DATA").code()).isEqualTo(354);
            assertThat(c.sendData(message).code()).isEqualTo(250);
            c.quit();
            assertThat(body(stored(user))).isEqualTo(new String(bytes("Blåbær\r\n"), StandardCharsets.ISO_8859_1));
        }
    }

    /** A Postfix DSN (null sender, multipart/report) and an Exchange-style auto-reply reach the INBOX unchanged. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("nullSenderMail")
    void nullSenderMailFromARealMtaArrives(String name, String message) throws Exception {
        String user = newUser();
        byte[] bytes = bytes(message.replace("@USER@", user));
        SmtpReply r = SmtpSender.from(CLIENT, HELO).send(james.smtpPort(), "", user, bytes);
        assertThat(r.code()).as(r.toString()).isEqualTo(250);
        byte[] stored = stored(user);
        assertThat(body(stored)).isEqualTo(body(bytes));
    }

    static List<Arguments> nullSenderMail() {
        String postfix = "Date: Mon,  7 Dec 2026 10:00:01 +0000 (UTC)\r\nFrom: MAILER-DAEMON@mx.sender.test (Mail Delivery System)\r\n"
            + "Subject: Undelivered Mail Returned to Sender\r\nTo: @USER@\r\nAuto-Submitted: auto-replied\r\nMIME-Version: 1.0\r\n"
            + "Content-Type: multipart/report; report-type=delivery-status;\r\n\tboundary=\"ABC.1/mx.sender.test\"\r\n"
            + "Content-Transfer-Encoding: 8bit\r\nMessage-Id: <20261207100001.ABC@mx.sender.test>\r\n\r\n"
            + "This is a MIME-encapsulated message.\r\n\r\n--ABC.1/mx.sender.test\r\nContent-Description: Notification\r\n"
            + "Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\nThis is the mail system at host mx.sender.test.\r\n"
            + "\r\nI'm sorry to have to inform you that your message could not\r\nbe delivered to one or more recipients.\r\n\r\n"
            + "<nobody@sender.test>: host mx.sender.test said: 550 5.1.1 unknown user\r\n\r\n--ABC.1/mx.sender.test\r\n"
            + "Content-Description: Delivery report\r\nContent-Type: message/delivery-status\r\n\r\nReporting-MTA: dns; mx.sender.test\r\n"
            + "X-Postfix-Queue-ID: ABC\r\nArrival-Date: Mon,  7 Dec 2026 10:00:00 +0000 (UTC)\r\n\r\nFinal-Recipient: rfc822; nobody@sender.test\r\n"
            + "Action: failed\r\nStatus: 5.1.1\r\nDiagnostic-Code: smtp; 550 5.1.1 unknown user\r\n\r\n--ABC.1/mx.sender.test\r\n"
            + "Content-Description: Undelivered Message Headers\r\nContent-Type: text/rfc822-headers\r\n\r\n"
            + "From: @USER@\r\nTo: nobody@sender.test\r\nSubject: hi\r\n\r\n--ABC.1/mx.sender.test--\r\n";
        String ooo = "From: Alice <alice@sender.test>\r\nTo: @USER@\r\nSubject: Automatic reply: hi\r\n"
            + "Date: Mon, 7 Dec 2026 10:00:00 +0000\r\nMessage-ID: <ooo.1@sender.test>\r\nAuto-Submitted: auto-replied\r\n"
            + "X-MS-Exchange-Inbox-Rules-Loop: alice@sender.test\r\nX-Auto-Response-Suppress: All\r\nMIME-Version: 1.0\r\n"
            + "Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\nJeg er på ferie.\r\n";
        return List.of(Arguments.of("Postfix DSN", postfix), Arguments.of("Exchange auto-reply", ooo));
    }

    /**
     * SMTP smuggling (CVE-2023-51747, RFC 5321 §2.3.8 and §4.1.1.4): a bare-LF or bare-CR "end of data" inside the
     * message must not end DATA. The outer mail is a proven sender.test mail; the smuggled one claims the CEO of
     * sender.test from the same connection and would pass SPF. Either the whole thing is one mail (or refused), or
     * the smuggled mail is refused; it must never be stored as a mail of its own.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("smugglingEnds")
    void aSmuggledEndOfDataMakesNoSecondMail(String name, String fakeEnd) throws Exception {
        String user = newUser();
        String outer = head("Alice <alice@sender.test>", user, "outer " + name, "") + "\r\nouter body\r\n";
        String smuggled = fakeEnd + "MAIL FROM:<ceo@sender.test>\r\nRCPT TO:<" + user + ">\r\nDATA\r\n"
            + head("CEO <ceo@sender.test>", user, "SMUGGLED", "") + "\r\npay now\r\n";
        List<String> replies = new ArrayList<>();
        try (Socket s = new Socket()) {
            s.bind(new InetSocketAddress(InetAddress.getByName(CLIENT), 0));
            s.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), james.smtpPort()), 10_000);
            s.setSoTimeout(20_000);
            BufferedReader in = new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.ISO_8859_1));
            OutputStream out = s.getOutputStream();
            replies.add(reply(in));
            out.write(bytes("EHLO " + HELO + "\r\n"));
            replies.add(reply(in));
            out.write(bytes("MAIL FROM:<bounces@sender.test>\r\n"));
            replies.add(reply(in));
            out.write(bytes("RCPT TO:<" + user + ">\r\n"));
            replies.add(reply(in));
            out.write(bytes("DATA\r\n"));
            replies.add(reply(in));
            out.write(bytes(outer + smuggled + "\r\n.\r\n"));
            out.flush();
            try {
                for (int i = 0; i < 5; i++) {
                    String r = reply(in);
                    if (r == null) {
                        break;
                    }
                    replies.add(r);
                }
            } catch (java.net.SocketTimeoutException done) {
                // no more replies
            }
        }
        Thread.sleep(3_000);
        String headers = james.awaitFirstMessageHeaders(user, PASSWORD, Duration.ofSeconds(10));
        try (TestIMAPClient imap = james.imap(user, PASSWORD)) {
            String all = imap.sendCommand("FETCH 1:* (BODY.PEEK[HEADER.FIELDS (SUBJECT)])");
            assertThat(all).as("replies %s", replies).doesNotContainPattern("(?m)^Subject: SMUGGLED");
        }
        assertThat(headers).isNotNull();
    }

    static List<Arguments> smugglingEnds() {
        return List.of(
            Arguments.of("LF.LF", "\n.\n"),
            Arguments.of("CRLF.LF", "\r\n.\n"),
            Arguments.of("LF.CRLF", "\n.\r\n"),
            Arguments.of("CR.CR", "\r.\r"),
            Arguments.of("CRLF.CR", "\r\n.\r"));
    }

    /** Raw bytes to a fresh session from CLIENT, all written at once; the replies read within 20 s. */
    static List<String> rawSession(byte[] written, int expectedReplies) throws IOException {
        List<String> replies = new ArrayList<>();
        try (Socket s = new Socket()) {
            s.bind(new InetSocketAddress(InetAddress.getByName(CLIENT), 0));
            s.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), james.smtpPort()), 10_000);
            s.setSoTimeout(20_000);
            BufferedReader in = new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.ISO_8859_1));
            replies.add(reply(in));
            s.getOutputStream().write(bytes("EHLO " + HELO + "\r\n"));
            replies.add(reply(in));
            s.getOutputStream().write(written);
            s.getOutputStream().flush();
            try {
                while (replies.size() < expectedReplies + 2) {
                    String r = reply(in);
                    if (r == null) {
                        replies.add("<closed>");
                        break;
                    }
                    replies.add(r);
                }
            } catch (IOException e) {
                replies.add("<" + e + ">");
            }
        }
        return replies;
    }

    /**
     * Postfix and Exchange pipeline (RFC 2920) MAIL, every RCPT and DATA in one write, then the message and QUIT in
     * another: every reply in order, the mail in each accepted recipient's INBOX, the unknown one refused alone.
     */
    @Test
    void aPipelinedTransactionWithSeveralRecipientsIsAnsweredInOrder() throws Exception {
        String a = newUser();
        String b = newUser();
        byte[] message = bytes(head("Alice <alice@sender.test>", a, "pipelined", "") + "\r\nHello.\r\n.\r\nQUIT\r\n");
        String commands = "MAIL FROM:<bounces@sender.test> SIZE=" + message.length + " BODY=8BITMIME\r\nRCPT TO:<" + a
            + ">\r\nRCPT TO:<nobody@receiver.test>\r\nRCPT TO:<" + b + ">\r\nDATA\r\n";
        byte[] all = java.util.Arrays.copyOf(bytes(commands), commands.length() + message.length);
        System.arraycopy(message, 0, all, commands.length(), message.length);
        List<String> replies = rawSession(all, 7);
        assertThat(replies).as(replies.toString()).hasSizeGreaterThanOrEqualTo(9);
        assertThat(replies.subList(2, 9)).as(replies.toString()).satisfiesExactly(
            r -> assertThat(r).startsWith("250"), r -> assertThat(r).startsWith("250"), r -> assertThat(r).startsWith("550"),
            r -> assertThat(r).startsWith("250"), r -> assertThat(r).startsWith("354"), r -> assertThat(r).startsWith("250"),
            r -> assertThat(r).startsWith("221"));
        assertThat(body(stored(a))).isEqualTo("Hello.\r\n");
        assertThat(body(stored(b))).isEqualTo("Hello.\r\n");
    }

    /**
     * Lines far over RFC 5321's 1000 octets (base64 without line breaks from invoicing systems, one-line HTML). James
     * 3.8.1's line decoder takes 8192 octets: beyond that it answered "500 Line length exceeded" in the middle of DATA,
     * dropped the line from the message, and then answered the final dot with 250: the sender read the 500 as the
     * answer to its message (a bounce for a mail that was delivered, one line short, its DKIM body hash broken) and
     * every later reply was one off. Now: one answer to the message, a 5xx (nothing delivered) or 250 (intact).
     */
    @ParameterizedTest(name = "{0} octets")
    @org.junit.jupiter.params.provider.ValueSource(ints = {5_000, 20_000, 200_000})
    void aVeryLongLineGetsOneAnswerAndIsNeverCutOut(int length) throws Exception {
        String user = newUser();
        String message = head("Alice <alice@sender.test>", user, "long " + length, "Content-Type: text/html\r\n")
            + "\r\n<p>" + "z".repeat(length) + "</p>\r\n";
        List<String> replies = rawSession(bytes("MAIL FROM:<bounces@sender.test>\r\nRCPT TO:<" + user + ">\r\nDATA\r\n"
            + message + ".\r\nQUIT\r\n"), 5);
        assertThat(replies).as(replies.toString()).hasSizeGreaterThanOrEqualTo(7);
        assertThat(replies.get(6)).as("QUIT answered next: " + replies).startsWith("221");
        if (replies.get(5).startsWith("250")) {
            assertThat(body(stored(user))).isEqualTo("<p>" + "z".repeat(length) + "</p>\r\n");
        } else {
            assertThat(replies.get(5)).as(replies.toString()).startsWith("554 5.6.0").contains("8192");
            Thread.sleep(2_000);
            assertThat(james.firstMessageHeaders(user, PASSWORD)).as("nothing delivered").isEmpty();
        }
    }

    /**
     * The refusal is the transaction's alone: an overlong command line is still James's 500, and the next mail of the
     * same session (a sender's queue runner sends several) is accepted whole.
     */
    @Test
    void afterAnOverlongLineTheSessionGoesOn() throws Exception {
        String user = newUser();
        String first = head("Alice <alice@sender.test>", user, "too long", "") + "\r\n" + "z".repeat(20_000) + "\r\n";
        String second = head("Alice <alice@sender.test>", user, "fine", "") + "\r\nfine\r\n";
        String tx = "MAIL FROM:<bounces@sender.test>\r\nRCPT TO:<" + user + ">\r\nDATA\r\n";
        List<String> replies = rawSession(bytes("NOOP " + "n".repeat(10_000) + "\r\n" + tx + first + ".\r\n" + tx + second
            + ".\r\nQUIT\r\n"), 10);
        assertThat(replies.subList(2, replies.size())).as(replies.toString()).satisfiesExactly(
            r -> assertThat(r).startsWith("500"),
            r -> assertThat(r).startsWith("250"), r -> assertThat(r).startsWith("250"), r -> assertThat(r).startsWith("354"),
            r -> assertThat(r).startsWith("554 5.6.0"),
            r -> assertThat(r).startsWith("250"), r -> assertThat(r).startsWith("250"), r -> assertThat(r).startsWith("354"),
            r -> assertThat(r).startsWith("250"), r -> assertThat(r).startsWith("221"));
        assertThat(body(stored(user))).isEqualTo("fine\r\n");
    }

    /**
     * A legitimate mail with a bare LF line end (scripts, old gateways). James 3.8.1 refuses it against SMTP
     * smuggling; the refusal must be an answer (5xx), not a dropped connection the sender retries for days.
     */
    @Test
    void aBareLfInTheBodyIsAnsweredNotDropped() throws Exception {
        String user = newUser();
        String message = head("Alice <alice@sender.test>", user, "bare lf", "") + "\r\nline one\nline two\r\n";
        List<String> replies = rawSession(bytes("MAIL FROM:<bounces@sender.test>\r\nRCPT TO:<" + user + ">\r\nDATA\r\n"
            + message + ".\r\nQUIT\r\n"), 5);
        System.out.println("InteropIT bare LF: " + replies);
        assertThat(replies).as(replies.toString()).hasSizeGreaterThanOrEqualTo(6);
        assertThat(replies.get(5)).as(replies.toString()).matches("(?s)(250|5\\d\\d).*");
    }

    static String reply(BufferedReader in) throws IOException {
        StringBuilder b = new StringBuilder();
        while (true) {
            String line = in.readLine();
            if (line == null) {
                return b.length() == 0 ? null : b.toString();
            }
            b.append(line).append('\n');
            if (line.length() < 4 || line.charAt(3) != '-') {
                return b.toString();
            }
        }
    }
}
