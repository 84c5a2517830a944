package org.spoofguard.core.invoice;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * Turns content signals and spoof signals into an {@link InvoiceVerdict}. Pure function.
 *
 * <p>The rule of thumb: quarantine needs invoice-ness AND spoof-ness. Real suppliers write "faktura" all day;
 * invoice words, bank details and PDFs alone never quarantine, they can at most tag. Likewise a forged sender
 * without any invoice content is someone else's problem (DMARC policy), not this check's.
 */
public final class InvoicePolicy {
    private static final int MAX_SUMMARY = 900;
    /** How every error reason of the content scan begins (MimeScan): part of the message was not examined. */
    static final String INCOMPLETE = "inspection incomplete";
    /** Evidence of {@link #ownFailure}'s reason: the check broke, nothing of the content was judged. */
    public static final String CHECK_FAILED = "fail-closed: check failed";

    private InvoicePolicy() {
    }

    public static InvoiceVerdict decide(InvoiceSignals content, SpoofSignals spoof, InvoiceConfig config) {
        return decide(content, spoof, config, List.of());
    }

    /**
     * @param history the accounts the bank-details memory holds for the From's organisational domain (empty: the
     *        sender is not a known payee)
     */
    public static InvoiceVerdict decide(InvoiceSignals content, SpoofSignals spoof, InvoiceConfig config,
                                        List<BankMemory.Account> history) {
        InvoiceConfig cfg = config == null ? InvoiceConfig.defaults() : config;
        String payee = payeeOrganisation(spoof, cfg);
        List<BankMemory.Account> h = history == null ? List.of() : history;
        return decide(content, spoof, cfg, org -> org.equals(payee) ? h : List.of());
    }

    /**
     * Whose accounts a payment request names: the From's organisational domain, or, on an invoicing platform, the
     * listed or remembered supplier whose name the display name carries (the platform's own domain is nobody's
     * payee; "" when it names none, or names us).
     */
    public static String payeeOrganisation(SpoofSignals spoof, InvoiceConfig config) {
        if (spoof == null || spoof.fromDomain().isEmpty()) {
            return "";
        }
        InvoiceConfig cfg = config == null ? InvoiceConfig.defaults() : config;
        String org = Domains.orgDomain(spoof.fromDomain());
        if (!cfg.isPlatform(org)) {
            return org;
        }
        String claimed = spoof.claimed().isEmpty() ? "" : Domains.orgDomain(spoof.claimed());
        return claimed.isEmpty() || isOwn(claimed, cfg) ? "" : claimed;
    }

