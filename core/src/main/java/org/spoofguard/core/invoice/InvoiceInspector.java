package org.spoofguard.core.invoice;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.spoofguard.core.verdict.SenderVerdict;
import org.spoofguard.core.verdict.VerdictRecord;

/**
 * Facade: one raw message plus its {@link SenderVerdict} in, one {@link InvoiceVerdict} out. Thread-safe
 * (stateless apart from the immutable configuration). Never throws: on our own failure the verdict is DELIVER
 * with an {@code error} reason, so the mail goes on and the adapter can add {@code X-SpoofGuard-Error}.
 */
public final class InvoiceInspector {
    private static final Logger LOG = LoggerFactory.getLogger(InvoiceInspector.class);

    private final InvoiceConfig config;

    public InvoiceInspector(InvoiceConfig config) {
        this.config = config == null ? InvoiceConfig.defaults() : config;
    }

    public InvoiceConfig config() {
        return config;
    }

    /** {@link #inspect(InputStream, VerdictRecord)} for a verdict whose checks all finished (null: none recorded). */
    public InvoiceVerdict inspect(InputStream rawMessage, SenderVerdict verdict) {
        return inspect(rawMessage, verdict == null ? null : new VerdictRecord(verdict));
    }

    /**
     * @param record the mail's sender record; null when none was recorded. Either that, or a record whose checks
     *               did not finish, makes the verdict incomplete: the From counts as unproven, an {@code error}
     *               reason is added, and with invoice signals the mail is quarantined ({@link InvoicePolicy#failClosed}).
     */
    public InvoiceVerdict inspect(InputStream rawMessage, VerdictRecord record) {
        try {
            if (rawMessage == null) {
                return InvoiceVerdict.error("no message");
            }
            InvoiceSignals content = InvoiceSignals.extract(rawMessage, config);
            SenderVerdict verdict = record == null ? null : record.verdict();
            InvoiceVerdict decided = InvoicePolicy.decide(content, SpoofSignals.evaluate(verdict, content.from(),
                    content.replyTo(), content.sender(), config), config);
            if (record == null || !record.complete()) {
                List<Reason> reasons = new ArrayList<>(decided.reasons());
                reasons.add(new Reason(SignalNames.ERROR, 0, SignalNames.Category.ERROR, record == null
                        ? "no sender verdict: spoof signals unknown"
                        : "sender check incomplete: " + SpoofSignals.clip(String.join("; ", record.errors()))));
                decided = new InvoiceVerdict(decided.action(), decided.score(), decided.invoiceScore(),
                        decided.spoofScore(), reasons, InvoicePolicy.summarize(decided.action(), decided.score(),
                                decided.invoiceScore(), decided.spoofScore(), reasons));
            }
            return InvoicePolicy.failClosed(decided, config);
        } catch (Exception | LinkageError | StackOverflowError | OutOfMemoryError e) {
            // Nothing was seen: the mail goes on, marked (X-SpoofGuard-Error), never as if checked.
            LOG.warn("invoice inspection failed", e);
            return InvoiceVerdict.error(e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + SpoofSignals.clip(e.getMessage())));
        }
    }
}
