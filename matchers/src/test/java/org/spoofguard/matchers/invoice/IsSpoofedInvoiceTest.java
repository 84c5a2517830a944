package org.spoofguard.matchers.invoice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import javax.mail.MessagingException;
import javax.mail.Session;
import javax.mail.internet.MimeBodyPart;
import javax.mail.internet.MimeMessage;
import javax.mail.internet.MimeMultipart;

import org.apache.james.core.MailAddress;
import org.apache.james.metrics.tests.RecordingMetricFactory;
import org.apache.mailet.Attribute;
import org.apache.mailet.AttributeName;
import org.apache.mailet.AttributeValue;
import org.apache.mailet.Mail;
import org.apache.mailet.base.test.FakeMail;
import org.apache.mailet.base.test.FakeMailContext;
import org.apache.mailet.base.test.FakeMatcherConfig;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.spoofguard.core.dkim.DkimResult;
import org.spoofguard.core.dkim.DkimResultCode;
import org.spoofguard.core.dmarc.DmarcPolicy;
import org.spoofguard.core.dmarc.DmarcResult;
import org.spoofguard.core.dmarc.DmarcResultCode;
import org.spoofguard.core.invoice.InvoiceAction;
import org.spoofguard.core.invoice.InvoiceConfig;
import org.spoofguard.core.invoice.InvoiceInspector;
import org.spoofguard.core.spf.SpfResult;
import org.spoofguard.core.spf.SpfResultCode;
import org.spoofguard.core.verdict.VerdictRecord;
import org.spoofguard.core.verdict.VerdictRecordCodec;
import org.spoofguard.core.verdict.SenderVerdict;
import org.spoofguard.james.invoice.InvoiceInspection;

class IsSpoofedInvoiceTest {
    static final String AUTHSERV_ID = "mx.aarhus.dk";
    static final AttributeName SENDER_VERDICT = AttributeName.of("org.spoofguard.verdict");
    static final String RCPT1 = "kreditor@aarhus.dk";
    static final String RCPT2 = "bogholderi@aarhus.dk";

    RecordingMetricFactory metrics;
    InvoiceInspection inspection;
    InvoiceConfig config;

    @BeforeEach
    void setUp() {
        metrics = new RecordingMetricFactory();
        // the corpus' configuration: a mailed PDF invoice is out of channel for a Danish municipality
        config = InvoiceConfig.parse(Map.of("profile", "electronic-invoices-only",
            "domains.own", "aarhus.dk", "domains.suppliers", "danfoss.dk kmd.dk atea.dk"));
        inspection = new InvoiceInspection(new InvoiceInspector(config), metrics);
    }

    IsSpoofedInvoice matcher(String condition) throws MessagingException {
        IsSpoofedInvoice m = new IsSpoofedInvoice(inspection);
        m.init(FakeMatcherConfig.builder().matcherName("IsSpoofedInvoice").condition(condition)
            .mailetContext(FakeMailContext.defaultContext()).build());
        return m;
    }

    /** Our verdict record, as the SMTP hooks store it in {@code org.spoofguard.verdict}. */
    static String verdict(String ip, String mailFrom, SpfResultCode spf, DkimResultCode dkim, DmarcResultCode dmarc,
                          DmarcPolicy policy) {
        String domain = mailFrom.substring(mailFrom.indexOf('@') + 1);
        List<DkimResult> dkims = dkim == null ? List.of() : List.of(new DkimResult(dkim, domain, "s1", "rsa-sha256", ""));
        SenderVerdict v = new SenderVerdict(ip, "mail." + domain, mailFrom,
            new SpfResult(spf, SpfResult.MAILFROM, domain, mailFrom, ""),
            new SpfResult(SpfResultCode.NONE, SpfResult.HELO, "mail." + domain, "postmaster@mail." + domain, ""),
            dkims, new DmarcResult(dmarc, domain, domain, policy, spf == SpfResultCode.PASS, dkim == DkimResultCode.PASS,
                ""));
        return VerdictRecordCodec.encode(new VerdictRecord(v));
    }

