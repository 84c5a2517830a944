package org.spoofguard.matchers.invoice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

import javax.mail.MessagingException;
import javax.mail.Session;
import javax.mail.internet.MimeBodyPart;
import javax.mail.internet.MimeMessage;
import javax.mail.internet.MimeMultipart;

import org.apache.james.metrics.tests.RecordingMetricFactory;
import org.apache.mailet.Mail;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spoofguard.core.dkim.DkimResultCode;
import org.spoofguard.core.dmarc.DmarcPolicy;
import org.spoofguard.core.dmarc.DmarcResultCode;
import org.spoofguard.core.invoice.InvoiceAction;
import org.spoofguard.core.invoice.InvoiceConfig;
import org.spoofguard.core.invoice.InvoiceInspector;
import org.spoofguard.core.spf.SpfResultCode;
import org.spoofguard.james.invoice.InvoiceDecision;
import org.spoofguard.james.invoice.InvoiceInspection;

/** The James adapter's part of issue 11: local domains, the persisted bank-details memory and "trust". */
class InvoiceInspectionMemoryTest {
    static final String AUTH_DANFOSS = IsSpoofedInvoiceTest.verdict("194.182.0.10", "faktura@danfoss.dk",
        SpfResultCode.PASS, DkimResultCode.PASS, DmarcResultCode.PASS, DmarcPolicy.REJECT);

    static MimeMessage invoice(String from, String iban) throws MessagingException {
        MimeMessage m = new MimeMessage(Session.getInstance(new Properties()));
        m.setFrom(from);
        m.setRecipients(javax.mail.Message.RecipientType.TO, IsSpoofedInvoiceTest.RCPT1);
        m.setSubject("Faktura 2026-118", "UTF-8");
        MimeBodyPart text = new MimeBodyPart();
        text.setText("Hej,\n\nHermed faktura 2026-118. Betales til IBAN " + iban + " senest 14 dage.\n", "UTF-8");
        MimeBodyPart pdf = new MimeBodyPart();
        pdf.setContent("%PDF-1.4\n%not a real page\n", "application/pdf");
        pdf.setFileName("Faktura_2026-118.pdf");
        m.setContent(new MimeMultipart(text, pdf));
        m.saveChanges();
        return m;
    }

    static InvoiceInspection inspection(Set<String> local, File bank) {
        InvoiceConfig cfg = InvoiceConfig.parse(Map.of());
        return new InvoiceInspection(new InvoiceInspector(cfg), IsSpoofedInvoiceTest.AUTHSERV_ID,
            new RecordingMetricFactory(), () -> local, bank);
    }

    @Test
    void authenticatedInvoicesTeachTheMemoryWhichSurvivesARestartAndFlagsANewAccount(@TempDir Path dir)
            throws Exception {
        File bank = dir.resolve("var/spoofguard/bank-details.txt").toFile();
        InvoiceInspection first = inspection(Set.of(), bank);
        Mail genuine = IsSpoofedInvoiceTest.mail(invoice("Danfoss <faktura@danfoss.dk>", "DK50 0040 0440 1162 43"),
            AUTH_DANFOSS);
        InvoiceDecision d = first.decide(genuine);
        assertThat(d.action()).as(d.summary()).isEqualTo(InvoiceAction.DELIVER);
        assertThat(first.bankMemory().accounts("danfoss.dk")).hasSize(1);
        first.close();
        assertThat(Files.readString(bank.toPath(), StandardCharsets.UTF_8)).contains("danfoss.dk\tDK5000400440116243");

        InvoiceInspection restarted = inspection(Set.of(), bank);
        Mail changed = IsSpoofedInvoiceTest.mail(invoice("Danfoss <faktura@danfoss.dk>", "DK95 2000 0123 4567 89"),
            AUTH_DANFOSS);
        InvoiceDecision q = restarted.decide(changed);
        assertThat(q.action()).as(q.summary()).isEqualTo(InvoiceAction.QUARANTINE);
        assertThat(q.reasons()).anyMatch(r -> r.startsWith("bank-account-new(+50): DK50…6243 → DK95…6789"));

        // the console's "release and trust": the same mail is then left alone
        assertThat(restarted.trustAccount("danfoss.dk", "DK95 2000 0123 4567 89")).isTrue();
        Mail again = IsSpoofedInvoiceTest.mail(invoice("Danfoss <faktura@danfoss.dk>", "DK95 2000 0123 4567 89"),
            AUTH_DANFOSS);
        assertThat(restarted.decide(again).action()).isEqualTo(InvoiceAction.DELIVER);
        assertThatThrownBy(() -> restarted.trustAccount("danfoss.dk", "12"))
            .isInstanceOf(IllegalArgumentException.class);
        restarted.close();
    }

