package org.spoofguard.james.invoice;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import javax.annotation.PreDestroy;
import javax.inject.Inject;
import javax.inject.Singleton;
import javax.mail.MessagingException;
import javax.mail.internet.MimeMessage;
import javax.mail.internet.MimeUtility;

import org.apache.james.core.Domain;
import org.apache.james.domainlist.api.DomainList;
import org.apache.james.filesystem.api.FileSystem;
import org.apache.james.metrics.api.MetricFactory;
import org.apache.james.server.core.MimeMessageInputStream;
import org.apache.mailet.AttributeName;
import org.apache.mailet.Mail;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.spoofguard.core.config.Bilingual;
import org.spoofguard.core.domain.OrganizationalDomain;
import org.spoofguard.core.invoice.BankMemory;
import org.spoofguard.core.invoice.BankMemoryFile;
import org.spoofguard.core.invoice.InvoiceAction;
import org.spoofguard.core.invoice.InvoiceConfig;
import org.spoofguard.core.invoice.InvoiceDecisionCodec;
import org.spoofguard.core.invoice.InvoiceInspector;
import org.spoofguard.core.invoice.InvoiceVerdict;
import org.spoofguard.core.invoice.Reason;
import org.spoofguard.core.net.DomainName;
import org.spoofguard.core.verdict.VerdictRecord;
import org.spoofguard.james.SpoofGuardSettings;
import org.spoofguard.james.SpoofGuardAttributes;

/**
 * The one invoice inspector of the server (configured from the {@code invoice.} section of
 * {@code spoofguard.properties}, validated when James builds the first matcher or mailet that needs it, i.e.
 * at start-up) and the per-mail decision cache shared by {@code IsSpoofedInvoice}, {@code Quarantine} and
 * {@code TagInvoice}.
 *
 * <p>A mail is scanned at most once: the decision is carried as one versioned attribute
 * ({@link SpoofGuardAttributes#INVOICE_DECISION}, with {@value #VERDICT_NAME} and friends derived from it), which
 * also travels with the mail into the quarantine repository, where WebAdmin and the console show it.
 */
@Singleton
public class InvoiceInspection {
    public static final String SECTION = "invoice";
    public static final String VERDICT_NAME = "org.spoofguard.invoice.verdict";
    /** The carried decision ({@link InvoiceDecisionCodec}); see {@link SpoofGuardAttributes#INVOICE_DECISION}. */
    public static final AttributeName DECISION = SpoofGuardAttributes.INVOICE_DECISION;
    /** Derived: the summary line (String), e.g. "quarantine score=95 invoice=40 spoof=55 reasons=dmarc-fail+40,...". */
    public static final AttributeName VERDICT = SpoofGuardAttributes.INVOICE_VERDICT;
    /** Derived: deliver / tag / quarantine (String). */
    public static final AttributeName ACTION = SpoofGuardAttributes.INVOICE_ACTION;
    /** Derived: every reason with its evidence, one per line (String). */
    public static final AttributeName REASONS = SpoofGuardAttributes.INVOICE_REASONS;
    /** Derived: our own failure, when there was one (String). */
    public static final AttributeName ERROR = SpoofGuardAttributes.INVOICE_ERROR;

    public static final String VERDICT_HEADER = "X-SpoofGuard-Verdict";
    /**
     * "An administrator reviewed this and released it from the quarantine": written only by {@code MarkReleased}
     * in the release processor, which never runs the inspection again (the decision is recorded), so removing every
     * incoming copy at the inspection cannot remove ours.
     */
    public static final String RELEASED_HEADER = "X-SpoofGuard-Released";
    private static final String UNREADABLE = InvoiceDecisionCodec.unreadable("").error();
    public static final String ERROR_HEADER = SpoofGuardAttributes.ERROR_HEADER;

    public static final String METRIC_QUARANTINED = "spoofguard_invoice_quarantined";
    public static final String METRIC_TAGGED = "spoofguard_invoice_tagged";
    public static final String METRIC_DELIVERED = "spoofguard_invoice_delivered";
    public static final String METRIC_ERRORS = "spoofguard_invoice_errors";

    private static final Logger LOGGER = LoggerFactory.getLogger(InvoiceInspection.class);
    private static final int MAX_EVIDENCE = 200;