    static final String FORGED_DANFOSS = verdict("185.220.101.7", "faktura@danfoss.dk", SpfResultCode.FAIL, null,
        DmarcResultCode.FAIL, DmarcPolicy.REJECT);
    static final String AUTHENTICATED_DANFOSS = verdict("194.182.0.10", "faktura@danfoss.dk", SpfResultCode.PASS,
        DkimResultCode.PASS, DmarcResultCode.PASS, DmarcPolicy.REJECT);

    /** A PDF invoice "from" Danfoss announcing new bank details: the fraud of issue 6. */
    static MimeMessage pdfInvoice() throws MessagingException {
        MimeMessage m = new MimeMessage(Session.getInstance(new Properties()));
        m.setFrom("\"Danfoss Debitor\" <faktura@danfoss.dk>");
        m.setRecipients(javax.mail.Message.RecipientType.TO, RCPT1);
        m.setSubject("Faktura 10234 - betalingspåmindelse", "UTF-8");
        MimeBodyPart text = new MimeBodyPart();
        text.setText("Hej,\n\nVedhæftet faktura 10234 er forfalden. Bemærk: vi har ændrede bankoplysninger, "
            + "betal til IBAN DE89 3704 0044 0532 0130 00.\n\nMed venlig hilsen\nDanfoss Debitor", "UTF-8");
        MimeBodyPart pdf = new MimeBodyPart();
        pdf.setContent("%PDF-1.4\n%not a real page\n", "application/pdf");
        pdf.setFileName("Faktura_10234.pdf");
        m.setContent(new MimeMultipart(text, pdf));
        m.saveChanges();
        return m;
    }

    static MimeMessage ordinaryMail() throws MessagingException {
        MimeMessage m = new MimeMessage(Session.getInstance(new Properties()));
        m.setFrom("\"Danfoss\" <kontakt@danfoss.dk>");
        m.setRecipients(javax.mail.Message.RecipientType.TO, RCPT1);
        m.setSubject("Mødet torsdag", "UTF-8");
        m.setText("Hej, vi ses torsdag kl. 10 til statusmødet om varmepumperne.", "UTF-8");
        m.saveChanges();
        return m;
    }

    static Mail mail(MimeMessage message, String senderVerdict) throws MessagingException {
        FakeMail.Builder b = FakeMail.builder().name("m1").sender("faktura@danfoss.dk").recipients(RCPT1, RCPT2)
            .remoteAddr("185.220.101.7").mimeMessage(message);
        if (senderVerdict != null) {
            b.attribute(new Attribute(SENDER_VERDICT, AttributeValue.of(senderVerdict)));
        }
        return b.build();
    }

    static String attr(Mail mail, AttributeName name) {
        return mail.getAttribute(name).map(Attribute::getValue).map(AttributeValue::value).map(String::valueOf)
            .orElse(null);
    }

    static String unfold(String header) {
        return header.replaceAll("\r?\n[ \t]+", " ");
    }

    @Test
    void conditionIsQuarantineByDefaultOrTagAndAnythingElseStopsStartUp() throws Exception {
        assertThat(matcher(null).level()).isEqualTo(InvoiceAction.QUARANTINE);
        assertThat(matcher("").level()).isEqualTo(InvoiceAction.QUARANTINE);
        assertThat(matcher(" Quarantine ").level()).isEqualTo(InvoiceAction.QUARANTINE);
        assertThat(matcher("TAG").level()).isEqualTo(InvoiceAction.TAG);
        assertThatThrownBy(() -> matcher("deliver")).isInstanceOf(MessagingException.class)
            .hasMessageContaining("IsSpoofedInvoice").hasMessageContaining("'deliver'")
            .hasMessageContaining(" / IsSpoofedInvoice: betingelsen skal være 'quarantine' eller 'tag', ikke 'deliver'");
    }

