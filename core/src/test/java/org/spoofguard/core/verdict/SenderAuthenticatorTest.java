package org.spoofguard.core.verdict;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.spoofguard.core.dkim.DkimAlgorithm;
import org.spoofguard.core.dkim.DkimResultCode;
import org.spoofguard.core.dkim.DkimSigner;
import org.spoofguard.core.dkim.DkimVerifier;
import org.spoofguard.core.dmarc.DmarcEvaluator;
import org.spoofguard.core.dmarc.DmarcPolicy;
import org.spoofguard.core.dmarc.DmarcResultCode;
import org.spoofguard.core.dns.DnsAnswer;
import org.spoofguard.core.dns.DnsResolver;
import org.spoofguard.core.dns.DnsStatus;
import org.spoofguard.core.dns.DnsType;
import org.spoofguard.core.spf.SpfEvaluator;
import org.spoofguard.core.spf.SpfResultCode;

class SenderAuthenticatorTest {
    /** In-memory DNS: unknown names are NXDOMAIN. */
    static final class MapDns implements DnsResolver {
        final Map<String, DnsAnswer> answers = new HashMap<>();
        final AtomicInteger queries = new AtomicInteger();
        final List<String> names = new java.util.concurrent.CopyOnWriteArrayList<>();

        MapDns txt(String name, String... records) {
            answers.put(name.toLowerCase(Locale.ROOT) + "/" + DnsType.TXT, DnsAnswer.ok(List.of(records)));
            return this;
        }

        MapDns fail(String name, DnsType type, DnsStatus status) {
            answers.put(name.toLowerCase(Locale.ROOT) + "/" + type, DnsAnswer.of(status, "fake " + status));
            return this;
        }

        @Override
        public DnsAnswer lookup(String name, DnsType type) {
            queries.incrementAndGet();
            String n = name.toLowerCase(Locale.ROOT);
            if (n.endsWith(".")) {
                n = n.substring(0, n.length() - 1);
            }
            names.add(type + " " + n);
            DnsAnswer a = answers.get(n + "/" + type);
            return a != null ? a : DnsAnswer.of(DnsStatus.NXDOMAIN, "nxdomain");
        }
    }

