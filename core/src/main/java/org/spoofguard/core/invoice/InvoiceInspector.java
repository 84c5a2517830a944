package org.spoofguard.core.invoice;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.spoofguard.core.verdict.SenderVerdict;

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

    public InvoiceVerdict inspect(InputStream rawMessage, SenderVerdict verdict) {
        return inspect(rawMessage, verdict, java.util.Set.of(), null);
    }

    /**
     * @param localDomains our own domains as the server knows them (James's domain list), added to
     *        {@code domains.own}
     * @param memory the bank-details memory: its organisations count as known suppliers and its accounts are
     *        compared with this mail's; read only here (the caller applies {@link InvoiceVerdict#lesson()})
     */
    public InvoiceVerdict inspect(InputStream rawMessage, SenderVerdict verdict, java.util.Set<String> localDomains,
                                  BankMemory memory) {
        InvoiceConfig effective = config;
        if ((localDomains != null && !localDomains.isEmpty()) || (memory != null && memory.size() > 0)) {
            java.util.Set<String> own = new java.util.LinkedHashSet<>(config.ownDomains());
            if (localDomains != null) {
                own.addAll(localDomains);
            }
            java.util.Set<String> suppliers = new java.util.LinkedHashSet<>(config.supplierDomains());
            if (memory != null) {
                suppliers.addAll(memory.domains());
            }
            effective = config.withDomains(own, suppliers);
        }
        return inspect(rawMessage, verdict, effective, memory);
    }

    private InvoiceVerdict inspect(InputStream rawMessage, SenderVerdict verdict, InvoiceConfig config,
                                   BankMemory memory) {
        try {
            if (rawMessage == null) {
                return InvoiceVerdict.error("no message");
            }
            InvoiceSignals content = InvoiceSignals.extract(rawMessage, config);
            if (verdict == null) {
                InvoiceVerdict partial = InvoicePolicy.decide(content, SpoofSignals.evaluate(null, content.from(),
                        content.replyTo(), content.sender(), config, content.linkHosts()), config);
                List<Reason> reasons = new ArrayList<>(partial.reasons());
                reasons.add(new Reason(SignalNames.ERROR, 0, SignalNames.Category.ERROR,
                        "no sender verdict: spoof signals unknown"));
                return new InvoiceVerdict(partial.action(), partial.score(), partial.invoiceScore(),
                        partial.spoofScore(), reasons, InvoicePolicy.summarize(partial.action(), partial.score(),
                                partial.invoiceScore(), partial.spoofScore(), reasons));
            }
            SpoofSignals spoof = SpoofSignals.evaluate(verdict, content.from(), content.replyTo(), content.sender(),
                    config, content.linkHosts(), content.listId());
            List<BankMemory.Account> history = memory == null || spoof.fromDomain().isEmpty() ? List.of()
                    : memory.accounts(Domains.orgDomain(spoof.fromDomain()));
            return InvoicePolicy.decide(content, spoof, config, history);
        } catch (Exception | LinkageError | StackOverflowError | OutOfMemoryError e) {
            // Our own failure must not lose or hold the mail (architecture: "let the mail go on").
            LOG.warn("invoice inspection failed", e);
            return InvoiceVerdict.error(e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + SpoofSignals.clip(e.getMessage())));
        }
    }
}
