package org.spoofguard.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.spoofguard.core.dkim.DkimAlgorithm;
import org.spoofguard.core.dkim.DkimSigner;
import org.spoofguard.core.verdict.AuthenticationResultsHeader;
import org.spoofguard.core.verdict.SenderVerdict;
import org.spoofguard.it.support.DeliveredHeaders;
import org.spoofguard.it.support.JamesHarness;
import org.spoofguard.it.support.SmtpSender;
import org.spoofguard.server.CheckSender;
import org.spoofguard.testing.dns.LoopbackDnsServer;
import org.spoofguard.testing.smtp.SmtpReply;

/**
 * Sender authentication over the real SMTP server and a loopback DNS server: SPF for MAIL FROM and HELO,
 * DKIM, DMARC, the headers written into the delivered mail (read back over IMAP), the matchers over the
 * verdict, the reject options (on the submission server, patched to spfPolicy=reject and dmarcReject=true),
 * and the CLI checker reproducing a server verdict.
 *
 * <p>Clients: 127.0.0.20 is the permitted outside sender in the test SPF records, 127.0.0.66 an
 * unlisted one (127.0.0.1 would be a trusted relay client).
 */
class SenderAuthenticationIT {
    static final String DOMAIN = "receiver.test";
    static final String AUTHSERV = "mx.receiver.test";
    static final String PASSWORD = "secret";
    static final String GOOD_IP = "127.0.0.20";
    static final String BAD_IP = "127.0.0.66";
    static final Path FIXTURES = Path.of("../core/src/test/resources/dkim");

    static LoopbackDnsServer dns;
    static JamesHarness james;
    static KeyPair ed25519;
    static KeyPair rsa;
    static final AtomicInteger USERS = new AtomicInteger();

    @BeforeAll
    static void start() throws Exception {
        ed25519 = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
        g.initialize(2048);
        rsa = g.generateKeyPair();
        String fixtureKey = Files.readString(FIXTURES.resolve("rsa-relaxed.dns")).trim();
        int space = fixtureKey.indexOf(' ');
        dns = LoopbackDnsServer.withZones("""
            $ORIGIN test.
            $TTL 300
            pass.spf        IN TXT "v=spf1 ip4:127.0.0.20 -all"
            pass.spf        IN A   127.0.0.20
            mx.pass.spf     IN TXT "v=spf1 ip4:127.0.0.20 -all"
            mx.pass.spf     IN A   127.0.0.20
            fail.spf        IN TXT "v=spf1 ip4:192.0.2.1 -all exp=why.spf.test"
            why.spf         IN TXT "%{d} never sends mail from %{i}"
            mx.fail.spf     IN TXT "v=spf1 -all"
            softfail.spf    IN TXT "v=spf1 ~all"
            none.spf        IN A   192.0.2.9
            slow.spf        IN TXT "v=spf1 -all"
            perm.spf        IN TXT "v=spf1 ip4:127.0.0.20 frobnicate:x -all"
            dmarc           IN TXT "v=spf1 ip4:127.0.0.20 -all"
            dmarc           IN A   192.0.2.10
            _dmarc.dmarc    IN TXT "v=DMARC1; p=reject; sp=quarantine"
            deep.sub.dmarc  IN A   192.0.2.11
            s1._domainkey.dmarc IN TXT @ED@
            r1._domainkey.dmarc IN TXT @RSA@
            """.replace("@ED@", LoopbackDnsServer.txt(DkimSigner.keyRecord(ed25519.getPublic())))
                .replace("@RSA@", LoopbackDnsServer.txt(DkimSigner.keyRecord(rsa.getPublic()))),
            """
            $ORIGIN com.
            $TTL 300
            %s IN TXT %s
            """.formatted(fixtureKey.substring(0, space).replace(".example.com", ".example"),
                LoopbackDnsServer.txt(fixtureKey.substring(space + 1).trim())));
        dns.timeout("slow.spf.test.", "TXT");
        james = new JamesHarness().dns(dns)
            .property("authservId", AUTHSERV)
            // Submission: the reject options, so one server shows both policies.
            .patch("smtpserver.xml", xml -> xml
                // a second MX here, not a submission agent: no AUTH before MAIL
                .replace("<handler class=\"org.spoofguard.smtp.auth.SubmissionAuthHook\"/>", "")
                .replace("<handler class=\"org.spoofguard.smtp.auth.SpfHook\"/>",
                    "<handler class=\"org.spoofguard.smtp.auth.SpfHook\"><spfPolicy>reject</spfPolicy></handler>")
                .replace("<handler class=\"org.spoofguard.smtp.auth.SenderVerdictHook\"/>",
                    "<handler class=\"org.spoofguard.smtp.auth.SenderVerdictHook\"><dmarcReject>true</dmarcReject></handler>"))
            // The matchers, made visible as headers in the delivered mail.
            .patch("mailetcontainer.xml", xml -> xml.replace(
                "<mailet match=\"user-actions-pending\" class=\"AddDeliveredToHeader\"/>",
                marker("org.spoofguard.matchers.auth.SpfResultIs=fail,softfail", "X-T-Spf-Bad")
                    + marker("org.spoofguard.matchers.auth.SpfResultIs=helo:fail", "X-T-Helo-Fail")
                    + marker("org.spoofguard.matchers.auth.DmarcResultIs=fail", "X-T-Dmarc-Fail")
                    + marker("org.spoofguard.matchers.auth.DkimResultIs=pass", "X-T-Dkim-Pass")
                    + marker("org.spoofguard.matchers.auth.SenderIsAuthenticated", "X-T-Sender-Proven")
                    + "<mailet match=\"user-actions-pending\" class=\"AddDeliveredToHeader\"/>"))
            .start();
        james.addDomain(DOMAIN);
    }