    /** The bank-details memory, under James's data directory. */
    public static final String BANK_FILE = "file://var/spoofguard/bank-details.txt";
    /** How long James's domain list is reused before it is read again (domains are added via WebAdmin). */
    static final long LOCAL_DOMAINS_TTL_NANOS = 30_000_000_000L;

    private final InvoiceInspector inspector;
    private final MetricFactory metrics;
    private final Supplier<Set<String>> localDomainSource;
    private final BankMemory memory;
    private final BankMemoryFile memoryFile;
    private final ExecutorService memoryWriter;
    private final AtomicBoolean saveQueued = new AtomicBoolean();
    private volatile boolean saveFailing;
    private volatile Set<String> localDomains = Set.of();
    private volatile long localDomainsRead = System.nanoTime() - 2 * LOCAL_DOMAINS_TTL_NANOS;

    @Inject
    public InvoiceInspection(SpoofGuardSettings settings, MetricFactory metrics, DomainList domainList,
                             FileSystem fileSystem) {
        this(new InvoiceInspector(parse(settings.section(SECTION))), settings.authservId(), metrics,
            () -> domainsOf(domainList), bankFile(fileSystem));
    }

    /** Without James's domain list and without a persistent bank-details memory (tests, tools). */
    public InvoiceInspection(InvoiceInspector inspector, MetricFactory metrics) {
        this(inspector, "", metrics, Set::of, null);
    }

    /** As {@link #InvoiceInspection(InvoiceInspector, MetricFactory)}: the sender record needs no authserv-id; accepted for callers. */
    public InvoiceInspection(InvoiceInspector inspector, String authservId, MetricFactory metrics) {
        this(inspector, authservId, metrics, Set::of, null);
    }

    /**
     * @param localDomains our domains as the server knows them (James's domain list): added to
     *        {@code invoice.domains.own}, so a look-alike of our own domain is caught with no invoice setting at all
     * @param bankFile where the bank-details memory is kept; null: in memory only
     */
    public InvoiceInspection(InvoiceInspector inspector, String authservId, MetricFactory metrics,
                             Supplier<Set<String>> localDomains, File bankFile) {
        this.inspector = inspector;
        this.metrics = metrics;
        this.localDomainSource = localDomains;
        InvoiceConfig c = inspector.config();
        if (bankFile == null) {
            this.memoryFile = null;
            this.memory = new BankMemory(c.bank());
            this.memoryWriter = null;
        } else {
            this.memoryFile = new BankMemoryFile(bankFile.toPath(), c.bank());
            BankMemoryFile.Loaded loaded = memoryFile.load();
            if (!loaded.ok()) {
                LOGGER.warn("SpoofGuard invoice: bank-details memory {} was damaged: {}", bankFile,
                    loaded.problem());
            }
            this.memory = loaded.memory();
            this.memoryWriter = Executors.newSingleThreadExecutor(r -> {
                Thread t = new Thread(r, "spoofguard-bank-details-writer");
                t.setDaemon(true);
                return t;
            });
        }
        LOGGER.info("SpoofGuard invoice inspection: profile={} tag>={} quarantine>={} own={} (+ James's local "
                + "domains) suppliers={} (+ {} learned) internal={}", c.profile(), c.tagThreshold(),
            c.quarantineThreshold(), c.ownDomains(), c.supplierDomains(), memory.domains().size(),
            c.internalNetworks());
    }

    private static File bankFile(FileSystem fileSystem) {
        try {
            return fileSystem.getFile(BANK_FILE);
        } catch (IOException | RuntimeException e) {
            LOGGER.warn("SpoofGuard invoice: cannot resolve {} ({}); bank details are remembered in memory only",
                BANK_FILE, e.toString());
            return null;
        }
    }

    private static Set<String> domainsOf(DomainList domainList) {
        try {
            Set<String> out = new LinkedHashSet<>();
            for (Domain d : domainList.getDomains()) {
                // autodetected entries (localhost, the host's IP addresses) are not names anyone imitates
                DomainName.ofDomainList(d.asString()).ifPresent(out::add);
            }
            return out;
        } catch (Exception e) {
            LOGGER.warn("SpoofGuard invoice: cannot read James's domain list ({}); using the last one read",
                e.toString());
            return null;
        }
    }

    /** James's local domains, re-read every 30 s (a failed read keeps the previous set). */
    Set<String> localDomains() {
        long now = System.nanoTime();
        if (now - localDomainsRead > LOCAL_DOMAINS_TTL_NANOS) {
            Set<String> fresh = localDomainSource.get();
            if (fresh != null) {
                localDomains = Set.copyOf(fresh);
            }
            localDomainsRead = now;
        }
        return localDomains;
    }

