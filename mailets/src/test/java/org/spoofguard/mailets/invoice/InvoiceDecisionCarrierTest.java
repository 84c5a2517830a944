package org.spoofguard.mailets.invoice;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.apache.mailet.Attribute;
import org.apache.mailet.AttributeValue;
import org.apache.mailet.Mail;
import org.apache.mailet.base.test.FakeMail;
import org.junit.jupiter.api.Test;
import org.spoofguard.core.invoice.InvoiceAction;
import org.spoofguard.james.SpoofGuardAttributes;
import org.spoofguard.james.invoice.InvoiceDecision;
import org.spoofguard.james.invoice.InvoiceInspection;

/** The invoice decision travels as one versioned attribute, written and read through SpoofGuardAttributes. */
class InvoiceDecisionCarrierTest {
    private static final InvoiceDecision QUARANTINE = new InvoiceDecision(InvoiceAction.QUARANTINE,
        "quarantine score=95 invoice=40 spoof=55 reasons=dmarc-fail+40",
        List.of("dmarc-fail(+40): danfoss.dk p=reject", "invoice-subject(+15): faktura; \"æøå\""), "");

    private static Mail mail() throws Exception {
        return FakeMail.builder().name("m1").sender("faktura@danfoss.dk").recipient("kreditor@kommune.test").build();
    }

    private static Object attr(Mail mail, org.apache.mailet.AttributeName name) {
        return mail.getAttribute(name).map(a -> a.getValue().value()).orElse(null);
    }

    @Test
    void recordWritesOneVersionedStringAndTheDerivedKeywords() throws Exception {
        Mail mail = mail();
        InvoiceInspection.record(mail, QUARANTINE);

        assertThat(attr(mail, SpoofGuardAttributes.INVOICE_DECISION)).isInstanceOf(String.class)
            .asString().startsWith("v=1; action=quarantine; ");
        assertThat(attr(mail, InvoiceInspection.ACTION)).isEqualTo("quarantine");
        assertThat(attr(mail, InvoiceInspection.VERDICT)).isEqualTo(QUARANTINE.summary());
        assertThat(attr(mail, InvoiceInspection.REASONS)).isEqualTo(String.join("\n", QUARANTINE.reasons()));
        assertThat(attr(mail, InvoiceInspection.ERROR)).isNull();
        assertThat(InvoiceInspection.recorded(mail)).contains(QUARANTINE);
    }

    @Test
    void theVersionedRecordWinsOverTheDerivedKeywords() throws Exception {
        Mail mail = mail();
        InvoiceInspection.record(mail, QUARANTINE);
        // an admin's (or a stale) keyword attribute is output, not input
        mail.setAttribute(new Attribute(InvoiceInspection.ACTION, AttributeValue.of("deliver")));
        assertThat(InvoiceInspection.recorded(mail)).contains(QUARANTINE);
    }

    @Test
    void aMailHeldByThePreviousReleaseIsStillRead() throws Exception {
        Mail mail = mail();
        // exactly what the previous release wrote: four loose Strings, no org.spoofguard.invoice.decision
        mail.setAttribute(new Attribute(InvoiceInspection.VERDICT, AttributeValue.of("deliver error")));
        mail.setAttribute(new Attribute(InvoiceInspection.ACTION, AttributeValue.of("deliver")));
        mail.setAttribute(new Attribute(InvoiceInspection.REASONS, AttributeValue.of("a(+1): x\nb(+2): y")));
        mail.setAttribute(new Attribute(InvoiceInspection.ERROR, AttributeValue.of("no sender verdict")));

        assertThat(InvoiceInspection.recorded(mail)).contains(new InvoiceDecision(InvoiceAction.DELIVER,
            "deliver error", List.of("a(+1): x", "b(+2): y"), "no sender verdict"));
    }

    @Test
    void anUnreadableRecordFailsClosedNeverAsNotInspected() throws Exception {
        for (Object value : List.of("v=2; action=deliver; summary=-", "garbage", "v=1; action=deliver; summary=-; r="
                + "x".repeat(200_000), 42)) {
            Mail mail = mail();
            mail.setAttribute(new Attribute(SpoofGuardAttributes.INVOICE_DECISION, AttributeValue.ofAny(value)));
            InvoiceDecision d = InvoiceInspection.recorded(mail).orElseThrow();
            assertThat(d.action()).isEqualTo(InvoiceAction.QUARANTINE);
            assertThat(d.error()).startsWith("unreadable invoice decision: ");
        }
        Mail legacy = mail();
        legacy.setAttribute(new Attribute(InvoiceInspection.ACTION, AttributeValue.of("deliver-please")));
        assertThat(InvoiceInspection.recorded(legacy).orElseThrow().action()).isEqualTo(InvoiceAction.QUARANTINE);
    }

    @Test
    void aMailNeverInspectedHasNoDecision() throws Exception {
        assertThat(InvoiceInspection.recorded(mail())).isEmpty();
    }

    @Test
    void decidingOnAnUnreadableRecordQuarantinesWithAnErrorSaidAndCountedOnce() throws Exception {
        org.apache.james.metrics.tests.RecordingMetricFactory metrics = new org.apache.james.metrics.tests.RecordingMetricFactory();
        InvoiceInspection inspection = new InvoiceInspection(new org.spoofguard.core.invoice.InvoiceInspector(
            org.spoofguard.core.invoice.InvoiceConfig.defaults()), metrics);
        Mail mail = FakeMail.builder().name("m1").sender("faktura@danfoss.dk").recipient("kreditor@kommune.test")
            .mimeMessage(InvoiceMailetsTest.invoiceWithPdf()).build();
        mail.setAttribute(new Attribute(SpoofGuardAttributes.INVOICE_DECISION, AttributeValue.of("v=9; action=deliver")));

        InvoiceDecision first = inspection.decide(mail);
        InvoiceDecision second = inspection.decide(mail);

        assertThat(first.action()).isEqualTo(InvoiceAction.QUARANTINE);
        assertThat(second).isEqualTo(first);
        assertThat(mail.getMessage().getHeader("X-SpoofGuard-Error")[0]).contains("unreadable invoice decision");
        assertThat(metrics.countFor(InvoiceInspection.METRIC_ERRORS)).isEqualTo(1);
        assertThat(metrics.countFor(InvoiceInspection.METRIC_DELIVERED)).isZero();
    }
}
