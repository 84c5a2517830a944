package org.spoofguard.core.invoice;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * What payment identifiers each sender organisation has used in authenticated mail: the memory behind
 * {@link SignalNames#BANK_ACCOUNT_NEW}. The classic invoice fraud is not a new supplier but a known one "whose
 * bank has changed"; without a memory of the old account there is nothing to compare with.
 *
 * <p>Only the adapter teaches it (from mail whose From domain authenticated and showed no risk, see
 * {@link InvoiceVerdict#lesson()}) or an admin trusts an account ({@link #trust}); unauthenticated mail never
 * does, else a forger could teach us his account first. Thread-safe; bounded by {@link InvoiceConfig.BankLimits}
 * (least recently seen organisations and accounts are forgotten first).
 *
 * <p>An account learned only from a first invoice that was tagged (an authenticated stranger paid abroad, see
 * {@link InvoiceVerdict.Lesson#provisional()}) is <em>provisional</em>: it is compared with the sender's next
 * invoices like any other, but it does not make the sender a remembered supplier whose name is protected
 * ({@link #domains()}). Else the first tagged mail of a look-alike (a forger's {@code amt-suedtondern.com} decided
 * before the genuine {@code amt-suedtondern.de} ever wrote) would turn the genuine partner into "a look-alike of a
 * remembered supplier". Clean authenticated mail or an admin's trust makes it vouched.
 *
 * <p>Text form (one line per account, tab separated, {@code #} comments):
 * {@code domain TAB identifier TAB firstSeen TAB lastSeen TAB count [TAB provisional]} with ISO-8601 instants (a
 * version-1 file has no sixth field: every account in it is vouched).
 */
public final class BankMemory {
    static final String HEADER_PREFIX = "# SpoofGuard bank-details memory v";
    static final String HEADER =
            "# SpoofGuard bank-details memory v2: domain, identifier, first seen, last seen, count[, provisional]";
    static final String PROVISIONAL = "provisional";

    /**
     * One remembered account.
     *
     * @param id the canonical identifier (an IBAN, "FI+71:creditor", "GB-SC:…", "SE-BG:…" or "SE-PG:…")
     * @param provisional learned only from tagged first-contact mail: compared, but vouches for nobody's name
     */
    public record Account(String id, Instant firstSeen, Instant lastSeen, long count, boolean provisional) {
        public Account(String id, Instant firstSeen, Instant lastSeen, long count) {
            this(id, firstSeen, lastSeen, count, false);
        }

        /** Vouched and seen in {@value #ESTABLISHED} mails (or trusted by an admin): history, not a first word. */
        public boolean established() {
            return !provisional && count >= ESTABLISHED;
        }

        /** "DK50…6243" */
        public String masked() {
            return BankDetails.maskId(id);
        }

        public String country() {
            return BankDetails.countryOf(id);
        }
    }

    /** Sightings that make a vouched account established ({@link #domains()}); an admin's trust counts as that. */
    static final int ESTABLISHED = 2;

    private final InvoiceConfig.BankLimits limits;
    private final Map<String, Map<String, Account>> byDomain = new LinkedHashMap<>();
    /** Accounts an admin has forgotten since the start: see {@link #learn(String, Collection, Instant, boolean, long)}. */
    private long forgets;

    public BankMemory(InvoiceConfig.BankLimits limits) {
        this.limits = limits == null ? InvoiceConfig.BankLimits.defaults() : limits;
    }

    /** The accounts remembered for this organisational domain (empty when it is not a known payee). */
    public synchronized List<Account> accounts(String orgDomain) {
        Map<String, Account> m = byDomain.get(key(orgDomain));
        return m == null ? List.of() : List.copyOf(m.values());
    }

    /**
     * Every organisation with an established account: vouched (not provisional) and seen in at least
     * {@value #ESTABLISHED} mails, or trusted by an admin. These are the suppliers learned from history, whose names
     * are protected like listed suppliers'. One clean mail is not enough: an authenticated stranger's first mail may
     * be the fraud itself (a look-alike {@code jyderupskov-naturpleje.com} that wrote before the genuine
     * {@code jyderupskov-naturpleje.dk} ever did), and protecting its name would make the genuine firm its
     * "imitation". Its account is compared with its next mail all the same ({@link #accounts}).
     */
    public synchronized Set<String> domains() {
        Set<String> out = new HashSet<>();
        byDomain.forEach((d, m) -> {
            if (m.values().stream().anyMatch(Account::established)) {
                out.add(d);
            }
        });
        return Set.copyOf(out);
    }

    public synchronized int size() {
        return byDomain.values().stream().mapToInt(Map::size).sum();
    }

    /**
     * Records that {@code orgDomain} used these identifiers at {@code now} (authenticated mail only: the caller's
     * duty). Returns true when something changed.
     */
    public boolean learn(String orgDomain, Collection<String> ids, Instant now) {
        return learn(orgDomain, ids, now, false);
    }

    /**
     * As {@link #learn(String, Collection, Instant)}; {@code provisional} for what only a tagged first contact
     * showed. Vouched once is vouched: a later provisional sighting does not demote an account.
     */
    public synchronized boolean learn(String orgDomain, Collection<String> ids, Instant now, boolean provisional) {
        String d = key(orgDomain);
        if (d.isEmpty() || ids == null || ids.isEmpty()) {
            return false;
        }
        Map<String, Account> m = byDomain.remove(d);
        if (m == null) {
            m = new LinkedHashMap<>();
        }
        byDomain.put(d, m); // re-insert: the map's order is least recently used first
        for (String raw : ids) {
            String id = canonical(raw);
            if (id.isEmpty()) {
                continue;
            }
            Account old = m.get(id);
            m.put(id, old == null ? new Account(id, now, now, 1, provisional)
                    : new Account(id, old.firstSeen(), later(old.lastSeen(), now), old.count() + 1,
                            old.provisional() && provisional));
        }
        bound(m);
        while (byDomain.size() > limits.domains()) {
            byDomain.remove(byDomain.keySet().iterator().next());
        }
        return true;
    }

    /**
     * As {@link #learn(String, Collection, Instant, boolean)}, unless an admin has forgotten an account since
     * {@code forgetsSeen} ({@link #forgets()} read before the mail's decision read the memory): then nothing is learned
     * and false is returned. A mail is decided on the memory as it was, and its lesson applied after; an admin's
     * forget between the two (removing a forger's account while one of the forger's invoices is being inspected) was
     * undone by that lesson, the account back, vouched, and the forger's next invoices delivered as "known account".
     * Any forget counts, not only one of this organisation's: forgets are rare, and a lesson not learned costs no
     * more than a tag on the sender's next invoice.
     */
    public synchronized boolean learn(String orgDomain, Collection<String> ids, Instant now, boolean provisional,
                                      long forgetsSeen) {
        if (forgets != forgetsSeen) {
            return false;
        }
        return learn(orgDomain, ids, now, provisional);
    }

    /** How many accounts an admin has forgotten since the start; for {@link #learn(String, Collection, Instant, boolean, long)}. */
    public synchronized long forgets() {
        return forgets;
    }

    /** An admin vouches for an account (the console's "release and trust"). */
    public boolean trust(String orgDomain, String id, Instant now) {
        String c = canonical(id);
        if (c.isEmpty()) {
            throw new IllegalArgumentException("not a payment identifier: '" + id + "'");
        }
        if (key(orgDomain).isEmpty()) {
            throw new IllegalArgumentException("not a domain name the memory can keep: '" + orgDomain + "'");
        }
        boolean changed = learn(orgDomain, List.of(c), now);
        synchronized (this) {
            // the admin checked it (a call to the supplier's known number): established, whatever mail showed it
            Map<String, Account> m = byDomain.get(key(orgDomain));
            Account a = m == null ? null : m.get(c);
            if (a != null && a.count() < ESTABLISHED) {
                m.put(c, new Account(a.id(), a.firstSeen(), a.lastSeen(), ESTABLISHED, false));
            }
        }
        return changed;
    }

    /** Forgets one account; true when it was there. */
    public synchronized boolean forget(String orgDomain, String id) {
        Map<String, Account> m = byDomain.get(key(orgDomain));
        if (m == null || m.remove(canonical(id)) == null) {
            return false;
        }
        forgets++;
        if (m.isEmpty()) {
            byDomain.remove(key(orgDomain));
        }
        return true;
    }

    /** "DK50…6243" for a canonical identifier: what admins and notices see. */
    public static String mask(String canonicalId) {
        return BankDetails.maskId(canonicalId == null ? "" : canonicalId);
    }

    /**
     * An identifier as typed by an admin or found in a mail, in canonical form: an IBAN (mod-97 valid),
     * "rrrr-kkkkkkkkkk" / "rrrr kkkkkkkkkk" (Danish reg.nr. + kontonr., stored as the Danish IBAN) or
     * "FI+71:12345678", a Norwegian kontonummer "1503.12.34562" (stored as the Norwegian IBAN), "GB-SC:200000:12345678"
     * (UK sort code and account), "SE-BG:50501055" / "SE-PG:1234566" (Swedish bankgiro / plusgiro), "SE-CL:83279:1234567890"
     * (Swedish clearing and account number); "" when it is none
     * of these.
     */
    public static String canonical(String raw) {
        if (raw == null) {
            return "";
        }
        String s = raw.trim().toUpperCase(Locale.ROOT);
        if (s.matches("FI\\+7[135]:\\d{8}") || s.matches("GB-SC:\\d{6}:\\d{8}") || s.matches("SE-CL:\\d{4,5}:\\d{7,10}")) {
            return s;
        }
        if (s.matches("SE-BG:\\d{7,8}|SE-PG:\\d{2,8}") && BankDetails.luhn(s.substring(6))) {
            return s;
        }
        if (s.matches("\\d{4}\\.\\d{2}\\.\\d{5}") && BankDetails.norwegianCheck(s.replace(".", ""))) {
            return BankDetails.ibanOf("NO", s.replace(".", ""));
        }
        String compact = s.replaceAll("[\\s-]", "");
        if (BankDetails.isValidIban(compact)) {
            return compact;
        }
        if (s.matches("\\d{4}[\\s-]+\\d{6,10}")) {
            String[] p = s.split("[\\s-]+");
            return BankDetails.danishIban(p[0], "0".repeat(10 - p[1].length()) + p[1]);
        }
        return "";
    }

    private void bound(Map<String, Account> m) {
        while (m.size() > limits.accounts()) {
            String oldest = m.values().stream().min(Comparator.comparing(Account::lastSeen)).map(Account::id)
                    .orElseThrow();
            m.remove(oldest);
        }
    }

    private static Instant later(Instant a, Instant b) {
        return b.isAfter(a) ? b : a;
    }

    /**
     * The memory's key for a domain, or "" for a name the text form cannot carry and read back: no valid domain
     * name ({@link org.spoofguard.core.net.DomainName#ascii}), no dot, or a control, blank or format character in its
     * Unicode spelling. The file is line- and tab-separated, and {@link #parse} refuses a damaged line; one such key
     * written (before: an admin's "ev\nil.dk", kept raw by the organisational-domain fallback) cost the whole memory
     * at the next start. Every way in (learn, trust, forget, accounts) goes through here, so such a name is never
     * stored.
     */
    private static String key(String domain) {
        if (domain == null) {
            return "";
        }
        String d = Domains.normalize(domain);
        if (d.isEmpty() || !d.contains(".") || org.spoofguard.core.net.DomainName.ascii(d).isEmpty()) {
            return "";
        }
        for (int i = 0; i < d.length(); ) {
            int c = d.codePointAt(i);
            if (Character.isISOControl(c) || Character.isWhitespace(c) || Character.isSpaceChar(c)
                    || Character.getType(c) == Character.FORMAT) {
                return "";
            }
            i += Character.charCount(c);
        }
        return d;
    }

    /** True when {@code domain} can be a key of the memory (see {@link #key}); the adapter logs what is skipped. */
    public static boolean isUsableDomain(String domain) {
        return !key(domain).isEmpty();
    }

    /** The text form, least recently used organisation first. */
    public synchronized String format() {
        StringBuilder b = new StringBuilder(HEADER).append('\n');
        for (Map.Entry<String, Map<String, Account>> e : byDomain.entrySet()) {
            for (Account a : e.getValue().values()) {
                b.append(Domains.ascii(e.getKey())).append('\t').append(a.id()).append('\t').append(a.firstSeen())
                        .append('\t').append(a.lastSeen()).append('\t').append(a.count())
                        .append(a.provisional() ? "\t" + PROVISIONAL : "").append('\n');
            }
        }
        return b.toString();
    }

    /**
     * Reads the text form. Strict: any damaged line throws {@link IllegalArgumentException} naming it (tests, tools);
     * the file is read by {@link #read}, where a damaged line costs only that line.
     */
    public static BankMemory parse(String text, InvoiceConfig.BankLimits limits) {
        Read read = read(text, limits, true);
        return read.memory();
    }

    /**
     * What {@link #read(String, InvoiceConfig.BankLimits)} made of a text.
     *
     * @param skipped the damaged lines left out, each "line N: what is wrong" (empty when every line was read)
     */
    public record Read(BankMemory memory, List<String> skipped) {
    }

    /**
     * Reads the text form, leaving out a damaged line (named in {@link Read#skipped}) and keeping the others: each
     * line is one self-contained, self-checking account (a canonical identifier, a usable domain, consistent dates),
     * so a line that reads is as good as in an undamaged file, while setting the whole memory aside for one bad line
     * forgot every supplier's account (each one's next genuine invoice "a new account", a forger's changed account no
     * longer "a change"). A text without the header (zero length after a power loss, truncated at the start, a
     * foreign file) is not a memory at all: {@link IllegalArgumentException}, as with {@link #parse}.
     */
    public static Read read(String text, InvoiceConfig.BankLimits limits) {
        return read(text, limits, false);
    }

    private static Read read(String text, InvoiceConfig.BankLimits limits, boolean strict) {
        BankMemory m = new BankMemory(limits);
        List<String> skipped = new ArrayList<>();
        // Replay in file order with each account's own last-seen time, so the LRU order survives a restart.
        Map<String, List<Account>> rows = new LinkedHashMap<>();
        String[] lines = text.split("\n", -1);
        // Every version of the writer starts with its header, even for an empty memory: a file without it (zero
        // length after a power loss, truncated, foreign) is damaged, not "no supplier known".
        if (!lines[0].strip().startsWith(HEADER_PREFIX)) {
            throw new IllegalArgumentException("line 1: expected the header '" + HEADER_PREFIX + "…'");
        }
        for (int i = 1; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t");
            try {
                if (f.length != 5 && !(f.length == 6 && f[5].equals(PROVISIONAL))) {
                    throw new IllegalArgumentException("5 fields expected (a sixth only as '" + PROVISIONAL + "')");
                }
                // key(): the same rule as for every name the memory stores (a name written by an older release
                // with a blank or control character in it is damaged, not a supplier)
                String domain = key(f[0]);
                String id = canonical(f[1]);
                if (domain.isEmpty() || id.isEmpty() || !id.equals(f[1])) {
                    throw new IllegalArgumentException("bad domain or identifier");
                }
                Account a = new Account(id, Instant.parse(f[2]), Instant.parse(f[3]), Long.parseLong(f[4]),
                        f.length == 6);
                if (a.count() <= 0 || a.lastSeen().isBefore(a.firstSeen())) {
                    throw new IllegalArgumentException("inconsistent counts or dates");
                }
                rows.computeIfAbsent(domain, k -> new ArrayList<>()).add(a);
            } catch (IllegalArgumentException | DateTimeParseException e) {
                // NumberFormatException is an IllegalArgumentException
                String problem = "line " + (i + 1) + ": " + e.getMessage();
                if (strict) {
                    throw new IllegalArgumentException(problem, e);
                }
                skipped.add(problem.length() > 200 ? problem.substring(0, 200) + "…" : problem);
            }
        }
        synchronized (m) {
            for (Map.Entry<String, List<Account>> e : rows.entrySet()) {
                Map<String, Account> accounts = m.byDomain.computeIfAbsent(e.getKey(), k -> new LinkedHashMap<>());
                for (Account a : e.getValue()) {
                    accounts.put(a.id(), a);
                }
                m.bound(accounts);
            }
            while (m.byDomain.size() > m.limits.domains()) {
                m.byDomain.remove(m.byDomain.keySet().iterator().next());
            }
        }
        return new Read(m, List.copyOf(skipped));
    }

    /** A read-only view for the admin console: domain → accounts, sorted by domain. */
    public synchronized Map<String, List<Account>> snapshot() {
        Map<String, List<Account>> out = new TreeMap<>();
        byDomain.forEach((d, m) -> out.put(d, List.copyOf(m.values())));
        return out;
    }

    /** Accounts of {@code orgDomain} as a read-only history for one decision. */
    public Optional<List<Account>> history(String orgDomain) {
        List<Account> a = accounts(orgDomain);
        return a.isEmpty() ? Optional.empty() : Optional.of(a);
    }
}
