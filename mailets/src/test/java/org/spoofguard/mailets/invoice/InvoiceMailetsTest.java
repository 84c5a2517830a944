package org.spoofguard.mailets.invoice;

import org.spoofguard.mailets.FakeRepositoryStore;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;

import javax.mail.MessagingException;
import javax.mail.Session;
import javax.mail.internet.MimeBodyPart;
import javax.mail.internet.MimeMessage;
import javax.mail.internet.MimeMultipart;

import org.apache.james.core.MailAddress;
import org.apache.james.mailrepository.api.MailRepositoryUrl;
import org.apache.james.metrics.tests.RecordingMetricFactory;
import org.apache.mailet.Mail;
import org.apache.mailet.base.test.FakeMail;
import org.apache.mailet.base.test.FakeMailContext;
import org.apache.mailet.base.test.FakeMailetConfig;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.spoofguard.core.invoice.InvoiceAction;
import org.spoofguard.core.invoice.InvoiceConfig;
import org.spoofguard.core.invoice.InvoiceInspector;
import org.spoofguard.james.invoice.InvoiceDecision;
import org.spoofguard.james.invoice.InvoiceInspection;

class InvoiceMailetsTest {
    static final String REPO = "memory://var/mail/quarantine/";
    RecordingMetricFactory metrics;
    InvoiceInspection inspection;
    FakeRepositoryStore store;
    FakeMailContext context;

    @BeforeEach
    void setUp() throws Exception {
        metrics = new RecordingMetricFactory();
        inspection = new InvoiceInspection(new InvoiceInspector(InvoiceConfig.defaults()), metrics);
        store = new FakeRepositoryStore();
        context = FakeMailContext.builder().postmaster(new MailAddress("postmaster@kommune.test")).build();
    }

    static MimeMessage invoiceWithPdf() throws MessagingException {
        MimeMessage m = new MimeMessage(Session.getInstance(new Properties()));
        m.setFrom("\"Danfoss\" <faktura@danfoss.dk>");
        m.setRecipients(javax.mail.Message.RecipientType.TO, "kreditor@kommune.test");
        m.setSubject("Faktura 10234 forfalden", "UTF-8");
        MimeBodyPart text = new MimeBodyPart();
        text.setText("Se vedhæftede faktura.", "UTF-8");
        MimeBodyPart pdf = new MimeBodyPart();
        pdf.setContent("%PDF-1.4 secret attachment bytes", "application/pdf");
        pdf.setFileName("Faktura_10234.pdf");
        m.setContent(new MimeMultipart(text, pdf));
        m.saveChanges();
        return m;
    }

    Mail quarantineMail() throws MessagingException {
        Mail mail = FakeMail.builder().name("m1").sender("faktura@danfoss.dk").recipient("kreditor@kommune.test")
            .remoteAddr("185.220.101.7").mimeMessage(invoiceWithPdf()).build();
        InvoiceInspection.record(mail, new InvoiceDecision(InvoiceAction.QUARANTINE,
            "quarantine score=95 invoice=40 spoof=55 reasons=dmarc-fail+40,invoice-subject+15",
            List.of("dmarc-fail(+40): danfoss.dk p=reject", "invoice-subject(+15): faktura"), ""));
        return mail;
    }

    Quarantine quarantine(String... params) throws MessagingException {
        Quarantine q = new Quarantine(store, inspection, "mx.test");
        FakeMailetConfig.Builder config = FakeMailetConfig.builder().mailetName("Quarantine").mailetContext(context)
            .setProperty("repositoryPath", REPO).setProperty("webadminUrl", "http://127.0.0.1:8000");
        for (int i = 0; i < params.length; i += 2) {
            config.setProperty(params[i], params[i + 1]);
        }
        q.init(config.build());
        return q;
    }

