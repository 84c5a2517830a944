package org.spoofguard.core.invoice;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The names of every signal the invoice inspection can raise, their category and default weight.
 * Weights can be overridden by configuration ({@code weight.<name>=<int>}).
 */
public final class SignalNames {
    /** What a signal is evidence of. */
    public enum Category {
        /** The mail is (or claims to be) an invoice / payment demand. */
        INVOICE,
        /** The sender is probably not who the From header says. */
        SPOOF,
        /** Risky payload (executables, HTML, archives, active PDF content). */
        ATTACHMENT,
        /** Evidence for a legitimate mail (e.g. a UBL e-invoice). */
        LEGIT,
        /** Malformed MIME or a work limit was hit: informational. */
        ANOMALY,
        /** Our own failure. */
        ERROR
    }

    // --- invoice-ness
    public static final String INVOICE_SUBJECT = "invoice-subject";
    public static final String INVOICE_BODY = "invoice-body";
    public static final String INVOICE_ATTACHMENT_NAME = "invoice-attachment-name";
    public static final String INVOICE_PDF_TEXT = "invoice-pdf-text";
    public static final String PAYMENT_PRESSURE = "payment-pressure";
    public static final String PAYMENT_WORDS = "payment-words";
    public static final String BANK_CHANGE = "bank-change";
    public static final String BANK_DETAILS = "bank-details";
    public static final String FOREIGN_IBAN = "foreign-iban";
    public static final String PDF_ATTACHMENT = "pdf-attachment";
    public static final String OUT_OF_CHANNEL_INVOICE = "out-of-channel-invoice";
    /** An invoice that is only an image (a PDF without a text layer, a PNG/JPEG): text scanners see nothing. */
    public static final String IMAGE_INVOICE = "image-invoice";
    /**
     * A payment asked for in confidence ("fortrolig overførsel", "keep this confidential"): the hallmark of CEO
     * fraud, which asks a clerk to bypass the approval that would catch it.
     */
    public static final String CONFIDENTIAL_TRANSFER = "confidential-transfer";
    // --- legitimate e-invoice
    public static final String E_INVOICE = "e-invoice";
    /** The From domain is authenticated and nothing risky was seen: why an invoice-like mail is left alone. */
    public static final String AUTHENTICATED_SENDER = "authenticated-sender";
    // --- attachment risk
    public static final String EXECUTABLE_ATTACHMENT = "executable-attachment";
    public static final String DOUBLE_EXTENSION = "double-extension";
    public static final String HTML_ATTACHMENT = "html-attachment";
    public static final String SVG_ATTACHMENT = "svg-attachment";
    public static final String ARCHIVE_ATTACHMENT = "archive-attachment";
    public static final String ENCRYPTED_ARCHIVE = "encrypted-archive";
    public static final String NESTED_ARCHIVE = "nested-archive";
    public static final String DISK_IMAGE = "disk-image";
    public static final String OFFICE_MACRO = "office-macro";
    /** An archive that expands far beyond its size, or nests deeper than we open: contents not fully seen. */
    public static final String ARCHIVE_BOMB = "archive-bomb";
    /** The invoice PDF came packed in an archive (ZIP/7z): invoicing systems attach the PDF itself. */
    public static final String ARCHIVED_INVOICE = "archived-invoice";
    public static final String PDF_JAVASCRIPT = "pdf-javascript";
    public static final String PDF_LAUNCH = "pdf-launch";
    public static final String PDF_EMBEDDED_FILE = "pdf-embedded-file";
    public static final String PDF_EXTERNAL_LINK = "pdf-external-link";
    public static final String PDF_ENCRYPTED = "pdf-encrypted";
    public static final String PDF_BROKEN = "pdf-broken";
    public static final String PDF_TOO_LARGE = "pdf-too-large";
    // --- anomalies and limits
    public static final String MIME_MALFORMED = "mime-malformed";
    public static final String LIMIT_PARTS = "limit-parts";
    public static final String LIMIT_DEPTH = "limit-depth";
    public static final String LIMIT_TIME = "limit-time";
    public static final String LIMIT_PDF_PAGES = "limit-pdf-pages";
    // --- spoof-ness
    public static final String DMARC_FAIL = "dmarc-fail";
    /**
     * DMARC fails for a domain whose policy is p=none (monitoring, RFC 7489 section 6.3). No weight: "no aligned
     * pass" is already {@link #FROM_UNAUTHENTICATED}; what {@link #DMARC_FAIL} adds is the owner's statement that
     * its mail authenticates, which p=none does not make.
     */
    public static final String DMARC_FAIL_NONE = "dmarc-fail-none";
    public static final String SPF_FAIL = "spf-fail";
    public static final String SPF_SOFTFAIL = "spf-softfail";
    public static final String DKIM_FAIL = "dkim-fail";
    public static final String FROM_UNAUTHENTICATED = "from-unauthenticated";
    public static final String OWN_DOMAIN_UNAUTHENTICATED = "own-domain-unauthenticated";
    public static final String SUPPLIER_DOMAIN_UNAUTHENTICATED = "supplier-domain-unauthenticated";
    public static final String LOOKALIKE_DOMAIN = "lookalike-domain";
    public static final String HOMOGLYPH_DOMAIN = "homoglyph-domain";
    public static final String EMBEDDED_DOMAIN = "embedded-domain";
    public static final String LOOKALIKE_TLD = "lookalike-tld";
    public static final String DISPLAY_NAME_ADDRESS = "display-name-address";
    public static final String DISPLAY_NAME_IMPERSONATION = "display-name-impersonation";
    public static final String REPLY_TO_MISMATCH = "reply-to-mismatch";
    public static final String FROM_MISSING = "from-missing";
    /** A link in the body points to a look-alike of our or a supplier's domain. */
    public static final String LOOKALIKE_LINK = "lookalike-link";
    /** An authenticated sender outside our suppliers uses a protected organisation's name as display name. */
    public static final String DISPLAY_NAME_ORGANISATION = "display-name-organisation";
    /**
     * The mail came through a mailing list (RFC 2919 List-Id) whose own domain authenticated it: the author's
     * DMARC failure is what lists do to signatures (RFC 7960), not a forgery; the author stays unproven.
     */
    public static final String MAILING_LIST = "mailing-list";
    /**
     * An authenticated free-mail account asks for a payment: DMARC proves the mailbox, not an organisation, so it
     * never counts as an authenticated supplier (anyone can open "danfoss.faktura@gmail.com").
     */
    public static final String FREEMAIL_SENDER = "freemail-sender";
    /**
     * An offer, registration or order that paying or signing "accepts", dressed as an invoice: the unordered
     * directory, register and domain-renewal traps ("fakturafælder"; "Ved underskrift accepteres optagelse i
     * registret", "signing the form constitutes an order").
     */
    public static final String UNORDERED_OFFER = "unordered-offer";
    /**
     * A sender that is neither the supplier nor a known payee names a listed or remembered supplier ("Elis Danmark
     * A/S") and asks for payment into an account not known as that supplier's: the fake debt collector, the fake
     * factoring or assignment notice.
     */
    public static final String PAYEE_FOR_SUPPLIER = "payee-for-supplier";
    /**
     * The text gives a Danish business registration (CVR/SE number, 8 digits), which Danish invoices must carry:
     * a sole trader invoicing from free mail identifies the business a clerk can look up (no weight; it only
     * waives {@link #FREEMAIL_SENDER} for a text invoice).
     */
    public static final String BUSINESS_REGISTRATION = "business-registration";
    /**
     * The text names a tax treatment: VAT or moms, a VAT number, the reverse charge ("VAT no.", "Reverse charge",
     * "USt-IdNr.", "omvendt betalingspligt"). A business-to-business invoice across a border must (EU VAT
     * Directive 2006/112/EC art. 226); no weight, it only tells a billing system's invoice from a made-up one
     * ({@link #BANK_COUNTRY_NEW}).
     */
    public static final String TAX_REFERENCE = "tax-reference";
    /**
     * A payment term of ten days or less ("within 5 days", "payable on receipt", "inden 3 dage"). No weight: Danish
     * invoices often say 8 days; beside a first contact's foreign account it is the made-up invoice's haste
     * ({@link #BANK_COUNTRY_NEW}).
     */
    public static final String SHORT_PAYMENT_TERM = "short-payment-term";
    /**
     * The text collects a debt for a creditor ("vi er bedt om at inddrive", "på vegne af", "klientkonto", "inkasso",
     * "kurator"): a collection agency's, lawyer's or trustee's letter. No weight; with lawful terms it is no
     * {@link #NO_EARLIER_INVOICE}.
     */
    public static final String COLLECTION_LETTER = "collection-letter";
    /**
     * The text names fraud ("falske fakturaer", "svindlere", "invoice fraud", "phishing"): a bank's, auditor's or
     * trade body's warning. No weight; an authenticated warning that names no account of its own describes a
     * {@link #BANK_CHANGE}, it does not announce one.
     */
    public static final String FRAUD_WARNING = "fraud-warning";
    /**
     * The text says the bank details stay as they are ("bankforbindelsen er uændret", "keep paying IBAN …") and
     * closes no account: with a fraud warning and only known accounts, a supplier restating where it is paid.
     */
    public static final String BANK_UNCHANGED = "bank-unchanged";
    /**
     * A post a mailing list authenticated ({@link #MAILING_LIST}) whose every reason is the words of a discussion
     * ("Har andre fået en regning for lyd til friluftsscenen?"): no account, attachment, link action, QR code or
     * impersonation. Nothing in it can be paid or opened, so it is delivered untouched instead of tagged.
     */
    public static final String LIST_DISCUSSION = "list-discussion";
    /**
     * The text says the bill is already settled ("trukket på dit kort", "trækkes via Betalingsservice", "charged to
     * your Visa", "tak for din betaling"). No weight: a receipt's "View invoice" link into the sender's own domain
     * leads to a copy of a paid bill, not to a payment page ({@code InvoicePolicy}).
     */
    public static final String PAYMENT_SETTLED = "payment-settled";
    /**
     * The text says the order was placed by phone or by word of mouth ("efter telefonisk bestilling", "aftalt
     * telefonisk", "agreed by phone"). No weight: from a payee we know it is an ordinary remark; from a stranger it is
     * {@link #FIRST_ORDER_BY_PHONE}.
     */
    public static final String ORDER_BY_PHONE = "order-by-phone";
    /**
     * The text asks for money before the goods or the work ("forudbetaling", "prepayment", "Vorauskasse"). No
     * weight: a known payee's deposit or a newsletter's warning says it too; from a stranger it is
     * {@link #FIRST_PREPAYMENT}.
     */
    public static final String PREPAYMENT = "prepayment";
    /**
     * "Vores firmamail er nede, så fakturaen kommer herfra", "I am writing from my private e-mail": the text explains
     * why it comes from a mailbox other than the sender's usual one, the business e-mail compromise's pretext for a
     * free-mail sender. No weight; a free-mail sender who says it keeps no sole trader's exemption from
     * {@link #FREEMAIL_SENDER} (it says it is an organisation with a mailbox of its own).
     */
    public static final String MAILBOX_EXCUSE = "mailbox-excuse";
    /**
     * "Did not order this? Call +45 ...": telephone-oriented fraud with no link or attachment for a scanner. Tags on
     * its own; never quarantines without a payment instrument.
     */
    public static final String CALLBACK_REQUEST = "callback-request";
    /**
     * A renewal (done or coming) that can be cancelled only by telephone ("fornyet automatisk; vil I opsige, skal det
     * ske telefonisk på +45 … inden 24 timer"): the auto-renewal call-back pretext. From a known supplier that
     * authenticated it is that supplier's own subscription terms ({@code InvoicePolicy}: no weight).
     */
    public static final String CANCEL_BY_PHONE = "cancel-by-phone";
    /**
     * "Beløbet skal tilbagebetales inden 10 dage til IBAN …", "please repay the amount to IBAN …": an order to pay
     * into an account, in words other than "invoice" (a repayment claim, a deposit, a fee). No weight: it makes the
     * mail a payment request, so that its account is compared with what we know of the sender.
     */
    public static final String PAYMENT_INSTRUCTION = "payment-instruction";
    /**
     * "Scan QR-koden for at gennemføre betalingen" in the mail's text: a payment (or login) whose destination only
     * a phone camera reads. No weight; from a sender that is neither ours nor a known supplier it tags.
     */
    public static final String QR_PAYMENT = "qr-payment";
    /**
     * A link whose own words ask to pay, log in, approve or open a document ("Betal nu", "Godkend med MitID", "Åbn
     * dokument"). No weight: a stranger's mail about money whose only way forward is that link, with no document
     * of its own, tags (the shared-document lure, the fake bank approval, the toll or fine with a pay link).
     */
    public static final String LINK_ACTION = "link-action";
    /**
     * A link to act on in a mail whose text says it expires within hours or today ("Linket udløber om 12 timer",
     * "expires today"). No weight: beside a stranger's link-action it tags (the signing and login lures, whose pages
     * live a day; a signing service gives days or a date).
     */
    public static final String LINK_EXPIRES_SOON = "link-expires-soon";
    /**
     * The link's call to action signs or opens a document ("Gennemse og underskriv", "Se dokumentet", "Review and
     * sign"). No weight: from a stranger whose domain carries our own name it tags (a signing service made up for
     * us); from anyone else it is what signing services send every customer.
     */
    public static final String SIGNING_LINK = "signing-link";
    /**
     * "Har du 5 minutter?", "keep this between us": the CEO fraud's opener, which asks for nothing yet. No weight:
     * beside an impersonation (a borrowed executive title, our name on free mail, a look-alike) it tags.
     */
    public static final String COVERT_REQUEST = "covert-request";
    /**
     * The text asks for a login secret: a password, a PIN or one-time code, a card's CVC, or a MitID/NemID/netbank
     * user name ("udfyld formularen med CPR-nummer og MitID-brugernavn"). No bank, authority or supplier asks for
     * these by mail (MitID's and the banks' own warnings); a warning that says so ("vi spørger aldrig efter
     * adgangskoder") is not a request. No weight; from anyone but our own organisation it is never clean.
     */
    public static final String CREDENTIAL_REQUEST = "credential-request";
    /**
     * The text says a debt is already late: a reminder, a collection letter ("rykker", "inkasso", "overdue"). No
     * weight; from a payee of which we hold no invoice it is {@link #NO_EARLIER_INVOICE}.
     */
    public static final String OVERDUE_NOTICE = "overdue-notice";
    /**
     * A reminder, a collection demand or a change of bank details, with an account, from an authenticated sender
     * that is no listed supplier and of which the bank-details memory holds nothing: a reminder is the second letter about a debt and
     * a change needs an account to change from (the fake reminder, the fake inkasso letter, "updated remittance
     * details" from a stranger). Tags; it does not meet the spoof gate alone.
     */
    public static final String NO_EARLIER_INVOICE = "no-earlier-invoice";
    /**
     * An authenticated payee we have never paid (no listed supplier, nothing in the bank-details memory) gives an
     * account and a payment term counted in hours ("depositum indbetales inden 24 timer"): no supplier's first
     * invoice does; the fraud's haste leaves no time to call. No weight (a first contact is never held for its
     * haste alone); the mail is at least tagged.
     */
    public static final String FIRST_PAYMENT_IN_HOURS = "first-payment-in-hours";
    /**
     * An authenticated payee we have never paid (no listed supplier, nothing in the bank-details memory) bills, into
     * an account, an order it says was given by phone ({@link #ORDER_BY_PHONE}): an order nobody here can show, the
     * fake invoice's cover. No weight (a phoned-in first order is real often enough); the mail is at least tagged, so
     * that the clerk asks the department before paying.
     */
    public static final String FIRST_ORDER_BY_PHONE = "first-order-by-phone";
    /**
     * An authenticated payee we have never paid asks, into an account, for prepayment ({@link #PREPAYMENT}): a price
     * lock, a reserved slot, a scarce delivery sold against money first, the way a first contact is made to pay
     * before anyone checks it. No weight; the mail is at least tagged.
     */
    public static final String FIRST_PREPAYMENT = "first-prepayment";
    /**
     * An authenticated sender we have never paid sends an invoice that is only a picture ({@link #IMAGE_INVOICE}):
     * its account cannot be read, remembered or compared with anything, so nothing here vouches for where the money
     * goes. No weight; the mail is at least tagged.
     */
    public static final String FIRST_IMAGE_INVOICE = "first-image-invoice";
    /**
     * An unauthenticated mail pays only accounts its From organisation used in authenticated mail, with nothing
     * else to hurt us with: held would be a forwarded original, a forgery gains nothing; tagged instead.
     */
    public static final String KNOWN_ACCOUNT = "known-account";
    // --- bank-details memory (payee evidence: counted as spoof-ness, the payee is not who the mail claims)
    /** A supplier with known accounts asks for payment into an account never seen from it. */
    public static final String BANK_ACCOUNT_NEW = "bank-account-new";
    /** A supplier whose known accounts are all Danish (DK/FO/GL) now gives a foreign IBAN. */
    public static final String BANK_COUNTRY_NEW = "bank-country-new";
    // --- our failure
    public static final String ERROR = "error";