    private static String marker(String matcher, String header) {
        return "<mailet match=\"" + matcher + "\" class=\"SetMimeHeader\"><name>" + header
            + "</name><value>yes</value></mailet>\n";
    }

    /** A TXT value as zone-file character-strings of at most 200 octets (RFC 1035 §3.3.14, RFC 6376 §3.6.2.2). */

    @AfterAll
    static void stop() throws Exception {
        if (james != null) {
            james.close();
        }
        if (dns != null) {
            dns.close();
        }
    }

    // ------------------------------------------------------------------ helpers

    static String newUser() {
        String user = "u" + USERS.incrementAndGet() + "@" + DOMAIN;
        james.addUser(user, PASSWORD);
        return user;
    }

    static String message(String from, String to, String subject) {
        return "From: " + from + "\r\nTo: " + to + "\r\nSubject: " + subject
            + "\r\nDate: Mon, 2 Nov 2026 10:00:00 +0000\r\nMessage-ID: <" + subject.hashCode() + "." + System.nanoTime()
            + "@sender.test>\r\n\r\nHello,\r\nplease pay the invoice.\r\n";
    }

    /** Sends one mail and returns the SMTP reply to the final dot (or the refusal of MAIL FROM). */
    static SmtpReply send(int port, String ip, String helo, String mailFrom, String rcpt, byte[] message) throws Exception {
        return SmtpSender.from(ip, helo).mailRefusalIsTheAnswer().send(port, mailFrom, rcpt, message);
    }

    /**
     * Delivers over the MX port to a fresh user and returns the delivered header section (unfolded). Read on one IMAP
     * session that never sends CLOSE: James 3.8.1 runs an expunge on CLOSE even after EXAMINE, and waiting for that
     * reply is where this test once timed out (messageSignedByPythonDkimVerifies, issue 14). See ImapHeaderReader.
     */
    static String deliver(String ip, String helo, String mailFrom, byte[] message) throws Exception {
        return SmtpSender.from(ip, helo).mailRefusalIsTheAnswer().deliver(james, mailFrom, newUser(), PASSWORD, message);
    }

    static String deliver(String ip, String helo, String mailFrom, String from) throws Exception {
        return deliver(ip, helo, mailFrom, message(from, "someone@" + DOMAIN, "test").getBytes(StandardCharsets.UTF_8));
    }

    static SenderVerdict ourVerdict(String headers) {
        return DeliveredHeaders.ourVerdict(headers, AUTHSERV);
    }

    static byte[] signed(DkimAlgorithm algorithm, String selector, java.security.PrivateKey key, String message) {
        return DkimSigner.builder(algorithm, "dmarc.test", selector, key).build()
            .sign(message.getBytes(StandardCharsets.UTF_8));
    }

    // ------------------------------------------------------------------ SPF