    static byte[] message(String from) {
        return ("From: " + from + "\r\nTo: someone@receiver.test\r\nSubject: hello\r\n"
                + "Date: Mon, 2 Nov 2026 10:00:00 +0000\r\nMessage-ID: <1@x>\r\n\r\nBody line\r\n")
                .getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void spfPassAlignsAndDmarcPasses() {
        MapDns dns = new MapDns()
                .txt("sender.test", "v=spf1 ip4:192.0.2.10 -all")
                .txt("mx.sender.test", "v=spf1 ip4:192.0.2.10 -all")
                .txt("_dmarc.sender.test", "v=DMARC1; p=reject");
        SenderAuthenticator.Outcome out = new SenderAuthenticator(dns).authenticate("192.0.2.10", "mx.sender.test",
                "alice@sender.test", new ByteArrayInputStream(message("Alice <alice@sender.test>")));

        SenderVerdict v = out.verdict();
        assertThat(out.hadInternalError()).isFalse();
        assertThat(v.spfMailFrom().result()).isEqualTo(SpfResultCode.PASS);
        assertThat(v.spfHelo().result()).isEqualTo(SpfResultCode.PASS);
        assertThat(v.dkim()).isEmpty();
        assertThat(v.dmarc().result()).isEqualTo(DmarcResultCode.PASS);
        assertThat(v.dmarc().spfAligned()).isTrue();
        assertThat(v.mailFromProven()).isTrue();
    }

    @Test
    void forgedFromFailsDmarcWithRejectPolicy() {
        MapDns dns = new MapDns()
                .txt("sender.test", "v=spf1 ip4:192.0.2.10 -all")
                .txt("_dmarc.bank.test", "v=DMARC1; p=reject");
        SenderVerdict v = new SenderAuthenticator(dns).authenticate("192.0.2.10", "mx.sender.test",
                "alice@sender.test", new ByteArrayInputStream(message("Bank <ceo@bank.test>"))).verdict();

        assertThat(v.spfMailFrom().result()).isEqualTo(SpfResultCode.PASS);
        assertThat(v.dmarc().result()).isEqualTo(DmarcResultCode.FAIL);
        assertThat(v.dmarc().policy()).isEqualTo(DmarcPolicy.REJECT);
        assertThat(v.dmarc().fromDomain()).isEqualTo("bank.test");
    }

    @Test
    void dkimPassAlonePassesDmarcAndIsReadFromTheSameStream() throws Exception {
        KeyPair keys = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        byte[] signed = DkimSigner.builder(DkimAlgorithm.ED25519_SHA256, "news.test", "s1", keys.getPrivate())
                .build().sign(message("News <info@news.test>"));
        MapDns dns = new MapDns()
                .txt("s1._domainkey.news.test", DkimSigner.keyRecord(keys.getPublic()))
                .txt("_dmarc.news.test", "v=DMARC1; p=reject");
        AtomicInteger reads = new AtomicInteger();
        InputStream counting = new ByteArrayInputStream(signed) {
            @Override
            public synchronized int read(byte[] b, int off, int len) {
                int r = super.read(b, off, len);
                if (r > 0) {
                    reads.addAndGet(r);
                }
                return r;
            }
        };
        SenderVerdict v = new SenderAuthenticator(dns).authenticate("192.0.2.99", "relay.other.test",
                "bounces@other.test", counting).verdict();

        assertThat(v.spfMailFrom().result()).isEqualTo(SpfResultCode.NONE);
        assertThat(v.dkim()).hasSize(1);
        assertThat(v.dkim().get(0).result()).isEqualTo(DkimResultCode.PASS);
        assertThat(v.dmarc().result()).isEqualTo(DmarcResultCode.PASS);
        assertThat(v.dmarc().dkimAligned()).isTrue();
        assertThat(v.mailFromProven()).isFalse();
        assertThat(reads.get()).isEqualTo(signed.length); // streamed exactly once
    }

    @Test
    void tamperedBodyFailsDkimAndDmarc() throws Exception {
        KeyPair keys = KeyPairGenerator.getInstance("RSA").generateKeyPair();
        byte[] signed = DkimSigner.builder(DkimAlgorithm.RSA_SHA256, "news.test", "s1", keys.getPrivate())
                .build().sign(message("News <info@news.test>"));
        String tampered = new String(signed, StandardCharsets.ISO_8859_1).replace("Body line", "Pay to IBAN");
        MapDns dns = new MapDns()
                .txt("s1._domainkey.news.test", DkimSigner.keyRecord(keys.getPublic()))
                .txt("_dmarc.news.test", "v=DMARC1; p=quarantine");
        SenderVerdict v = new SenderAuthenticator(dns).authenticate("192.0.2.99", "relay.other.test",
                "bounces@other.test", new ByteArrayInputStream(tampered.getBytes(StandardCharsets.ISO_8859_1))).verdict();

        assertThat(v.dkim().get(0).result()).isEqualTo(DkimResultCode.FAIL);
        assertThat(v.dmarc().result()).isEqualTo(DmarcResultCode.FAIL);
        assertThat(v.dmarc().policy()).isEqualTo(DmarcPolicy.QUARANTINE);
    }

    @Test
    void nullSenderIsCheckedAsPostmasterAtHelo() {
        MapDns dns = new MapDns().txt("mx.sender.test", "v=spf1 -all");
        SenderVerdict v = new SenderAuthenticator(dns).authenticate("192.0.2.10", "mx.sender.test", "",
                new ByteArrayInputStream(message("<mailer-daemon@mx.sender.test>"))).verdict();

        assertThat(v.isNullSender()).isTrue();
        assertThat(v.spfMailFrom().result()).isEqualTo(SpfResultCode.FAIL);
        assertThat(v.spfMailFrom().sender()).isEqualTo("postmaster@mx.sender.test");
        assertThat(v.spfHelo().result()).isEqualTo(SpfResultCode.FAIL);
    }

    @Test
    void dnsTimeoutIsTemperrorNeverFailOrNone() {
        MapDns dns = new MapDns().fail("sender.test", DnsType.TXT, DnsStatus.TIMEOUT)
                .fail("_dmarc.sender.test", DnsType.TXT, DnsStatus.TIMEOUT);
        SenderVerdict v = new SenderAuthenticator(dns).authenticate("192.0.2.10", "mx.sender.test",
                "alice@sender.test", new ByteArrayInputStream(message("alice@sender.test"))).verdict();

        assertThat(v.spfMailFrom().result()).isEqualTo(SpfResultCode.TEMPERROR);
        assertThat(v.dmarc().result()).isEqualTo(DmarcResultCode.TEMPERROR);
    }

    @Test
    void spfOrDkimKeyTimeoutUnderAPublishedRejectPolicyIsDmarcTemperrorNotFail() throws Exception {
        // The policy is known (p=reject) but the only identifiers that could align are undecidable: a
        // DMARC fail here would refuse (or quarantine) legitimate mail because of a slow DNS server.
        MapDns spfDown = new MapDns().fail("sender.test", DnsType.TXT, DnsStatus.TIMEOUT)
                .txt("_dmarc.sender.test", "v=DMARC1; p=reject");
        SenderVerdict v = new SenderAuthenticator(spfDown).authenticate("192.0.2.10", "mx.sender.test",
                "alice@sender.test", new ByteArrayInputStream(message("alice@sender.test"))).verdict();
        assertThat(v.spfMailFrom().result()).isEqualTo(SpfResultCode.TEMPERROR);
        assertThat(v.dmarc().result()).isEqualTo(DmarcResultCode.TEMPERROR);
        assertThat(v.dmarc().policyDomain()).isEqualTo("sender.test");

        KeyPair keys = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        byte[] signed = DkimSigner.builder(DkimAlgorithm.ED25519_SHA256, "news.test", "s1", keys.getPrivate())
                .build().sign(message("News <info@news.test>"));
        MapDns keyDown = new MapDns().fail("s1._domainkey.news.test", DnsType.TXT, DnsStatus.SERVFAIL)
                .txt("_dmarc.news.test", "v=DMARC1; p=reject");
        SenderVerdict d = new SenderAuthenticator(keyDown).authenticate("192.0.2.99", "relay.other.test",
                "bounces@other.test", new ByteArrayInputStream(signed)).verdict();
        assertThat(d.dkim()).extracting(r -> r.result()).containsExactly(DkimResultCode.TEMPERROR);
        assertThat(d.dmarc().result()).isEqualTo(DmarcResultCode.TEMPERROR);
    }

    @Test
    void precomputedSpfIsUsedWithoutNewQueries() {
        MapDns dns = new MapDns().txt("sender.test", "v=spf1 ip4:192.0.2.10 -all");
        SenderAuthenticator auth = new SenderAuthenticator(dns);
        SenderAuthenticator.SpfPair spf = auth.checkSpf("192.0.2.10", "mx.sender.test", "alice@sender.test");
        dns.names.clear();
        SenderVerdict v = auth.authenticate("192.0.2.10", "mx.sender.test", "alice@sender.test", spf,
                new ByteArrayInputStream(message("alice@sender.test"))).verdict();

        assertThat(v.spfMailFrom().result()).isEqualTo(SpfResultCode.PASS);
        assertThat(dns.names).doesNotContain("TXT sender.test", "TXT mx.sender.test").contains("TXT _dmarc.sender.test");
        assertThat(v.spfMailFrom()).isSameAs(spf.mailFrom().result());
    }

    @Test
    void internalErrorsAreUndecidedAndReported() {
        DnsResolver broken = (name, type) -> {
            throw new IllegalStateException("bug");
        };
        SenderAuthenticator auth = new SenderAuthenticator(new SpfEvaluator(broken), new DkimVerifier(broken),
                new DmarcEvaluator(broken));
        byte[] signed = ("DKIM-Signature: v=1; a=rsa-sha256; d=x.test; s=s; h=from; bh=AAAA; b=AAAA\r\n"
                + new String(message("a@x.test"), StandardCharsets.ISO_8859_1)).getBytes(StandardCharsets.ISO_8859_1);
        SenderAuthenticator.Outcome out = auth.authenticate("192.0.2.10", "mx.x.test", "a@x.test",
                new ByteArrayInputStream(signed));

        assertThat(out.verdict().spfMailFrom().result()).isNotIn(SpfResultCode.FAIL, SpfResultCode.PASS, SpfResultCode.NONE);
        assertThat(out.verdict().dmarc().result()).isNotIn(DmarcResultCode.FAIL, DmarcResultCode.PASS);
    }

    @Test
    void unknownClientIpIsTemperrorAndNeverQueriesDns() {
        MapDns dns = new MapDns().txt("sender.test", "v=spf1 -all");
        SenderAuthenticator.SpfPair spf = new SenderAuthenticator(dns).checkSpf("mx.evil.test", "h.test", "a@sender.test");
        assertThat(spf.mailFrom().result().result()).isEqualTo(SpfResultCode.TEMPERROR);
        assertThat(dns.queries.get()).isZero();
    }

    /** {@code count} header fields of about {@code bytes} bytes each, as a forger would put them before From. */
    static String padding(int count, int bytes) {
        StringBuilder sb = new StringBuilder();
        String filler = "a".repeat(Math.max(1, bytes - 20));
        for (int i = 0; i < count; i++) {
            sb.append("X-Pad-").append(i).append(": ").append(filler).append("\r\n");
        }
        return sb.toString();
    }

    static SenderVerdict forgedBehind(String before) {
        MapDns dns = new MapDns().txt("sender.test", "v=spf1 ip4:192.0.2.10 -all")
                .txt("_dmarc.sender.test", "v=DMARC1; p=reject");
        byte[] msg = (before + new String(message("CEO <ceo@sender.test>"), StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
        SenderAuthenticator.Outcome out = new SenderAuthenticator(dns).authenticate("192.0.2.66", "mx.evil.test",
                "x@evil.test", new ByteArrayInputStream(msg));
        assertThat(out.hadInternalError()).isFalse();
        return out.verdict();
    }

    @Test
    void moreThanAMebibyteOfHeaderFieldsBeforeFromDoesNotHideFromFromDmarc() {
        // 20 000 fields, about 1.5 MiB, then From: before, From lay beyond the capture cap and DMARC said
        // permerror ("no From header"), which neither dmarcReject nor DmarcResultIs=fail acts on.
        SenderVerdict v = forgedBehind(padding(20_000, 80));
        assertThat(v.dmarc().result()).isEqualTo(DmarcResultCode.FAIL);
        assertThat(v.dmarc().fromDomain()).isEqualTo("sender.test");
        assertThat(v.dmarc().policy()).isEqualTo(DmarcPolicy.REJECT);
    }

    @Test
    void oneMegabyteHeaderFieldBeforeFromDoesNotHideFrom() {
        SenderVerdict v = forgedBehind("X-Big: " + "b".repeat(1_200_000) + "\r\n");
        assertThat(v.dmarc().result()).isEqualTo(DmarcResultCode.FAIL);
        assertThat(v.dmarc().fromDomain()).isEqualTo("sender.test");

        // folded into thousands of continuation lines, too
        SenderVerdict folded = forgedBehind("X-Folded: x\r\n" + " y\r\n".repeat(300_000));
        assertThat(folded.dmarc().result()).isEqualTo(DmarcResultCode.FAIL);
    }

    @Test
    void aSecondFromHiddenBehindPaddingIsStillSeen() {
        // one From before the padding, a second one after: each is evaluated, the victim's reject applies
        // (RFC 7489 section 6.6.1; before, several From fields were permerror, which nothing refuses)
        MapDns dns = new MapDns().txt("_dmarc.sender.test", "v=DMARC1; p=reject");
        String msg = "From: a@attacker.test\r\n" + padding(20_000, 80) + new String(message("ceo@sender.test"), StandardCharsets.UTF_8);
        SenderVerdict v = new SenderAuthenticator(dns).authenticate("192.0.2.66", "mx.evil.test", "x@attacker.test",
                new ByteArrayInputStream(msg.getBytes(StandardCharsets.UTF_8))).verdict();
        assertThat(v.dmarc().result()).isEqualTo(DmarcResultCode.FAIL);
        assertThat(v.dmarc().fromDomain()).isEqualTo("sender.test");
        assertThat(v.dmarc().policy()).isEqualTo(DmarcPolicy.REJECT);
        assertThat(v.dmarc().reason()).contains("From names 2 domains");
    }

    /** A From padded past what is kept of it: its end (where the address stands) is kept too. */
    @Test
    void theAddressAfterAFromPaddedPastWhatIsKeptIsStillSeen() {
        MapDns dns = new MapDns().txt("_dmarc.sender.test", "v=DMARC1; p=reject");
        String msg = new String(message("\"" + "A".repeat(60_000) + "\" <ceo@sender.test>"), StandardCharsets.UTF_8);
        SenderVerdict v = new SenderAuthenticator(dns).authenticate("192.0.2.66", "mx.evil.test", "x@attacker.test",
                new ByteArrayInputStream(msg.getBytes(StandardCharsets.UTF_8))).verdict();
        assertThat(v.dmarc().result()).as(v.dmarc().reason()).isEqualTo(DmarcResultCode.FAIL);
        assertThat(v.dmarc().policy()).isEqualTo(DmarcPolicy.REJECT);
    }

    @Test
    void anUnreadableMessageIsUndecidedNotPermerror() {
        InputStream broken = new InputStream() {
            @Override
            public int read() throws java.io.IOException {
                throw new java.io.IOException("disk gone");
            }
        };
        SenderAuthenticator.Outcome out = new SenderAuthenticator(new MapDns()).authenticate("192.0.2.66", "mx.evil.test",
                "x@evil.test", broken);
        assertThat(out.verdict().dmarc().result()).isEqualTo(DmarcResultCode.TEMPERROR);
        assertThat(out.hadInternalError()).isTrue();
    }

    @Test
    void fromFieldsLineEndsAndFolding() {
        assertThat(SenderAuthenticator.fromFields("From: a@a.test\nSubject: x\n\nFrom: b@b.test\n")).containsExactly("a@a.test");
        assertThat(SenderAuthenticator.fromFields("Subject: x\r\nFrom: \"A\"\r\n\t<a@a.test>")).containsExactly("\"A\"\t<a@a.test>");
        assertThat(SenderAuthenticator.fromFields("\r\nFrom: a@a.test\r\n")).isEmpty(); // no header fields at all
        assertThat(SenderAuthenticator.fromFields("X-From: a@a.test\r\nFromage: b\r\nFrom : c@c.test\r\n\r\n"))
                .containsExactly("c@c.test");
    }

    /**
     * JavaMail (which parses and stores the mail the user reads) ends a line at a lone CR: a From behind a lone CR
     * inside another field is a From field of its own, and a line that is a lone CR ends the header section.
     */
    @Test
    void aLoneCrEndsALineAsInJavaMail() {
        assertThat(SenderAuthenticator.fromFields("Subject: urgent\rFrom: CEO <ceo@dmarc.test>\r\nTo: x@y.test\r\n\r\n"))
                .containsExactly("CEO <ceo@dmarc.test>");
        assertThat(SenderAuthenticator.fromFields(
                "Subject: x\r\nFrom: CEO <ceo@dmarc.test>\r\n\rFrom: x@pass.spf.test\r\n\r\nHello\r\n"))
                .containsExactly("CEO <ceo@dmarc.test>");
        assertThat(SenderAuthenticator.fromFields("From: a@a.test\r\n\r\r\nFrom: b@b.test\r\n")).containsExactly("a@a.test");
        assertThat(SenderAuthenticator.fromFields("From: a@a.test\r\rFrom: b@b.test\r\n")).containsExactly("a@a.test");
        assertThat(SenderAuthenticator.fromFields("From: \"A\"\r <a@a.test>\r\n")).containsExactly("\"A\" <a@a.test>");
    }

    @Test
    void aLoneCrBeforeAFromHiddenInTheSubjectFailsDmarcForTheVisibleFrom() {
        MapDns dns = new MapDns().txt("evil.test", "v=spf1 ip4:192.0.2.66 -all")
                .txt("_dmarc.victim.test", "v=DMARC1; p=reject");
        String msg = "Subject: urgent\rFrom: CEO <ceo@victim.test>\r\nTo: x@y.test\r\n\r\nHello\r\n";
        SenderVerdict v = new SenderAuthenticator(dns).authenticate("192.0.2.66", "mx.evil.test", "x@evil.test",
                new ByteArrayInputStream(msg.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1))).verdict();
        assertThat(v.dmarc().result()).isEqualTo(DmarcResultCode.FAIL);
        assertThat(v.dmarc().fromDomain()).isEqualTo("victim.test");
    }

    /** Fields after the 8th were dropped by the scanner: eight aligned From fields then the victim's passed DMARC. */
    @Test
    void aFromAfterTheEighthIsNotIgnored() {
        MapDns dns = new MapDns().txt("evil.test", "v=spf1 ip4:192.0.2.66 -all").txt("_dmarc.evil.test", "v=DMARC1; p=none")
                .txt("_dmarc.victim.test", "v=DMARC1; p=reject");
        String msg = "From: x@evil.test\r\n".repeat(8) + "From: CEO <ceo@victim.test>\r\nTo: x@y.test\r\n\r\nHello\r\n";
        assertThat(SenderAuthenticator.fromFields(msg)).hasSize(9).last().isEqualTo("CEO <ceo@victim.test>");
        SenderVerdict v = new SenderAuthenticator(dns).authenticate("192.0.2.66", "mx.evil.test", "x@evil.test",
                new ByteArrayInputStream(msg.getBytes(StandardCharsets.ISO_8859_1))).verdict();
        assertThat(v.dmarc().result()).as(v.dmarc().reason()).isEqualTo(DmarcResultCode.FAIL);
        assertThat(v.dmarc().policy()).isEqualTo(DmarcPolicy.REJECT);
    }

    /**
     * The invoice check reads the sender verdict from the record and the From as JavaMail stored it: for each of the
     * three ways the review found, it sees DMARC fail, so the mail is not taken as authenticated.
     */
    @Test
    void theInvoiceCheckSeesTheSameDmarcFail() {
        MapDns dns = new MapDns().txt("evil.test", "v=spf1 ip4:192.0.2.66 -all").txt("_dmarc.evil.test", "v=DMARC1; p=none")
                .txt("_dmarc.victim.test", "v=DMARC1; p=reject");
        String tail = "To: x@y.test\r\n\r\nHello\r\n";
        for (String[] m : new String[][] {
                {"Subject: urgent\rFrom: CEO <ceo@victim.test>\r\n" + tail, "CEO <ceo@victim.test>"},
                {"From: x@evil.test <ceo@victim.test>\r\n" + tail, "x@evil.test <ceo@victim.test>"},
                {"From: x@evil.test\r\n".repeat(8) + "From: CEO <ceo@victim.test>\r\n" + tail, "x@evil.test"}}) {
            SenderVerdict v = new SenderAuthenticator(dns).authenticate("192.0.2.66", "mx.evil.test", "x@evil.test",
                    new ByteArrayInputStream(m[0].getBytes(StandardCharsets.ISO_8859_1))).verdict();
            assertThat(v.dmarc().result()).as(m[0]).isEqualTo(DmarcResultCode.FAIL);
            org.spoofguard.core.invoice.SpoofSignals signals = org.spoofguard.core.invoice.SpoofSignals.evaluate(v, m[1],
                    "", "", org.spoofguard.core.invoice.InvoiceConfig.defaults());
            assertThat(signals.authenticated()).as(m[0]).isFalse();
            assertThat(signals.has(org.spoofguard.core.invoice.SignalNames.DMARC_FAIL)).as(m[0] + signals.signals()).isTrue();
        }
    }

    @Test
    void fromFieldsAreUnfoldedAndAllCollected() {
        assertThat(SenderAuthenticator.fromFields("Subject: x\r\nFROM: A\r\n <a@a.test>\r\nfrom: b@b.test\r\n\r\nFrom: body@c.test\r\n"))
                .containsExactly("A <a@a.test>", "b@b.test");
    }

    @Test
    void arRoundTripOfComputedVerdict() {
        MapDns dns = new MapDns().txt("sender.test", "v=spf1 ip4:192.0.2.10 -all").txt("_dmarc.sender.test", "v=DMARC1; p=none");
        SenderVerdict v = new SenderAuthenticator(dns).authenticate("192.0.2.10", "mx.sender.test",
                "alice@sender.test", new ByteArrayInputStream(message("alice@sender.test"))).verdict();
        String ar = AuthenticationResultsHeader.format(v, "mx.receiver.test");
        assertThat(AuthenticationResultsHeader.parse(ar, "mx.receiver.test")).get()
                .satisfies(p -> {
                    assertThat(p.spfMailFrom().result()).isEqualTo(SpfResultCode.PASS);
                    assertThat(p.dmarc().result()).isEqualTo(DmarcResultCode.PASS);
                    assertThat(p.mailFromProven()).isTrue();
                });
    }
}