    /** The bank-details memory (read-only use: the console lists it; change it through {@link #trustAccount}). */
    public BankMemory bankMemory() {
        return memory;
    }

    /**
     * An admin vouches for an account of a sender organisation (the console's "release and trust"): the next
     * invoice asking for payment into it is no longer "a new account". Saved in the background (a failure is
     * logged and retried with the next change); {@link #trustAccountSaved} when the caller must know it is on disk.
     *
     * @throws IllegalArgumentException when {@code domain} is not a domain name ({@link #adminDomain}) or
     *         {@code account} is not an IBAN, reg.nr.+kontonr. or FI creditor
     */
    public boolean trustAccount(String domain, String account) {
        boolean changed = trust(domain, account);
        scheduleSave();
        return changed;
    }

    /**
     * As {@link #trustAccount}, written to disk before it returns: WebAdmin's 204 promises a trust that survives a
     * restart (an admin who phoned the supplier must not be told "trusted" while the file cannot be written).
     *
     * @throws IOException when it cannot be saved; the trust is then in effect in memory until the restart (and
     *         written by the next save that succeeds), the caller must say it was not saved
     */
    public boolean trustAccountSaved(String domain, String account) throws IOException {
        boolean changed = trust(domain, account);
        saveNow();
        return changed;
    }

    private boolean trust(String domain, String account) {
        String org = adminDomain(domain);
        boolean changed = memory.trust(org, account, Instant.now());
        LOGGER.info("SpoofGuard invoice: account {} trusted for {} by an admin",
            BankMemory.mask(BankMemory.canonical(account)), org);
        return changed;
    }

    /** Forgets an account; true when it was known. Saved in the background, as {@link #trustAccount}. */
    public boolean forgetAccount(String domain, String account) {
        boolean changed = memory.forget(adminDomain(domain), account);
        if (changed) {
            scheduleSave();
        }
        return changed;
    }

    /**
     * As {@link #forgetAccount}, written to disk before it returns.
     *
     * @throws IOException when it cannot be saved; the account is then forgotten in memory (not restored: the admin
     *         may be removing a forger's account) but comes back at the restart unless a later save succeeds
     */
    public boolean forgetAccountSaved(String domain, String account) throws IOException {
        boolean changed = memory.forget(adminDomain(domain), account);
        if (changed) {
            saveNow();
        }
        return changed;
    }

    /**
     * The organisational domain of a domain an admin typed (a WebAdmin path segment, decoded), by the one rule for
     * admin-given domains ({@link DomainName#configured}, as {@code invoice.domains.*}). Before, the
     * organisational-domain fallback kept refused input as written, so "ev%0Ail.dk" was stored with its line break,
     * and the next start found bank-details.txt damaged and set the whole memory aside.
     *
     * @throws IllegalArgumentException naming the (shortened, one-line) input, in English and Danish
     */
    static String adminDomain(String domain) {
        String org = OrganizationalDomain.of(DomainName.configured(domain));
        if (org.isEmpty() || !org.contains(".") || !BankMemory.isUsableDomain(org)) {
            throw new IllegalArgumentException("not a domain name: '" + clean(domain) + "'");
        }
        return org;
    }