    @ParameterizedTest(name = "{0} from {1} -> {2}")
    @CsvSource({
        "pass.spf.test,     127.0.0.20, pass",
        "fail.spf.test,     127.0.0.66, fail",
        "softfail.spf.test, 127.0.0.66, softfail",
        "none.spf.test,     127.0.0.66, none",
        "slow.spf.test,     127.0.0.66, temperror",
        "perm.spf.test,     127.0.0.66, permerror",
    })
    void spfForMailFromAndHeloIsRecordedInTheDeliveredMail(String domain, String ip, String expected) throws Exception {
        String headers = deliver(ip, domain, "sender@" + domain, "sender@" + domain);

        SenderVerdict v = ourVerdict(headers);
        assertThat(v.spfMailFrom().result().keyword()).isEqualTo(expected);
        assertThat(v.spfMailFrom().sender()).isEqualTo("sender@" + domain);
        assertThat(v.spfHelo().result().keyword()).isEqualTo(expected);
        assertThat(v.spfHelo().domain()).isEqualTo(domain);
        assertThat(v.clientIp()).isEqualTo(ip);
        assertThat(DeliveredHeaders.values(headers, "Received-SPF")).anySatisfy(r -> assertThat(r)
            .startsWith(expected + " ").contains("client-ip=" + ip).contains("envelope-from=\"sender@" + domain + "\"")
            .contains("identity=mailfrom"));
        // matchers over the verdict
        assertThat(headers.contains("X-T-Spf-Bad: yes")).isEqualTo(expected.equals("fail") || expected.equals("softfail"));
        assertThat(headers.contains("X-T-Helo-Fail: yes")).isEqualTo(expected.equals("fail"));
        assertThat(headers.contains("X-T-Sender-Proven: yes")).isEqualTo(expected.equals("pass"));
        // what a user sees over IMAP: our header above the original message's own header fields
        // (compared with From:, which nothing rewrites; the invoice check may retitle the Subject)
        assertThat(headers.indexOf("Authentication-Results: " + AUTHSERV)).as(headers).isLessThan(headers.indexOf("\nFrom: "));
    }

    @Test
    void nullSenderIsCheckedAsPostmasterAtTheHeloName() throws Exception {
        String failed = deliver(BAD_IP, "mx.fail.spf.test", "", "MAILER-DAEMON@mx.fail.spf.test");
        SenderVerdict v = ourVerdict(failed);
        assertThat(v.isNullSender()).isTrue();
        assertThat(v.spfMailFrom().result().keyword()).isEqualTo("fail");
        assertThat(v.spfMailFrom().sender()).isEqualTo("postmaster@mx.fail.spf.test");
        assertThat(DeliveredHeaders.values(failed, "Received-SPF")).anySatisfy(r -> assertThat(r).startsWith("fail "));

        SenderVerdict passed = ourVerdict(deliver(GOOD_IP, "mx.pass.spf.test", "", "MAILER-DAEMON@mx.pass.spf.test"));
        assertThat(passed.spfMailFrom().result().keyword()).isEqualTo("pass");
        assertThat(passed.spfHelo().result().keyword()).isEqualTo("pass");
        assertThat(passed.mailFromProven()).isFalse(); // nothing to bounce to
    }

    @Test
    void spfRejectPolicyRefusesFailAndDefersTemperrorButNeverSoftfail() throws Exception {
        String user = newUser();
        byte[] msg = message("x@fail.spf.test", user, "reject").getBytes(StandardCharsets.UTF_8);

        SmtpReply fail = send(james.submissionPort(), BAD_IP, "fail.spf.test", "x@fail.spf.test", user, msg);
        assertThat(fail.code()).isEqualTo(550);
        assertThat(fail.text()).contains("5.7.23").contains("fail.spf.test never sends mail from 127.0.0.66");

        SmtpReply temp = send(james.submissionPort(), BAD_IP, "slow.spf.test", "x@slow.spf.test", user, msg);
        assertThat(temp.code()).isEqualTo(451);
        assertThat(temp.text()).contains("4.7.24");

        SmtpReply soft = send(james.submissionPort(), BAD_IP, "softfail.spf.test", "x@softfail.spf.test", user, msg);
        assertThat(soft.code()).isEqualTo(250);
        // the same fail on the MX (spfPolicy=record) is accepted
        assertThat(send(james.smtpPort(), BAD_IP, "fail.spf.test", "x@fail.spf.test", user, msg).code()).isEqualTo(250);
    }

    // ------------------------------------------------------------------ DKIM + DMARC

