package org.spoofguard.server.console;

import java.io.InputStream;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import javax.mail.MessagingException;
import javax.mail.internet.MimeMessage;

import org.apache.james.server.core.MimeMessageInputStream;
import org.apache.mailet.Mail;
import org.spoofguard.core.domain.OrganizationalDomain;
import org.spoofguard.core.invoice.BankMemory;
import org.spoofguard.core.invoice.InvoiceConfig;
import org.spoofguard.core.invoice.InvoiceSignals;
import org.spoofguard.core.invoice.SignalNames;
import org.spoofguard.core.invoice.SpoofSignals;
import org.spoofguard.james.invoice.InvoiceDecision;
import org.spoofguard.james.invoice.InvoiceInspection;

/**
 * "Release and trust this supplier's bank details": which payment accounts a held invoice asks for, and for which
 * sender organisation. The recorded reasons only carry masked accounts ("DK95…6789"), which cannot be trusted;
 * the accounts are read again from the held mail with the invoice check's own extraction
 * ({@link InvoiceSignals#extract}, same limits, canonical identifiers), and only for a mail the check held for a
 * bank-details reason.
 */
final class BankTrust {
    /** The reasons that are about the accounts the mail asks for. */
    static final Set<String> BANK_SIGNALS = Set.of(SignalNames.BANK_ACCOUNT_NEW, SignalNames.BANK_COUNTRY_NEW,
        SignalNames.BANK_CHANGE, SignalNames.BANK_DETAILS, SignalNames.FOREIGN_IBAN);

    /** @param accounts canonical identifiers (never shown unmasked) */
    record Offer(String orgDomain, List<String> accounts) {
        List<String> masked() {
            return accounts.stream().map(BankMemory::mask).toList();
        }
    }

    private BankTrust() {
    }

    /**
     * The offer for this held mail, or empty (no memory, no bank reason, no account found, no sender domain the
     * memory can keep accounts for).
     */
    static Optional<Offer> offer(Mail mail, InvoiceInspection invoices) throws MessagingException {
        if (invoices == null) {
            return Optional.empty();
        }
        Optional<InvoiceDecision> decision = InvoiceInspection.recorded(mail);
        if (decision.isEmpty() || decision.get().reasons().stream().noneMatch(BankTrust::isBankReason)) {
            return Optional.empty();
        }
        MimeMessage message = mail.getMessage();
        if (message == null) {
            return Optional.empty();
        }
        InvoiceConfig config = invoices.inspector().config();
        InvoiceSignals content;
        try (InputStream raw = new MimeMessageInputStream(message)) {
            content = InvoiceSignals.extract(raw, config);
        } catch (java.io.IOException e) {
            return Optional.empty();
        }
        if (content.payees().isEmpty()) {
            return Optional.empty();
        }
        // The memory is keyed by the From domain's organisation, as the invoice check compares it.
        String fromDomain = SpoofSignals.evaluate(null, content.from(), content.replyTo(), content.sender(), config,
            List.of(), "").fromDomain();
        if (fromDomain.isBlank()) {
            return Optional.empty();
        }
        // Offered only when the memory can take it (its one rule, InvoiceInspection.trustDomain): a From domain the
        // offer took but the memory refused (danfoss-.dk) released the mail and then failed the trust.
        return InvoiceInspection.trustDomain(OrganizationalDomain.of(OrganizationalDomain.normalize(fromDomain)))
            .map(org -> new Offer(org, content.payees()));
    }

    static boolean isBankReason(String reason) {
        int paren = reason.indexOf('(');
        return paren > 0 && BANK_SIGNALS.contains(reason.substring(0, paren).trim());
    }
}
