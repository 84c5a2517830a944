package org.spoofguard.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.spoofguard.core.verdict.SenderVerdict;
import org.spoofguard.it.support.DeliveredHeaders;
import org.spoofguard.it.support.JamesHarness;
import org.spoofguard.it.support.SmtpSender;
import org.spoofguard.testing.dns.LoopbackDnsServer;
import org.spoofguard.testing.smtp.SmtpReply;

/**
 * From fields that DMARC judged otherwise than the user sees them (found by an adversarial review, each end to end
 * through the real server: the recipient's INBOX showed {@code From: CEO <ceo@dmarc.test>}, a p=reject domain, while
 * our Authentication-Results said pass or permerror, and {@code dmarcReject=true} let it through).
 *
 * <p>A From hidden behind a lone CR inside another field: SenderAuthenticator.FromScanner took a lone CR inside a
 * field value as content (AuthorDomain then as white space), so {@code Subject: hi<CR>From: ceo@victim} was one
 * Subject field for DMARC. JavaMail's LineInputStream, which James uses to parse the message and which writes the
 * stored copy, takes the lone CR as a line end: the stored mail (what IMAP serves, what the invoice check and every
 * later mailet read) has a separate {@code From: ceo@victim} field. Now the mail is refused at DATA
 * ({@code HeaderSectionHook}, 550 5.6.0), and our readers split lines as JavaMail does for mail that arrives by
 * another path. To show the second, the MX here runs without {@code HeaderSectionHook} (the first such handler in
 * smtpserver.xml); the submission server keeps it and runs as a second MX with {@code dmarcReject=true}.
 *
 * <p>A malformed From ({@code x@attacker <ceo@victim>}, an unterminated quoted display name, a trailing {@code ;}):
 * mime4j's lenient parser read no valid host, DMARC permerror, which nothing acts on, while JavaMail (James, every
 * mailet) and mail programs read {@code ceo@victim}.
 *
 * <p>More From fields than the scanner kept (8): eight From fields of the attacker's own aligned domain followed by
 * {@code From: ceo@victim} passed DMARC; docs/sender-authentication.md says every domain is evaluated and it passes
 * only when every one does.
 */
class FromFieldEvasionIT {
    static final String DOMAIN = "receiver.test";
    static final String AUTHSERV = "mx.receiver.test";
    static final String PASSWORD = "secret";
    static final String GOOD_IP = "127.0.0.20";
    static final SmtpSender SENDER = SmtpSender.from(GOOD_IP, "mx.pass.spf.test");

    static LoopbackDnsServer dns;
    static JamesHarness james;
    static final AtomicInteger USERS = new AtomicInteger();