    @Test
    void dkimPassAloneMakesDmarcPass() throws Exception {
        String mail = message("Invoices <billing@dmarc.test>", "someone@" + DOMAIN, "dkim-ed25519");
        String headers = deliver(GOOD_IP, "mx.pass.spf.test", "bounce@pass.spf.test",
            signed(DkimAlgorithm.ED25519_SHA256, "s1", ed25519.getPrivate(), mail));

        SenderVerdict v = ourVerdict(headers);
        assertThat(v.dkim()).singleElement().satisfies(d -> {
            assertThat(d.result().keyword()).isEqualTo("pass");
            assertThat(d.domain()).isEqualTo("dmarc.test");
            assertThat(d.selector()).isEqualTo("s1");
            assertThat(d.algorithm()).isEqualTo("ed25519-sha256");
        });
        assertThat(v.spfMailFrom().result().keyword()).isEqualTo("pass"); // but for pass.spf.test: not aligned
        assertThat(v.dmarc().result().keyword()).isEqualTo("pass");
        assertThat(v.dmarc().dkimAligned()).isTrue();
        assertThat(v.dmarc().spfAligned()).isFalse();
        assertThat(headers).contains("X-T-Dkim-Pass: yes").doesNotContain("X-T-Dmarc-Fail");
    }

    @Test
    void alteredSignedMessageFailsDkimAndDmarc() throws Exception {
        String mail = message("Invoices <billing@dmarc.test>", "someone@" + DOMAIN, "dkim-rsa");
        String tampered = new String(signed(DkimAlgorithm.RSA_SHA256, "r1", rsa.getPrivate(), mail), StandardCharsets.UTF_8)
            .replace("please pay the invoice.", "please pay to IBAN DK00 1234.");
        String headers = deliver(GOOD_IP, "mx.pass.spf.test", "bounce@pass.spf.test", tampered.getBytes(StandardCharsets.UTF_8));

        SenderVerdict v = ourVerdict(headers);
        assertThat(v.dkim()).singleElement().satisfies(d -> assertThat(d.result().keyword()).isEqualTo("fail"));
        assertThat(v.dmarc().result().keyword()).isEqualTo("fail");
        assertThat(v.dmarc().policy().keyword()).isEqualTo("reject");
        assertThat(headers).contains("X-T-Dmarc-Fail: yes").doesNotContain("X-T-Dkim-Pass");

        // and the untouched RSA-signed message passes
        SenderVerdict ok = ourVerdict(deliver(GOOD_IP, "mx.pass.spf.test", "bounce@pass.spf.test",
            signed(DkimAlgorithm.RSA_SHA256, "r1", rsa.getPrivate(), mail)));
        assertThat(ok.dkim()).singleElement().satisfies(d -> assertThat(d.result().keyword()).isEqualTo("pass"));
    }

    @Test
    void messageSignedByPythonDkimVerifies() throws Exception {
        byte[] eml = Files.readAllBytes(FIXTURES.resolve("rsa-relaxed.eml"));
        SenderVerdict v = ourVerdict(deliver(BAD_IP, "none.spf.test", "list@none.spf.test", eml));
        assertThat(v.dkim()).isNotEmpty().allSatisfy(d -> {
            assertThat(d.result().keyword()).isEqualTo("pass");
            assertThat(d.domain()).isEqualTo("example.com");
        });
    }

    @Test
    void dmarcPassViaAlignedSpf() throws Exception {
        String headers = deliver(GOOD_IP, "mx.pass.spf.test", "billing@dmarc.test", "Billing <billing@dmarc.test>");
        SenderVerdict v = ourVerdict(headers);
        assertThat(v.dmarc().result().keyword()).isEqualTo("pass");
        assertThat(v.dmarc().spfAligned()).isTrue();
        assertThat(v.dmarc().fromDomain()).isEqualTo("dmarc.test");
        assertThat(v.mailFromProven()).isTrue();
        assertThat(headers).contains("X-T-Sender-Proven: yes");
    }

    @Test
    void dmarcFailWithRejectPolicyIsRecordedOnTheMxAndRefusedWhenDmarcRejectIsOn() throws Exception {
        String spoof = message("CEO <ceo@dmarc.test>", "someone@" + DOMAIN, "urgent transfer");
        SenderVerdict v = ourVerdict(deliver(GOOD_IP, "mx.pass.spf.test", "bounce@pass.spf.test",
            spoof.getBytes(StandardCharsets.UTF_8)));
        assertThat(v.dmarc().result().keyword()).isEqualTo("fail");
        assertThat(v.dmarc().policy().keyword()).isEqualTo("reject");
        assertThat(v.dmarc().policyDomain()).isEqualTo("dmarc.test");

        String user = newUser();
        SmtpReply refused = send(james.submissionPort(), GOOD_IP, "mx.pass.spf.test", "bounce@pass.spf.test", user,
            spoof.getBytes(StandardCharsets.UTF_8));
        assertThat(refused.code()).isEqualTo(550);
        assertThat(refused.text()).contains("5.7.1").contains("dmarc.test");
        // an aligned mail passes the same server
        SmtpReply accepted = send(james.submissionPort(), GOOD_IP, "mx.pass.spf.test", "ceo@dmarc.test", user,
            spoof.getBytes(StandardCharsets.UTF_8));
        assertThat(accepted.code()).isEqualTo(250);
    }