    @Test
    void aReallyReleasedMailKeepsOurReleasedHeaderThroughAnotherLookAtItsDecision() throws Exception {
        Mail mail = quarantineMail();
        MarkReleased release = new MarkReleased(inspection);
        release.init(FakeMailetConfig.builder().mailetName("MarkReleased").mailetContext(context).build());
        release.service(mail);

        // the decision is recorded: asking again (an admin reprocessing it to transport) inspects nothing and
        // removes nothing; only a fresh inspection scrubs a sender's own X-SpoofGuard-Released
        assertThat(inspection.decide(mail).action()).isEqualTo(InvoiceAction.QUARANTINE);
        assertThat(mail.getMessage().getHeader(MarkReleased.RELEASED_HEADER)[0])
            .startsWith("released from quarantine by an administrator");
    }

    @Test
    void quarantineStoresWithVerdictGhostsAndNotifiesThePostmasterWithoutTheAttachment() throws Exception {
        Mail mail = quarantineMail();
        quarantine().service(mail);

        assertThat(mail.getState()).isEqualTo(Mail.GHOST);
        FakeRepositoryStore.Repo repo = store.repositories.get(MailRepositoryUrl.from(REPO));
        assertThat(repo.mails).hasSize(1);
        Mail stored = repo.mails.values().iterator().next();
        assertThat(stored.getMessage().getHeader("X-SpoofGuard-Verdict")[0]).startsWith("quarantine score=95");
        assertThat(stored.getAttribute(InvoiceInspection.REASONS)).isPresent();
        // the console's retention and "held since" count from the quarantine, not from the receipt
        assertThat(org.spoofguard.james.HeldMailAttributes.storedAt(stored)).hasValueSatisfying(s -> {
            assertThat(s.repository()).isEqualTo(MailRepositoryUrl.from(REPO).asString());
            assertThat(s.at()).isCloseTo(java.time.Instant.now(), org.assertj.core.api.Assertions.within(1, java.time.temporal.ChronoUnit.MINUTES));
        });
        assertThat(metrics.countFor(InvoiceInspection.METRIC_QUARANTINED)).isEqualTo(1);

        assertThat(context.getSentMails()).hasSize(1);
        FakeMailContext.SentMail notice = context.getSentMails().get(0);
        assertThat(notice.getRecipients()).containsExactly(new MailAddress("postmaster@kommune.test"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        notice.getMsg().writeTo(out);
        String raw = out.toString(StandardCharsets.UTF_8);
        assertThat(notice.getMsg().getContentType()).startsWith("text/plain");
        assertThat(raw).doesNotContain("secret attachment").doesNotContain("application/pdf")
            .contains("Auto-Submitted: auto-generated");
        String body = (String) notice.getMsg().getContent();
        String key = repo.mails.keySet().iterator().next().asString();
        assertThat(body).contains("dmarc-fail(+40): danfoss.dk p=reject")
            .contains("Sender (MAIL FROM): faktura@danfoss.dk")
            .contains("Client IP:          185.220.101.7")
            .contains("Subject:            Faktura 10234 forfalden")
            .contains("curl -XPATCH 'http://127.0.0.1:8000/mailRepositories/var%2Fmail%2Fquarantine%2F/mails/"
                + java.net.URLEncoder.encode(key, StandardCharsets.UTF_8).replace("+", "%20")
                + "?action=reprocess&processor=invoice-release'");
    }

    @Test
    void aNewBankAccountIsSpelledOutInTheNoticeInDanishAndEnglishWithTheTrustCommand() throws Exception {
        Mail mail = FakeMail.builder().name("m2").sender("faktura@danfoss.dk").recipient("kreditor@kommune.test")
            .remoteAddr("194.182.0.10").mimeMessage(invoiceWithPdf()).build();
        InvoiceInspection.record(mail, new InvoiceDecision(InvoiceAction.QUARANTINE,
            "quarantine score=100 invoice=50 spoof=50 reasons=bank-account-new+50",
            List.of("bank-account-new(+50): DK50…6243 → DK95…6789: known payee danfoss.dk used DK50…6243 (3x since "
                + "2026-01-05); this mail asks for payment to DK95…6789"), ""));
        quarantine().service(mail);
        String body = (String) context.getSentMails().get(0).getMsg().getContent();
        assertThat(body).contains("NEW BANK ACCOUNT / NYT KONTONUMMER: DK50…6243 → DK95…6789")
            .contains("Ring til leverandøren på")
            .contains("curl -XPUT 'http://127.0.0.1:8000/spoofguard/bank-details/<supplier domain>/accounts/");
    }

    @Test
    void eachLocalRecipientGetsADefangedBilingualNoticeAndNobodyElseDoes() throws Exception {
        MimeMessage m = invoiceWithPdf();
        m.setFrom("\"Pay now http://evil.example/x \u202E\" <faktura@danfoss.dk>");
        m.setSubject("Faktura fra www.danfoss.dk <script>alert(1)</script>", "UTF-8");
        m.saveChanges();
        Mail mail = FakeMail.builder().name("m2").sender("faktura@danfoss.dk")
            .recipients("kreditor@localhost", "bogholderi@localhost", "partner@elsewhere.example")
            .remoteAddr("185.220.101.7").mimeMessage(m).build();
        InvoiceInspection.record(mail, new InvoiceDecision(InvoiceAction.QUARANTINE, "quarantine score=95", List.of("x"), ""));
        quarantine().service(mail);

        // admin notice + one per LOCAL recipient; never the sender, never the other domain
        assertThat(context.getSentMails()).hasSize(3);
        List<FakeMailContext.SentMail> toRecipients = context.getSentMails().subList(1, 3);
        assertThat(toRecipients).extracting(sent -> sent.getRecipients().iterator().next().asString())
            .containsExactly("kreditor@localhost", "bogholderi@localhost");
        assertThat(context.getSentMails()).allSatisfy(sent -> {
            assertThat(sent.getRecipients()).doesNotContain(new MailAddress("faktura@danfoss.dk"), new MailAddress("partner@elsewhere.example"));
            assertThat(sent.getSender()).isEqualTo(new MailAddress("postmaster@kommune.test"));
        });
        MimeMessage notice = toRecipients.get(0).getMsg();
        assertThat(notice.getContentType()).startsWith("text/plain");
        assertThat(notice.getHeader("Auto-Submitted")[0]).isEqualTo("auto-generated");
        String body = (String) notice.getContent();
        assertThat(body).contains("ligner en falsk faktura fra").contains("looks like a fake invoice from")
            .contains("Din IT-afdeling kan frigive den").contains("Your IT team can release it")
            .contains("faktura@danfoss[.]dk").contains("hxxp[:]//evil[.]example/x").contains("www[.]danfoss[.]dk")
            .doesNotContain("http://").doesNotContain("danfoss.dk").doesNotContain("\u202E")
            .doesNotContain("secret attachment");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        notice.writeTo(out);
        assertThat(out.toString(StandardCharsets.UTF_8)).doesNotContain("application/pdf").doesNotContain("multipart");
    }

    @Test
    void aHostileTenThousandCharacterSubjectIsCutInTheRecipientsNotice() throws Exception {
        MimeMessage m = invoiceWithPdf();
        m.setSubject("<b>" + "x".repeat(10_000) + "</b>\u202E\r\nBcc: victim@example", "UTF-8");
        m.saveChanges();
        Mail mail = FakeMail.builder().name("m4").sender("faktura@danfoss.dk").recipient("kreditor@localhost").mimeMessage(m).build();
        InvoiceInspection.record(mail, new InvoiceDecision(InvoiceAction.QUARANTINE, "quarantine score=95", List.of("x"), ""));
        quarantine().service(mail);
        String body = (String) context.getSentMails().get(1).getMsg().getContent();
        assertThat(body.length()).isLessThan(2_000);
        assertThat(body).contains("<b>xxx").doesNotContain("\u202E").doesNotContain("\nBcc:");
        assertThat(context.getSentMails().get(1).getMsg().getHeader("Bcc")).isNull();
    }

    @Test
    void recipientNoticesCanBeTurnedOff() throws Exception {
        Mail mail = FakeMail.builder().name("m3").sender("faktura@danfoss.dk").recipient("kreditor@localhost")
            .mimeMessage(invoiceWithPdf()).build();
        InvoiceInspection.record(mail, new InvoiceDecision(InvoiceAction.QUARANTINE, "quarantine score=95", List.of("x"), ""));
        quarantine("notifyRecipients", "false").service(mail);
        assertThat(context.getSentMails()).singleElement()
            .satisfies(sent -> assertThat(sent.getRecipients()).containsExactly(new MailAddress("postmaster@kommune.test")));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> quarantine("notifyRecipients", "yes"))
            .hasMessageContaining("parameter 'notifyRecipients' must be true or false: 'yes' / ")
            .hasMessageContaining("parameteren 'notifyRecipients' skal være true eller false: 'yes'");
    }

    @Test
    void aStoreFailureHandsTheMailBackToJamesNeverToTheInboxAndCountsIt() throws Exception {
        store.failStore = true;
        Mail mail = quarantineMail();
        Quarantine quarantine = quarantine();
        String before = mail.getState();

        // Thrown, so James's onMailetException (propagate in our conf: re-spooled, then the error repository)
        // decides; the mail never just continues to TagInvoice and the inbox.
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> quarantine.service(mail))
            .isInstanceOf(javax.mail.MessagingException.class).hasMessageContaining("quarantine store");

        assertThat(mail.getState()).isEqualTo(before).isNotEqualTo(Mail.GHOST);
        assertThat(context.getSentMails()).isEmpty();
        assertThat(metrics.countFor(Quarantine.METRIC_STORE_FAILED)).isEqualTo(1);
        assertThat(metrics.countFor(InvoiceInspection.METRIC_ERRORS)).isEqualTo(1);
        assertThat(metrics.countFor(InvoiceInspection.METRIC_QUARANTINED)).isZero();
        // still marked: wherever James keeps it, the admin sees the verdict
        assertThat(mail.getMessage().getHeader("X-SpoofGuard-Verdict")[0]).startsWith("quarantine ");
    }

