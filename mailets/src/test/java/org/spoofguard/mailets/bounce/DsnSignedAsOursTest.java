package org.spoofguard.mailets.bounce;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.apache.james.core.Domain;
import org.apache.james.domainlist.api.DomainList;
import org.apache.james.filesystem.api.FileSystem;
import org.apache.james.metrics.tests.RecordingMetricFactory;
import org.apache.mailet.Attribute;
import org.apache.mailet.AttributeName;
import org.apache.mailet.AttributeValue;
import org.apache.mailet.Mail;
import org.apache.mailet.base.test.FakeMail;
import org.apache.mailet.base.test.FakeMailContext;
import org.apache.mailet.base.test.FakeMailetConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spoofguard.core.dmarc.DmarcPolicy;
import org.spoofguard.core.dmarc.DmarcResult;
import org.spoofguard.core.dmarc.DmarcResultCode;
import org.spoofguard.core.spf.SpfResult;
import org.spoofguard.core.spf.SpfResultCode;
import org.spoofguard.core.verdict.SenderVerdict;
import org.spoofguard.core.verdict.VerdictRecord;
import org.spoofguard.james.SpoofGuardAttributes;
import org.spoofguard.james.SpoofGuardSettings;
import org.spoofguard.mailets.dkim.DkimKeyring;
import org.spoofguard.mailets.dkim.DkimSign;

/**
 * James's DSNBounce builds the DSN with MailImpl.duplicateWithoutMessage(original): the DSN carries the original
 * mail's attributes, our sender record among them. The DSN is ours (From: postmaster of our domain, made by James), so
 * DkimSign must sign it whatever the original's DMARC said: the proven sender's server judges our DSN under our own
 * DMARC policy, and an unsigned one from a domain that signs all its mail fails there.
 */
class DsnSignedAsOursTest {
    @TempDir
    Path data;

    @Test
    void aDsnToAProvenSenderWhoseOwnMailHadNoDmarcPassIsSignedWithOurKey() throws Exception {
        // the original: SPF pass for its return path (a proven sender, so it gets its DSN), From domain without DMARC
        SenderVerdict original = new SenderVerdict("198.51.100.4", "mail.honest.example", "bob@honest.example",
            new SpfResult(SpfResultCode.PASS, SpfResult.MAILFROM, "honest.example", "bob@honest.example", ""),
            new SpfResult(SpfResultCode.NONE, SpfResult.HELO, "mail.honest.example", "postmaster@mail.honest.example", ""),
            List.of(), new DmarcResult(DmarcResultCode.NONE, "honest.example", "", DmarcPolicy.NONE, false, false, ""));
        Mail failed = StatusFieldTest.failed().state("bounces")
            .attribute(new Attribute(AttributeName.of("delivery-error"), AttributeValue.of("550 5.1.1 user unknown")))
            .build();
        SpoofGuardAttributes.write(failed, new VerdictRecord(original));
        SpoofGuardAttributes.writeSession(failed, new org.spoofguard.core.session.SessionContext("198.51.100.4",
            "mail.honest.example", "bob@honest.example"));
        FakeMailContext context = BundledConf.context();
        BundledConf.bouncer("bounces", context).service(failed);
        assertThat(context.getSentMails()).hasSize(1);
        FakeMailContext.SentMail sent = context.getSentMails().get(0);
        assertThat(sent.getMsg().getFrom()[0].toString()).contains("@ours.example");
        // the DSN is James's own: neither the original's record nor its session (ComputeSenderVerdict would judge
        // our DSN as sent from the original client) goes with it
        assertThat(sent.getAttributes()).doesNotContainKeys(SpoofGuardAttributes.VERDICT, SpoofGuardAttributes.SESSION,
            SpoofGuardAttributes.DMARC);

        FakeMail dsn = FakeMail.builder().name("dsn").recipients(List.copyOf(sent.getRecipients())).mimeMessage(sent.getMsg())
            .attributes(List.copyOf(sent.getAttributes().values())).build();
        signer().service(dsn);
        assertThat(dsn.getMessage().getHeader("DKIM-Signature")).as("our own DSN, attributes %s",
            sent.getAttributes().keySet()).hasSize(1);
    }

    private DkimSign signer() throws Exception {
        FileSystem fs = mock(FileSystem.class);
        when(fs.getFile(anyString())).thenAnswer(i -> data.resolve(((String) i.getArgument(0))
            .substring("file://".length())).toFile());
        DomainList domains = mock(DomainList.class);
        when(domains.getDomains()).thenReturn(List.of(Domain.of("ours.example")));
        DkimSign m = new DkimSign(new SpoofGuardSettings(Map.of("dkim.domains", "ours.example", "authservId", "mx.test")),
            fs, domains, new RecordingMetricFactory(), new DkimKeyring());
        m.init(FakeMailetConfig.builder().mailetName("DkimSign").mailetContext(FakeMailContext.defaultContext()).build());
        return m;
    }
}