    @BeforeAll
    static void start() throws Exception {
        dns = LoopbackDnsServer.withZones("""
            $ORIGIN test.
            $TTL 300
            pass.spf        IN TXT "v=spf1 ip4:127.0.0.20 -all"
            pass.spf        IN A   127.0.0.20
            _dmarc.pass.spf IN TXT "v=DMARC1; p=none"
            mx.pass.spf     IN TXT "v=spf1 ip4:127.0.0.20 -all"
            mx.pass.spf     IN A   127.0.0.20
            dmarc           IN TXT "v=spf1 ip4:192.0.2.10 -all"
            dmarc           IN A   192.0.2.10
            _dmarc.dmarc    IN TXT "v=DMARC1; p=reject"
            """);
        james = new JamesHarness().dns(dns)
            .property("authservId", AUTHSERV)
            // the submission server as a second MX with dmarcReject=true: shows the bypass of the reject option
            .patch("smtpserver.xml", xml -> xml
                .replaceFirst(Pattern.quote("<handler class=\"org.spoofguard.smtp.HeaderSectionHook\"/>"), "")
                .replace("<handler class=\"org.spoofguard.smtp.auth.SubmissionAuthHook\"/>", "")
                .replace("<handler class=\"org.spoofguard.smtp.auth.SenderVerdictHook\"/>",
                    "<handler class=\"org.spoofguard.smtp.auth.SenderVerdictHook\"><dmarcReject>true</dmarcReject></handler>"))
            .start();
        james.addDomain(DOMAIN);
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

    static String newUser() {
        String user = "h" + USERS.incrementAndGet() + "@" + DOMAIN;
        james.addUser(user, PASSWORD);
        return user;
    }

    static SmtpReply send(int port, String rcpt, String message) throws Exception {
        return SENDER.send(port, "bounce@pass.spf.test", rcpt, message.getBytes(StandardCharsets.ISO_8859_1));
    }

    static String headers(String user) {
        return james.awaitDeliveredHeaders(user, PASSWORD);
    }

    static SenderVerdict ourVerdict(String headers) {
        return DeliveredHeaders.ourVerdict(headers, AUTHSERV);
    }

    static String spoof(String to, String hiddenBehind) {
        return hiddenBehind + "\rFrom: CEO <ceo@dmarc.test>\r\n"
            + "To: " + to + "\r\n"
            + "Date: Mon, 2 Nov 2026 10:00:00 +0000\r\n"
            + "Message-ID: <hidden." + System.nanoTime() + "@sender.test>\r\n"
            + "\r\nHello,\r\nplease pay the invoice today.\r\n";
    }

    static String message(String to, String from) {
        return "From: " + from + "\r\n"
            + "To: " + to + "\r\n"
            + "Subject: urgent transfer\r\n"
            + "Date: Mon, 2 Nov 2026 10:00:00 +0000\r\n"
            + "Message-ID: <malformed." + System.nanoTime() + "@sender.test>\r\n"
            + "\r\nHello,\r\nplease pay the invoice today.\r\n";
    }

    static String manyFroms(String to) {
        return "From: x@pass.spf.test\r\n".repeat(8) + message(to, "CEO <ceo@dmarc.test>");
    }

    /** Default conf (MX, record only): the user's mail says From ceo@dmarc.test (p=reject); DMARC must say fail. */
    @Test
    void fromHiddenBehindLoneCrIsDeliveredAsTheVictimButNotJudgedAsIt() throws Exception {
        String user = newUser();
        SmtpReply reply = send(james.smtpPort(), user, spoof(user, "Subject: urgent transfer"));
        assertThat(reply.code()).as(reply.toString()).isEqualTo(250);
        String headers = headers(user);
        assertThat(DeliveredHeaders.values(headers, "From")).as(headers).containsExactly("CEO <ceo@dmarc.test>");
        // byte-exact over IMAP: a clean field of its own, no lone CR left, as every mail program reads it
        String raw = james.firstMessageHeaders(user, PASSWORD);
        assertThat(raw).contains("\r\nFrom: CEO <ceo@dmarc.test>\r\n");
        assertThat(raw.replace("\r\n", "")).doesNotContain("\r");
        SenderVerdict v = ourVerdict(headers);
        assertThat(v.dmarc().result().keyword()).as("DMARC of the delivered From: ceo@dmarc.test (p=reject)\n" + headers)
            .isEqualTo("fail");
    }

    /**
     * Same, with a From of the attacker's own aligned domain that only DMARC sees (after a lone CR at the start of a
     * line, which ends the header section for JavaMail): DMARC passes as pass.spf.test, the user sees only the
     * victim's From.
     */
    @Test
    void fromHiddenBehindLoneCrBesideAnAlignedFromPassesDmarc() throws Exception {
        String user = newUser();
        String message = spoof(user, "Subject: urgent transfer").replace("\r\n\r\nHello", "\r\n\rFrom: x@pass.spf.test\r\n\r\nHello");
        SmtpReply reply = send(james.smtpPort(), user, message);
        assertThat(reply.code()).as(reply.toString()).isEqualTo(250);
        String headers = headers(user);
        assertThat(DeliveredHeaders.values(headers, "From")).as(headers).containsExactly("CEO <ceo@dmarc.test>");
        SenderVerdict v = ourVerdict(headers);
        assertThat(v.dmarc().result().keyword()).as("DMARC with From: ceo@dmarc.test (p=reject) in the stored mail\n" + headers)
            .isEqualTo("fail");
    }

    /** dmarcReject=true: a From of a p=reject domain is refused with 550; hidden behind a lone CR it is accepted. */
    @Test
    void dmarcRejectIsBypassedByAFromHiddenBehindLoneCr() throws Exception {
        String user = newUser();
        SmtpReply plain = send(james.submissionPort(), user,
            spoof(user, "Subject: urgent transfer").replace("\rFrom:", "\r\nFrom:"));
        assertThat(plain.code()).as("control: the plain spoof is refused " + plain).isEqualTo(550);
        SmtpReply hidden = send(james.submissionPort(), user, spoof(user, "Subject: urgent transfer"));
        assertThat(hidden.code()).as("hidden From must be refused like the plain one: " + hidden).isEqualTo(550);
        assertThat(hidden.toString()).as("refused for the bare CR, before any check").contains("5.6.0");
    }

    /** The refusal is for the bare CR itself, whatever the From: also a line that is a lone CR, and a harmless From. */
    @Test
    void aBareCrInTheHeaderSectionIsRefusedAtData() throws Exception {
        String user = newUser();
        String loneCrLine = spoof(user, "Subject: urgent transfer").replace("\rFrom:", "\r\nFrom:")
            .replace("\r\n\r\nHello", "\r\n\rFrom: x@pass.spf.test\r\n\r\nHello");
        SmtpReply reply = send(james.submissionPort(), user, loneCrLine);
        assertThat(reply.code()).as(reply.toString()).isEqualTo(550);
        assertThat(reply.toString()).contains("5.6.0").contains("bare CR");
        String harmless = spoof(user, "Subject: urgent transfer").replace("CEO <ceo@dmarc.test>", "x@pass.spf.test");
        reply = send(james.submissionPort(), user, harmless);
        assertThat(reply.code()).as(reply.toString()).isEqualTo(550);
        assertThat(reply.toString()).contains("5.6.0");
        SmtpReply clean = send(james.submissionPort(), user, harmless.replace("\rFrom:", "\r\nFrom:"));
        assertThat(clean.code()).as("control: the same mail with CRLF " + clean).isEqualTo(250);
    }

    @ParameterizedTest(name = "From: {0}")
    @ValueSource(strings = {"x@pass.spf.test <ceo@dmarc.test>", "\"CEO <ceo@dmarc.test>", "ceo@dmarc.test;"})
    void fromOfAP_RejectDomainInAMalformedFieldIsJudgedFail(String from) throws Exception {
        String user = newUser();
        SmtpReply reply = send(james.smtpPort(), user, message(user, from));
        assertThat(reply.code()).as(reply.toString()).isEqualTo(250);
        String headers = headers(user);
        SenderVerdict v = ourVerdict(headers);
        assertThat(v.dmarc().result().keyword()).as("DMARC of From: " + from + " (the address JavaMail reads is "
                + java.util.Arrays.toString(javax.mail.internet.InternetAddress.parseHeader(from, false)) + ")\n" + headers)
            .isEqualTo("fail");
    }

    @ParameterizedTest(name = "From: {0}")
    @ValueSource(strings = {"x@pass.spf.test <ceo@dmarc.test>", "\"CEO <ceo@dmarc.test>", "ceo@dmarc.test;"})
    void dmarcRejectRefusesAMalformedFromOfAP_RejectDomain(String from) throws Exception {
        String user = newUser();
        SmtpReply plain = send(james.submissionPort(), user, message(user, "CEO <ceo@dmarc.test>"));
        assertThat(plain.code()).as("control: the plain spoof is refused " + plain).isEqualTo(550);
        SmtpReply reply = send(james.submissionPort(), user, message(user, from));
        assertThat(reply.code()).as("From: " + from + " -> " + reply).isEqualTo(550);
    }

    @Test
    void aNinthFromOfAP_RejectDomainIsEvaluated() throws Exception {
        String user = newUser();
        SmtpReply reply = send(james.smtpPort(), user, manyFroms(user));
        assertThat(reply.code()).as(reply.toString()).isEqualTo(250);
        String headers = headers(user);
        assertThat(DeliveredHeaders.values(headers, "From")).as(headers).contains("CEO <ceo@dmarc.test>");
        SenderVerdict v = ourVerdict(headers);
        assertThat(v.dmarc().result().keyword()).as("DMARC with a From: ceo@dmarc.test (p=reject) among 9 From fields\n"
            + headers).isEqualTo("fail");
    }

    @Test
    void dmarcRejectRefusesANinthFromOfAP_RejectDomain() throws Exception {
        String user = newUser();
        SmtpReply control = send(james.submissionPort(), user,
            "From: x@pass.spf.test\r\n".repeat(7) + message(user, "CEO <ceo@dmarc.test>"));
        assertThat(control.code()).as("control: 8 From fields, the 8th the victim's, is refused " + control).isEqualTo(550);
        SmtpReply reply = send(james.submissionPort(), user, manyFroms(user));
        assertThat(reply.code()).as("9 From fields, the 9th the victim's -> " + reply).isEqualTo(550);
    }
}