    @Test
    void notifyNoneSendsNothingAndOtherAddressesAreUsed() throws Exception {
        quarantine("notify", "none").service(quarantineMail());
        assertThat(context.getSentMails()).isEmpty();

        quarantine("notify", "security@kommune.test").service(quarantineMail());
        assertThat(context.getSentMails()).singleElement()
            .satisfies(s -> assertThat(s.getRecipients()).containsExactly(new MailAddress("security@kommune.test")));
    }

    @Test
    void badParametersStopStartUp() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> quarantine("repositoryPath", "quarantine"))
            .isInstanceOf(MessagingException.class).hasMessageContaining("repositoryPath");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> quarantine("notify", "not an address"))
            .isInstanceOf(MessagingException.class)
            .hasMessageContaining("parameter 'notify' must be an address, 'postmaster' or 'none': 'not an address' / ")
            .hasMessageContaining("parameteren 'notify' skal være en adresse, 'postmaster' eller 'none': 'not an address'");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> quarantine("repositoryUrl", REPO))
            .isInstanceOf(MessagingException.class).hasMessageContaining("unknown parameter 'repositoryUrl'")
            .hasMessageContaining(" / Quarantine: ukendt parameter 'repositoryUrl'");
    }

    @Test
    void releaseProcessorAndWebadminUrlMustMakeAWorkingReleaseCommand() throws Exception {
        // empty: WebAdmin's reprocess without a processor sends the mail back where it was held: quarantined again
        for (String bad : new String[] {"", "  ", "invoice release", "invoice-release\nroot"}) {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> quarantine("releaseProcessor", bad))
                .as("releaseProcessor '%s'", bad).isInstanceOf(MessagingException.class)
                .hasMessageContaining("'releaseProcessor'").hasMessageContaining(" / ")
                .hasMessageContaining("parameteren 'releaseProcessor' skal være navnet på den processor")
                .hasMessageContaining("ikke '" + bad.trim() + "'");
        }
        // the notice's curl commands append paths to it inside '...': only an http(s) base URL works
        for (String bad : new String[] {"", "not a url", "ftp://127.0.0.1:8000", "file:///tmp", "127.0.0.1:8000",
            "http://", "http:///x", "http://127.0.0.1:8000/?a=b", "http://127.0.0.1:8000/#x", "http://u:p@127.0.0.1:8000",
            "http://127.0.0.1:8000/it's", "mailto:postmaster@kommune.test"}) {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> quarantine("webadminUrl", bad))
                .as("webadminUrl '%s'", bad).isInstanceOf(MessagingException.class)
                .hasMessageContaining("'webadminUrl'").hasMessageContaining(" / ")
                .hasMessageContaining("parameteren 'webadminUrl' skal være WebAdmins adresse");
        }
        // what works: http or https, a host (name, IPv4, [IPv6]), a port, a path prefix (a reverse proxy), a final /
        for (String good : new String[] {"http://127.0.0.1:8000", "https://mx.kommune.test/admin/", "HTTP://[::1]:8000",
            "http://localhost"}) {
            quarantine("webadminUrl", good);
        }
        quarantine("releaseProcessor", " my-release ");
    }

    @Test
    void jamesOwnParametersAreAcceptedByEveryValidatingMailet() throws Exception {
        for (String name : org.spoofguard.james.MailetParameters.JAMES_STANDARD) {
            quarantine(name, "ignore");
            new TagInvoice(inspection).init(FakeMailetConfig.builder().mailetName("TagInvoice").mailetContext(context)
                .setProperty(name, "propagate").setProperty("subjectPrefix", "[x]").build());
        }
        // names James 3.8.1 does not have are still unknown, and the message lists what is allowed
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new TagInvoice(inspection).init(FakeMailetConfig.builder()
                .mailetName("TagInvoice").mailetContext(context).setProperty("pipelining", "true").build()))
            .isInstanceOf(MessagingException.class).hasMessageContaining("unknown parameter 'pipelining'")
            .hasMessageContaining("onMailetException").hasMessageContaining("subjectPrefix");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> quarantine("onMatchExceptions", "ignore"))
            .isInstanceOf(MessagingException.class).hasMessageContaining("unknown parameter 'onMatchExceptions'");
    }

    @Test
    void tagInvoiceAddsTheHeaderAndTheSubjectPrefixOnce() throws Exception {
        TagInvoice tag = new TagInvoice(inspection);
        tag.init(FakeMailetConfig.builder().mailetName("TagInvoice").mailetContext(context)
            .setProperty("subjectPrefix", "[Faktura udenfor NemHandel]").build());
        Mail mail = FakeMail.builder().name("t1").sender("debitor@danfoss.dk").recipient("kreditor@kommune.test")
            .mimeMessage(invoiceWithPdf()).build();
        InvoiceInspection.record(mail, new InvoiceDecision(InvoiceAction.TAG, "tag score=40 invoice=40 spoof=0 reasons=out-of-channel-invoice+20",
            List.of("out-of-channel-invoice(+20)"), ""));
        tag.service(mail);
        tag.service(mail);
        assertThat(mail.getMessage().getSubject()).isEqualTo("[Faktura udenfor NemHandel] Faktura 10234 forfalden");
        assertThat(javax.mail.internet.MimeUtility.unfold(mail.getMessage().getHeader("X-SpoofGuard-Verdict", null)))
            .isEqualTo("tag score=40 invoice=40 spoof=0 reasons=out-of-channel-invoice+20");
        assertThat(mail.getState()).isNotEqualTo(Mail.GHOST);
        assertThat(metrics.countFor(InvoiceInspection.METRIC_TAGGED)).isEqualTo(2);
    }

    static final String VERDICT = org.spoofguard.core.verdict.VerdictRecordCodec.encode(new org.spoofguard.core.verdict.VerdictRecord(
        org.spoofguard.core.verdict.AuthenticationResultsHeader.parse(
            "mx.test; spf=pass smtp.mailfrom=friend@example.org; dkim=none; dmarc=none header.from=example.org", "mx.test")
            .orElseThrow()));

    @Test
    void aMissingSenderVerdictIsFlaggedAsOurError() throws Exception {
        Mail mail = FakeMail.builder().name("n1").sender("debitor@danfoss.dk").recipient("kreditor@kommune.test")
            .mimeMessage(invoiceWithPdf()).build();
        InvoiceDecision d = inspection.decide(mail);
        assertThat(d.isError()).isTrue();
        assertThat(d.error()).contains("no sender verdict");
        assertThat(mail.getMessage().getHeader("X-SpoofGuard-Error")).isNotNull();
        assertThat(metrics.countFor(InvoiceInspection.METRIC_ERRORS)).isEqualTo(1);
    }

    @Test
    void inspectionRunsOnceRemovesForgedVerdictHeadersAndRecordsTheDecision() throws Exception {
        MimeMessage m = new MimeMessage(Session.getInstance(new Properties()));
        m.setFrom("friend@example.org");
        m.setSubject("Frokost?");
        m.setText("Skal vi spise frokost?");
        m.setHeader("X-SpoofGuard-Verdict", "deliver score=0 (forged by the sender)");
        m.saveChanges();
        Mail mail = FakeMail.builder().name("d1").sender("friend@example.org").recipient("kreditor@kommune.test")
            .mimeMessage(m).attribute(new org.apache.mailet.Attribute(org.spoofguard.james.SpoofGuardAttributes.VERDICT,
                org.apache.mailet.AttributeValue.of(VERDICT))).build();
        assertThat(org.spoofguard.core.verdict.VerdictRecordCodec.decode(VERDICT).complete()).isTrue();

        InvoiceDecision first = inspection.decide(mail);
        assertThat(first.action()).isEqualTo(InvoiceAction.DELIVER);
        assertThat(first.isError()).isFalse();
        assertThat(mail.getMessage().getHeader("X-SpoofGuard-Verdict")).isNull();
        assertThat(mail.getAttribute(InvoiceInspection.VERDICT)).isPresent();
        assertThat(InvoiceInspection.recorded(mail)).contains(first);
        // the second call is served from the attributes: no second count
        assertThat(inspection.decide(mail)).isEqualTo(first);
        assertThat(metrics.countFor(InvoiceInspection.METRIC_DELIVERED)).isEqualTo(1);
    }

    @Test
    void anUnreadableMessageIsHandedBackToJamesUndecidedAndCounted() throws Exception {
        MimeMessage broken = new MimeMessage(Session.getInstance(new Properties())) {
            @Override
            public void writeTo(OutputStream os) throws IOException {
                throw new IOException("disk gone");
            }

            @Override
            public void writeTo(OutputStream os, String[] ignore) throws IOException {
                throw new IOException("disk gone");
            }
        };
        broken.setSubject("Faktura");
        broken.setText("x");
        Mail mail = FakeMail.builder().name("e1").sender("a@b.example").recipient("kreditor@kommune.test")
            .mimeMessage(broken).build();

        // the store failed, not the sender: James retries the mail (onMatchException/onMailetException propagate)
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> inspection.decide(mail))
            .isInstanceOf(javax.mail.MessagingException.class).hasRootCauseMessage("disk gone");
        assertThat(InvoiceInspection.recorded(mail)).isEmpty();
        assertThat(metrics.countFor(InvoiceInspection.METRIC_ERRORS)).isEqualTo(1);
        assertThat(metrics.countFor(InvoiceInspection.METRIC_DELIVERED)).isZero();
    }

    @Test
    void badInvoiceSettingsNameTheKeyAsWrittenInSpoofguardProperties() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> InvoiceInspection.parse(java.util.Map.of(
                "threshold.tag", "lots", "networks.internal", "10.0.0.0/99")))
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("invoice.threshold.tag").hasMessageContaining("invoice.networks.internal");
    }
}
