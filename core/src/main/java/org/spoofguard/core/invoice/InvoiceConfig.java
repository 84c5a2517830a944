package org.spoofguard.core.invoice;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.spoofguard.core.config.Bilingual;
import org.spoofguard.core.config.ByteSize;
import org.spoofguard.core.config.WholeNumbers;
import org.spoofguard.core.net.DomainName;
import org.spoofguard.core.net.IpNetwork;

/**
 * Configuration of the invoice inspection. Immutable; {@link #defaults()} is usable as is.
 *
 * @param profile how invoices are expected to arrive
 * @param tagThreshold score at or above which a mail is tagged
 * @param quarantineThreshold score at or above which a mail is quarantined (if both gates are met)
 * @param invoiceGate minimum INVOICE-category points for quarantine: invoice-ness
 * @param spoofGate minimum SPOOF-category points for quarantine: spoof-ness
 * @param weights weight overrides by signal name (defaults in {@link SignalNames#defaultWeights()})
 * @param ownDomains our own domains (organizational domains are compared)
 * @param supplierDomains known suppliers' domains, protected against look-alikes too
 * @param platformDomains invoicing platforms (e-conomic, Dinero, ...) that send invoices for many companies from
 *        their own domain: their From domain names neither the payee nor the company in the display name
 * @param protectedNames organisation names (e.g. "Aarhus Kommune") that must not appear in display names of
 *        mail from elsewhere
 * @param executiveNames our management's personal names (e.g. "Jacob Bundsgaard"): in the display name of mail from
 *        outside our domains they are CEO fraud's borrowed identity
 * @param internalNetworks CIDR blocks of our own relays: mail from there is not "from outside"
 * @param maxPdfBytes larger PDFs are not parsed (signal pdf-too-large)
 * @param maxPdfPages pages of text extracted per PDF
 * @param timeBudgetMillis time budget per message; work stops (signal limit-time) when it is spent
 * @param maxParts MIME parts examined per message
 * @param maxDepth MIME nesting depth examined
 * @param maxTextChars characters of text examined per part (body, PDF text)
 * @param riskWeight an ATTACHMENT-category reason of at least this weight is a risk: it keeps an authenticated
 *        invoice-like mail from being delivered untouched (see {@link InvoicePolicy})
 * @param archive limits for looking inside ZIP attachments
 * @param bank limits of the bank-details memory
 */