    @Test
    void forgedSupplierInvoiceMatchesAllRecipientsAtBothLevelsAndIsScannedOnce() throws Exception {
        Mail mail = mail(pdfInvoice(), FORGED_DANFOSS);

        assertThat(matcher("quarantine").match(mail))
            .containsExactlyInAnyOrder(new MailAddress(RCPT1), new MailAddress(RCPT2));
        assertThat(attr(mail, InvoiceInspection.ACTION)).isEqualTo("quarantine");
        assertThat(attr(mail, InvoiceInspection.VERDICT)).startsWith("quarantine score=");
        assertThat(attr(mail, InvoiceInspection.REASONS)).contains("dmarc-fail(+").contains("bank-change(+")
            .contains("supplier-domain-unauthenticated(+");

        // the tag composite sees the same (cached) decision: quarantine is at least tag
        assertThat(matcher("tag").match(mail)).hasSize(2);
        assertThat(mail.getMessage().getHeader("X-SpoofGuard-Error")).isNull();
        assertThat(metrics.countFor(InvoiceInspection.METRIC_ERRORS)).isZero();
        // the mailets count quarantine/tag; the matcher counts nothing for them
        assertThat(metrics.countFor(InvoiceInspection.METRIC_DELIVERED)).isZero();
    }

    @Test
    void theSameInvoiceFromTheAuthenticatedSupplierIsOnlyTaggedUnderElectronicInvoicesOnly() throws Exception {
        Mail mail = mail(pdfInvoice(), AUTHENTICATED_DANFOSS);

        assertThat(matcher("quarantine").match(mail)).isEmpty();
        assertThat(matcher("tag").match(mail)).hasSize(2);
        assertThat(attr(mail, InvoiceInspection.ACTION)).isEqualTo("tag");
        assertThat(attr(mail, InvoiceInspection.REASONS)).contains("out-of-channel-invoice(+")
            .doesNotContain("dmarc-fail");
    }

    @Test
    void forgedSenderWithoutInvoiceContentIsNeverQuarantinedOnlyTagged() throws Exception {
        Mail mail = mail(ordinaryMail(), FORGED_DANFOSS);

        // quarantine needs invoice-ness AND spoof-ness (gate.invoice): a forged sender alone is left to DMARC
        assertThat(matcher("quarantine").match(mail)).isEmpty();
        assertThat(matcher("tag").match(mail)).hasSize(2);
        assertThat(attr(mail, InvoiceInspection.ACTION)).isEqualTo("tag");
        assertThat(attr(mail, InvoiceInspection.REASONS)).contains("dmarc-fail(+").doesNotContain("invoice-");
    }

    @Test
    void ordinaryAuthenticatedMailMatchesNeitherLevelAndIsCountedAsDeliveredOnce() throws Exception {
        Mail mail = mail(ordinaryMail(), AUTHENTICATED_DANFOSS);

        assertThat(matcher("quarantine").match(mail)).isEmpty();
        assertThat(matcher("tag").match(mail)).isEmpty();
        assertThat(attr(mail, InvoiceInspection.ACTION)).isEqualTo("deliver");
        assertThat(mail.getMessage().getHeader("X-SpoofGuard-Error")).isNull();
        // two matchers, one inspection: counted once
        assertThat(metrics.countFor(InvoiceInspection.METRIC_DELIVERED)).isEqualTo(1);
    }

    @Test
    void aRecordedDecisionIsReusedNotRecomputed() throws Exception {
        Mail mail = mail(pdfInvoice(), FORGED_DANFOSS);
        mail.setAttribute(new Attribute(InvoiceInspection.ACTION, AttributeValue.of("tag")));

        // the content would be quarantined if scanned again; the recorded decision wins (release path relies on it)
        assertThat(matcher("quarantine").match(mail)).isEmpty();
        assertThat(matcher("tag").match(mail)).hasSize(2);
        assertThat(metrics.countFor(InvoiceInspection.METRIC_DELIVERED)).isZero();
    }

    @Test
    void aSenderCannotPreLabelItsMailWithOurHeaders() throws Exception {
        MimeMessage message = pdfInvoice();
        message.setHeader("X-SpoofGuard-Verdict", "deliver score=0 invoice=0 spoof=0");
        message.setHeader("X-SpoofGuard-Error", "invoice inspection failed, delivered unchecked");
        message.saveChanges();
        Mail mail = mail(message, FORGED_DANFOSS);

        assertThat(matcher("quarantine").match(mail)).hasSize(2);
        assertThat(mail.getMessage().getHeader("X-SpoofGuard-Verdict")).isNull();
        assertThat(mail.getMessage().getHeader("X-SpoofGuard-Error")).isNull();
    }

