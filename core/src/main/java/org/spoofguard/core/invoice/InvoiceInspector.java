package org.spoofguard.core.invoice;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.spoofguard.core.verdict.SenderVerdict;
import org.spoofguard.core.verdict.VerdictRecord;

/**
 * Facade: one raw message plus its {@link SenderVerdict} in, one {@link InvoiceVerdict} out. Thread-safe
 * (stateless apart from the immutable configuration). Never throws: on our own failure the verdict is
 * {@link InvoicePolicy#ownFailure} (TAG, or QUARANTINE when the sender record shows the From domain failing DMARC
 * under p=quarantine/reject) with an {@code error} reason, never DELIVER, and the adapter adds
 * {@code X-SpoofGuard-Error}.
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
        return inspect(rawMessage, verdict == null ? null : new VerdictRecord(verdict), Set.of(), null);
    }

    /** {@link #inspect(InputStream, VerdictRecord, Set, BankMemory)} without local domains or memory. */
    public InvoiceVerdict inspect(InputStream rawMessage, VerdictRecord record) {
        return inspect(rawMessage, record, Set.of(), null);
    }

    /** {@link #inspect(InputStream, VerdictRecord, Set, BankMemory)} for a verdict whose checks all finished. */
    public InvoiceVerdict inspect(InputStream rawMessage, SenderVerdict verdict, Set<String> localDomains,
                                  BankMemory memory) {
        return inspect(rawMessage, verdict == null ? null : new VerdictRecord(verdict), localDomains, memory);
    }

    /**
     * @param record the mail's sender record; null when none was recorded. Either that, or a record whose checks
     *        did not finish, makes the verdict incomplete: the From counts as unproven (the record's own passes are
     *        not believed), an {@code error} reason is added, nothing is learned, and the mail fails closed
     *        ({@link InvoicePolicy#failClosed})
     * @param localDomains our own domains as the server knows them (James's domain list), added to
     *        {@code domains.own}
     * @param memory the bank-details memory: its organisations count as known suppliers and its accounts are
     *        compared with this mail's; read only here (the caller applies {@link InvoiceVerdict#lesson()})
     */
    public InvoiceVerdict inspect(InputStream rawMessage, VerdictRecord record, Set<String> localDomains,
                                  BankMemory memory) {
        InvoiceConfig effective = config;
        if ((localDomains != null && !localDomains.isEmpty()) || (memory != null && memory.size() > 0)) {
            Set<String> own = new LinkedHashSet<>(config.ownDomains());
            if (localDomains != null) {
                own.addAll(localDomains);
            }
            Set<String> suppliers = new LinkedHashSet<>(config.supplierDomains());
            if (memory != null) {
                suppliers.addAll(memory.domains());
            }
            effective = config.withDomains(own, suppliers);
        }
        return inspect(rawMessage, record, effective, memory);
    }

    private InvoiceVerdict inspect(InputStream rawMessage, VerdictRecord record, InvoiceConfig config,
                                   BankMemory memory) {
        try {
            if (rawMessage == null) {
                return InvoicePolicy.ownFailure("no message", record);
            }
            InvoiceSignals content = InvoiceSignals.extract(rawMessage, config);
            SenderVerdict verdict = record == null ? null : record.complete() ? record.verdict()
                    : VerdictRecord.unauthenticated(record.verdict().clientIp(), record.verdict().helo(),
                            record.verdict().mailFrom(), String.join("; ", record.errors())).verdict();
            SpoofSignals spoof = SpoofSignals.evaluate(verdict, content.from(), content.replyTo(), content.sender(),
                    config, content.linkHosts(), content.documentLinkHosts(), content.listId());
            InvoiceVerdict decided = InvoicePolicy.decide(content, spoof, config,
                    org -> memory == null || org.isEmpty() ? List.<BankMemory.Account>of() : memory.accounts(org));
            if (record == null || !record.complete()) {
                List<Reason> reasons = new ArrayList<>(decided.reasons());
                reasons.add(new Reason(SignalNames.ERROR, 0, SignalNames.Category.ERROR, record == null
                        ? "no sender verdict: spoof signals unknown"
                        : "sender check incomplete: " + SpoofSignals.clip(String.join("; ", record.errors()))));
                // nothing is learned from a mail whose sender we could not check
                decided = new InvoiceVerdict(decided.action(), decided.score(), decided.invoiceScore(),
                        decided.spoofScore(), reasons, InvoicePolicy.summarize(decided.action(), decided.score(),
                                decided.invoiceScore(), decided.spoofScore(), reasons));
            }
            return InvoicePolicy.failClosed(decided, config);
        } catch (Exception | LinkageError | StackOverflowError | OutOfMemoryError e) {
            // Nothing was judged: never delivered as if checked, nor because a sender made the check break.
            LOG.warn("invoice inspection failed", e);
            return InvoicePolicy.ownFailure(e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + SpoofSignals.clip(e.getMessage())), record);
        }
    }
}