public record InvoiceConfig(InvoiceProfile profile, int tagThreshold, int quarantineThreshold,
                            int invoiceGate, int spoofGate, Map<String, Integer> weights,
                            Set<String> ownDomains, Set<String> supplierDomains, Set<String> platformDomains,
                            List<String> protectedNames, List<String> executiveNames,
                            List<String> internalNetworks,
                            long maxPdfBytes, int maxPdfPages, long timeBudgetMillis, int maxParts, int maxDepth,
                            int maxTextChars, int riskWeight, ArchiveLimits archive, BankLimits bank) {

    /**
     * How far we look into ZIP attachments (PDFs inside archives are a classic scanner evasion). Nothing
     * unbounded is held: the archive itself is kept up to {@code bytes} (memory up to 1 MB, then a temp file
     * deleted after the mail), decompression stops at {@code expanded} bytes for all entries together.
     *
     * @param bytes archive bytes read to look inside; larger archives are only listed
     * @param expanded decompressed bytes for all entries (nested ones included) together
     * @param depth archives inside archives opened (1 = only the attached archive)
     * @param entries entries examined per archive
     * @param ratio an entry expanding more than this many times its compressed size is a bomb
     */
    public record ArchiveLimits(long bytes, long expanded, int depth, int entries, int ratio) {
        public ArchiveLimits {
            if (bytes < 0 || expanded < 0 || depth < 0 || entries <= 0 || ratio <= 1) {
                throw new IllegalArgumentException(Bilingual.of("archive limits must be positive",
                    "grænserne for arkiver skal være positive"));
            }
        }

        public static ArchiveLimits defaults() {
            return new ArchiveLimits(15L * 1024 * 1024, 64L * 1024 * 1024, 2, 200, 200);
        }
    }

    /**
     * Bounds of the bank-details memory ({@link BankMemory}).
     *
     * @param domains sender organisations remembered (least recently seen forgotten first)
     * @param accounts payment identifiers remembered per organisation
     */
    public record BankLimits(int domains, int accounts) {
        public BankLimits {
            if (domains <= 0 || accounts <= 0) {
                throw new IllegalArgumentException(Bilingual.of("bank limits must be positive",
                    "grænserne for bankoplysninger skal være positive"));
            }
        }

        public static BankLimits defaults() {
            return new BankLimits(2000, 20);
        }
    }

    public static final long DEFAULT_MAX_PDF_BYTES = 15L * 1024 * 1024;

    /**
     * Invoicing and payment platforms that send invoices in their customers' names from their own domain
     * (Danish and Nordic bookkeeping systems, international invoicing services). {@code domains.platforms} adds
     * to this list; {@code domains.platforms=none} empties it.
     */
    public static final Set<String> DEFAULT_PLATFORMS = Set.of("e-conomic.dk", "e-conomic.com", "dinero.dk",
            "billy.dk", "uniconta.com", "visma.com", "visma.net", "visma.dk", "vismaonline.com", "zervant.com",
            "fortnox.se", "tripletex.no", "fiken.no", "stripe.com", "paypal.com", "intuit.com", "xero.com",
            "freshbooks.com", "tradeshift.com", "sumup.com");

    /** Is {@code domain} (or its organisation) an invoicing platform sending in its customers' names? */
    public boolean isPlatform(String domain) {
        if (domain == null || domain.isEmpty()) {
            return false;
        }
        String org = Domains.orgDomain(Domains.normalize(domain));
        for (String p : platformDomains) {
            if (org.equals(Domains.orgDomain(p))) {
                return true;
            }
        }
        return false;
    }

    /** Is {@code domain} (normalized) one of our domains or below one? */
    public boolean isOwnDomain(String domain) {
        return isUnderAny(domain, ownDomains);
    }

    /** Is {@code domain} (normalized) a listed or remembered supplier's domain or below one? */
    public boolean isSupplierDomain(String domain) {
        return isUnderAny(domain, supplierDomains);
    }

    /** Is {@code domain} (normalized) ours or a supplier's: a name look-alikes are measured against? */
    public boolean isProtectedDomain(String domain) {
        return isOwnDomain(domain) || isSupplierDomain(domain);
    }

    private static boolean isUnderAny(String domain, Set<String> parents) {
        for (String p : parents) {
            if (Domains.isSameOrSub(domain, p)) {
                return true;
            }
        }
        return false;
    }

    public InvoiceConfig {
        profile = profile == null ? InvoiceProfile.STANDARD : profile;
        weights = Collections.unmodifiableMap(new LinkedHashMap<>(weights == null ? Map.of() : weights));
        ownDomains = normalizeDomains(ownDomains);
        supplierDomains = normalizeDomains(supplierDomains);
        platformDomains = normalizeDomains(platformDomains);
        protectedNames = protectedNames == null ? List.of() : List.copyOf(protectedNames);
        executiveNames = executiveNames == null ? List.of() : List.copyOf(executiveNames);
        internalNetworks = internalNetworks == null ? List.of() : List.copyOf(internalNetworks);
        archive = archive == null ? ArchiveLimits.defaults() : archive;
        bank = bank == null ? BankLimits.defaults() : bank;
        if (tagThreshold > quarantineThreshold) {
            throw new IllegalArgumentException(Bilingual.of("threshold.tag (" + tagThreshold
                    + ") must not exceed threshold.quarantine (" + quarantineThreshold + ")",
                    "threshold.tag (" + tagThreshold + ") må ikke være større end threshold.quarantine ("
                    + quarantineThreshold + ")"));
        }
        if (maxPdfBytes < 0 || maxPdfPages < 0 || timeBudgetMillis <= 0 || maxParts <= 0 || maxDepth <= 0
                || maxTextChars <= 0) {
            throw new IllegalArgumentException(Bilingual.of("limits must be positive", "grænserne skal være positive"));
        }
        for (String cidr : internalNetworks) {
            if (IpNetwork.parse(cidr).isEmpty()) {
                throw new IllegalArgumentException(Bilingual.of("networks.internal: bad CIDR '" + cidr + "'",
                    "networks.internal: ugyldig CIDR '" + cidr + "'"));
            }
        }
    }

    private static Set<String> normalizeDomains(Set<String> in) {
        Set<String> out = new LinkedHashSet<>();
        if (in != null) {
            for (String d : in) {
                // the spelling the checks compare mail's domains in (Domains.normalize: U-labels), whether the
                // domain came as A-label or U-label, from this file or from James's domain list
                String n = Domains.normalize(d);
                if (!n.isEmpty()) {
                    out.add(n);
                }
            }
        }
        return Collections.unmodifiableSet(out);
    }

    public static InvoiceConfig defaults() {
        return new InvoiceConfig(InvoiceProfile.STANDARD, 35, 70, 15, 20, Map.of(), Set.of(), Set.of(),
                DEFAULT_PLATFORMS, List.of(), List.of(), List.of(), DEFAULT_MAX_PDF_BYTES, 20, 5000, 500, 30, 200_000, 20, ArchiveLimits.defaults(),
                BankLimits.defaults());
    }

    /** The effective weight of a signal: override, else default, else 0. */
    public int weight(String signal) {
        Integer w = weights.get(signal);
        if (w != null) {
            return w;
        }
        return SignalNames.defaultWeights().getOrDefault(signal, 0);
    }

    /** Our domains and suppliers' domains: the names look-alikes are measured against. */
    public Set<String> protectedDomains() {
        Set<String> all = new LinkedHashSet<>(ownDomains);
        all.addAll(supplierDomains);
        return Collections.unmodifiableSet(all);
    }

    public InvoiceConfig withProfile(InvoiceProfile p) {
        return new InvoiceConfig(p, tagThreshold, quarantineThreshold, invoiceGate, spoofGate, weights, ownDomains,
                supplierDomains, platformDomains, protectedNames, executiveNames, internalNetworks, maxPdfBytes, maxPdfPages, timeBudgetMillis,
                maxParts, maxDepth, maxTextChars, riskWeight, archive, bank);
    }

    public InvoiceConfig withDomains(Set<String> own, Set<String> suppliers) {
        return new InvoiceConfig(profile, tagThreshold, quarantineThreshold, invoiceGate, spoofGate, weights, own,
                suppliers, platformDomains, protectedNames, executiveNames, internalNetworks, maxPdfBytes, maxPdfPages, timeBudgetMillis,
                maxParts, maxDepth, maxTextChars, riskWeight, archive, bank);
    }

    public InvoiceConfig withArchiveLimits(ArchiveLimits a) {
        return new InvoiceConfig(profile, tagThreshold, quarantineThreshold, invoiceGate, spoofGate, weights,
                ownDomains, supplierDomains, platformDomains, protectedNames, executiveNames, internalNetworks, maxPdfBytes, maxPdfPages,
                timeBudgetMillis, maxParts, maxDepth, maxTextChars, riskWeight, a, bank);
    }

    public InvoiceConfig withLimits(long pdfBytes, int pdfPages, long timeMillis, int parts, int depth) {
        return new InvoiceConfig(profile, tagThreshold, quarantineThreshold, invoiceGate, spoofGate, weights,
                ownDomains, supplierDomains, platformDomains, protectedNames, executiveNames, internalNetworks, pdfBytes, pdfPages, timeMillis, parts,
                depth, maxTextChars, riskWeight, archive, bank);
    }

    /**
     * Parses a flat key/value configuration (e.g. a mailet's init parameters). Keys:
     * {@code profile}, {@code threshold.tag}, {@code threshold.quarantine}, {@code gate.invoice},
     * {@code gate.spoof}, {@code weight.<signal>}, {@code domains.own}, {@code domains.suppliers},
     * {@code domains.platforms} (added to {@link #DEFAULT_PLATFORMS}; {@code none} empties it),
     * {@code names.protected}, {@code names.executives}, {@code networks.internal} (comma/space separated lists; names
     * comma separated),
     * {@code limit.pdf-bytes} (accepts K/M/G suffix), {@code limit.pdf-pages}, {@code limit.time-ms},
     * {@code limit.parts}, {@code limit.depth}, {@code limit.text-chars}, {@code risk.weight},
     * {@code limit.archive-bytes}, {@code limit.archive-expanded} (sizes), {@code limit.archive-depth},
     * {@code limit.archive-entries}, {@code limit.archive-ratio}, {@code bank.max-domains},
     * {@code bank.max-accounts}. Missing keys keep their defaults.
     *
     * @throws IllegalArgumentException naming every bad key and why
     */
    /**
     * The keys {@link #parse} takes, besides {@code weight.<signal>}: listed in the message refusing an unknown one, so
     * a misspelt {@code domains.ownn} says what it should have been.
     */
    public static final List<String> KEYS = List.of("profile", "domains.own", "domains.suppliers", "domains.platforms",
        "names.protected", "names.executives", "networks.internal", "threshold.tag", "threshold.quarantine",
        "gate.invoice", "gate.spoof", "risk.weight", "limit.pdf-bytes", "limit.pdf-pages", "limit.time-ms",
        "limit.parts", "limit.depth", "limit.text-chars", "limit.archive-bytes", "limit.archive-expanded",
        "limit.archive-depth", "limit.archive-entries", "limit.archive-ratio", "bank.max-domains", "bank.max-accounts");

    /** Is {@code key} (without the {@code invoice.} prefix) one {@link #parse} takes: one of {@link #KEYS} or a known signal's weight. */
    public static boolean isKey(String key) {
        return KEYS.contains(key) || key.startsWith("weight.") && SignalNames.isKnown(key.substring("weight.".length()));
    }

    public static InvoiceConfig parse(Map<String, String> kv) {
        InvoiceConfig d = defaults();
        // each refusal in both languages, the key in both: joined into one English and one Danish list
        List<String> errors = new ArrayList<>();
        List<String> errorsDa = new ArrayList<>();
        InvoiceProfile profile = d.profile();
        int tag = d.tagThreshold();
        int quarantine = d.quarantineThreshold();
        int invoiceGate = d.invoiceGate();
        int spoofGate = d.spoofGate();
        Map<String, Integer> weights = new LinkedHashMap<>();
        Set<String> own = new LinkedHashSet<>();
        Set<String> suppliers = new LinkedHashSet<>();
        Set<String> platforms = new LinkedHashSet<>(DEFAULT_PLATFORMS);
        List<String> names = new ArrayList<>();
        List<String> executives = new ArrayList<>();
        List<String> networks = new ArrayList<>();
        long pdfBytes = d.maxPdfBytes();
        int pdfPages = d.maxPdfPages();
        long timeMs = d.timeBudgetMillis();
        int parts = d.maxParts();
        int depth = d.maxDepth();
        int textChars = d.maxTextChars();
        int riskWeight = d.riskWeight();
        long archiveBytes = d.archive().bytes();
        long archiveExpanded = d.archive().expanded();
        int archiveDepth = d.archive().depth();
        int archiveEntries = d.archive().entries();
        int archiveRatio = d.archive().ratio();
        int bankDomains = d.bank().domains();
        int bankAccounts = d.bank().accounts();
        for (Map.Entry<String, String> e : (kv == null ? Map.<String, String>of() : kv).entrySet()) {
            String key = e.getKey() == null ? "" : e.getKey().trim();
            String value = e.getValue() == null ? "" : e.getValue().trim();
            try {
                switch (key) {
                    case "profile" -> profile = InvoiceProfile.fromKeyword(value);
                    case "threshold.tag" -> tag = parseInt(value, Integer.MIN_VALUE);
                    case "threshold.quarantine" -> quarantine = parseInt(value, Integer.MIN_VALUE);
                    case "gate.invoice" -> invoiceGate = parseInt(value, 0);
                    case "gate.spoof" -> spoofGate = parseInt(value, 0);
                    case "domains.own" -> own.addAll(domainList(value));
                    case "domains.suppliers" -> suppliers.addAll(domainList(value));
                    case "domains.platforms" -> {
                        // "none" drops the built-in list (a server that must compare every sender's accounts)
                        if (value.equalsIgnoreCase("none")) {
                            platforms.clear();
                        } else {
                            platforms.addAll(domainList(value));
                        }
                    }
                    case "names.protected" -> {
                        for (String n : value.split(",")) {
                            if (!n.isBlank()) {
                                names.add(n.trim());
                            }
                        }
                    }
                    case "names.executives" -> {
                        for (String n : value.split(",")) {
                            String name = n.trim().replaceAll("\\s+", " ");
                            if (name.isEmpty()) {
                                continue;
                            }
                            // a first name alone ("Jacob") is in half the mail we get: first and last name
                            if (name.indexOf(' ') < 0 || name.length() < 5) {
                                throw new IllegalArgumentException(Bilingual.of("'" + name + "' is not a first and last name",
                                    "'" + name + "' er ikke et fornavn og efternavn"));
                            }
                            executives.add(name);
                        }
                    }
                    case "networks.internal" -> {
                        for (String n : value.split("[,\\s]+")) {
                            if (!n.isBlank()) {
                                if (IpNetwork.parse(n).isEmpty()) {
                                    throw new IllegalArgumentException(Bilingual.of("bad CIDR '" + n + "'", "ugyldig CIDR '" + n + "'"));
                                }
                                networks.add(n);
                            }
                        }
                    }
                    case "limit.pdf-bytes" -> pdfBytes = ByteSize.parse(value).bytes();
                    case "limit.pdf-pages" -> pdfPages = parseInt(value, 0);
                    case "limit.time-ms" -> timeMs = parseInt(value, 1);
                    case "limit.parts" -> parts = parseInt(value, 1);
                    case "limit.depth" -> depth = parseInt(value, 1);
                    case "limit.text-chars" -> textChars = parseInt(value, 1);
                    case "risk.weight" -> riskWeight = parseInt(value, 1);
                    case "limit.archive-bytes" -> archiveBytes = ByteSize.parse(value).bytes();
                    case "limit.archive-expanded" -> archiveExpanded = ByteSize.parse(value).bytes();
                    case "limit.archive-depth" -> archiveDepth = parseInt(value, 0);
                    case "limit.archive-entries" -> archiveEntries = parseInt(value, 1);
                    case "limit.archive-ratio" -> archiveRatio = parseInt(value, 2);
                    case "bank.max-domains" -> bankDomains = parseInt(value, 1);
                    case "bank.max-accounts" -> bankAccounts = parseInt(value, 1);
                    default -> {
                        if (key.startsWith("weight.")) {
                            String signal = key.substring("weight.".length());
                            if (!SignalNames.isKnown(signal)) {
                                throw new IllegalArgumentException(Bilingual.of("unknown signal '" + signal + "'",
                                    "ukendt signal '" + signal + "'"));
                            }
                            weights.put(signal, parseInt(value, Integer.MIN_VALUE));
                        } else {
                            String known = String.join(", ", KEYS) + ", weight.<signal>";
                            throw new IllegalArgumentException(Bilingual.of("unknown key (known: " + known + ")",
                                "ukendt nøgle (kendte: " + known + ")"));
                        }
                    }
                }
            } catch (IllegalArgumentException ex) {
                errors.add(key + ": " + Bilingual.english(ex.getMessage()));
                errorsDa.add(key + ": " + Bilingual.danish(ex.getMessage()));
            }
        }
        if (errors.isEmpty() && tag > quarantine) {
            errors.add("threshold.tag: " + tag + " exceeds threshold.quarantine " + quarantine);
            errorsDa.add("threshold.tag: " + tag + " er større end threshold.quarantine " + quarantine);
        }
        if (!errors.isEmpty()) {
            throw new IllegalArgumentException(Bilingual.of("invalid invoice configuration: " + String.join("; ", errors),
                "ugyldig fakturakonfiguration: " + String.join("; ", errorsDa)));
        }
        return new InvoiceConfig(profile, tag, quarantine, invoiceGate, spoofGate, weights, own, suppliers, platforms,
                names, executives, networks, pdfBytes, pdfPages, timeMs, parts, depth, textChars, riskWeight,
                new ArchiveLimits(archiveBytes, archiveExpanded, archiveDepth, archiveEntries, archiveRatio),
                new BankLimits(bankDomains, bankAccounts));
    }

    /** The one whole-number rule ({@link WholeNumbers}); the caller puts the key in front. */
    private static int parseInt(String v, int min) {
        return WholeNumbers.parse(v, min, Integer.MAX_VALUE);
    }

    private static List<String> domainList(String v) {
        List<String> out = new ArrayList<>();
        for (String s : v.split("[,\\s]+")) {
            if (!s.isEmpty()) {
                // the one rule for configured domains: tønder.dk and xn--tnder-vua.dk are one domain here as in
                // every other setting (before, a U-label was refused at start and an A-label never matched)
                out.add(DomainName.configured(s));
            }
        }
        return out;
    }
}