    /**
     * @param accounts the bank-details memory: the accounts it holds for an organisational domain (empty: not a
     *        known payee). Asked for the payee ({@link #payeeOrganisation}) and for suppliers the text names.
     */
    public static InvoiceVerdict decide(InvoiceSignals content, SpoofSignals spoof, InvoiceConfig config,
                                        Function<String, List<BankMemory.Account>> accounts) {
        Objects.requireNonNull(content, "content");
        InvoiceConfig cfg = config == null ? InvoiceConfig.defaults() : config;
        boolean authenticated = spoof != null && spoof.authenticated();
        List<Reason> reasons = new ArrayList<>();
        if (spoof != null) {
            for (Signal s : spoof.signals()) {
                reasons.add(reason(s, cfg));
            }
        }
        boolean freemail = spoof != null && SpoofSignals.FREEMAIL.contains(Domains.orgDomain(spoof.fromDomain()));
        // a sender that borrows a name (a look-alike domain; a supplier's name in the display name of a mail that
        // also changes the account) is nobody's e-invoicing system, however well-formed its UBL file. A supplier's
        // name alone is how Peppol access points and e-invoicing services send for their customers
        boolean borrowedName = reasons.stream().anyMatch(r -> isRisk(r, cfg)
                && (!r.name().equals(SignalNames.DISPLAY_NAME_ORGANISATION) || content.has(SignalNames.BANK_CHANGE)));
        String org = spoof == null || spoof.fromDomain().isEmpty() ? "" : Domains.orgDomain(spoof.fromDomain());
        String payee = payeeOrganisation(spoof, cfg);
        List<BankMemory.Account> known = payee.isEmpty() || accounts == null ? List.of() : accounts.apply(payee);
        known = known == null ? List.of() : known;
        // "Vi ser falske fakturaer, hvor en kendt leverandør pludselig oplyser et nyt kontonummer": a warning about
        // the fraud from a sender who proved itself, with no account, document or button of its own, describes the
        // change it warns of; the fraud itself has to name where the money goes
        boolean warningOnly = authenticated && content.has(SignalNames.FRAUD_WARNING) && content.payees().isEmpty()
                && !content.has(SignalNames.BANK_DETAILS) && !content.has(SignalNames.FOREIGN_IBAN)
                && content.pdfs() == 0 && !content.eInvoice() && !content.has(SignalNames.LINK_ACTION)
                && !content.has(SignalNames.QR_PAYMENT);
        // "Svindlere skriver, at vi har skiftet bank. Det har vi ikke: betal fortsat til reg. 6695 …": a proven
        // supplier's warning, perhaps under its month's invoice, whose every account is one we already pay it into.
        // The change it describes is the fraudster's; the money goes where it always went.
        boolean restatesKnown = authenticated && content.has(SignalNames.FRAUD_WARNING)
                && content.has(SignalNames.BANK_UNCHANGED) && !known.isEmpty()
                && !content.payees().isEmpty() && allKnown(content.payees(), known)
                && !content.has(SignalNames.LINK_ACTION) && !content.has(SignalNames.QR_PAYMENT);
        for (Signal s : content.signals()) {
            if (s.name().equals(SignalNames.BANK_CHANGE) && (warningOnly || restatesKnown)) {
                reasons.add(new Reason(s.name(), 0, SignalNames.Category.LEGIT, s.evidence() + (warningOnly
                        ? " (a warning about the fraud that names no account of its own: no weight)"
                        : " (a warning about the fraud that names only the accounts we know for " + payee
                                + ": no weight)")));
                continue;
            }
            if (s.name().equals(SignalNames.E_INVOICE) && (!authenticated || freemail || borrowedName)) {
                // a UBL document only vouches for the mail when the sender is who it claims to be: an
                // organisation, not a free-mail mailbox anyone can open in its name
                reasons.add(new Reason(s.name(), 0, SignalNames.Category.LEGIT,
                        s.evidence() + (!authenticated ? " (sender not authenticated: no credit)"
                                : freemail ? " (free-mail sender: no credit)" : " (borrowed name: no credit)")));
                continue;
            }
            reasons.add(reason(s, cfg));
        }
        boolean outOfChannel = cfg.profile() == InvoiceProfile.ELECTRONIC_INVOICES_ONLY && content.pdfInvoice()
                && !content.eInvoice();
        if (outOfChannel) {
            reasons.add(reason(new Signal(SignalNames.OUT_OF_CHANNEL_INVOICE, "PDF invoice by mail; public bodies "
                    + "receive invoices through NemHandel (OIOUBL / Peppol BIS)"), cfg));
        }
        // an invoicing platform's mail in a supplier's name: that supplier's accounts are the ones to compare
        boolean onBehalf = !payee.isEmpty() && !payee.equals(org);
        // Payees are the accounts a mail asks us to pay into. Our own colleagues' mail names other organisations'
        // accounts (a forwarded invoice, a new supplier's details), and a mail that asks for no payment (a bank's
        // payment advice, a statement) names its customers' accounts, not its sender's: neither is compared with,
        // nor teaches, the sender's history.
        // An invoicing platform (e-conomic, Dinero) sends for thousands of companies from its own domain: its From
        // organisation is not the payee, so its mail neither teaches nor is compared with one account history.
        // On a platform the display name's supplier is the payee: its invoice into that supplier's known account
        // pays the supplier, whoever opened the platform account, and into another account is bank-account-new.
        boolean payeeMail = !payee.isEmpty() && content.asksForPayment() && !isOwn(payee, cfg);
        Reason firstContactAbroad = null;
        // a proven stranger's first payment request that is worth a call before paying, never a hold on its own
        List<Reason> checkFirst = new ArrayList<>();
        if (!authenticated && spoof != null && !org.isEmpty() && !isOwn(org, cfg)
                && !spoof.has(SignalNames.SUPPLIER_DOMAIN_UNAUTHENTICATED) && !spoof.has(SignalNames.MAILING_LIST)) {
            // SpoofSignals counts a supplier's unauthenticated mail only where the supplier publishes something
            // that lets its mail authenticate. Two more cases are evidence: its accounts were learned from mail
            // that authenticated (it can, so this one should have), or a listed supplier whose mail cannot be
            // verified asks to be paid somewhere new (the fraud itself, whatever the supplier publishes).
            if (!known.isEmpty()) {
                reasons.add(reason(new Signal(SignalNames.SUPPLIER_DOMAIN_UNAUTHENTICATED, "From uses " + org
                        + ", a payee whose earlier mail authenticated, without authentication"), cfg));
            } else if (isSupplier(org, cfg) && (content.has(SignalNames.BANK_CHANGE)
                    || content.has(SignalNames.FOREIGN_IBAN))) {
                reasons.add(reason(new Signal(SignalNames.SUPPLIER_DOMAIN_UNAUTHENTICATED, "From uses supplier "
                        + "domain " + org + " without authentication, and asks for payment to changed or foreign "
                        + "bank details"), cfg));
            }
        }
        boolean answersQuotedChange = false;
        if (payeeMail) {
            bankHistory(content.payees(), payee, known, cfg, reasons);
            answersQuotedChange = answersQuotedChange(content, known, authenticated && !onBehalf);
            if (answersQuotedChange) {
                // "Nej, vi har ikke skiftet bank; betal som altid" above the quoted fraud the clerk asked about: the
                // new account is the quoted mail's, and holding the supplier's answer keeps the clerk from it.
                // Still tagged (below): the fraudster's account is in the mail, and a warning costs nothing here.
                reasons.replaceAll(r -> r.name().equals(SignalNames.BANK_ACCOUNT_NEW)
                        || r.name().equals(SignalNames.BANK_COUNTRY_NEW)
                        ? new Reason(r.name(), 0, SignalNames.Category.LEGIT, r.evidence() + " (only in the mail "
                                + payee + " quotes, above which it writes that its account is unchanged: no weight)")
                        : r);
            }
            if (onBehalf && authenticated && !known.isEmpty() && !content.payees().isEmpty()
                    && allKnown(content.payees(), known)) {
                backedClaim(reasons, payee, known);
            }
            if (!onBehalf && known.isEmpty() && !isSupplier(org, cfg)) {
                Reason r = payeeForSupplier(content, payee, claimedSupplier(spoof, payee, cfg), accounts, cfg);
                if (r != null) {
                    reasons.add(r);
                }
            }
            String claim = content.has(SignalNames.OVERDUE_NOTICE) ? content.evidence(SignalNames.OVERDUE_NOTICE)
                    : content.has(SignalNames.BANK_CHANGE) ? content.evidence(SignalNames.BANK_CHANGE) : null;
            if (claim != null && authenticated && !onBehalf && known.isEmpty() && !isSupplier(org, cfg) && !content.payees().isEmpty()
                    && !SpoofSignals.PUBLIC_SENDERS.contains(org) && !spoof.has(SignalNames.MAILING_LIST)
                    && !lawfulCollection(content)) {
                // A reminder is the second letter about a debt, and a change of bank details needs an account to
                // change from; we hold no first letter and no account of this sender (public authorities collect
                // what they assessed themselves, by letter; a list post discusses, it does not bill). Like the
                // first contact abroad below, only for a proven sender: an unproven one is judged by its spoof
                // signals, and an unlisted supplier's own reminder from a server its SPF does not name would
                // otherwise be held.
                reasons.add(reason(new Signal(SignalNames.NO_EARLIER_INVOICE, "\"" + claim + "\" from " + payee
                        + ", which is no listed supplier and of which we hold no earlier invoice or account"), cfg));
            }
            // the first contact of a *proven* sender: an unproven one is judged by its spoof signals
            boolean provenFirstContact = authenticated && !onBehalf && known.isEmpty() && !isSupplier(org, cfg)
                    && !listOrAuthority(spoof, org);
            // ... that names an account to pay into: what the check-first marks below are about
            boolean firstPayee = provenFirstContact && !content.payees().isEmpty();
            if (firstPayee && !content.hoursTerm().isEmpty()) {
                // "Depositum på 30 % indbetales inden 24 timer, herefter sender vi kontrakten": a payee we have never
                // paid wants money within hours. No supplier's first invoice gives hours: haste is the fraud's
                // lever (a slot about to go, a fine about to double), so that nobody calls to check.
                checkFirst.add(reason(new Signal(SignalNames.FIRST_PAYMENT_IN_HOURS, "\"" + content.hoursTerm()
                        + "\" from " + payee + ", which we have never paid"), cfg));
            }
            if (firstPayee && content.has(SignalNames.ORDER_BY_PHONE)) {
                // "Efter telefonisk bestilling fra jeres vejafdeling kørte vi togbusser …": the first invoice of a
                // payee we never paid, for an order only said to have been phoned in. Nobody here can show it; the
                // department that supposedly called can say in a minute whether it did.
                checkFirst.add(reason(new Signal(SignalNames.FIRST_ORDER_BY_PHONE, "\""
                        + content.evidence(SignalNames.ORDER_BY_PHONE) + "\" from " + payee
                        + ", which we have never paid: ask who ordered"), cfg));
            }
            if (firstPayee && content.has(SignalNames.PREPAYMENT)) {
                // "Prisgarantien kræver forudbetaling af 25 % inden fredag til IBAN …": a payee we never paid wants
                // money before it delivers anything. Suppliers bill after delivery; a first contact that must be
                // paid first is paid before anyone has checked that it exists.
                checkFirst.add(reason(new Signal(SignalNames.FIRST_PREPAYMENT, "\""
                        + content.evidence(SignalNames.PREPAYMENT) + "\" from " + payee
                        + ", which we have never paid: nothing is paid before delivery to a firm we do not know"),
                        cfg));
            }
            if (provenFirstContact && content.payees().isEmpty() && content.has(SignalNames.IMAGE_INVOICE)) {
                // "Regning vedhæftet som billede. Betal til kontoen på billedet": a first contact's invoice whose
                // account only a picture shows; no memory can learn or check it, so a person reads it first
                checkFirst.add(reason(new Signal(SignalNames.FIRST_IMAGE_INVOICE, "an invoice only as a picture from "
                        + payee + ", which we have never paid: its account cannot be checked"), cfg));
            }
            reasons.addAll(checkFirst);
            if (provenFirstContact) {
                firstContactAbroad = unknownPayeeAbroad(content, org, false, cfg);
                if (firstContactAbroad != null) {
                    reasons.add(firstContactAbroad);
                }
            }
        } else if (authenticated && isOwn(org, cfg) && content.asksForPayment()) {
            colleagueForward(content, accounts, cfg, reasons);
        } else if (authenticated && payee.isEmpty() && cfg.isPlatform(org) && !isOwn(spoof.claimed(), cfg)
                && content.asksForPayment()) {
            // An invoicing platform's mail for a company we know nothing of: anyone can open a platform account,
            // so the platform's authentication says nothing about where the money goes (the platform misused).
            // A company of the account's own country (Reply-To hafentechnik-kiel.de, paid in Germany) invoicing
            // through the platform is a foreign supplier, not a payee abroad; a free-mail or no Reply-To proves nothing.
            Addresses replyTo = Addresses.parseFirst(content.replyTo());
            boolean freeReply = replyTo != null && SpoofSignals.FREEMAIL.contains(Domains.orgDomain(replyTo.domain()));
            String home = replyTo == null || freeReply ? "" : replyTo.domain();
            // A company whose replies go to a free-mail box ("Nordic Public Procurement Index (via Bonsai)", Reply-To
            // outlook.com) shows nobody behind the platform account: its account abroad is checked even beside the
            // platform's invoice document, which is the platform's template, not the company's.
            firstContactAbroad = homeCountryOnly(content.payees(), home) ? null
                    : unknownPayeeAbroad(content, "a company unknown to us invoicing through " + org, freeReply, cfg);
            if (firstContactAbroad != null) {
                reasons.add(firstContactAbroad);
            }
        }
        // A sole trader's text invoice from free mail that gives its CVR number names a business a clerk can look
        // up; so does a PDF invoice into a Danish account (the interpreter's, the musician's, the photographer's
        // first invoice: "fakturaen ligger i den vedhæftede fil"). A few lines asking for money, an image-only
        // invoice or one paid abroad is the CEO-fraud and fake-invoice pattern. So is one that says its company
        // mailbox is down and therefore writes from here: a sole trader's free mail is its only mailbox.
        boolean registeredSoleTrader = (content.has(SignalNames.BUSINESS_REGISTRATION)
                || (content.pdfInvoice() && homeOnly(content.payees()) && !content.has(SignalNames.FOREIGN_IBAN)))
                && !content.has(SignalNames.IMAGE_INVOICE) && !content.has(SignalNames.MAILBOX_EXCUSE);
        if (authenticated && freemail && requestsMoney(content) && !registeredSoleTrader) {
            reasons.add(reason(new Signal(SignalNames.FREEMAIL_SENDER, "From " + spoof.fromAddress()
                    + " is a free-mail account: authentication proves the mailbox, not an organisation"), cfg));
        }
        // Precision on authenticated mail: a supplier whose From domain authenticates writes "faktura" and attaches
        // PDFs all day; tagging that teaches clerks to ignore the tag. Only a risk (a payee change, a new account,
        // active content, a look-alike, a borrowed name, an incomplete inspection) keeps it in the scoring.
        boolean knownSupplier = !known.isEmpty() || isSupplier(org, cfg);
        if (authenticated && (knownSupplier || isOwn(org, cfg))) {
            for (int i = 0; i < reasons.size(); i++) {
                Reason r = reasons.get(i);
                if (r.name().equals(SignalNames.UNORDERED_OFFER)) {
                    // a known supplier's multi-year terms are a contract, not a trap; our registrar renewing our
                    // domain is a supplier too, and a colleague passing such an offer on is no trap
                    reasons.set(i, new Reason(r.name(), 0, r.category(), r.evidence() + (knownSupplier
                            ? " (from a known supplier: a contract, no weight)" : " (from our own organisation: no weight)")));
                } else if (r.name().equals(SignalNames.CANCEL_BY_PHONE) && knownSupplier) {
                    // the trade journal we subscribe to renews and takes cancellations by phone: its terms, not a
                    // pretext (the pretext comes from those who never sold us anything)
                    reasons.set(i, new Reason(r.name(), 0, r.category(), r.evidence()
                            + " (from a known supplier: its subscription terms, no weight)"));
                }
            }
        }
        // neither a listed or established supplier nor our own organisation: one clean mail that named an account
        // is not yet history (the fraudster's own domain writes it first: "we take over from your contractor, first
        // instalment to reg. 5301 …", then the signing request)
        boolean stranger = !isSupplier(org, cfg) && known.stream().noneMatch(BankMemory.Account::established)
                && !isOwn(org, cfg);
        boolean covertMoney = content.has(SignalNames.PAYMENT_WORDS) || content.has(SignalNames.CONFIDENTIAL_TRANSFER)
                || !content.payees().isEmpty();
        // a stranger whose domain carries our own name: a service or an office made up for us
        boolean madeUpForUs = stranger && namedAfterUs(org, cfg);
        boolean strangersButton = stranger && spoof != null
                && ((linkOnlyMoney(content) && !settledReceipt(content, org)) || loginLink(content, org)
                        || content.has(SignalNames.LINK_EXPIRES_SOON)
                        || ((madeUpForUs || spoof.has(SignalNames.DISPLAY_NAME_IMPERSONATION))
                                && content.has(SignalNames.SIGNING_LINK)))
                && !listOrAuthority(spoof, org) && !platformsOwnLinks(content, org, authenticated, cfg);
        boolean otherRisk = false;
        for (Reason r : reasons) {
            // A listed or remembered supplier that authenticated may pack its invoice with a service report in a
            // ZIP; the archive is an evasion of strangers, whose authentication proves nothing about them.
            // Our own colleagues, authenticated, pass on and discuss bank changes (a supplier's letter to update,
            // a fraud warning): the letter itself was inspected when it arrived.
            // A private mailbox's covert request (gift-card codes, "skriv dit mobilnummer") is the CEO fraud under
            // a name we cannot know; from an organisation it is an order confirmation or a colleague.
            otherRisk |= freemail && r.name().equals(SignalNames.COVERT_REQUEST) && covertMoney;
            otherRisk |= r.name().equals(SignalNames.QR_PAYMENT) && stranger;
            otherRisk |= r.name().equals(SignalNames.CONFIDENTIAL_TRANSFER) && madeUpForUs;
            otherRisk |= r.name().equals(SignalNames.CREDENTIAL_REQUEST) && !isOwn(org, cfg);
            otherRisk |= r.name().equals(SignalNames.LINK_ACTION) && strangersButton;
            // A colleague who gives the new account itself ("de har fået ny bank; den nye konto er reg. 9860 …")
            // passes on a change nobody here inspected: the supplier's call or letter it reports never reached us,
            // and a taken-over colleague mailbox is how a bank change gets past every check on the way in.
            otherRisk |= r != firstContactAbroad && isRisk(r, cfg) && !(authenticated && knownSupplier
                    && r.name().equals(SignalNames.ARCHIVED_INVOICE))
                    && !(authenticated && isOwn(org, cfg) && r.name().equals(SignalNames.BANK_CHANGE)
                            && content.payees().isEmpty());
        }
        otherRisk |= answersQuotedChange;
        // a proven stranger's first contact: tagged once (abroad, haste, a phoned-in order, prepayment), never clean
        boolean onlyFirstContact = !otherRisk && (!checkFirst.isEmpty()
                || (firstContactAbroad != null && isRisk(firstContactAbroad, cfg)));
        boolean cleanAuthenticated = authenticated && !otherRisk && !onlyFirstContact;
        if (reasons.stream().anyMatch(r -> r.name().equals(SignalNames.BANK_ACCOUNT_NEW))) {
            // a UBL file vouches for the channel, not for the payee: an e-invoice whose payee is an account the
            // supplier never used is the changed-bank-details fraud in XML (a taken-over mailbox, a hijacked
            // access point) and weighs as the same change in a PDF does
            reasons.replaceAll(r -> r.name().equals(SignalNames.E_INVOICE) && r.weight() < 0
                    ? new Reason(r.name(), 0, SignalNames.Category.LEGIT, r.evidence() + " (new payee account: no credit)")
                    : r);
        }
        int score = 0;
        int invoice = 0;
        int spoofed = 0;
        for (Reason r : reasons) {
            score += r.weight();
            if (r.weight() > 0 && r.category() == SignalNames.Category.INVOICE) {
                invoice += r.weight();
            } else if (r.weight() > 0 && r.category() == SignalNames.Category.SPOOF) {
                spoofed += r.weight();
            }
        }
        boolean invoiceGate = invoice >= cfg.invoiceGate() && invoice > 0;
        boolean spoofGate = spoofed >= cfg.spoofGate() && spoofed > 0;
        // The widened first contact abroad (no Danish look, no invoice document) is worth a check, never a hold
        // on its own: a genuine foreign creditor's reminder for a debt whose invoice came by post would otherwise
        // be held. A Danish-looking sender's first payment abroad weighs as before.
        int abroad = firstContactAbroad == null || content.has(SignalNames.FOREIGN_IBAN) ? 0
                : Math.max(0, firstContactAbroad.weight());
        // A known supplier's authenticated mail answered at a free-mail box (reply-to-mismatch) is worth a
        // warning, never a hold on its own: it came from the supplier's mailbox and pays what it names, which
        // bank-account-new judges.
        int awayReply = !authenticated ? 0 : reasons.stream().filter(r -> r.name().equals(SignalNames.REPLY_TO_MISMATCH))
                .mapToInt(r -> Math.max(0, r.weight())).sum();
        InvoiceAction action;
        if (score - abroad >= cfg.quarantineThreshold() && invoiceGate
                && spoofed - abroad - awayReply >= cfg.spoofGate()
                && spoofGate && paymentInstrument(content, reasons, cfg)) {
            action = InvoiceAction.QUARANTINE;
        } else if (score >= cfg.tagThreshold()) {
            action = InvoiceAction.TAG;
        } else {
            action = InvoiceAction.DELIVER;
        }
        if (action == InvoiceAction.TAG && listDiscussion(spoof, content, reasons)) {
            // A list discussing a demand ("Har andre fået en faktura for teleskoprens med et nyt kontonummer?") uses
            // the demand's words and is no demand: its author is unproven only because the list's subject tag and
            // footer broke the signature (RFC 7960 section 3.2.3). Every later rule needs a payee, an attachment, a
            // link action or a code, so none of them can tag it again.
            reasons.add(new Reason(SignalNames.LIST_DISCUSSION, 0, SignalNames.Category.LEGIT,
                    "a mailing-list post with only a discussion's words: nothing to pay or open"));
            action = InvoiceAction.DELIVER;
        }
        if (action == InvoiceAction.QUARANTINE && !authenticated && !known.isEmpty() && !onBehalf
                && !content.payees().isEmpty() && allKnown(content.payees(), known) && !weapon(content, reasons, cfg)) {
            // It pays only the accounts this payee used in authenticated mail: a forgery of it gains the forger
            // nothing, and the supplier's own invoice relayed by a forwarder without SRS (SPF fails, no DKIM) is
            // what it looks like. Tagged, not held.
            reasons.add(new Reason(SignalNames.KNOWN_ACCOUNT, 0, SignalNames.Category.LEGIT, "pays only " + payee
                    + "'s known account " + known.get(0).masked() + ": tagged, not held"));
            action = InvoiceAction.TAG;
        }
        String sibling = action == InvoiceAction.QUARANTINE && authenticated && spoof.has(SignalNames.LOOKALIKE_TLD)
                ? SpoofSignals.tldSibling(spoof.fromDomain(), cfg) : "";
        List<BankMemory.Account> siblings = sibling.isEmpty() || accounts == null ? List.of() : accounts.apply(sibling);
        if (siblings != null && !siblings.isEmpty() && !content.payees().isEmpty()
                && allKnown(content.payees(), siblings) && !weapon(content, reasons, cfg)
                && onlyTheFirms(content, Set.of(org, sibling))) {
            // danfoss.com's authenticated invoice into the account danfoss.dk's own mail taught us: the firm writing
            // from its other domain (or, at worst, an imitator paying the firm). An imitator wants its own account,
            // which stays bank-account-new and held, or another way to the money or a login (a pay or login link,
            // a QR code, answers going elsewhere): any of those keeps it held. Tagged until the admin lists it.
            reasons.add(new Reason(SignalNames.KNOWN_ACCOUNT, 0, SignalNames.Category.LEGIT, "pays only " + sibling
                    + "'s known account " + siblings.get(0).masked() + ", but from " + spoof.fromDomain()
                    + ", the same name under another top-level domain, not the domain we know: tagged, not held"));
            action = InvoiceAction.TAG;
        }
        if (action == InvoiceAction.DELIVER && (!content.payees().isEmpty() || content.has(SignalNames.COVERT_REQUEST)
                || content.has(SignalNames.OVERDUE_NOTICE) || !content.linkHosts().isEmpty()
                || content.has(SignalNames.PAYMENT_WORDS) || content.has(SignalNames.QR_PAYMENT)) && impersonates(reasons)) {
            // A borrowed identity and an account is the whole of the CEO fraud ("Økonomidirektør" on iCloud: pay
            // 96.400 kr. to reg. 5301 before 14:00); it needs no invoice words to be worth a warning. Nor does its
            // opener, which asks for nothing yet ("Har du 5 minutter? Det skal holdes fortroligt"), nor a borrowed
            // authority's demand for a debt said to be late (a fake Gældsstyrelsen notice with a pay link), nor a
            // borrowed authority's link ("Skattestyrelsen" on skat-refusion.net: "Bekræft NemKonto med MitID"), nor
            // a borrowed mayor's transfer that "the details follow" ("borgmester" on Gmail: "klarer du en
            // overførsel for mig?"), nor a borrowed payment brand's code to scan.
            action = InvoiceAction.TAG;
        }
        if (action == InvoiceAction.DELIVER && authenticated && isOwn(org, cfg) && content.has(SignalNames.BANK_CHANGE)
                && !content.payees().isEmpty()) {
            // a colleague's mail that changes a payee's account (above): worth a call to the payee's known number
            action = InvoiceAction.TAG;
        }
        if (action == InvoiceAction.DELIVER && awayReply > 0 && invoice > 0) {
            // a known supplier's mail about invoices or payment whose answers go to a free-mail box: "send us your
            // open items and who approves payments" asks for nothing to pay yet, and the answer is the fraud's map
            action = InvoiceAction.TAG;
        }
        if (action == InvoiceAction.DELIVER && answersQuotedChange) {
            action = InvoiceAction.TAG;
        }
        if (action == InvoiceAction.DELIVER && !checkFirst.isEmpty()) {
            action = InvoiceAction.TAG;
        }
        if (action == InvoiceAction.DELIVER && firstContactAbroad != null) {
            // A stranger's first payment request into an account abroad: the payee is a foreign account nobody
            // here has paid before (a fake grant repayment to a German IBAN, a hotel "deposit" to a Bulgarian
            // one, a platform account paying to Estonia). A genuine foreign supplier is tagged once, then known.
            action = InvoiceAction.TAG;
        }
        if (action == InvoiceAction.DELIVER && !content.payees().isEmpty() && weighs(reasons, SignalNames.FREEMAIL_SENDER)) {
            // A free-mail mailbox that gives no business registration and names an account to pay: the CEO
            // fraud's transfer order ("Vil du overføre 68.900 kr. til IBAN … i dag?") and the "my company mail is
            // down, pay here" bank change; a sole trader who gives its CVR number is exempt (FREEMAIL_SENDER)
            action = InvoiceAction.TAG;
        }
        if (action == InvoiceAction.DELIVER && freemail && content.has(SignalNames.COVERT_REQUEST) && covertMoney) {
            // the CEO fraud's covert request about money from a private mailbox, even under a name we cannot know
            // ("Anne Klitmøller <a.klitmoller@yahoo.com>": køb 10 gavekort og send mig koderne); a friend's "har du
            // 5 minutter?" asks for no money
            action = InvoiceAction.TAG;
        }
        if (action == InvoiceAction.DELIVER && content.has(SignalNames.CONFIDENTIAL_TRANSFER) && madeUpForUs) {
            // gift-card codes to be mailed, a transfer to keep quiet, from a stranger's domain named after us
            // ("Direktør for Teknik og Miljø" on odder-ordrekontor.dk): our management borrowed with a server in
            // front. A gift-card shop's confirmation or a supplier's confidential severance payment is neither.
            action = InvoiceAction.TAG;
        }
        if (action == InvoiceAction.DELIVER && stranger && activeContent(reasons, cfg)) {
            // A stranger's SVG/HTML "statement", macro document or executable: the attachment is the weapon (a
            // credential page opened "best in a browser"), whatever the mail says or fails to say about invoices.
            action = InvoiceAction.TAG;
        }
        if (action == InvoiceAction.DELIVER && content.has(SignalNames.CREDENTIAL_REQUEST) && !isOwn(org, cfg)) {
            // "Udfyld formularen med CPR-nummer og MitID-brugernavn for hver bruger": whatever the pretext (a
            // bank's customer review, a tax refund), a login secret asked for by mail is the phishing itself
            action = InvoiceAction.TAG;
        }
        if (action == InvoiceAction.DELIVER && content.has(SignalNames.QR_PAYMENT) && stranger) {
            // "Jeres betaling er returneret. Scan QR-koden": a stranger's payment only a phone camera can follow
            action = InvoiceAction.TAG;
        }
        if (action == InvoiceAction.DELIVER && strangersButton) {
            // "3 betalinger afventer din godkendelse: Godkend med MitID", "X har delt en faktura med dig: Åbn
            // dokument", "Ubetalt passage: Betal nu": a stranger's mail about money whose only way forward is a
            // button, with no invoice of its own to read. The page behind it takes the login or the card.
            action = InvoiceAction.TAG;
        }
        if (action == InvoiceAction.DELIVER && weighs(reasons, SignalNames.UNORDERED_OFFER)) {
            // a stranger's offer that paying or signing accepts: with the account to pay it into the trap needs
            // nothing more, and without one the signature is what it is after ("return the form signed; the entry
            // is free", the small print binding three years): the invoices come later, to a signed order
            action = InvoiceAction.TAG;
        }
        if (outOfChannel) {
            // electronic-invoices-only: a mailed PDF invoice is at least worth a warning; forged → hold it
            action = action.max(spoofGate ? InvoiceAction.QUARANTINE : InvoiceAction.TAG);
        }
        boolean incomplete = reasons.stream().anyMatch(r -> r.category() == SignalNames.Category.ERROR);
        if (incomplete && !authenticated && invoice > 0) {
            // Fail closed: part of an unauthenticated invoice-like mail went unseen (limits, a bomb, a parse that
            // stopped), so it must not pass as clean; the adapter adds X-SpoofGuard-Error.
            action = action.max(InvoiceAction.TAG);
        }
        InvoiceVerdict.Lesson lesson = null;
        if (cleanAuthenticated) {
            reasons.add(reason(new Signal(SignalNames.AUTHENTICATED_SENDER, "From " + spoof.fromDomain()
                    + " authenticated (DMARC pass or aligned SPF/DKIM); no bank change, new account, active content"
                    + " or look-alike: " + (outOfChannel ? "tagged only as out of channel" : "delivered untouched")),
                    cfg));
            action = outOfChannel ? InvoiceAction.TAG : InvoiceAction.DELIVER;
            if (payeeMail && !onBehalf && !content.payees().isEmpty() && !SpoofSignals.FREEMAIL.contains(org)) {
                // (a free-mail sender that asks to be paid is never clean: freemail-sender above; a platform
                // account in a supplier's name can be anybody's, so it confirms that supplier's accounts, never
                // adds to them)
                // Only mail the From domain vouches for teaches the memory: a forger must not teach his account.
                lesson = new InvoiceVerdict.Lesson(org, ownPayees(content));
            }
        }
        if (authenticated && onlyFirstContact && action != InvoiceAction.QUARANTINE
                && !content.payees().isEmpty() && payeeMail && !onBehalf && !SpoofSignals.FREEMAIL.contains(org)) {
            // The first invoice of an authenticated sender into a foreign account, or with a first contact's other
            // check-first marks, is tagged, once: its account is remembered, so its next invoice to the same account
            // passes and a later change of account is bank-account-new. Without this a genuine supplier banking
            // abroad would be tagged for ever, and a stranger's second demand into another account would count as a
            // first contact again.
            // Provisional: a tagged stranger (perhaps a look-alike of a partner we have not heard from yet) earns
            // no name protection from it.
            lesson = new InvoiceVerdict.Lesson(org, ownPayees(content), true);
        }
        return new InvoiceVerdict(action, score, invoice, spoofed, reasons,
                summarize(action, score, invoice, spoofed, reasons), lesson);
    }

