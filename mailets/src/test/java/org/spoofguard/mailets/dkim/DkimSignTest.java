package org.spoofguard.mailets.dkim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import javax.mail.Session;
import javax.mail.internet.MimeMessage;

import org.apache.james.core.Domain;
import org.apache.james.domainlist.api.DomainList;
import org.apache.james.filesystem.api.FileSystem;
import org.apache.james.metrics.tests.RecordingMetricFactory;
import org.apache.mailet.Mail;
import org.apache.mailet.base.test.FakeMail;
import org.apache.mailet.base.test.FakeMailContext;
import org.apache.mailet.base.test.FakeMailetConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spoofguard.core.dkim.DkimKeyStore;
import org.spoofguard.core.dkim.DkimResultCode;
import org.spoofguard.core.dkim.DkimSigner;
import org.spoofguard.core.dkim.DkimVerifier;
import org.spoofguard.core.dns.DnsAnswer;
import org.spoofguard.core.dmarc.DmarcPolicy;
import org.spoofguard.core.dmarc.DmarcResult;
import org.spoofguard.core.dmarc.DmarcResultCode;
import org.spoofguard.core.spf.SpfResult;
import org.spoofguard.core.spf.SpfResultCode;
import org.spoofguard.core.verdict.SenderVerdict;
import org.spoofguard.james.SpoofGuardSettings;
import org.spoofguard.james.SpoofGuardAttributes;
import org.apache.mailet.Attribute;
import org.apache.mailet.AttributeName;
import org.apache.mailet.AttributeValue;

class DkimSignTest {
    @TempDir
    Path data;
    RecordingMetricFactory metrics = new RecordingMetricFactory();

    DkimSign mailet(Map<String, String> properties, String... params) throws Exception {
        FileSystem fs = mock(FileSystem.class);
        when(fs.getFile(anyString())).thenAnswer(i -> data.resolve(((String) i.getArgument(0)).substring("file://".length())).toFile());
        DomainList domains = mock(DomainList.class);
        when(domains.getDomains()).thenReturn(List.of(Domain.of("localhost"), Domain.of("example.dk")));
        DkimSign m = new DkimSign(new SpoofGuardSettings(properties), fs, domains, metrics, new DkimKeyring());
        FakeMailetConfig.Builder config = FakeMailetConfig.builder().mailetName("DkimSign").mailetContext(FakeMailContext.defaultContext());
        for (int i = 0; i < params.length; i += 2) {
            config.setProperty(params[i], params[i + 1]);
        }
        m.init(config.build());
        return m;
    }

    static Mail mail(String from) throws Exception {
        MimeMessage m = new MimeMessage(Session.getInstance(new Properties()));
        m.setFrom(from);
        m.setRecipients(javax.mail.Message.RecipientType.TO, "friend@remote.example");
        m.setSubject("Hej", "UTF-8");
        m.setText("Body text\n", "UTF-8");
        m.saveChanges();
        return FakeMail.builder().name("m").sender("alice@example.dk").recipient("friend@remote.example").mimeMessage(m).build();
    }

