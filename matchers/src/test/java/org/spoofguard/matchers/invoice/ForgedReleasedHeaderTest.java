package org.spoofguard.matchers.invoice;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import javax.mail.internet.MimeMessage;

import org.apache.james.metrics.tests.RecordingMetricFactory;
import org.apache.mailet.Mail;
import org.apache.mailet.base.test.FakeMailContext;
import org.apache.mailet.base.test.FakeMatcherConfig;
import org.junit.jupiter.api.Test;
import org.spoofguard.core.invoice.InvoiceConfig;
import org.spoofguard.core.invoice.InvoiceInspector;
import org.spoofguard.james.invoice.InvoiceInspection;

/**
 * Review (pipeline): the invoice check scrubs a sender's own X-SpoofGuard-Verdict and X-SpoofGuard-Error ("a forged
 * 'deliver' must not reassure the clerk"), but not X-SpoofGuard-Released, the header MarkReleased writes to say "an
 * administrator reviewed this and released it from quarantine". A forged invoice that is only tagged (or delivered)
 * keeps the forger's "released from quarantine by an administrator" in the inbox: our own trust signal, written by
 * the attacker. Nothing else in the pipeline removes it (grep: only MarkReleased touches the name).
 */
class ForgedReleasedHeaderTest {

    @Test
    void aSendersOwnReleasedHeaderDoesNotReachTheInbox() throws Exception {
        InvoiceConfig config = InvoiceConfig.parse(Map.of("profile", "electronic-invoices-only",
            "domains.own", "aarhus.dk", "domains.suppliers", "danfoss.dk kmd.dk atea.dk"));
        InvoiceInspection inspection = new InvoiceInspection(new InvoiceInspector(config), new RecordingMetricFactory());
        MimeMessage forged = IsSpoofedInvoiceTest.pdfInvoice();
        forged.setHeader("X-SpoofGuard-Verdict", "deliver score=0");
        forged.setHeader("X-SpoofGuard-Released", "released from quarantine by an administrator; Mon, 30 Nov 2026 09:12:00 +0100");
        forged.saveChanges();
        Mail mail = IsSpoofedInvoiceTest.mail(forged, IsSpoofedInvoiceTest.AUTHENTICATED_DANFOSS);

        IsSpoofedInvoice tag = new IsSpoofedInvoice(inspection);
        tag.init(FakeMatcherConfig.builder().matcherName("IsSpoofedInvoice").condition("tag")
            .mailetContext(FakeMailContext.defaultContext()).build());
        tag.match(mail);

        assertThat(mail.getMessage().getHeader("X-SpoofGuard-Verdict")).as("scrubbed: ours or none").isNull();
        assertThat(mail.getMessage().getHeader("X-SpoofGuard-Released"))
            .as("the sender's own 'released from quarantine by an administrator' after the invoice check")
            .isNull();
    }
}