    @Test
    void aDamagedMemoryFileStartsFreshInsteadOfStoppingJames(@TempDir Path dir) throws Exception {
        Path bank = dir.resolve("bank-details.txt");
        Files.writeString(bank, "garbage\tline\n");
        InvoiceInspection i = inspection(Set.of(), bank.toFile());
        assertThat(i.bankMemory().size()).isZero();
        try (var s = Files.list(dir)) {
            assertThat(s.map(p -> p.getFileName().toString())).anyMatch(n -> n.startsWith("bank-details.txt.corrupt-"));
        }
        i.close();
    }

    /**
     * This module's test class path has no Commons Compress (James provides it at run time): a 7z attachment must
     * then be decided as "not opened, inspection incomplete", never break the inspection of the whole mail.
     */
    @Test
    void without7zSupportOnTheClassPathA7zIsListedAsNotOpenedAndTheInspectionIncomplete() throws Exception {
        assertThatThrownBy(() -> Class.forName("org.apache.commons.compress.archivers.sevenz.SevenZFile"))
            .isInstanceOf(ClassNotFoundException.class);
        MimeMessage m = invoice("Danfoss <faktura@danfoss.dk>", "DK95 2000 0123 4567 89");
        MimeMultipart mp = (MimeMultipart) m.getContent();
        MimeBodyPart sevenZ = new MimeBodyPart();
        sevenZ.setContent(new byte[] {'7', 'z', (byte) 0xbc, (byte) 0xaf, 0x27, 0x1c, 0, 4, 1, 2, 3, 4},
            "application/x-7z-compressed");
        sevenZ.setFileName("bilag.7z");
        mp.addBodyPart(sevenZ);
        m.saveChanges();
        String forged = IsSpoofedInvoiceTest.verdict("185.220.101.7", "faktura@danfoss.dk", SpfResultCode.FAIL, null,
            DmarcResultCode.FAIL, DmarcPolicy.REJECT);
        InvoiceDecision d = inspection(Set.of(), null).decide(IsSpoofedInvoiceTest.mail(m, forged));
        assertThat(d.reasons()).anyMatch(r -> r.contains("not opened: no 7z decoder on the class path"));
        assertThat(d.isError()).isTrue();
        assertThat(d.action()).isEqualTo(InvoiceAction.QUARANTINE);
    }

    @Test
    void jamesLocalDomainsAreOurOwnDomains() throws Exception {
        String forged = IsSpoofedInvoiceTest.verdict("185.220.101.7", "okonomi@aarhus-kommune.dk",
            SpfResultCode.NONE, null, DmarcResultCode.NONE, DmarcPolicy.NONE);
        InvoiceInspection withLocal = inspection(Set.of("aarhus.dk"), null);
        InvoiceDecision d = withLocal.decide(IsSpoofedInvoiceTest.mail(
            invoice("Aarhus Kommune <okonomi@aarhus-kommune.dk>", "DK95 2000 0123 4567 89"), forged));
        assertThat(d.reasons()).anyMatch(r -> r.startsWith("embedded-domain"));
        assertThat(d.action()).isEqualTo(InvoiceAction.QUARANTINE);
    }
}