    /**
     * The organisation under which {@link #trustAccount} keeps an account for {@code domain}, or empty when the memory
     * can take none for it ({@link #adminDomain}, the one rule): the console offers "release and trust" only when
     * present, so a From domain such as {@code danfoss-.dk} is not offered a trust that would then be refused after
     * the release.
     */
    public static Optional<String> trustDomain(String domain) {
        try {
            return Optional.of(adminDomain(domain));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private void scheduleSave() {
        if (memoryWriter == null) {
            return;
        }
        // At most one save waiting: a burst of invoices becomes one write of the newest state.
        if (saveQueued.compareAndSet(false, true)) {
            try {
                memoryWriter.execute(this::save);
            } catch (RuntimeException e) {
                saveQueued.set(false);
            }
        }
    }

    private void save() {
        saveQueued.set(false);
        try {
            saveNow();
        } catch (IOException | RuntimeException e) {
            // logged by saveNow
        }
    }

    /**
     * Writes the memory now. One writer at a time, each writing the state of its own moment: without the lock, a
     * background save formatted before an admin's change could be moved into place after it and undo it on disk.
     */
    private void saveNow() throws IOException {
        if (memoryFile == null) {
            return;
        }
        synchronized (memoryFile) {
            try {
                memoryFile.save(memory);
            } catch (IOException | RuntimeException e) {
                if (!saveFailing) {
                    saveFailing = true;
                    LOGGER.warn("SpoofGuard invoice: cannot save {}: {}", memoryFile.path(), e.toString());
                }
                throw e;
            }
            if (saveFailing) {
                saveFailing = false;
                LOGGER.info("SpoofGuard invoice: saving {} works again", memoryFile.path());
            }
        }
    }

    /** Writes the memory one last time when James stops. */
    @PreDestroy
    public void close() {
        if (memoryWriter == null) {
            return;
        }
        memoryWriter.shutdown();
        try {
            memoryWriter.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        save();
    }

    /**
     * Parses the {@code invoice.} section; a bad value stops James with every bad key named as it is written
     * in spoofguard.properties.
     */
    public static InvoiceConfig parse(Map<String, String> section) {
        try {
            return InvoiceConfig.parse(section);
        } catch (IllegalArgumentException e) {
            String file = SpoofGuardSettings.FILE + ".properties: ";
            String message = String.valueOf(e.getMessage());
            if (!message.contains(Bilingual.SEPARATOR)) {
                throw new IllegalArgumentException(file + named(message, "invalid invoice configuration: "), e);
            }
            // every key named as written in the file in both halves, so the Danish reader finds it too
            throw new IllegalArgumentException(Bilingual.of(
                file + named(Bilingual.english(message), "invalid invoice configuration: "),
                file + named(Bilingual.danish(message), "ugyldig fakturakonfiguration: ")), e);
        }
    }

    private static String named(String refusal, String heading) {
        String detail = refusal.startsWith(heading) ? refusal.substring(heading.length()) : refusal;
        return Arrays.stream(detail.split("; "))
            .map(part -> SECTION + "." + part)
            .collect(Collectors.joining("; "));
    }

    public InvoiceInspector inspector() {
        return inspector;
    }

    /**
     * The decision recorded on this mail, if it was inspected already (read through {@link SpoofGuardAttributes#readInvoice}:
     * an unreadable record is a quarantine with an error, never "not inspected").
     */
    public static Optional<InvoiceDecision> recorded(Mail mail) {
        return SpoofGuardAttributes.readInvoice(mail)
            .map(c -> new InvoiceDecision(c.action(), c.summary(), c.reasons(), c.error()));
    }

    /**
     * This mail's decision: the recorded one, or a fresh inspection (recorded on the mail).
     * On our own failure (a bug, a parser blowing up on hostile input) the decision is
     * {@link org.spoofguard.core.invoice.InvoicePolicy#ownFailure}: TAG, or QUARANTINE when the sender record shows
     * the From domain failing DMARC under p=quarantine/reject; never DELIVER. {@value #ERROR_HEADER} is added and the
     * error is counted. A recorded decision that cannot be read is QUARANTINE (fail closed), also with
     * {@value #ERROR_HEADER}, counted once.
     *
     * @throws MessagingException when the message itself cannot be read (James's spool or blob store failing): no
     *         decision is recorded, and the caller hands the mail back to James, which retries it (our conf:
     *         {@code onMatchException}/{@code onMailetException} {@code propagate}) and finally keeps it in the error
     *         repository; a mail we could not read is neither judged nor delivered
     */
    public InvoiceDecision decide(Mail mail) throws MessagingException {
        Optional<InvoiceDecision> recorded = recorded(mail);
        if (recorded.isPresent() && recorded.get().error().startsWith(UNREADABLE)) {
            // A damaged record fails closed (quarantine); written back readable, so it is said and counted once.
            InvoiceDecision damaged = recorded.get();
            InvoiceDecision held = new InvoiceDecision(damaged.action(), damaged.summary(), damaged.reasons(),
                "damaged record, " + damaged.error());
            record(mail, held);
            increment(METRIC_ERRORS);
            setHeader(mail, ERROR_HEADER, "invoice inspection incomplete, decided quarantine: " + held.error());
            LOGGER.warn("SpoofGuard invoice: action=quarantine error=\"{}\" mail={} sender={}", held.error(),
                mail.getName(), mail.getMaybeSender().asString("<>"));
            return held;
        }
        if (recorded.isPresent()) {
            return recorded.get();
        }
        InvoiceDecision decision;
        try {
            decision = toDecision(inspect(mail));
        } catch (SourceUnreadable e) {
            increment(METRIC_ERRORS);
            LOGGER.warn("SpoofGuard invoice: message of {} unreadable ({}); handed back to James to retry, not judged",
                mail.getName(), e.getCause().toString());
            throw new MessagingException("invoice check: cannot read the message of " + mail.getName(),
                e.getCause() instanceof Exception cause ? cause : null);
        } catch (Exception | LinkageError e) {
            LOGGER.warn("SpoofGuard invoice inspection failed for {}", mail.getName(), e);
            decision = toDecision(org.spoofguard.core.invoice.InvoicePolicy.ownFailure(
                clean(e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage())),
                senderRecord(mail)));
        }
        record(mail, decision);
        if (decision.isError()) {
            increment(METRIC_ERRORS);
            // Say what really happens: an incomplete inspection (e.g. no sender verdict) may still tag or
            // quarantine on the signals it did see; a failed one tags or quarantines unchecked.
            boolean unchecked = decision.reasons().stream()
                .anyMatch(r -> r.contains(org.spoofguard.core.invoice.InvoicePolicy.CHECK_FAILED));
            String outcome = unchecked ? "failed, decided " + decision.action().keyword() + " unchecked"
                : "incomplete, decided " + decision.action().keyword() + " on the signals seen";
            setHeader(mail, ERROR_HEADER, "invoice inspection " + outcome + ": " + decision.error());
            LOGGER.warn("SpoofGuard invoice: action={} error=\"{}\" mail={} sender={}", decision.action().keyword(),
                decision.error(), mail.getName(), mail.getMaybeSender().asString("<>"));
        } else if (decision.action() == InvoiceAction.DELIVER) {
            increment(METRIC_DELIVERED);
            // recipients: so an admin can answer "why did this mail reach X untouched?" from the log alone
            LOGGER.info("SpoofGuard invoice: action=deliver mail={} sender={} recipients={} verdict=\"{}\"",
                mail.getName(), mail.getMaybeSender().asString("<>"), mail.getRecipients(), decision.summary());
        }
        // TAG and QUARANTINE are logged and counted by the mailet that carries them out.
        return decision;
    }

    /** The sender record, or null; never throws (read while handling a failure). */
    private static VerdictRecord senderRecord(Mail mail) {
        try {
            return SpoofGuardAttributes.read(mail).orElse(null);
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** The message could not be read from James's store: not ours to judge, James retries the mail. */
    private static final class SourceUnreadable extends Exception {
        private static final long serialVersionUID = 1L;

        SourceUnreadable(Throwable cause) {
            super(cause);
        }
    }

    /**
     * Remembers an I/O failure of the stored message while the inspector reads it: the inspector turns every
     * exception into an error verdict, and a spool that failed must not become a verdict about the sender.
     */
    private static final class SourceStream extends java.io.FilterInputStream {
        private IOException failure;

        SourceStream(InputStream in) {
            super(in);
        }

        private IOException seen(IOException e) {
            if (failure == null) {
                failure = e;
            }
            return e;
        }

        @Override
        public int read() throws IOException {
            try {
                return super.read();
            } catch (IOException e) {
                throw seen(e);
            }
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            try {
                return super.read(b, off, len);
            } catch (IOException e) {
                throw seen(e);
            }
        }

        @Override
        public long skip(long n) throws IOException {
            try {
                return super.skip(n);
            } catch (IOException e) {
                throw seen(e);
            }
        }

        @Override
        public int available() throws IOException {
            try {
                return super.available();
            } catch (IOException e) {
                throw seen(e);
            }
        }
    }

    private InvoiceVerdict inspect(Mail mail) throws SourceUnreadable {
        MimeMessage message;
        try {
            message = mail.getMessage();
        } catch (MessagingException e) {
            throw new SourceUnreadable(e);
        }
        if (message == null) {
            return org.spoofguard.core.invoice.InvoicePolicy.ownFailure("no message", senderRecord(mail));
        }
        try {
            return inspect(mail, message);
        } catch (MessagingException | IOException e) {
            throw new SourceUnreadable(e);
        }
    }

    private InvoiceVerdict inspect(Mail mail, MimeMessage message) throws MessagingException, IOException {
        // An incoming X-SpoofGuard-* header is the sender's claim, not ours: a forged "deliver" must not
        // reassure the clerk, nor a forged error hide a verdict, nor a forged "released by an administrator"
        // vouch for a tagged or delivered spoof.
        removeHeader(message, VERDICT_HEADER);
        removeHeader(message, ERROR_HEADER);
        removeHeader(message, RELEASED_HEADER);
        // The one carrier: no record, or one whose checks did not finish, makes the inspection fail closed.
        VerdictRecord record = SpoofGuardAttributes.read(mail).orElse(null);
        // Read before the decision reads the memory: an account an admin forgets meanwhile is not learned back.
        long forgets = memory.forgets();
        // Streams the stored message (James keeps large bodies on disk); no copy of the whole mail.
        InvoiceVerdict result;
        try (SourceStream raw = new SourceStream(new MimeMessageInputStream(message))) {
            result = inspector.inspect(raw, record, localDomains(), memory);
            if (raw.failure != null) {
                throw raw.failure;
            }
        }
        InvoiceVerdict.Lesson lesson = result.lesson();
        if (lesson != null && !BankMemory.isUsableDomain(lesson.orgDomain())) {
            // The memory's file is line- and tab-separated: a name it cannot carry is not learned (BankMemory skips
            // it too), said here so a lost lesson is visible.
            LOGGER.warn("SpoofGuard invoice: not remembering bank details of '{}' for {}: not a usable domain name",
                clean(lesson.orgDomain()), mail.getName());
        } else if (lesson != null) {
            if (memory.learn(lesson.orgDomain(), lesson.ids(), Instant.now(), lesson.provisional(), forgets)) {
                scheduleSave();
            } else if (memory.forgets() != forgets) {
                LOGGER.info("SpoofGuard invoice: not remembering bank details of {} for {}: an admin forgot an account "
                    + "while it was inspected", clean(lesson.orgDomain()), mail.getName());
            }
        }
        return result;
    }

    static InvoiceDecision toDecision(InvoiceVerdict verdict) {
        List<String> reasons = new ArrayList<>();
        for (Reason r : verdict.reasons()) {
            reasons.add(clean(r.name() + "(" + (r.weight() >= 0 ? "+" : "") + r.weight() + ")"
                + (r.evidence().isEmpty() ? "" : ": " + r.evidence())));
        }
        return new InvoiceDecision(verdict.action(), ascii(verdict.summary()), reasons,
            verdict.isError() ? clean(verdict.error()) : "");
    }

    /** Records the decision on the mail, through {@link SpoofGuardAttributes#writeInvoice} (the one carrier). */
    public static void record(Mail mail, InvoiceDecision decision) {
        SpoofGuardAttributes.writeInvoice(mail, new InvoiceDecisionCodec.Carried(decision.action(), decision.summary(),
            decision.reasons(), decision.error()));
    }

    /** Replaces every {@code name} header with one folded ASCII value (RFC 5322 §2.2.3). */
    public static void setHeader(Mail mail, String name, String value) {
        try {
            MimeMessage message = mail.getMessage();
            if (message != null) {
                message.setHeader(name, MimeUtility.fold(name.length() + 2, ascii(value)));
            }
        } catch (MessagingException | RuntimeException e) {
            LOGGER.warn("SpoofGuard invoice: cannot set {} on {}", name, mail.getName(), e);
        }
    }

    public void increment(String metric) {
        try {
            metrics.generate(metric).increment();
        } catch (RuntimeException e) {
            LOGGER.debug("metric {} failed", metric, e);
        }
    }

    private static void removeHeader(MimeMessage message, String name) throws MessagingException {
        if (message.getHeader(name) != null) {
            message.removeHeader(name);
        }
    }

    /** One line, no control characters, bounded: attacker text (evidence) shown to admins. */
    public static String clean(String s) {
        if (s == null) {
            return "";
        }
        String one = s.replaceAll("[\\p{Cntrl}\\u2028\\u2029\\u202A-\\u202E\\u2066-\\u2069]+", " ").trim();
        return one.length() > MAX_EVIDENCE ? one.substring(0, MAX_EVIDENCE) + "..." : one;
    }

    /** Printable ASCII only, one line (header values). */
    public static String ascii(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            b.append(c >= 0x20 && c < 0x7f ? c : c == '\t' || c == '\r' || c == '\n' ? ' ' : '?');
        }
        return b.toString().trim();
    }
}