    /**
     * A link that asks to log in ("Log ind", "log on", "Sign in", "MitID"): a stranger's login page is the
     * credential phish whatever the pretext (a voicemail "from the city manager", a shared document, a mailbox
     * "about to close"); in nineteen corpora no legitimate stranger's mail had one.
     */
    private static boolean loginLink(InvoiceSignals content, String org) {
        if (!content.has(SignalNames.LINK_ACTION)) {
            return false;
        }
        String said = content.evidence(SignalNames.LINK_ACTION);
        // "Åbn og underskriv med MitID" from Signicat or Criipto: signing with MitID is what those services are
        // for; from anyone else the button asks for the reader's MitID on a page of its own ("Klampenborg eSign")
        boolean signingService = SpoofSignals.SIGNING_SENDERS.contains(org);
        for (String w : LOGIN_ACTIONS) {
            if (signingService && (w.equals("mitid") || w.equals("nemid"))) {
                continue;
            }
            if (said.contains("\"" + w) || said.contains(" " + w)) {
                return true;
            }
        }
        return false;
    }

    private static final List<String> LOGIN_ACTIONS = List.of("log ", "login", "signin", "sign ", "mitid", "nemid",
            "verify", "verificer", "valider", "validate");

    /**
     * An authenticated invoicing platform's "Vis faktura" that links only into the platform itself: how e-conomic or
     * Invoicera deliver an invoice, the page showing the payee the platform holds, not a stranger's button.
     */
    private static boolean platformsOwnLinks(InvoiceSignals content, String org, boolean authenticated,
                                             InvoiceConfig cfg) {
        return authenticated && cfg.isPlatform(org) && !content.linkHosts().isEmpty()
                && within(content.linkHosts(), Set.of(org));
    }