    private static final Map<String, Category> CATEGORIES = new LinkedHashMap<>();
    private static final Map<String, Integer> WEIGHTS = new LinkedHashMap<>();

    private static void def(String name, Category c, int weight) {
        CATEGORIES.put(name, c);
        WEIGHTS.put(name, weight);
    }

    static {
        def(INVOICE_SUBJECT, Category.INVOICE, 15);
        def(INVOICE_BODY, Category.INVOICE, 10);
        def(INVOICE_ATTACHMENT_NAME, Category.INVOICE, 15);
        def(INVOICE_PDF_TEXT, Category.INVOICE, 10);
        def(PAYMENT_PRESSURE, Category.INVOICE, 10);
        def(PAYMENT_WORDS, Category.INVOICE, 3);
        def(BANK_CHANGE, Category.INVOICE, 25);
        def(BANK_DETAILS, Category.INVOICE, 5);
        def(FOREIGN_IBAN, Category.INVOICE, 15);
        def(PDF_ATTACHMENT, Category.INVOICE, 5);
        def(IMAGE_INVOICE, Category.INVOICE, 15);
        def(CONFIDENTIAL_TRANSFER, Category.INVOICE, 25);
        def(OUT_OF_CHANNEL_INVOICE, Category.INVOICE, 20);
        def(E_INVOICE, Category.LEGIT, -30);
        def(AUTHENTICATED_SENDER, Category.LEGIT, 0);
        def(EXECUTABLE_ATTACHMENT, Category.ATTACHMENT, 40);
        def(DOUBLE_EXTENSION, Category.ATTACHMENT, 40);
        def(HTML_ATTACHMENT, Category.ATTACHMENT, 20);
        def(SVG_ATTACHMENT, Category.ATTACHMENT, 20);
        def(ARCHIVE_ATTACHMENT, Category.ATTACHMENT, 10);
        def(ENCRYPTED_ARCHIVE, Category.ATTACHMENT, 30);
        def(NESTED_ARCHIVE, Category.ATTACHMENT, 15);
        def(DISK_IMAGE, Category.ATTACHMENT, 25);
        def(OFFICE_MACRO, Category.ATTACHMENT, 40);
        def(ARCHIVE_BOMB, Category.ATTACHMENT, 30);
        def(ARCHIVED_INVOICE, Category.ATTACHMENT, 20);
        def(PDF_JAVASCRIPT, Category.ATTACHMENT, 30);
        def(PDF_LAUNCH, Category.ATTACHMENT, 40);
        def(PDF_EMBEDDED_FILE, Category.ATTACHMENT, 15);
        def(PDF_EXTERNAL_LINK, Category.ATTACHMENT, 5);
        def(PDF_ENCRYPTED, Category.ATTACHMENT, 15);
        def(PDF_BROKEN, Category.ATTACHMENT, 5);
        def(PDF_TOO_LARGE, Category.ANOMALY, 0);
        def(MIME_MALFORMED, Category.ANOMALY, 5);
        def(LIMIT_PARTS, Category.ANOMALY, 5);
        def(LIMIT_DEPTH, Category.ANOMALY, 5);
        def(LIMIT_TIME, Category.ANOMALY, 0);
        def(LIMIT_PDF_PAGES, Category.ANOMALY, 0);
        def(DMARC_FAIL, Category.SPOOF, 40);
        def(DMARC_FAIL_NONE, Category.SPOOF, 0);
        def(SPF_FAIL, Category.SPOOF, 25);
        def(SPF_SOFTFAIL, Category.SPOOF, 5);
        def(DKIM_FAIL, Category.SPOOF, 5);
        def(FROM_UNAUTHENTICATED, Category.SPOOF, 10);
        def(OWN_DOMAIN_UNAUTHENTICATED, Category.SPOOF, 50);
        def(SUPPLIER_DOMAIN_UNAUTHENTICATED, Category.SPOOF, 15);
        def(LOOKALIKE_DOMAIN, Category.SPOOF, 45);
        def(HOMOGLYPH_DOMAIN, Category.SPOOF, 50);
        def(EMBEDDED_DOMAIN, Category.SPOOF, 40);
        def(LOOKALIKE_TLD, Category.SPOOF, 25);
        def(DISPLAY_NAME_ADDRESS, Category.SPOOF, 30);
        def(DISPLAY_NAME_IMPERSONATION, Category.SPOOF, 25);
        def(REPLY_TO_MISMATCH, Category.SPOOF, 20);
        def(FROM_MISSING, Category.SPOOF, 20);
        def(LOOKALIKE_LINK, Category.SPOOF, 35);
        def(DISPLAY_NAME_ORGANISATION, Category.SPOOF, 15);
        def(MAILING_LIST, Category.SPOOF, 10);
        def(FREEMAIL_SENDER, Category.SPOOF, 10);
        def(UNORDERED_OFFER, Category.SPOOF, 25);
        def(PAYEE_FOR_SUPPLIER, Category.SPOOF, 15);
        def(BUSINESS_REGISTRATION, Category.LEGIT, 0);
        def(TAX_REFERENCE, Category.LEGIT, 0);
        def(SHORT_PAYMENT_TERM, Category.ANOMALY, 0);
        def(COLLECTION_LETTER, Category.LEGIT, 0);
        def(FRAUD_WARNING, Category.LEGIT, 0);
        def(BANK_UNCHANGED, Category.LEGIT, 0);
        def(LIST_DISCUSSION, Category.LEGIT, 0);
        def(PAYMENT_SETTLED, Category.LEGIT, 0);
        def(ORDER_BY_PHONE, Category.ANOMALY, 0);
        def(PREPAYMENT, Category.ANOMALY, 0);
        def(MAILBOX_EXCUSE, Category.ANOMALY, 0);
        def(CALLBACK_REQUEST, Category.SPOOF, 35);
        def(CANCEL_BY_PHONE, Category.SPOOF, 35);
        def(PAYMENT_INSTRUCTION, Category.INVOICE, 0);
        def(QR_PAYMENT, Category.ANOMALY, 0);
        def(LINK_ACTION, Category.ANOMALY, 0);
        def(LINK_EXPIRES_SOON, Category.ANOMALY, 0);
        def(SIGNING_LINK, Category.ANOMALY, 0);
        def(COVERT_REQUEST, Category.ANOMALY, 0);
        def(CREDENTIAL_REQUEST, Category.ANOMALY, 0);
        def(OVERDUE_NOTICE, Category.ANOMALY, 0);
        def(NO_EARLIER_INVOICE, Category.SPOOF, 15);
        def(FIRST_PAYMENT_IN_HOURS, Category.SPOOF, 0);
        def(FIRST_ORDER_BY_PHONE, Category.SPOOF, 0);
        def(FIRST_PREPAYMENT, Category.SPOOF, 0);
        def(FIRST_IMAGE_INVOICE, Category.SPOOF, 0);
        def(KNOWN_ACCOUNT, Category.LEGIT, 0);
        def(BANK_ACCOUNT_NEW, Category.SPOOF, 50);
        def(BANK_COUNTRY_NEW, Category.SPOOF, 15);
        def(ERROR, Category.ERROR, 0);
    }

    private SignalNames() {
    }

    /** Every known signal name with its category. */
    public static Map<String, Category> categories() {
        return Collections.unmodifiableMap(CATEGORIES);
    }

    /** Every known signal name with its default weight. */
    public static Map<String, Integer> defaultWeights() {
        return Collections.unmodifiableMap(WEIGHTS);
    }

    public static Category categoryOf(String name) {
        return CATEGORIES.getOrDefault(name, Category.ANOMALY);
    }

    public static boolean isKnown(String name) {
        return CATEGORIES.containsKey(name);
    }
}