    @Test
    void aMissingSenderVerdictIsFlaggedAndHeaderSignalsStillCount() throws Exception {
        // no verdict at all (e.g. the SMTP hooks were not configured): a look-alike of a supplier is still seen
        MimeMessage message = pdfInvoice();
        message.setFrom("\"Danfoss Debitor\" <debitor@danfos.dk>");
        message.saveChanges();
        Mail mail = mail(message, null);

        matcher("tag").match(mail);
        assertThat(attr(mail, InvoiceInspection.ERROR)).contains("no sender verdict");
        assertThat(unfold(mail.getMessage().getHeader("X-SpoofGuard-Error")[0])).contains("no sender verdict");
        assertThat(attr(mail, InvoiceInspection.REASONS)).contains("lookalike-domain(+");
        assertThat(metrics.countFor(InvoiceInspection.METRIC_ERRORS)).isEqualTo(1);
    }

    /** A message whose serialisation hits a bug of ours (not an I/O failure of the store). */
    static MimeMessage breaking() throws MessagingException {
        return new MimeMessage(pdfInvoice()) {
            @Override
            public void writeTo(OutputStream os) {
                throw new IllegalStateException("parser bug");
            }

            @Override
            public void writeTo(OutputStream os, String[] ignoreList) {
                throw new IllegalStateException("parser bug");
            }
        };
    }

    @Test
    void ourOwnFailureQuarantinesWhenTheFromDomainFailedDmarcUnderAnEnforcingPolicy() throws Exception {
        Mail mail = mail(breaking(), FORGED_DANFOSS);

        assertThat(matcher("quarantine").match(mail)).hasSize(2);
        assertThat(attr(mail, InvoiceInspection.ACTION)).isEqualTo("quarantine");
        assertThat(attr(mail, InvoiceInspection.ERROR)).contains("parser bug");
        assertThat(unfold(mail.getMessage().getHeader("X-SpoofGuard-Error")[0]))
            .startsWith("invoice inspection failed, decided quarantine unchecked");
        assertThat(metrics.countFor(InvoiceInspection.METRIC_ERRORS)).isEqualTo(1);
    }

    @Test
    void ourOwnFailureTagsEveryOtherMailNeverDeliversItAsIfChecked() throws Exception {
        String dmarcNone = verdict("185.220.101.7", "faktura@danfoss.dk", SpfResultCode.FAIL, null,
            DmarcResultCode.FAIL, DmarcPolicy.NONE);
        for (String sender : new String[] {AUTHENTICATED_DANFOSS, dmarcNone, null}) {
            metrics = new RecordingMetricFactory();
            inspection = new InvoiceInspection(new InvoiceInspector(config), metrics);
            Mail mail = mail(breaking(), sender);

            assertThat(matcher("quarantine").match(mail)).as(String.valueOf(sender)).isEmpty();
            assertThat(matcher("tag").match(mail)).as(String.valueOf(sender)).hasSize(2);
            assertThat(attr(mail, InvoiceInspection.ACTION)).isEqualTo("tag");
            assertThat(unfold(mail.getMessage().getHeader("X-SpoofGuard-Error")[0]))
                .startsWith("invoice inspection failed, decided tag unchecked");
            assertThat(metrics.countFor(InvoiceInspection.METRIC_ERRORS)).isEqualTo(1);
        }
    }

    @Test
    void aMessageTheStoreCannotReadIsHandedBackToJamesUnjudged() throws Exception {
        MimeMessage unreadable = new MimeMessage(pdfInvoice()) {
            @Override
            public void writeTo(OutputStream os) throws IOException {
                throw new IOException("disk gone");
            }

            @Override
            public void writeTo(OutputStream os, String[] ignoreList) throws IOException {
                throw new IOException("disk gone");
            }
        };
        Mail mail = mail(unreadable, AUTHENTICATED_DANFOSS);

        // onMatchException=propagate (conf): James retries the mail, then keeps it in its error repository
        assertThatThrownBy(() -> matcher("quarantine").match(mail)).isInstanceOf(MessagingException.class)
            .hasRootCauseMessage("disk gone");
        assertThat(attr(mail, InvoiceInspection.ACTION)).as("nothing recorded: the retry inspects again").isNull();
        assertThat(metrics.countFor(InvoiceInspection.METRIC_ERRORS)).isEqualTo(1);
    }
}