    /**
     * A receipt for a bill already paid by card or direct debit ({@link SignalNames#PAYMENT_SETTLED}) whose links
     * all stay in the sender's own organisation: a SaaS or telecom invoice's "View invoice". Nothing in it asks for
     * money (no instruction, account, pressure, overdue or bank change), so its link is no payment page; a login
     * button stays a stranger's button ({@link #loginLink}).
     */
    private static boolean settledReceipt(InvoiceSignals content, String org) {
        return content.has(SignalNames.PAYMENT_SETTLED) && !content.has(SignalNames.PAYMENT_INSTRUCTION)
                && !content.has(SignalNames.BANK_DETAILS) && !content.has(SignalNames.PAYMENT_PRESSURE)
                && !content.has(SignalNames.OVERDUE_NOTICE) && !content.has(SignalNames.BANK_CHANGE)
                && !content.has(SignalNames.PREPAYMENT) && !content.has(SignalNames.QR_PAYMENT)
                && !content.linkHosts().isEmpty() && within(content.linkHosts(), Set.of(org));
    }

    /**
     * A link that asks to pay, log in, approve or open a document ({@link SignalNames#LINK_ACTION}), in a mail about
     * money (invoice words, payment words, pressure) that carries no PDF or e-invoice of its own.
     */
    private static boolean linkOnlyMoney(InvoiceSignals content) {
        return content.has(SignalNames.LINK_ACTION) && content.pdfs() == 0 && !content.eInvoice()
                && (content.asksForPayment() || content.has(SignalNames.PAYMENT_WORDS));
    }

