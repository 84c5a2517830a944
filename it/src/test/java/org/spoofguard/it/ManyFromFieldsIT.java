package org.spoofguard.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.spoofguard.core.verdict.AuthenticationResultsHeader;
import org.spoofguard.core.verdict.SenderVerdict;
import org.spoofguard.it.support.JamesHarness;
import org.spoofguard.testing.dns.LoopbackDnsServer;
import org.spoofguard.testing.smtp.SmtpReply;
import org.spoofguard.testing.smtp.SmtpTestClient;

/**
 * More From fields (found by the adversarial review) than SenderAuthenticator.FromScanner keeps (MAX_FROM_FIELDS = 8).
 *
 * <p>docs/sender-authentication.md: with several From fields "each domain is evaluated and the strictest failing
 * policy applies; it passes only when every domain passes". The scanner silently drops the 9th and later From
 * fields, so eight From fields of the attacker's own (aligned) domain followed by {@code From: ceo@victim}
 * (p=reject) pass DMARC, and pass {@code dmarcReject=true}; the stored mail still carries the victim's From.
 */
class ManyFromFieldsIT {
    static final String DOMAIN = "receiver.test";
    static final String AUTHSERV = "mx.receiver.test";
    static final String PASSWORD = "secret";
    static final String GOOD_IP = "127.0.0.20";

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
        try (SmtpTestClient c = SmtpTestClient.connect(port, GOOD_IP)) {
            assertThat(c.ehlo("mx.pass.spf.test").code()).isEqualTo(250);
            assertThat(c.mailFrom("bounce@pass.spf.test").code()).isEqualTo(250);
            assertThat(c.rcptTo(rcpt).code()).isEqualTo(250);
            assertThat(c.command("DATA").code()).isEqualTo(354);
            SmtpReply done = c.sendData(message.getBytes(StandardCharsets.ISO_8859_1));
            c.quit();
            return done;
        }
    }

    static String headers(String user) {
        String h = james.awaitFirstMessageHeaders(user, PASSWORD, Duration.ofSeconds(30));
        assertThat(h).as("delivered to " + user).isNotEmpty();
        return h.replaceAll("\r?\n[ \t]+", " ");
    }

    static List<String> values(String headers, String name) {
        List<String> out = new ArrayList<>();
        Matcher m = Pattern.compile("(?im)^" + Pattern.quote(name) + ":[ \t]*(.*)$").matcher(headers);
        while (m.find()) {
            out.add(m.group(1).trim());
        }
        return out;
    }

    static SenderVerdict ourVerdict(String headers) {
        List<String> ours = values(headers, "Authentication-Results").stream()
            .filter(v -> AuthenticationResultsHeader.isOurs(v, AUTHSERV)).toList();
        assertThat(ours).as(headers).hasSize(1);
        return AuthenticationResultsHeader.parse(ours.get(0), AUTHSERV).orElseThrow();
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

    @org.junit.jupiter.api.Test
    void aNinthFromOfAP_RejectDomainIsEvaluated() throws Exception {
        String user = newUser();
        SmtpReply reply = send(james.smtpPort(), user, manyFroms(user));
        assertThat(reply.code()).as(reply.toString()).isEqualTo(250);
        String headers = headers(user);
        assertThat(values(headers, "From")).as(headers).contains("CEO <ceo@dmarc.test>");
        SenderVerdict v = ourVerdict(headers);
        assertThat(v.dmarc().result().keyword()).as("DMARC with a From: ceo@dmarc.test (p=reject) among 9 From fields\n"
            + headers).isEqualTo("fail");
    }

    @org.junit.jupiter.api.Test
    void dmarcRejectRefusesANinthFromOfAP_RejectDomain() throws Exception {
        String user = newUser();
        SmtpReply control = send(james.submissionPort(), user,
            "From: x@pass.spf.test\r\n".repeat(7) + message(user, "CEO <ceo@dmarc.test>"));
        assertThat(control.code()).as("control: 8 From fields, the 8th the victim's, is refused " + control).isEqualTo(550);
        SmtpReply reply = send(james.submissionPort(), user, manyFroms(user));
        assertThat(reply.code()).as("9 From fields, the 9th the victim's -> " + reply).isEqualTo(550);
    }
}
