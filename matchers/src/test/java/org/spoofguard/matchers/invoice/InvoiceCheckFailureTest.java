package org.spoofguard.matchers.invoice;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
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
 * Review (pipeline): a forged supplier invoice (SPF fail, DMARC fail under p=reject for the From domain, a
 * recorded, complete sender verdict) whose body cannot be read when the invoice check runs (James's spool / blob
 * store returns an I/O error: "repository failure") is neither quarantined nor tagged: IsSpoofedInvoice=tag does
 * not match, so TagInvoice never runs (no X-SpoofGuard-Verdict, no "[Faktura udenfor NemHandel]" subject) and the
 * clerk gets the spoof in the inbox looking exactly like a checked mail. The rule: "never a spoof delivered because
 * a check failed (fail closed: quarantine or tag with an error header)". The sender half of the verdict (DMARC fail
 * of the From domain) needs no body at all and is already on the mail.
 */
class InvoiceCheckFailureTest {

    @Test
    void aForgedInvoiceWhoseBodyCannotBeReadIsAtLeastTagged() throws Exception {
        InvoiceConfig config = InvoiceConfig.parse(Map.of("profile", "electronic-invoices-only",
            "domains.own", "aarhus.dk", "domains.suppliers", "danfoss.dk kmd.dk atea.dk"));
        InvoiceInspection inspection = new InvoiceInspection(new InvoiceInspector(config), new RecordingMetricFactory());
        MimeMessage unreadable = new MimeMessage(IsSpoofedInvoiceTest.pdfInvoice()) {
            @Override
            public void writeTo(OutputStream os) throws IOException {
                throw new IOException("blob store: read timed out");
            }

            @Override
            public void writeTo(OutputStream os, String[] ignoreList) throws IOException {
                throw new IOException("blob store: read timed out");
            }
        };
        Mail mail = IsSpoofedInvoiceTest.mail(unreadable, IsSpoofedInvoiceTest.FORGED_DANFOSS);

        IsSpoofedInvoice tag = new IsSpoofedInvoice(inspection);
        tag.init(FakeMatcherConfig.builder().matcherName("IsSpoofedInvoice").condition("tag")
            .mailetContext(FakeMailContext.defaultContext()).build());

        // Decided (pipefix): the store's I/O failure is not a verdict about the sender. The matcher throws, and
        // conf/mailetcontainer.xml's onMatchException=propagate makes James re-spool the mail, retry it and finally
        // keep it in the error repository: never the inbox. A failure of our own (not of the store) tags or, for
        // this DMARC p=reject sender, quarantines: IsSpoofedInvoiceTest.ourOwnFailure*.
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> tag.match(mail))
            .as("a DMARC-failing 'danfoss.dk' mail whose body cannot be read must not pass the check unjudged, "
                + "decision was: " + IsSpoofedInvoiceTest.attr(mail, InvoiceInspection.VERDICT))
            .isInstanceOf(javax.mail.MessagingException.class);
        assertThat(IsSpoofedInvoiceTest.attr(mail, InvoiceInspection.ACTION)).as("no decision recorded").isNull();
    }
}
