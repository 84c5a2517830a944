package org.spoofguard.core.invoice;

import java.io.InputStream;
import java.util.List;
import java.util.Objects;

/**
 * What the content of one mail says about invoices, gathered in a single streaming pass over the MIME tree
 * (see {@link MimeScan}). Immutable.
 *
 * @param subject the decoded Subject (clipped)
 * @param from the raw top-level From header value ("" if none)
 * @param replyTo the raw Reply-To value ("" if none)
 * @param sender the raw Sender value ("" if none)
 * @param signals content signals (invoice vocabulary, attachments, PDF findings, anomalies, limits)
 * @param parts MIME entities seen
 * @param pdfs PDF attachments seen
 * @param eInvoice a UBL Invoice/CreditNote (OIOUBL / Peppol BIS) XML document is attached
 * @param pdfInvoice a PDF is attached and the mail or the PDF speaks of an invoice: an out-of-channel invoice
 * @param payees payment identifiers found (canonical, see {@link BankMemory#canonical}); never shown unmasked
 * @param linkHosts host names of links in text and HTML bodies (bounded)
 * @param listId the raw top-level List-Id header (RFC 2919; "" if none)
 * @param namedSuppliers domains of listed or remembered suppliers the text names as a company ("Elis Danmark A/S",
 *        {@code elis.dk}), see {@link SupplierNames}
 * @param hoursTerm the first term counted in hours the text gives ("inden 24 timer", "within 48 hours"); "" if none
 * @param quotedPayees the payees that appear only in the mail a reply quotes ({@link Replies}), none elsewhere
 * @param replyKeepsAccount a reply's own words, above what it quotes, say the bank details stay ("vi har ikke
 *        skiftet bank", "samme konto som altid")
 * @param documentLinkHosts host names of links in attached documents (a PDF's link annotations and text, an Office
 *        document's hyperlinks and text; bounded): measured against look-alikes as body links are, and nothing
 *        else, since a genuine invoice PDF links wherever its supplier likes
 */
public record InvoiceSignals(String subject, String from, String replyTo, String sender, List<Signal> signals,
                             int parts, int pdfs, boolean eInvoice, boolean pdfInvoice, List<String> payees,
                             List<String> linkHosts, String listId, List<String> namedSuppliers, String hoursTerm,
                             List<String> quotedPayees, boolean replyKeepsAccount, List<String> documentLinkHosts) {
    public InvoiceSignals(String subject, String from, String replyTo, String sender, List<Signal> signals,
                          int parts, int pdfs, boolean eInvoice, boolean pdfInvoice) {
        this(subject, from, replyTo, sender, signals, parts, pdfs, eInvoice, pdfInvoice, List.of(), List.of(), "",
                List.of(), "", List.of(), false, List.of());
    }

    public InvoiceSignals(String subject, String from, String replyTo, String sender, List<Signal> signals,
                          int parts, int pdfs, boolean eInvoice, boolean pdfInvoice, List<String> payees,
                          List<String> linkHosts, String listId) {
        this(subject, from, replyTo, sender, signals, parts, pdfs, eInvoice, pdfInvoice, payees, linkHosts, listId,
                List.of(), "", List.of(), false, List.of());
    }

    public InvoiceSignals {
        payees = payees == null ? List.of() : List.copyOf(payees);
        linkHosts = linkHosts == null ? List.of() : List.copyOf(linkHosts);
        subject = subject == null ? "" : subject;
        from = from == null ? "" : from;
        replyTo = replyTo == null ? "" : replyTo;
        sender = sender == null ? "" : sender;
        listId = listId == null ? "" : listId;
        namedSuppliers = namedSuppliers == null ? List.of() : List.copyOf(namedSuppliers);
        hoursTerm = hoursTerm == null ? "" : hoursTerm;
        quotedPayees = quotedPayees == null ? List.of() : List.copyOf(quotedPayees);
        documentLinkHosts = documentLinkHosts == null ? List.of() : List.copyOf(documentLinkHosts);
        signals = List.copyOf(signals);
    }

    public boolean has(String name) {
        return signals.stream().anyMatch(s -> s.name().equals(name));
    }

    public String evidence(String name) {
        return signals.stream().filter(s -> s.name().equals(name)).map(Signal::evidence).findFirst().orElse(null);
    }

    /**
     * The mail asks for a payment (or announces where payments go): invoice vocabulary, payment pressure, a
     * bank-change phrase, a confidential transfer, an image-only invoice, a reminder, a UBL invoice, or money asked
     * before the work ("the booking is confirmed once payment of EUR 1,400 reaches IBAN …"). Only such mail names its
     * sender's payee account; a bank's payment advice or a colleague's note mentions other people's accounts.
     */
    public boolean asksForPayment() {
        return mentionsInvoice() || has(SignalNames.PAYMENT_PRESSURE) || has(SignalNames.BANK_CHANGE)
                || has(SignalNames.IMAGE_INVOICE) || has(SignalNames.CONFIDENTIAL_TRANSFER)
                || has(SignalNames.OVERDUE_NOTICE) || has(SignalNames.PAYMENT_INSTRUCTION) || has(SignalNames.PREPAYMENT)
                || eInvoice;
    }

    /** Any invoice vocabulary, in any place. */
    public boolean mentionsInvoice() {
        return has(SignalNames.INVOICE_SUBJECT) || has(SignalNames.INVOICE_BODY)
                || has(SignalNames.INVOICE_ATTACHMENT_NAME) || has(SignalNames.INVOICE_PDF_TEXT);
    }

    /**
     * One pass over {@code rawMessage} (RFC 5322 / MIME). Never throws for bad input: malformed MIME, broken
     * encodings, corrupt PDFs and limits become signals. I/O errors of the stream itself become a
     * {@code mime-malformed} signal too.
     */
    public static InvoiceSignals extract(InputStream rawMessage, InvoiceConfig config) {
        Objects.requireNonNull(rawMessage, "rawMessage");
        return new MimeScan(config == null ? InvoiceConfig.defaults() : config).run(rawMessage);
    }
}
