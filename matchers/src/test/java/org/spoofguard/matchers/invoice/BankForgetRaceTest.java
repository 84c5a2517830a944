package org.spoofguard.matchers.invoice;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.Set;

import javax.mail.MessagingException;
import javax.mail.internet.MimeMessage;

import org.apache.james.metrics.tests.RecordingMetricFactory;
import org.apache.james.server.core.MimeMessageWrapper;
import org.junit.jupiter.api.Test;
import org.spoofguard.core.invoice.BankMemory;
import org.spoofguard.core.invoice.InvoiceAction;
import org.spoofguard.core.invoice.InvoiceConfig;
import org.spoofguard.core.invoice.InvoiceInspector;
import org.spoofguard.james.invoice.InvoiceDecision;
import org.spoofguard.james.invoice.InvoiceInspection;

/**
 * An admin forgets a forger's account (WebAdmin {@code DELETE /spoofguard/bank-details/{domain}/accounts/{account}})
 * while a mail paying that account is being inspected: the inspection read the memory before the forget (the
 * account known, the mail delivered), and its lesson was applied after it, putting back the account the admin had
 * just removed, vouched, so the forger's following invoices were delivered as "known account" too. The interleaving
 * is forced: the forget runs when the inspection closes the message stream, after it decided, before it learns.
 */
class BankForgetRaceTest {
    static final String KNOWN = "DK50 0040 0440 1162 43";
    static final String FORGED = "DK95 2000 0123 4567 89";

    @Test
    void anAccountForgottenWhileAMailPayingItIsInspectedStaysForgotten() throws Exception {
        InvoiceInspection inspection = new InvoiceInspection(new InvoiceInspector(InvoiceConfig.parse(Map.of())),
            IsSpoofedInvoiceTest.AUTHSERV_ID, new RecordingMetricFactory(), Set::of, null);
        // danfoss.dk's genuine account, and the forger's, which an admin trusted by mistake
        inspection.trustAccount("danfoss.dk", KNOWN);
        inspection.trustAccount("danfoss.dk", FORGED);

        MimeMessage paysForged = new ClosingHook(InvoiceInspectionMemoryTest.invoice("Danfoss <faktura@danfoss.dk>",
            FORGED), () -> inspection.forgetAccount("danfoss.dk", FORGED));
        InvoiceDecision inFlight = inspection.decide(IsSpoofedInvoiceTest.mail(paysForged,
            InvoiceInspectionMemoryTest.AUTH_DANFOSS));
        assertThat(inFlight.action()).as("decided before the forget: %s", inFlight.summary())
            .isEqualTo(InvoiceAction.DELIVER);

        assertThat(inspection.bankMemory().accounts("danfoss.dk")).extracting(BankMemory.Account::id)
            .as("the admin's forget is not undone by the lesson of a mail decided before it")
            .containsExactly(BankMemory.canonical(KNOWN));
        InvoiceDecision next = inspection.decide(IsSpoofedInvoiceTest.mail(
            InvoiceInspectionMemoryTest.invoice("Danfoss <faktura@danfoss.dk>", FORGED),
            InvoiceInspectionMemoryTest.AUTH_DANFOSS));
        assertThat(next.action()).as(next.summary()).isEqualTo(InvoiceAction.QUARANTINE);
        assertThat(next.reasons()).anyMatch(r -> r.startsWith("bank-account-new"));
    }

    /** The message as James's spool holds it; {@code onClose} runs when the inspection closes its stream. */
    static final class ClosingHook extends MimeMessageWrapper {
        private final Runnable onClose;

        ClosingHook(MimeMessage original, Runnable onClose) throws MessagingException {
            super(original);
            this.onClose = onClose;
        }

        @Override
        public synchronized InputStream getMessageInputStream() throws MessagingException {
            return new FilterInputStream(super.getMessageInputStream()) {
                private boolean closed;

                @Override
                public void close() throws IOException {
                    super.close();
                    if (!closed) {
                        closed = true;
                        onClose.run();
                    }
                }
            };
        }
    }
}