    @Test
    void subdomainPolicyIsFoundByTheTreeWalk() throws Exception {
        SenderVerdict v = ourVerdict(deliver(GOOD_IP, "mx.pass.spf.test", "bounce@pass.spf.test",
            "Service <noreply@deep.sub.dmarc.test>"));
        assertThat(v.dmarc().result().keyword()).isEqualTo("fail");
        assertThat(v.dmarc().fromDomain()).isEqualTo("deep.sub.dmarc.test");
        assertThat(v.dmarc().policyDomain()).isEqualTo("dmarc.test");
        assertThat(v.dmarc().policy().keyword()).isEqualTo("quarantine"); // sp=, not p=
    }

    @Test
    void forgedAuthenticationResultsClaimingOurIdAreRemovedForeignOnesKept() throws Exception {
        String forged = "Authentication-Results: " + AUTHSERV + "; spf=pass smtp.mailfrom=ceo@dmarc.test;"
            + " dkim=pass header.d=dmarc.test; dmarc=pass header.from=dmarc.test\r\n"
            + "Authentication-Results: MX.Receiver.Test.; dmarc=pass header.from=dmarc.test\r\n"
            + "Authentication-Results: mx.elsewhere.test; spf=pass smtp.mailfrom=ceo@dmarc.test\r\n"
            + message("CEO <ceo@dmarc.test>", "someone@" + DOMAIN, "forged-ar");
        String headers = deliver(BAD_IP, "fail.spf.test", "x@fail.spf.test", forged.getBytes(StandardCharsets.UTF_8));

        SenderVerdict v = ourVerdict(headers); // asserts exactly one of ours is left
        assertThat(v.dmarc().result().keyword()).isEqualTo("fail");
        assertThat(v.spfMailFrom().result().keyword()).isEqualTo("fail");
        assertThat(DeliveredHeaders.values(headers, "Authentication-Results")).anySatisfy(h -> assertThat(h).startsWith("mx.elsewhere.test"));
        assertThat(headers).doesNotContain("MX.Receiver.Test.");
        assertThat(headers).contains("X-T-Dmarc-Fail: yes");
    }

    // ------------------------------------------------------------------ CLI

    @Test
    void checkSenderReproducesTheServerVerdict() throws Exception {
        String mail = message("Invoices <billing@dmarc.test>", "someone@" + DOMAIN, "cli");
        byte[] signed = signed(DkimAlgorithm.ED25519_SHA256, "s1", ed25519.getPrivate(), mail);
        SenderVerdict server = ourVerdict(deliver(GOOD_IP, "mx.fail.spf.test", "bounce@softfail.spf.test", signed));

        Path eml = Files.createTempFile("check", ".eml");
        Files.write(eml, signed);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int status = CheckSender.run(new String[] {"--ip", GOOD_IP, "--helo", "mx.fail.spf.test",
            "--mail-from", "bounce@softfail.spf.test", "--dns", dns.hostAndPort(), "--eml", eml.toString(),
            "--authserv-id", AUTHSERV}, new PrintStream(out, true, StandardCharsets.UTF_8), System.err);
        Files.delete(eml);
        assertThat(status).isZero();
        String text = out.toString(StandardCharsets.UTF_8);
        String arLine = text.lines().filter(l -> l.startsWith("Authentication-Results: ")).findFirst().orElseThrow();
        SenderVerdict cli = AuthenticationResultsHeader.parse(arLine.substring(24), AUTHSERV).orElseThrow();

        assertThat(cli.spfMailFrom().result()).isEqualTo(server.spfMailFrom().result()).hasToString("SOFTFAIL");
        assertThat(cli.spfHelo().result()).isEqualTo(server.spfHelo().result()).hasToString("FAIL");
        assertThat(cli.dkim()).isEqualTo(server.dkim());
        assertThat(cli.dmarc()).isEqualTo(server.dmarc());
        assertThat(text).contains("SPF mailfrom: softfail").contains("DMARC:       pass");
    }
}