    private static boolean weighs(List<Reason> reasons, String name) {
        for (Reason r : reasons) {
            if (r.weight() > 0 && r.name().equals(name)) {
                return true;
            }
        }
        return false;
    }

    /** An attachment risk ({@link SignalNames.Category#ATTACHMENT} of at least {@code risk.weight}) that weighs. */
    private static boolean activeContent(List<Reason> reasons, InvoiceConfig cfg) {
        for (Reason r : reasons) {
            if (r.category() == SignalNames.Category.ATTACHMENT && r.weight() >= cfg.riskWeight() && r.weight() > 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * A stranger's domain that carries our own name as one of its words ("haandslag-ringsted.dk",
     * "signetbox-kalundborg.com"): a service made up for us. Its button to sign or open a document is the signing
     * lure; a real signing service sends from its own name for every customer. Our name is our domain's and, where
     * that is an abbreviation (balk.dk), our organisation's ("signering-ballerup.dk" for Ballerup Kommune).
     */
    private static boolean namedAfterUs(String org, InvoiceConfig cfg) {
        String label = Domains.registrableLabel(org);
        if (label.indexOf('-') < 0) {
            return false;
        }
        for (String own : cfg.ownDomains()) {
            String ownLabel = Domains.registrableLabel(own);
            if (ownLabel.length() >= 3 && SpoofSignals.hasToken(label, ownLabel)) {
                return true;
            }
        }
        for (String name : cfg.protectedNames()) {
            for (String form : SpoofSignals.organisationNameForms(name)) {
                if (SpoofSignals.hasToken(label, form)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A reason that says the sender pretends to be someone else (display name, look-alike domain). */
    private static boolean impersonates(List<Reason> reasons) {
        for (Reason r : reasons) {
            if (r.weight() > 0 && (r.name().equals(SignalNames.DISPLAY_NAME_IMPERSONATION)
                    || r.name().equals(SignalNames.DISPLAY_NAME_ADDRESS) || r.name().equals(SignalNames.LOOKALIKE_DOMAIN)
                    || r.name().equals(SignalNames.HOMOGLYPH_DOMAIN) || r.name().equals(SignalNames.EMBEDDED_DOMAIN)
                    || r.name().equals(SignalNames.OWN_DOMAIN_UNAUTHENTICATED))) {
                return true;
            }
        }
        return false;
    }

    /** Something other than an account to hurt us with: changed bank details, a look-alike link, risky content. */
    private static boolean weapon(InvoiceSignals content, List<Reason> reasons, InvoiceConfig cfg) {
        if (content.has(SignalNames.BANK_CHANGE) || content.has(SignalNames.CONFIDENTIAL_TRANSFER)
                || activeContent(reasons, cfg)) {
            return true;
        }
        for (Reason r : reasons) {
            if (r.weight() > 0 && (r.name().equals(SignalNames.LOOKALIKE_LINK) || r.name().equals(SignalNames.LOOKALIKE_DOMAIN)
                    || r.name().equals(SignalNames.HOMOGLYPH_DOMAIN) || r.name().equals(SignalNames.EMBEDDED_DOMAIN)
                    || r.name().equals(SignalNames.REPLY_TO_MISMATCH) || r.name().equals(SignalNames.OWN_DOMAIN_UNAUTHENTICATED)
                    || r.name().equals(SignalNames.ERROR))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Nothing in the mail leads anywhere but to these organisations: no call to action or QR code, every link (body
     * and documents) and the Reply-To within them.
     */
    private static boolean onlyTheFirms(InvoiceSignals content, Set<String> orgs) {
        if (content.has(SignalNames.LINK_ACTION) || content.has(SignalNames.QR_PAYMENT)) {
            return false;
        }
        List<String> hosts = new ArrayList<>(content.linkHosts());
        hosts.addAll(content.documentLinkHosts());
        Addresses replyTo = Addresses.parseFirst(content.replyTo());
        // a Reply-To without a single address (Addresses) leads wherever a mail program reads it: all it names counts
        hosts.addAll(SpoofSignals.replyDomains(replyTo));
        if (replyTo.malformed() && replyTo.written().isEmpty()) {
            return false;
        }
        return within(hosts, orgs);
    }

    /** Every host (a link's or an address's domain) belongs to one of these organisational domains. */
    private static boolean within(Collection<String> hosts, Set<String> orgs) {
        return hosts.stream().allMatch(h -> orgs.contains(Domains.orgDomain(Domains.normalize(h))));
    }

    private static boolean allKnown(List<String> payees, List<BankMemory.Account> known) {
        return unknownIds(payees, ids(known)).isEmpty();
    }

    private static Set<String> ids(List<BankMemory.Account> known) {
        Set<String> ids = new HashSet<>();
        known.forEach(a -> ids.add(a.id()));
        return ids;
    }

    /**
     * A proven known supplier's reply that says its account is unchanged, whose every new account stands only in
     * the mail it quotes ({@link Replies}): the answer to "have you changed bank?", not a request. With its own
     * document, button or code it is judged as any other mail.
     */
    private static boolean answersQuotedChange(InvoiceSignals content, List<BankMemory.Account> known,
                                               boolean provenPayee) {
        if (!provenPayee || known.isEmpty() || !content.replyKeepsAccount() || content.quotedPayees().isEmpty()
                || content.pdfs() > 0 || content.eInvoice() || content.has(SignalNames.LINK_ACTION)
                || content.has(SignalNames.QR_PAYMENT)) {
            return false;
        }
        List<String> fresh = unknownIds(content.payees(), ids(known));
        return !fresh.isEmpty() && content.quotedPayees().containsAll(fresh);
    }

    /** The accounts a mail gives as its own: those in a quoted mail are somebody else's, never learned. */
    private static List<String> ownPayees(InvoiceSignals content) {
        List<String> own = new ArrayList<>(content.payees());
        own.removeAll(content.quotedPayees());
        return own;
    }

    /**
     * The payees not among {@code known}. Danish invoices give an account and, often, an FI line (+71<payment
     * id<+creditor<) that Nets routes to the creditor's account; a supplier's history may hold either. An FI creditor
     * seen for the first time beside an account we know is another way to pay the same supplier, not a new payee,
     * unless the history already holds another creditor of that FI type: then the FI line routes the money
     * elsewhere while the printed account reassures the clerk (a compromised supplier mailbox's invoice with its
     * usual account and another creditor number in the FI line). A new *account* always counts, a known one beside
     * it or not: "old account DK50…6243 closed, pay to DK95…6789" names both.
     */
    static List<String> unknownIds(List<String> payees, Set<String> known) {
        List<String> fresh = new ArrayList<>();
        boolean knownAccount = false;
        for (String p : payees) {
            if (!known.contains(p)) {
                fresh.add(p);
            } else if (!p.startsWith("FI+")) {
                knownAccount = true;
            }
        }
        if (knownAccount && fresh.stream().allMatch(p -> p.startsWith("FI+") && !knowsFiType(known, p))) {
            return List.of();
        }
        return fresh;
    }

    /** Whether {@code known} holds a creditor of {@code fi}'s FI type ("FI+71:"). */
    private static boolean knowsFiType(Set<String> known, String fi) {
        String type = fi.substring(0, Math.min(fi.length(), 6));
        return known.stream().anyMatch(k -> k.startsWith(type));
    }

    /**
     * A platform invoice in a listed or remembered supplier's name that pays only that supplier's known accounts:
     * the borrowed name gains a fraudster nothing (the money reaches the supplier), so the display-name signal
     * no longer counts.
     */
    private static void backedClaim(List<Reason> reasons, String payee, List<BankMemory.Account> known) {
        for (int i = 0; i < reasons.size(); i++) {
            Reason r = reasons.get(i);
            if (r.name().equals(SignalNames.DISPLAY_NAME_ORGANISATION)) {
                reasons.set(i, new Reason(r.name(), 0, r.category(), r.evidence() + "; it pays only " + payee
                        + "'s known account (" + known.get(0).masked() + (known.size() > 1 ? ", …" : "") + ")"));
            }
        }
    }

    /**
     * A sender that is neither a supplier nor a known payee names a supplier as a company and asks to be paid
     * into accounts that supplier never used: the money is for the supplier, the account is not.
     */
    /**
     * A colleague's mail that asks for a payment to a listed or remembered supplier the text names (an invoice
     * forwarded "godkendt, kan den komme med i dagens betalingskørsel?") pays that supplier: its accounts are
     * compared with the supplier's history, as the supplier's own mail would be. A colleague's mailbox taken over
     * by phishing forwards the supplier's "invoice" with the mule's account; our own domain's DMARC pass says
     * nothing about the account. With a bank change claimed it is {@code bank-account-new}; without one, an
     * unknown account is {@code payee-for-supplier} (the mail may name the supplier beside a subcontractor).
     */
    private static void colleagueForward(InvoiceSignals content, Function<String, List<BankMemory.Account>> accounts,
                                         InvoiceConfig cfg, List<Reason> reasons) {
        if (content.payees().isEmpty() || accounts == null) {
            return;
        }
        for (String namedOrg : namedSuppliers(content, "", cfg)) {
            List<BankMemory.Account> theirs = accounts.apply(namedOrg);
            if (theirs == null || theirs.isEmpty()) {
                continue;
            }
            if (content.has(SignalNames.BANK_CHANGE)) {
                // "Jyderup Entreprenør har fået ny bank, kontoen står på fakturaen": the supplier's account changed
                bankHistory(content.payees(), namedOrg, theirs, cfg, reasons);
            } else if (!allKnown(content.payees(), theirs)) {
                // no change claimed: the account may be a subcontractor's the colleague's mail also names, so a
                // warning, not a hold
                reasons.add(payeeForSupplier("a colleague's mail", namedOrg, content, theirs, cfg));
            }
            return;
        }
    }

    private static Reason payeeForSupplier(InvoiceSignals content, String payee, String claimed, Function<String,
            List<BankMemory.Account>> accounts, InvoiceConfig cfg) {
        if (content.payees().isEmpty()) {
            return null;
        }
        List<String> fromText = namedSuppliers(content, payee, cfg);
        Set<String> named = new LinkedHashSet<>();
        if (!claimed.isEmpty()) {
            // "Klippeposten - Annonceafdelingen <annoncer@dueodde-faktura.dk>": the display name names the supplier
            // as surely as a signature does; the money is asked for in the supplier's name
            named.add(claimed);
        }
        named.addAll(fromText);
        for (String namedOrg : named) {
            List<BankMemory.Account> theirs = accounts == null ? List.of() : accounts.apply(namedOrg);
            theirs = theirs == null ? List.of() : theirs;
            if (!theirs.isEmpty() && allKnown(content.payees(), theirs)) {
                continue; // a bookkeeper or platform sending the supplier's own account: harmless
            }
            if (namedOrg.equals(claimed) && theirs.isEmpty() && !fromText.contains(claimed)) {
                // a display name alone, for a supplier whose accounts we do not know: an unlisted platform
                // sending in its customer's name looks the same, so it stays the weaker display-name signal
                continue;
            }
            return payeeForSupplier(payee, namedOrg, content, theirs, cfg);
        }
        return null;
    }

    /** The organisations of the suppliers the text names as a company, other than {@code except}, ours or a platform. */
    private static List<String> namedSuppliers(InvoiceSignals content, String except, InvoiceConfig cfg) {
        List<String> out = new ArrayList<>();
        for (String named : content.namedSuppliers()) {
            String namedOrg = Domains.orgDomain(named);
            if (!namedOrg.isEmpty() && !namedOrg.equals(except) && !isOwn(namedOrg, cfg) && !cfg.isPlatform(namedOrg)) {
                out.add(namedOrg);
            }
        }
        return out;
    }

    /**
     * The supplier (listed, not ours, not a platform) whose name the From display name carries on another
     * organisation's domain, or "".
     */
    private static String claimedSupplier(SpoofSignals spoof, String payee, InvoiceConfig cfg) {
        String claimed = spoof == null || spoof.claimed().isEmpty() ? "" : Domains.orgDomain(spoof.claimed());
        return claimed.isEmpty() || claimed.equals(payee) || isOwn(claimed, cfg) || cfg.isPlatform(claimed)
                ? "" : claimed;
    }

    private static Reason payeeForSupplier(String who, String namedOrg, InvoiceSignals content,
                                           List<BankMemory.Account> theirs, InvoiceConfig cfg) {
        return reason(new Signal(SignalNames.PAYEE_FOR_SUPPLIER, who + " names supplier " + namedOrg
                + " and asks for payment to " + BankDetails.maskId(content.payees().get(0))
                + (theirs.isEmpty() ? "" : ", not " + namedOrg + "'s known " + theirs.get(0).masked())), cfg);
    }

    private static boolean isOwn(String org, InvoiceConfig cfg) {
        return belongsTo(org, cfg.ownDomains());
    }

    private static boolean isSupplier(String org, InvoiceConfig cfg) {
        return belongsTo(org, cfg.supplierDomains());
    }

    /** Is the organisational domain {@code org} one of {@code domains} (or their organisation)? */
    private static boolean belongsTo(String org, Set<String> domains) {
        if (org.isEmpty()) {
            return false;
        }
        for (String d : domains) {
            if (Domains.isSameOrSub(org, d) || org.equals(Domains.orgDomain(d))) {
                return true;
            }
        }
        return false;
    }

    /** What keeps an authenticated invoice-like mail from being delivered untouched. */
    static boolean isRisk(Reason r, InvoiceConfig cfg) {
        if (r.category() == SignalNames.Category.ERROR) {
            return true; // incomplete inspection: fail closed, score it as usual
        }
        if (r.weight() <= 0) {
            return false;
        }
        return r.category() == SignalNames.Category.SPOOF
                || (r.category() == SignalNames.Category.ATTACHMENT && r.weight() >= cfg.riskWeight())
                || r.name().equals(SignalNames.BANK_CHANGE);
    }

    /**
     * Quarantine holds mail that could make us pay a fraudster, so it needs a way to pay or a weapon: an account,
     * an invoice document, a confidential transfer, a look-alike pay link or risky active content. A forged
     * newsletter that only talks about invoices or changed bank details is tagged, not held.
     */
    private static boolean paymentInstrument(InvoiceSignals content, List<Reason> reasons, InvoiceConfig cfg) {
        // A "changed bank details" phrase alone is talk (a fraud warning, a list discussion): it needs an account
        // or a document with it to be a way to pay.
        if (accountOrDocument(content) || content.eInvoice()) {
            return true;
        }
        for (Reason r : reasons) {
            if (r.name().equals(SignalNames.LOOKALIKE_LINK) || (r.category() == SignalNames.Category.ATTACHMENT
                    && r.weight() >= cfg.riskWeight())) {
                return true;
            }
        }
        return false;
    }

    /**
     * The mail itself asks to be paid somewhere: an account, an invoice document (PDF, image, archive), a changed
     * account or a confidential transfer. A citizen's question about a reminder does not.
     */
    private static boolean requestsMoney(InvoiceSignals content) {
        return content.asksForPayment() && (accountOrDocument(content) || content.has(SignalNames.BANK_CHANGE));
    }

    /** Where to pay: an account, an invoice document (PDF, image-only, in an archive), or a confidential transfer. */
    private static boolean accountOrDocument(InvoiceSignals content) {
        return !content.payees().isEmpty() || invoiceDocument(content) || content.has(SignalNames.CONFIDENTIAL_TRANSFER);
    }

    /** A PDF, image-only or archived invoice. */
    private static boolean invoiceDocument(InvoiceSignals content) {
        return content.pdfInvoice() || content.has(SignalNames.IMAGE_INVOICE) || content.has(SignalNames.ARCHIVED_INVOICE);
    }

    /** Every account abroad is in the country of {@code domain}'s top-level domain (and there is one). */
    private static boolean homeCountryOnly(List<String> payees, String domain) {
        if (domain == null || domain.isEmpty() || payees.isEmpty()) {
            return false;
        }
        String tld = domain.substring(domain.lastIndexOf('.') + 1).toUpperCase(Locale.ROOT);
        boolean any = false;
        for (String p : payees) {
            if (!BankDetails.isAbroad(p)) {
                continue;
            }
            if (!BankDetails.countryOf(p).equals(tld)) {
                return false;
            }
            any = true;
        }
        return any;
    }

    /** Every account is Danish (DK/FO/GL, reg.nr.+kontonr., FI lines). */
    private static boolean homeOnly(List<String> payees) {
        return payees.stream().noneMatch(BankDetails::isAbroad);
    }

    /**
     * A collection letter as Danish law shapes it: a collector's demand for a creditor ("vi er bedt om at inddrive",
     * "på vegne af", "klientkonto"; {@link SignalNames#COLLECTION_LETTER}), no change of bank details, that gives at
     * least ten days (inkassoloven § 10; no term in hours or days under ten) and pays a Danish
     * account. A collection agency's or lawyer's first letter about a creditor we do not know is ordinary; the fake
     * inkasso letter presses ("inden 48 timer", "senest om 3 hverdage") or pays abroad.
     */
    private static boolean lawfulCollection(InvoiceSignals content) {
        if (!content.has(SignalNames.OVERDUE_NOTICE) || !content.has(SignalNames.COLLECTION_LETTER)
                || content.has(SignalNames.BANK_CHANGE)
                || content.has(SignalNames.SHORT_PAYMENT_TERM) || content.has(SignalNames.FOREIGN_IBAN)) {
            return false;
        }
        return homeOnly(content.payees());
    }

    /**
     * A Danish-looking sender (a .dk/.fo/.gl domain, "dk" in its name, or a mail in Danish: {@code foreign-iban})
     * nobody has paid before asks for payment to a foreign IBAN: the "registration fee" and fake-supplier schemes
     * bill Danish organisations from a Danish-looking sender into an account abroad. So does anyone's demand for
     * money abroad that comes with no invoice at all (a "repayment" after an audit, a hotel's "cancellation fee":
     * a few lines and an IBAN); a foreign company's invoice document into its own country's account is ordinary
     * (SaaS billing in English). Known suppliers (configured, or in the bank-details memory) are judged by their
     * history instead.
     */
    private static Reason unknownPayeeAbroad(InvoiceSignals content, String org, boolean viaPlatform,
                                             InvoiceConfig cfg) {
        // viaPlatform: a platform's invoice for a company that answers on free mail (see the caller)
        boolean danishLooking = content.has(SignalNames.FOREIGN_IBAN) || viaPlatform;
        boolean document = invoiceDocument(content) || content.eInvoice();
        // A made-up invoice from abroad: no billing system's VAT lines (a cross-border B2B invoice names the VAT
        // numbers and the reverse charge, EU VAT Directive art. 226) and days, not weeks, to pay ("EUR 14,750 is
        // payable within 5 days to IBAN PL61…", "due on receipt"), for a service "agreed with your department".
        boolean madeUp = document && !content.eInvoice() && !content.has(SignalNames.TAX_REFERENCE)
                && content.has(SignalNames.SHORT_PAYMENT_TERM);
        if (!danishLooking && document && !madeUp) {
            return null;
        }
        String tld = org.substring(org.lastIndexOf('.') + 1).toUpperCase(Locale.ROOT);
        for (String p : content.payees()) {
            if (!BankDetails.isAbroad(p)) {
                continue;
            }
            String country = BankDetails.countryOf(p);
            if (!danishLooking && document) {
                // a company of that country paid at home is a foreign supplier, not a payee abroad
                if (!country.equals(tld) && !("GB".equals(country) && "UK".equals(tld))) {
                    return reason(new Signal(SignalNames.BANK_COUNTRY_NEW, BankDetails.maskId(p) + " (" + country
                            + "): " + org + " is not a known payee, and its first invoice into an account abroad "
                            + "names no VAT or reverse charge and asks for payment " + content.evidence(
                            SignalNames.SHORT_PAYMENT_TERM) + " (first contact)"), cfg);
                }
                continue;
            }
            return reason(new Signal(SignalNames.BANK_COUNTRY_NEW, BankDetails.maskId(p) + " (" + country
                    + "): " + org + " is not a known payee, and " + (viaPlatform ? "a platform's invoice for a company answering on free mail asks"
                    : danishLooking ? "a Danish-looking sender (foreign-iban) asks"
                    : "a demand without any invoice document asks")
                    + " for payment abroad (first contact)"), cfg);
        }
        return null;
    }

    /**
     * The reasons a list post that only talks about invoices, bank changes and reminders can carry. Anything else (a
     * payee, an attachment, a link action, a QR code, a look-alike, an error) keeps the tag: a whitelist, so that a
     * signal added later never makes a list post clean by default.
     */
    private static final Set<String> DISCUSSION_REASONS = Set.of(SignalNames.MAILING_LIST,
            SignalNames.INVOICE_SUBJECT, SignalNames.INVOICE_BODY, SignalNames.PAYMENT_WORDS,
            SignalNames.PAYMENT_PRESSURE, SignalNames.OVERDUE_NOTICE, SignalNames.COLLECTION_LETTER,
            SignalNames.BANK_CHANGE, SignalNames.BANK_UNCHANGED, SignalNames.FRAUD_WARNING, SignalNames.TAX_REFERENCE,
            SignalNames.BUSINESS_REGISTRATION, SignalNames.SHORT_PAYMENT_TERM, SignalNames.PAYMENT_INSTRUCTION);

    private static boolean listDiscussion(SpoofSignals spoof, InvoiceSignals content, List<Reason> reasons) {
        return spoof != null && spoof.has(SignalNames.MAILING_LIST) && content.payees().isEmpty()
                && !content.eInvoice() && reasons.stream().allMatch(r -> DISCUSSION_REASONS.contains(r.name()));
    }

    /** A list post discusses, it does not bill; public authorities collect what they assessed, by letter. */
    private static boolean listOrAuthority(SpoofSignals spoof, String org) {
        return spoof.has(SignalNames.MAILING_LIST) || SpoofSignals.PUBLIC_SENDERS.contains(org);
    }

    /** Compares this mail's payees with what the sender organisation used before. */
    private static void bankHistory(List<String> payees, String org, List<BankMemory.Account> history,
                                    InvoiceConfig cfg, List<Reason> reasons) {
        if (payees.isEmpty() || history.isEmpty()) {
            return;
        }
        Set<String> known = new LinkedHashSet<>();
        boolean allHome = true;
        for (BankMemory.Account a : history) {
            known.add(a.id());
            allHome &= BankDetails.HOME_COUNTRIES.contains(a.country());
        }
        List<String> fresh = unknownIds(payees, known);
        if (fresh.isEmpty()) {
            return;
        }
        List<BankMemory.Account> recent = new ArrayList<>(history);
        recent.sort(Comparator.comparing(BankMemory.Account::lastSeen).reversed());
        StringBuilder old = new StringBuilder();
        for (int i = 0; i < Math.min(3, recent.size()); i++) {
            BankMemory.Account a = recent.get(i);
            old.append(i == 0 ? "" : ", ").append(a.masked()).append(" (").append(a.count()).append("x since ")
                    .append(a.firstSeen().toString(), 0, 10).append(')');
        }
        StringBuilder neu = new StringBuilder();
        for (int i = 0; i < Math.min(3, fresh.size()); i++) {
            neu.append(i == 0 ? "" : ", ").append(BankDetails.maskId(fresh.get(i)));
        }
        reasons.add(reason(new Signal(SignalNames.BANK_ACCOUNT_NEW, recent.get(0).masked() + " \u2192 "
                + BankDetails.maskId(fresh.get(0)) + ": known payee " + org + " used " + old
                + "; this mail asks for payment to " + neu), cfg));
        if (allHome) {
            for (String f : fresh) {
                if (!BankDetails.HOME_COUNTRIES.contains(BankDetails.countryOf(f))) {
                    reasons.add(reason(new Signal(SignalNames.BANK_COUNTRY_NEW, BankDetails.maskId(f) + " ("
                            + BankDetails.countryOf(f) + "): " + org + " has only used Danish accounts before"), cfg));
                    break;
                }
            }
        }
    }

    /**
     * The verdict when our own inspection broke (a bug, a parser blowing up on hostile input, no message): nothing
     * of the content was judged, so the mail is never delivered as if checked. It is tagged (the clerk sees the
     * subject prefix and {@code X-SpoofGuard-Error}), and quarantined when the sender half alone already condemns
     * it: a complete sender record in which the From domain failed DMARC under an enforcing policy
     * ({@code p=quarantine} or {@code p=reject}: its owner asks receivers not to deliver such mail to the inbox,
     * RFC 7489 §6.3). An incomplete or missing record proves nothing either way: tag.
     *
     * @param what the failure, for the reason's evidence
     * @param record the mail's sender record, or null when none was recorded
     */
    public static InvoiceVerdict ownFailure(String what, org.spoofguard.core.verdict.VerdictRecord record) {
        List<Reason> reasons = new ArrayList<>(2);
        reasons.add(new Reason(SignalNames.ERROR, 0, SignalNames.Category.ERROR, what == null ? "" : what));
        org.spoofguard.core.dmarc.DmarcResult dmarc = record == null || !record.complete() ? null
                : record.verdict().dmarc();
        boolean condemned = dmarc != null && dmarc.result() == org.spoofguard.core.dmarc.DmarcResultCode.FAIL
                && (dmarc.policy() == org.spoofguard.core.dmarc.DmarcPolicy.QUARANTINE
                        || dmarc.policy() == org.spoofguard.core.dmarc.DmarcPolicy.REJECT);
        InvoiceAction action = condemned ? InvoiceAction.QUARANTINE : InvoiceAction.TAG;
        reasons.add(new Reason(SignalNames.ERROR, 0, SignalNames.Category.ERROR, condemned
                ? CHECK_FAILED + " and the From domain " + dmarc.fromDomain() + " failed DMARC under p="
                        + dmarc.policy().keyword()
                : CHECK_FAILED + ", tagged unchecked"));
        return new InvoiceVerdict(action, 0, 0, 0, reasons, summarize(action, 0, 0, 0, reasons));
    }

    /**
     * Fail closed: when a check could not finish (an {@code error} reason: no or incomplete sender record, header
     * limits, time budget, decompression bomb, parser failure, out of memory), the mail is quarantined if
     * <ul>
     * <li>what was seen already makes it an invoice ({@code invoiceGate} reached), or</li>
     * <li>the content scan itself stopped ("inspection incomplete": the invoice may be in the part not read) and
     *     the sender is spoofed ({@code spoofGate} reached, e.g. DMARC fail).</li>
     * </ul>
     * A sender must not escape the check by making it break (65 junk DKIM signatures, a megabyte of header
     * padding in front of Subject and From, a PDF bomb). Otherwise the verdict stands and the adapter tags the
     * error ({@code X-SpoofGuard-Error}).
     */
    public static InvoiceVerdict failClosed(InvoiceVerdict verdict, InvoiceConfig config) {
        InvoiceConfig cfg = config == null ? InvoiceConfig.defaults() : config;
        if (!verdict.isError() || verdict.action() == InvoiceAction.QUARANTINE) {
            return verdict;
        }
        boolean invoice = verdict.invoiceScore() > 0 && verdict.invoiceScore() >= cfg.invoiceGate();
        boolean contentUnseen = verdict.reasons().stream().anyMatch(r -> r.name().equals(SignalNames.ERROR)
                && r.evidence().startsWith(INCOMPLETE));
        boolean spoofed = verdict.spoofScore() > 0 && verdict.spoofScore() >= cfg.spoofGate();
        if (!invoice && !(contentUnseen && spoofed)) {
            return verdict;
        }
        List<Reason> reasons = new ArrayList<>(verdict.reasons());
        reasons.add(new Reason(SignalNames.ERROR, 0, SignalNames.Category.ERROR, invoice
                ? "fail-closed: invoice content " + verdict.invoiceScore() + " >= gate " + cfg.invoiceGate()
                        + " and a check did not finish"
                : "fail-closed: content not fully read and spoof " + verdict.spoofScore() + " >= gate "
                        + cfg.spoofGate()));
        return new InvoiceVerdict(InvoiceAction.QUARANTINE, verdict.score(), verdict.invoiceScore(),
                verdict.spoofScore(), reasons, summarize(InvoiceAction.QUARANTINE, verdict.score(),
                        verdict.invoiceScore(), verdict.spoofScore(), reasons));
    }

    private static Reason reason(Signal s, InvoiceConfig cfg) {
        return new Reason(s.name(), cfg.weight(s.name()), SignalNames.categoryOf(s.name()), s.evidence());
    }

    /** "quarantine score=95 invoice=40 spoof=55 reasons=dmarc-fail+40,invoice-subject+15": ASCII, one line. */
    static String summarize(InvoiceAction action, int score, int invoice, int spoof, List<Reason> reasons) {
        StringBuilder b = new StringBuilder();
        b.append(action.keyword()).append(" score=").append(score).append(" invoice=").append(invoice)
                .append(" spoof=").append(spoof);
        if (!reasons.isEmpty()) {
            b.append(" reasons=");
            boolean first = true;
            for (Reason r : reasons) {
                String item = r.name() + (r.weight() >= 0 ? "+" : "") + r.weight();
                if (b.length() + item.length() + 4 > MAX_SUMMARY) {
                    b.append(",...");
                    break;
                }
                if (!first) {
                    b.append(',');
                }
                b.append(item);
                first = false;
            }
        }
        return b.toString();
    }
}