    static byte[] bytes(Mail mail) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        mail.getMessage().writeTo(out);
        return out.toByteArray();
    }

    @Test
    void signsOurDomainOnceAndTheSignatureVerifies() throws Exception {
        DkimSign m = mailet(Map.of("dkim.domains", "example.dk"));
        Path key = data.resolve("var/spoofguard/dkim/example.dk.spoofguard.key");
        assertThat(key).as("created at init for the configured domain").exists();
        String txt = DkimSigner.keyRecord(new DkimKeyStore(data.resolve("var/spoofguard/dkim")).publicKey("example.dk", "spoofguard").orElseThrow());

        Mail mail = mail("Alice <alice@example.dk>");
        m.service(mail);
        m.service(mail); // reprocessed: not signed twice
        assertThat(mail.getMessage().getHeader("DKIM-Signature")).hasSize(1);
        assertThat(metrics.countFor(DkimSign.METRIC_SIGNED)).isEqualTo(1);
        var results = new DkimVerifier((name, type) -> name.equals("spoofguard._domainkey.example.dk")
            ? DnsAnswer.ok(List.of(txt)) : DnsAnswer.ok(List.of())).verify(bytes(mail));
        assertThat(results).singleElement().satisfies(r -> {
            assertThat(r.result()).as(r.reason()).isEqualTo(DkimResultCode.PASS);
            assertThat(r.domain()).isEqualTo("example.dk");
        });
    }

    DkimVerifier verifier() {
        String txt = DkimSigner.keyRecord(new DkimKeyStore(data.resolve("var/spoofguard/dkim")).publicKey("example.dk", "spoofguard").orElseThrow());
        return new DkimVerifier((name, type) -> name.equals("spoofguard._domainkey.example.dk")
            ? DnsAnswer.ok(List.of(txt)) : DnsAnswer.ok(List.of()));
    }

    /**
     * The signer reads the message as writeTo writes it, streaming; what goes on the wire afterwards (writeTo again,
     * after James saves the mail once more on its way to RemoteDelivery) must be exactly what was signed, for the
     * message as SMTP hands it to us (James's own, its body in a source) and for one a mailet made with JavaMail.
     */
    @Test
    void whatGoesOnTheWireIsWhatWasSignedForJamesMessagesAndPlainOnes() throws Exception {
        DkimSign m = mailet(Map.of("dkim.domains", "example.dk"));
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < 20_000; i++) {
            body.append("line ").append(i).append(" \t with  spaces \r\n");
        }
        byte[] raw = ("From: Alice <alice@example.dk>\r\nTo: friend@remote.example\r\nSubject: =?UTF-8?Q?K=C3=B8b?=\r\n"
            + "Message-ID: <src@example.dk>\r\nDate: Sun, 6 Dec 2026 05:00:00 +0000\r\nMIME-Version: 1.0\r\n"
            + "Content-Type: text/plain; charset=UTF-8\r\n\r\n" + body).getBytes(java.nio.charset.StandardCharsets.UTF_8);
        MimeMessage james = new org.apache.james.server.core.MimeMessageWrapper(
            org.apache.james.server.core.MimeMessageInputStreamSource.create("src", new java.io.ByteArrayInputStream(raw)));
        Mail fromSmtp = FakeMail.builder().name("smtp").sender("alice@example.dk").recipient("friend@remote.example")
            .mimeMessage(james).build();
        Mail plain = mail("Alice <alice@example.dk>");

        for (Mail mail : List.of(fromSmtp, plain)) {
            m.service(mail);
        }
        String plainId = plain.getMessage().getMessageID();
        for (Mail mail : List.of(fromSmtp, plain)) {
            mail.getMessage().saveChanges();
            assertThat(verifier().verify(bytes(mail))).as(mail.getName()).singleElement()
                .satisfies(r -> assertThat(r.result()).as(r.reason()).isEqualTo(DkimResultCode.PASS));
        }
        assertThat(bytes(fromSmtp)).as("the body is sent unchanged").endsWith(body.toString().getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        assertThat(plain.getMessage().getMessageID()).as("a plain message keeps its signed Message-ID").isEqualTo(plainId);
        assertThat(fromSmtp.getMessage().getMessageID()).isEqualTo("<src@example.dk>");
    }

    static SenderVerdict verdict(DmarcResultCode dmarc) {
        SpfResult spf = new SpfResult(SpfResultCode.FAIL, SpfResult.MAILFROM, "example.dk", "alice@example.dk", "test");
        SpfResult helo = new SpfResult(SpfResultCode.NONE, SpfResult.HELO, "", "", "test");
        return new SenderVerdict("203.0.113.9", "evil.example", "alice@example.dk", spf, helo, List.of(),
            new DmarcResult(dmarc, "example.dk", "example.dk", DmarcPolicy.REJECT, false, false, "test"));
    }

    /**
     * A forgery of our domain from outside, forwarded by an alias to a remote address, must not leave with our
     * signature: that would make it pass DMARC everywhere.
     */
    @Test
    void aForgeryFromOutsideIsNotSignedOnItsWayOutButAnAuthenticatedUsersMailIs() throws Exception {
        DkimSign m = mailet(Map.of("dkim.domains", "example.dk", "authservId", "mx.test"));
        Mail forged = mail("alice@example.dk");
        SpoofGuardAttributes.write(forged, new org.spoofguard.core.verdict.VerdictRecord(verdict(DmarcResultCode.FAIL)));
        m.service(forged);
        assertThat(forged.getMessage().getHeader("DKIM-Signature")).isNull();
        assertThat(metrics.countFor(DkimSign.METRIC_NOT_VOUCHED)).isEqualTo(1);

        Mail proven = mail("alice@example.dk");
        SpoofGuardAttributes.write(proven, new org.spoofguard.core.verdict.VerdictRecord(verdict(DmarcResultCode.PASS)));
        m.service(proven);
        assertThat(proven.getMessage().getHeader("DKIM-Signature")).hasSize(1);

        Mail submitted = mail("alice@example.dk");
        SpoofGuardAttributes.write(submitted, new org.spoofguard.core.verdict.VerdictRecord(verdict(DmarcResultCode.FAIL)));
        submitted.setAttribute(new Attribute(AttributeName.of("org.apache.james.SMTPAuthUser"), AttributeValue.of("alice@example.dk")));
        m.service(submitted);
        assertThat(submitted.getMessage().getHeader("DKIM-Signature")).hasSize(1);
    }

    /**
     * A DMARC pass is for the Author Domain DMARC evaluated: if this mailet's reading of From (JavaMail) ever names
     * our domain where DMARC's (mime4j) named the forger's passing one, the pass must not buy the forger our
     * signature (the same gap as ProvenSender.fromDomain's, closed there for the invoice inspection).
     */
    @Test
    void aDmarcPassForAnotherDomainDoesNotVouchForOurs() throws Exception {
        DkimSign m = mailet(Map.of("dkim.domains", "example.dk", "authservId", "mx.test"));
        Mail forged = mail("alice@example.dk");
        SenderVerdict passForForger = new SenderVerdict("203.0.113.9", "evil.example", "x@forger.example",
            new SpfResult(SpfResultCode.PASS, SpfResult.MAILFROM, "forger.example", "x@forger.example", "test"),
            new SpfResult(SpfResultCode.NONE, SpfResult.HELO, "", "", "test"), List.of(),
            new DmarcResult(DmarcResultCode.PASS, "forger.example", "forger.example", DmarcPolicy.REJECT, false, false,
                "test"));
        SpoofGuardAttributes.write(forged, new org.spoofguard.core.verdict.VerdictRecord(passForForger));
        m.service(forged);
        assertThat(forged.getMessage().getHeader("DKIM-Signature")).isNull();
        assertThat(metrics.countFor(DkimSign.METRIC_NOT_VOUCHED)).isEqualTo(1);
    }

    @Test
    void otherDomainsSeveralFromsAndDisabledSigningAreLeftAlone() throws Exception {
        DkimSign m = mailet(Map.of("dkim.domains", "example.dk"));
        Mail other = mail("someone@elsewhere.example");
        m.service(other);
        assertThat(other.getMessage().getHeader("DKIM-Signature")).isNull();
        Mail two = mail("alice@example.dk, mallory@elsewhere.example");
        m.service(two);
        assertThat(two.getMessage().getHeader("DKIM-Signature")).isNull();
        Mail off = mail("alice@example.dk");
        mailet(Map.of("dkim.enabled", "false", "dkim.domains", "example.dk")).service(off);
        assertThat(off.getMessage().getHeader("DKIM-Signature")).isNull();
    }

    @Test
    void withoutDkimDomainsOnlyLocalDomainsAreSignedNeverLocalhost() throws Exception {
        DkimSign m = mailet(Map.of());
        // FakeMailContext knows only localhost as local; localhost is never signed (no DNS to publish in)
        Mail local = mail("root@localhost");
        m.service(local);
        assertThat(local.getMessage().getHeader("DKIM-Signature")).isNull();
        assertThat(data.resolve("var/spoofguard/dkim/example.dk.spoofguard.key")).as("local domain at start").exists();
        assertThat(data.resolve("var/spoofguard/dkim/localhost.spoofguard.key")).doesNotExist();
    }

    @Test
    void badSettingsAndUnknownParametersStopTheStart() {
        assertThatThrownBy(() -> mailet(Map.of("dkim.algorithm", "rsa-sha1"))).hasMessageContaining("dkim.algorithm");
        assertThatThrownBy(() -> mailet(Map.of(), "selector", "x")).hasMessageContaining("selector");
    }

    /**
     * An empty or cut-short key file (a crash right after the first start) stops the start naming the file: signing
     * with a new key would break every receiver's check against the record already published, and going on unsigned
     * hides it in the log.
     */
    @Test
    void anEmptyKeyFileStopsTheStartNamingIt() throws Exception {
        mailet(Map.of());
        Path key = data.resolve("var/spoofguard/dkim/example.dk.spoofguard.key");
        java.nio.file.Files.writeString(key, "");
        assertThatThrownBy(() -> mailet(Map.of())).hasMessageContaining(key.toString()).hasMessageContaining("empty");
        assertThat(java.nio.file.Files.size(key)).isZero();
    }

    @Test
    void aBadDkimSettingIsRefusedInEnglishThenDanishNamingTheFileAndKeyInBoth() {
        assertThatThrownBy(() -> mailet(Map.of("dkim.algorithm", "rsa-sha1")))
            .hasMessage("spoofguard.properties: dkim.algorithm: rsa-sha256 or ed25519-sha256, got 'rsa-sha1'"
                + " / spoofguard.properties: dkim.algorithm: rsa-sha256 eller ed25519-sha256, ikke 'rsa-sha1'");
    }
}
