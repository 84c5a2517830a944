package org.spoofguard.core.spf;

import java.net.IDN;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.spoofguard.core.dns.DnsAnswer;
import org.spoofguard.core.dns.DnsResolver;
import org.spoofguard.core.dns.DnsStatus;
import org.spoofguard.core.dns.DnsType;
import org.spoofguard.core.dns.ClientReverse;
import org.spoofguard.core.dns.ReverseNames;
import org.spoofguard.core.net.IpLiteral;
import org.spoofguard.core.net.IpNetwork;

/**
 * RFC 7208 check_host() for the MAIL FROM and HELO identities, over our own {@link DnsResolver}.
 *
 * <p><b>Why not jSPF 1.0.3</b> (which James ships): it was written for RFC 4408 and does not meet
 * RFC 7208 where it matters for abuse resistance: it has no void-lookup limit (§4.6.4), still queries
 * the obsolete SPF RR type 99 (§3.1, §14.1), does not make an &gt;10-record MX set a permerror, ties
 * itself to its own DNS service and dnsjava's global {@code Lookup} cache, and reports DNS timeouts
 * inside some mechanisms as non-matches instead of temperror. Bending it would mean overriding most of
 * its internals, so this class is an independent implementation written from the RFC text.</p>
 *
 * <p>Work is bounded whatever the published records say: at most 10 DNS-querying terms
 * (include, a, mx, ptr, exists, redirect) and 2 void lookups per check, at most 10 MX or PTR names per
 * mechanism, recursion depth bounded by the term limit, a wall-clock budget, and macro output capped.
 * Nothing is thrown to callers: bad input and our own bugs become none/permerror/temperror results.</p>
 */
public final class SpfEvaluator {
    private static final Logger LOG = LoggerFactory.getLogger(SpfEvaluator.class);

    /** RFC 7208 §4.6.4: terms that cause DNS queries, per check_host() including recursion. */
    public static final int MAX_DNS_TERMS = 10;
    /** RFC 7208 §4.6.4: lookups that return no answer (NODATA/NXDOMAIN). */
    public static final int MAX_VOID_LOOKUPS = 2;
    /** RFC 7208 §4.6.4: MX names per mx mechanism, PTR names per ptr mechanism / %{p}. */
    public static final int MAX_NAMES_PER_MECHANISM = 10;
    /** RFC 7208 §4.6.4 suggests at least 20 seconds overall. */
    public static final Duration DEFAULT_TIME_BUDGET = Duration.ofSeconds(20);
    private static final int MAX_DEPTH = MAX_DNS_TERMS + 2;
    /**
     * A pass from an ip4 range (or a/mx CIDR, IPv4 client) shorter than this prefix names no particular hosts, only
     * a share of the Internet: {@link SpfResult#anyHostMechanism()}. /8 is the unit IANA hands a Regional Internet
     * Registry and the largest block any single organisation ever held (the legacy class A networks, e.g. 17.0.0.0/8,
     * which their holders do publish whole), so a /8 still names one network; /7 and wider (up to
     * {@code ip4:0.0.0.0/0}) is several registries' space and no one's own mail servers. Fixed on that reason, not on
     * test data.
     */
    static final int MIN_IP4_PREFIX = 8;
    /**
     * The same bound for ip6 (or a/mx CIDR, IPv6 client). The largest IPv6 blocks RIRs have allocated to one network
     * are around /19 (2003::/19, an incumbent carrier) within the /12 each RIR gets from IANA; a /16 or wider (up to
     * {@code ip6:::/0}, or {@code 2000::/3}, all global unicast) is far beyond any one operator's address space.
     */
    static final int MIN_IP6_PREFIX = 16;
    private static final int MAX_EXPLANATION_LENGTH = 1024;
    private static final int MAX_DOMAIN_LENGTH = 253;

    private static final Pattern TOPLABEL = Pattern.compile("(?i)[a-z0-9]*[a-z][a-z0-9]*|[a-z0-9]+-[a-z0-9-]*[a-z0-9]");
    private static final Pattern MODIFIER = Pattern.compile("([A-Za-z][A-Za-z0-9_.\\-]*)=(.*)", Pattern.DOTALL);
    private static final Pattern MECHANISM = Pattern.compile("([+\\-~?]?)([A-Za-z][A-Za-z0-9]*)(.*)", Pattern.DOTALL);
    private static final Pattern DUAL_CIDR = Pattern.compile("(?:/(0|[1-9][0-9]?))?(?://(0|[1-9][0-9]{0,2}))?");
    private static final Pattern DOMAIN_AND_DUAL_CIDR =
            Pattern.compile("(.*?)(?:/(0|[1-9][0-9]?))?(?://(0|[1-9][0-9]{0,2}))?", Pattern.DOTALL);
    private static final Pattern IP4_WITH_CIDR = Pattern.compile("([0-9.]+)(?:/(0|[1-9][0-9]?))?");
    private static final Pattern IP6_WITH_CIDR = Pattern.compile("([0-9A-Fa-f:.]+)(?:/(0|[1-9][0-9]{0,2}))?");

    private final DnsResolver dns;
    private final String receiver;
    private final Clock clock;
    private final Duration timeBudget;

    public SpfEvaluator(DnsResolver dns) {
        this(dns, "unknown", Clock.systemUTC(), DEFAULT_TIME_BUDGET);
    }

    /**
     * @param receiver this receiver's domain, for the %{r} macro in explanations (§7.3)
     * @param clock for the %{t} macro and the time budget
     */
    public SpfEvaluator(DnsResolver dns, String receiver, Clock clock, Duration timeBudget) {
        this.dns = Objects.requireNonNull(dns, "dns");
        this.receiver = receiver == null || receiver.isBlank() ? "unknown" : receiver.trim();
        this.clock = Objects.requireNonNull(clock, "clock");
        this.timeBudget = Objects.requireNonNull(timeBudget, "timeBudget");
    }

    /**
     * This evaluator with the client's PTR question asked through {@code reverse}: one question per connection
     * for the {@code ptr} mechanism and {@code %{p}} (§5.5, §7.3) of every identity and transaction, a timeout
     * included ({@link ClientReverse}).
     */
    public SpfEvaluator sharing(ClientReverse reverse) {
        return new SpfEvaluator(reverse.over(dns), receiver, clock, timeBudget);
    }

    // ================================================================ public entry points

    /** RFC 7208 §2.4: the MAIL FROM identity; a null sender is checked as postmaster@helo. */
    public SpfResult checkMailFrom(InetAddress ip, String mailFrom, String helo) {
        return evaluateMailFrom(ip, mailFrom, helo).result();
    }

    /** RFC 7208 §2.3: the HELO identity; address literals and non-FQDNs give none. */
    public SpfResult checkHelo(InetAddress ip, String helo) {
        return evaluateHelo(ip, helo).result();
    }

    /** As {@link #checkMailFrom}, with the sender's explanation for a fail. */
    public SpfEvaluation evaluateMailFrom(InetAddress ip, String mailFrom, String helo) {
        String from = mailFrom == null ? "" : mailFrom.trim();
        if (from.startsWith("<") && from.endsWith(">")) {
            from = from.substring(1, from.length() - 1).trim();
        }
        String h = helo == null ? "" : helo.trim();
        if (from.isEmpty()) {
            return check(ip, SpfResult.MAILFROM, h, "postmaster@" + h, h);
        }
        int at = from.lastIndexOf('@');
        String local = at < 0 ? "postmaster" : from.substring(0, at);
        String domain = at < 0 ? from : from.substring(at + 1);
        if (local.isEmpty()) {
            local = "postmaster"; // RFC 7208 §4.3
        }
        return check(ip, SpfResult.MAILFROM, domain, local + "@" + domain, h);
    }

    /** As {@link #checkHelo}, with the explanation for a fail. */
    public SpfEvaluation evaluateHelo(InetAddress ip, String helo) {
        String h = helo == null ? "" : helo.trim();
        return check(ip, SpfResult.HELO, h, "postmaster@" + h, h);
    }

    /**
     * The bare check_host(ip, domain, sender) of RFC 7208 §4 with the given HELO name for %{h}.
     * {@code sender} is {@code local@domain}.
     */
    public SpfEvaluation checkHost(InetAddress ip, String domain, String sender, String helo) {
        return check(ip, SpfResult.MAILFROM, domain, sender, helo);
    }

    private SpfEvaluation check(InetAddress ip, String identity, String rawDomain, String sender, String helo) {
        String domain = rawDomain == null ? "" : rawDomain.trim();
        try {
            if (ip == null) {
                return result(SpfResultCode.NONE, identity, domain, sender, "no client IP address to check", "");
            }
            String d = normaliseDomain(domain);
            if (d == null || numericTopLabel(d)) {
                // A bare address ("EHLO 192.0.2.9", no brackets) is no domain name either: a top-level label is
                // never all-numeric (RFC 1123 §2.1, RFC 3696 §2). Looked up, whatever answers TXT for "192.0.2.9"
                // would decide the HELO identity, and the MAIL FROM one of a null sender (RFC 7208 §2.3, §2.4).
                return result(SpfResultCode.NONE, identity, domain, sender,
                        "'" + domain + "' is not a fully qualified domain name (RFC 7208 §4.3)", "");
            }
            int at = sender.lastIndexOf('@');
            String local = at < 0 ? "postmaster" : sender.substring(0, at);
            Run run = new Run(IpLiteral.unmapped(ip), local, d, helo == null ? "" : helo);
            Outcome outcome;
            try {
                outcome = run.checkHost(d, 0);
            } catch (SpfAbort abort) {
                outcome = new Outcome(abort.code, abort.getMessage(), null, null, "");
            }
            String explanation = "";
            if (outcome.code == SpfResultCode.FAIL && outcome.exp != null) {
                explanation = run.explain(outcome.exp, outcome.expDomain);
            }
            String reason = outcome.reason;
            return new SpfEvaluation(new SpfResult(outcome.code, identity, d, local + "@" + d, reason, outcome.anyHost),
                    explanation);
        } catch (RuntimeException e) {
            LOG.warn("SPF evaluation of {} for {} failed unexpectedly", domain, ip, e);
            return result(SpfResultCode.TEMPERROR, identity, domain, sender, "internal error: " + e, "");
        }
    }

    private static SpfEvaluation result(SpfResultCode code, String identity, String domain, String sender, String reason,
                                        String explanation) {
        return new SpfEvaluation(new SpfResult(code, identity, domain, sender, reason), explanation);
    }

    // ================================================================ evaluation state

    /** {@code anyHost}: see {@link SpfResult#anyHostMechanism()}; "" unless the outcome is a pass from such a mechanism. */
    private record Outcome(SpfResultCode code, String reason, String exp, String expDomain, String anyHost) {
    }

    /** Ends the whole evaluation: limits, DNS errors and syntax errors are final (RFC 7208 §4.6.4, §5.2). */
    static final class SpfAbort extends Exception {
        final SpfResultCode code;

        SpfAbort(SpfResultCode code, String reason) {
            super(reason, null, false, false);
            this.code = code;
        }
    }

    private static SpfAbort permerror(String reason) {
        return new SpfAbort(SpfResultCode.PERMERROR, reason);
    }

    enum Kind { ALL, INCLUDE, A, MX, PTR, IP4, IP6, EXISTS }

    /**
     * The one rule for "this mechanism, as a pass, names no particular hosts" ({@link SpfResult#anyHostMechanism()}),
     * used by the evaluator for the client at hand and by {@link SpfRecordInspection} (the posture check, no client:
     * both families). An include: counts here only when the client names the record; the included record's own
     * any-host pass is the caller's to add (§5.2: its pass is our match).
     *
     * @param v4 judge the a/mx CIDR for an IPv4 client
     * @param v6 judge the a/mx CIDR for an IPv6 client
     */
    static boolean namesAnyHost(Mechanism m, boolean v4, boolean v6) {
        return switch (m.kind()) {
            case ALL -> true;
            case IP4 -> m.cidr4() < MIN_IP4_PREFIX;
            case IP6 -> m.cidr6() < MIN_IP6_PREFIX;
            case A, MX -> v4 && m.cidr4() < MIN_IP4_PREFIX || v6 && m.cidr6() < MIN_IP6_PREFIX
                    || clientChosenName(m.domainSpec());
            case PTR -> clientChosenName(m.domainSpec());
            // exists: only an A query for a name (§5.7): a name built without %{i}/%{p} is the same for every
            // client address, so it matches every host or none
            case EXISTS -> !macroLetters(m.domainSpec()).matches(".*[ip].*") || clientChosenName(m.domainSpec());
            // a record the client itself names (include:%{h}: whoever sends wrote it)
            case INCLUDE -> clientChosenName(m.domainSpec());
        };
    }

    record Mechanism(String text, SpfResultCode qualifier, Kind kind, String domainSpec, byte[] network,
                             int cidr4, int cidr6) {
    }

    record Policy(List<Mechanism> mechanisms, String redirect, String exp) {
    }

    private final class Run {
        final InetAddress ip;
        final boolean v4;
        final String local;
        final String senderDomain;
        final String helo;
        final long deadline;
        int dnsTerms;
        int voids;
        /** The any-host mechanism of the pass the last include: matched on ("" for none): §5.2 passes it up. */
        String includedAnyHost = "";
        final Map<String, String> pCache = new HashMap<>();
        /** The client's PTR answer, once asked; and which of its (at most 10) names lead back to the client. */
        DnsAnswer clientPtr;
        final Map<String, Boolean> confirmed = new HashMap<>();

        Run(InetAddress ip, String local, String senderDomain, String helo) {
            this.ip = ip;
            this.v4 = ip instanceof Inet4Address;
            this.local = local;
            this.senderDomain = senderDomain;
            this.helo = helo;
            this.deadline = System.nanoTime() + timeBudget.toNanos();
        }

        Outcome checkHost(String domain, int depth) throws SpfAbort {
            if (depth > MAX_DEPTH) {
                throw permerror("SPF recursion too deep at " + domain);
            }
            String record = fetchRecord(domain);
            if (record == null) {
                return new Outcome(SpfResultCode.NONE, "no SPF record at " + domain, null, null, "");
            }
            Policy policy = parse(record, domain);
            for (Mechanism m : policy.mechanisms()) {
                if (matches(m, domain, depth)) {
                    String anyHost = m.qualifier() == SpfResultCode.PASS ? anyHost(m, domain) : "";
                    return new Outcome(m.qualifier(), "mechanism " + m.text() + " matched"
                            + (depth > 0 ? " in the SPF record of " + domain : ""), policy.exp(), domain, anyHost);
                }
            }
            if (policy.redirect() != null) {
                countTerm("redirect=" + policy.redirect());
                String target = expandDomain(policy.redirect(), domain);
                if (normaliseDomain(target) == null) {
                    throw permerror("redirect target '" + target + "' is not a valid domain");
                }
                Outcome out = checkHost(normaliseDomain(target), depth + 1);
                if (out.code == SpfResultCode.NONE) {
                    throw permerror("redirect target " + target + " has no SPF record (RFC 7208 §6.1)");
                }
                if (out.code == SpfResultCode.PASS && out.anyHost.isEmpty() && clientChosenName(policy.redirect())) {
                    // the client named the record that passed it (redirect=%{h}): whoever sends wrote it
                    out = new Outcome(out.code, out.reason, out.exp, out.expDomain,
                            "redirect=" + policy.redirect() + " (SPF record of " + domain + ")");
                }
                return out; // the target's exp= applies, not ours (§6.2)
            }
            return new Outcome(SpfResultCode.NEUTRAL, "no mechanism matched in the SPF record of " + domain
                    + " (default neutral)", null, null, "");
        }

        /** RFC 7208 §4.4-4.5: exactly one TXT record starting with "v=spf1", or null for none. */
        String fetchRecord(String domain) throws SpfAbort {
            DnsAnswer answer = lookup(domain, DnsType.TXT);
            if (!answer.status().isDefinite()) {
                throw dnsError(answer, DnsType.TXT, domain);
            }
            String found = null;
            for (String txt : answer.records()) {
                if (isSpfRecord(txt)) {
                    if (found != null) {
                        throw permerror("more than one SPF record at " + domain + " (RFC 7208 §4.5)");
                    }
                    found = txt;
                }
            }
            return found;
        }

        boolean matches(Mechanism m, String domain, int depth) throws SpfAbort {
            switch (m.kind()) {
                case ALL:
                    return true;
                case IP4:
                    return v4 && inNetwork(ip.getAddress(), m.network(), m.cidr4());
                case IP6:
                    return !v4 && inNetwork(ip.getAddress(), m.network(), m.cidr6());
                case A: {
                    countTerm(m.text());
                    String target = target(m, domain);
                    if (target == null) {
                        return false;
                    }
                    return matchAddresses(target, m, true, true);
                }
                case MX: {
                    countTerm(m.text());
                    String target = target(m, domain);
                    if (target == null) {
                        return false;
                    }
                    DnsAnswer mx = lookup(target, DnsType.MX);
                    if (!mx.status().isDefinite()) {
                        throw dnsError(mx, DnsType.MX, target);
                    }
                    if (mx.status().isVoid()) {
                        countVoid(DnsType.MX, target);
                        return false;
                    }
                    if (mx.records().size() > MAX_NAMES_PER_MECHANISM) {
                        throw permerror("more than " + MAX_NAMES_PER_MECHANISM + " MX records at " + target
                                + " (RFC 7208 §4.6.4)");
                    }
                    for (String host : mx.records()) {
                        String h = stripDot(host);
                        if (h.isEmpty() || normaliseDomain(h) == null) {
                            continue; // null MX (RFC 7505) or garbage: no addresses to match
                        }
                        if (matchAddresses(h, m, false, true)) {
                            return true;
                        }
                    }
                    return false;
                }
                case PTR: {
                    countTerm(m.text());
                    String target = target(m, domain);
                    if (target == null) {
                        return false;
                    }
                    for (String name : validatedNames(target, true)) {
                        if (isSameOrSubdomain(name, target)) {
                            return true;
                        }
                    }
                    return false;
                }
                case EXISTS: {
                    countTerm(m.text());
                    String target = target(m, domain);
                    if (target == null) {
                        return false;
                    }
                    // §5.7: always an A query, whatever the client's address family.
                    DnsAnswer a = lookup(target, DnsType.A);
                    if (!a.status().isDefinite()) {
                        throw dnsError(a, DnsType.A, target);
                    }
                    if (a.status().isVoid()) {
                        countVoid(DnsType.A, target);
                        return false;
                    }
                    return true;
                }
                case INCLUDE: {
                    countTerm(m.text());
                    String target = expandDomain(m.domainSpec(), domain);
                    String t = normaliseDomain(target);
                    if (t == null) {
                        throw permerror("include target '" + target + "' is not a valid domain");
                    }
                    Outcome inner = checkHost(t, depth + 1);
                    includedAnyHost = inner.anyHost;
                    // §5.2 result table.
                    switch (inner.code) {
                        case PASS:
                            return true;
                        case FAIL:
                        case SOFTFAIL:
                        case NEUTRAL:
                            return false;
                        case TEMPERROR:
                            throw new SpfAbort(SpfResultCode.TEMPERROR, inner.reason);
                        case PERMERROR:
                            throw permerror(inner.reason);
                        case NONE:
                        default:
                            throw permerror("include:" + t + " has no SPF record (RFC 7208 §5.2)");
                    }
                }
                default:
                    throw new IllegalStateException(m.kind().name());
            }
        }

        /**
         * The matched pass mechanism {@code m} of {@code domain}'s record as "mechanism (SPF record of domain)" when
         * it would have let (nearly) every host pass, else "". Such a pass is still a pass (RFC 7208 §2.6.3: the
         * domain owner authorised the client); it only says nothing about which host sent the mail, so a return
         * path "proven" by it is the backscatter victim a forger picks (ProvenSender does not count it).
         */
        String anyHost(Mechanism m, String domain) {
            // include: the included record's own any-host pass counts too (§5.2: its pass is our match)
            boolean any = namesAnyHost(m, v4, !v4) || m.kind() == Kind.INCLUDE && !includedAnyHost.isEmpty();
            if (!any) {
                return "";
            }
            if (m.kind() == Kind.INCLUDE && !clientChosenName(m.domainSpec())) {
                return includedAnyHost;
            }
            return m.text() + " (SPF record of " + domain + ")";
        }

        /** Expanded, validated target of a/mx/ptr/exists; null when it cannot exist in the DNS (no match). */
        String target(Mechanism m, String domain) throws SpfAbort {
            if (m.domainSpec() == null) {
                return domain;
            }
            return normaliseDomain(expandDomain(m.domainSpec(), domain));
        }

        boolean matchAddresses(String host, Mechanism m, boolean countVoids, boolean errorsAreFatal) throws SpfAbort {
            DnsType type = v4 ? DnsType.A : DnsType.AAAA;
            DnsAnswer answer = lookup(host, type);
            if (!answer.status().isDefinite()) {
                if (errorsAreFatal) {
                    throw dnsError(answer, type, host);
                }
                return false;
            }
            if (answer.status().isVoid()) {
                if (countVoids) {
                    countVoid(type, host);
                }
                return false;
            }
            int cidr = v4 ? m.cidr4() : m.cidr6();
            byte[] client = ip.getAddress();
            for (String literal : answer.records()) {
                byte[] addr = parseLiteral(literal, v4);
                if (addr != null && inNetwork(client, addr, cidr)) {
                    return true;
                }
            }
            return false;
        }

        /**
         * §5.5: names from the client's PTR records (first 10) whose forward lookup gives back the client
         * address. With {@code onlyUnder} set, names outside that domain are not validated (saves queries,
         * same result).
         */
        List<String> validatedNames(String onlyUnder, boolean countVoids) throws SpfAbort {
            if (clientPtr == null) {
                // The client's names are the same for the whole check: asked once, however many ptr mechanisms and
                // %{p} macros (each include a new %{d}) the records use.
                clientPtr = lookup(ReverseNames.of(ip), DnsType.PTR);
            }
            DnsAnswer ptr = clientPtr;
            if (!ptr.isOk()) {
                if (countVoids && ptr.status().isVoid()) {
                    countVoid(DnsType.PTR, ReverseNames.of(ip));
                }
                return List.of(); // §5.5: a DNS error during the PTR lookup is a non-match
            }
            List<String> names = ptr.records().subList(0, Math.min(ptr.records().size(), MAX_NAMES_PER_MECHANISM));
            List<String> validated = new ArrayList<>();
            for (String raw : names) {
                String name = stripDot(raw).toLowerCase(Locale.ROOT);
                if (normaliseDomain(name) == null || (onlyUnder != null && !isSameOrSubdomain(name, onlyUnder))) {
                    continue;
                }
                if (forwardConfirmed(name)) {
                    validated.add(name);
                }
            }
            return validated;
        }

        /** Does {@code name}'s forward lookup give back the client address? Asked once per name and check. */
        boolean forwardConfirmed(String name) throws SpfAbort {
            Boolean known = confirmed.get(name);
            if (known != null) {
                return known;
            }
            DnsType type = v4 ? DnsType.A : DnsType.AAAA;
            DnsAnswer a = lookup(name, type);
            boolean back = false;
            if (a.isOk()) { // §5.5: DNS errors skip the name
                for (String literal : a.records()) {
                    byte[] addr = parseLiteral(literal, v4);
                    if (addr != null && Arrays.equals(addr, ip.getAddress())) {
                        back = true;
                        break;
                    }
                }
            }
            confirmed.put(name, back);
            return back;
        }

        void countTerm(String term) throws SpfAbort {
            if (++dnsTerms > MAX_DNS_TERMS) {
                throw permerror("more than " + MAX_DNS_TERMS + " DNS lookups (RFC 7208 §4.6.4) at " + term);
            }
        }

        void countVoid(DnsType type, String name) throws SpfAbort {
            if (++voids > MAX_VOID_LOOKUPS) {
                throw permerror("more than " + MAX_VOID_LOOKUPS + " void DNS lookups (RFC 7208 §4.6.4), last "
                        + type + " " + name);
            }
        }

        DnsAnswer lookup(String name, DnsType type) throws SpfAbort {
            if (System.nanoTime() - deadline > 0) {
                throw new SpfAbort(SpfResultCode.TEMPERROR, "SPF evaluation exceeded " + timeBudget.toSeconds()
                        + "s (RFC 7208 §4.6.4)");
            }
            DnsAnswer answer = dns.lookup(name, type);
            return answer == null ? DnsAnswer.of(DnsStatus.SERVFAIL, "resolver returned nothing") : answer;
        }

        // ------------------------------------------------------------ macros (RFC 7208 §7)

        String expandDomain(String spec, String domain) throws SpfAbort {
            return rightmostLabels(expand(spec, domain, false, this));
        }

        /** §6.2: best effort; any problem means "no explanation", never a different result. */
        String explain(String expSpec, String domain) {
            try {
                String target = normaliseDomain(expandDomain(expSpec, domain));
                if (target == null) {
                    return "";
                }
                DnsAnswer txt = dns.lookup(target, DnsType.TXT);
                if (txt == null || !txt.isOk() || txt.records().size() != 1) {
                    return "";
                }
                String text = txt.records().get(0);
                if (!isPrintableAscii(text, true)) {
                    return "";
                }
                String out = expand(text, domain, true, this);
                if (!isPrintableAscii(out, true)) {
                    return "";
                }
                return out.length() > MAX_EXPLANATION_LENGTH ? out.substring(0, MAX_EXPLANATION_LENGTH) : out;
            } catch (SpfAbort | RuntimeException e) {
                return "";
            }
        }

        String macroValue(char letter, String domain) throws SpfAbort {
            switch (letter) {
                case 's':
                    return local + "@" + senderDomain;
                case 'l':
                    return local;
                case 'o':
                    return senderDomain;
                case 'd':
                    return domain;
                case 'i':
                    return dottedAddress(ip);
                case 'p':
                    return pMacro(domain);
                case 'v':
                    return v4 ? "in-addr" : "ip6";
                case 'h':
                    return helo.isEmpty() ? "unknown" : helo;
                case 'c':
                    return v4 ? ip.getHostAddress() : compressIpv6(ip.getAddress());
                case 'r':
                    return receiver;
                case 't':
                    return Long.toString(clock.millis() / 1000);
                default:
                    throw permerror("unknown macro letter " + letter);
            }
        }

        /** §7.3: a validated name, preferring the domain itself, then a subdomain of it; "unknown" if none. */
        String pMacro(String domain) throws SpfAbort {
            String cached = pCache.get(domain);
            if (cached != null) {
                return cached;
            }
            List<String> names = validatedNames(null, false);
            String best = "unknown";
            for (String n : names) {
                if (n.equals(domain)) {
                    best = n;
                    break;
                }
            }
            if ("unknown".equals(best)) {
                for (String n : names) {
                    if (isSameOrSubdomain(n, domain)) {
                        best = n;
                        break;
                    }
                }
            }
            if ("unknown".equals(best) && !names.isEmpty()) {
                best = names.get(0);
            }
            pCache.put(domain, best);
            return best;
        }
    }

    // ================================================================ parsing (RFC 7208 §4.6, §5, §6)

    static boolean isSpfRecord(String txt) {
        return txt.length() >= 6 && txt.regionMatches(true, 0, "v=spf1", 0, 6) && (txt.length() == 6 || txt.charAt(6) == ' ');
    }

    /** Parses the whole record first: §4.6 wants syntax errors anywhere to be permerror before any matching. */
    static Policy parse(String record, String domain) throws SpfAbort {
        if (!isPrintableAscii(record, true)) {
            throw permerror("SPF record of " + domain + " contains characters outside printable US-ASCII");
        }
        List<Mechanism> mechanisms = new ArrayList<>();
        String redirect = null;
        String exp = null;
        for (String term : record.substring(6).split(" ")) {
            if (term.isEmpty()) {
                continue;
            }
            Matcher mod = MODIFIER.matcher(term);
            if (mod.matches()) {
                String name = mod.group(1).toLowerCase(Locale.ROOT);
                String value = mod.group(2);
                if (name.equals("redirect") || name.equals("exp")) {
                    if (value.isEmpty() || !isDomainSpec(value)) {
                        throw permerror("bad " + name + "= in the SPF record of " + domain + ": '" + term + "'");
                    }
                    if (name.equals("redirect")) {
                        if (redirect != null) {
                            throw permerror("redirect= appears twice in the SPF record of " + domain);
                        }
                        redirect = value;
                    } else {
                        if (exp != null) {
                            throw permerror("exp= appears twice in the SPF record of " + domain);
                        }
                        exp = value;
                    }
                } else if (!isMacroString(value, false)) {
                    throw permerror("bad macro in modifier '" + term + "' in the SPF record of " + domain);
                }
                continue; // §6: unknown modifiers are ignored
            }
            mechanisms.add(parseMechanism(term, domain));
        }
        return new Policy(List.copyOf(mechanisms), redirect, exp);
    }

    private static Mechanism parseMechanism(String term, String domain) throws SpfAbort {
        Matcher m = MECHANISM.matcher(term);
        SpfAbort bad = permerror("syntax error in the SPF record of " + domain + " at '" + term + "'");
        if (!m.matches()) {
            throw bad;
        }
        SpfResultCode qualifier = switch (m.group(1)) {
            case "-" -> SpfResultCode.FAIL;
            case "~" -> SpfResultCode.SOFTFAIL;
            case "?" -> SpfResultCode.NEUTRAL;
            default -> SpfResultCode.PASS;
        };
        String name = m.group(2).toLowerCase(Locale.ROOT);
        String rest = m.group(3);
        switch (name) {
            case "all":
                if (!rest.isEmpty()) {
                    throw bad;
                }
                return new Mechanism(term, qualifier, Kind.ALL, null, null, 0, 0);
            case "include":
            case "exists": {
                if (!rest.startsWith(":") || !isDomainSpec(rest.substring(1))) {
                    throw bad;
                }
                return new Mechanism(term, qualifier, name.equals("include") ? Kind.INCLUDE : Kind.EXISTS,
                        rest.substring(1), null, 0, 0);
            }
            case "ptr": {
                if (rest.isEmpty()) {
                    return new Mechanism(term, qualifier, Kind.PTR, null, null, 0, 0);
                }
                if (!rest.startsWith(":") || !isDomainSpec(rest.substring(1))) {
                    throw bad;
                }
                return new Mechanism(term, qualifier, Kind.PTR, rest.substring(1), null, 0, 0);
            }
            case "a":
            case "mx": {
                Kind kind = name.equals("a") ? Kind.A : Kind.MX;
                String spec = null;
                Matcher cidr;
                if (rest.startsWith(":")) {
                    cidr = DOMAIN_AND_DUAL_CIDR.matcher(rest.substring(1));
                    if (!cidr.matches() || cidr.group(1).isEmpty() || !isDomainSpec(cidr.group(1))) {
                        throw bad;
                    }
                    spec = cidr.group(1);
                    int c4 = cidr.group(2) == null ? 32 : Integer.parseInt(cidr.group(2));
                    int c6 = cidr.group(3) == null ? 128 : Integer.parseInt(cidr.group(3));
                    if (c4 > 32 || c6 > 128) {
                        throw bad;
                    }
                    return new Mechanism(term, qualifier, kind, spec, null, c4, c6);
                }
                cidr = DUAL_CIDR.matcher(rest);
                if (!cidr.matches()) {
                    throw bad;
                }
                int c4 = cidr.group(1) == null ? 32 : Integer.parseInt(cidr.group(1));
                int c6 = cidr.group(2) == null ? 128 : Integer.parseInt(cidr.group(2));
                if (c4 > 32 || c6 > 128) {
                    throw bad;
                }
                return new Mechanism(term, qualifier, kind, null, null, c4, c6);
            }
            case "ip4": {
                Matcher ip = rest.startsWith(":") ? IP4_WITH_CIDR.matcher(rest.substring(1)) : null;
                if (ip == null || !ip.matches()) {
                    throw bad;
                }
                byte[] net = IpLiteral.ipv4Bytes(ip.group(1));
                int c = ip.group(2) == null ? 32 : Integer.parseInt(ip.group(2));
                if (net == null || c > 32) {
                    throw bad;
                }
                return new Mechanism(term, qualifier, Kind.IP4, null, net, c, 0);
            }
            case "ip6": {
                Matcher ip = rest.startsWith(":") ? IP6_WITH_CIDR.matcher(rest.substring(1)) : null;
                if (ip == null || !ip.matches()) {
                    throw bad;
                }
                byte[] net = IpLiteral.ipv6Bytes(ip.group(1));
                int c = ip.group(2) == null ? 128 : Integer.parseInt(ip.group(2));
                if (net == null || c > 128) {
                    throw bad;
                }
                return new Mechanism(term, qualifier, Kind.IP6, null, net, 0, c);
            }
            default:
                throw permerror("unknown mechanism '" + term + "' in the SPF record of " + domain);
        }
    }

    /**
     * The macro letters of a macro-string in order, lower case ("" for null or none): {@code %{ir}.%{l1r+-}.x}
     * gives "il". Escapes ({@code %%}, {@code %_}, {@code %-}) are no macros.
     */
    static String macroLetters(String spec) {
        if (spec == null) {
            return "";
        }
        StringBuilder letters = new StringBuilder();
        for (int i = 0; i < spec.length() - 1; i++) {
            if (spec.charAt(i) != '%') {
                continue;
            }
            char n = spec.charAt(i + 1);
            if (n == '{' && i + 2 < spec.length()) {
                letters.append(Character.toLowerCase(spec.charAt(i + 2)));
            }
            i++; // the escape's or macro's second character is never a '%' of its own
        }
        return letters.toString();
    }

    /**
     * Does the sending client choose the name {@code spec} expands to? True when its domain-end (§7.1) is a macro of
     * the HELO name (%{h}), the MAIL FROM local-part (%{l}) or the client's validated PTR name (%{p}):
     * {@code a:%{h}}, {@code include:%{l}}, {@code exists:%{p}}. The forger writes {@code EHLO his.own.host} (or sets
     * the PTR of his address and the forward name in his own zone, which any rented server can) and the mechanism
     * looks up his own DNS, so every host that can name itself passes. A literal domain-end
     * ({@code %{h}.spf.example}) stays in the record owner's zone.
     */
    static boolean clientChosenName(String spec) {
        if (spec == null) {
            return false;
        }
        char last = 0; // letter of the macro the spec ends with, 0 when it ends otherwise
        for (int i = 0; i < spec.length(); i++) {
            if (spec.charAt(i) == '%' && i + 2 < spec.length() && spec.charAt(i + 1) == '{') {
                int close = spec.indexOf('}', i);
                if (close < 0) {
                    return false;
                }
                last = Character.toLowerCase(spec.charAt(i + 2));
                i = close;
            } else {
                if (spec.charAt(i) == '%') {
                    i++; // %%, %_ or %-
                }
                last = 0;
            }
        }
        return last == 'h' || last == 'l' || last == 'p';
    }

    /** domain-spec = macro-string domain-end; domain-end = ( "." toplabel [ "." ] ) / macro-expand (§7.1). */
    private static boolean isDomainSpec(String spec) {
        if (spec.isEmpty() || !isMacroString(spec, false)) {
            return false;
        }
        if (endsWithMacroExpand(spec)) {
            return true;
        }
        String s = spec.endsWith(".") ? spec.substring(0, spec.length() - 1) : spec;
        int dot = s.lastIndexOf('.');
        if (dot < 0) {
            return false;
        }
        return TOPLABEL.matcher(s.substring(dot + 1)).matches();
    }

    private static boolean endsWithMacroExpand(String spec) {
        // Walk the macro-string token by token so that a literal '}' is not mistaken for a macro end.
        boolean lastWasMacro = false;
        for (int i = 0; i < spec.length(); ) {
            char c = spec.charAt(i);
            if (c == '%') {
                char n = spec.charAt(i + 1);
                if (n == '{') {
                    i = spec.indexOf('}', i) + 1;
                } else {
                    i += 2;
                }
                lastWasMacro = true;
            } else {
                i++;
                lastWasMacro = false;
            }
        }
        return lastWasMacro;
    }

    static boolean isMacroString(String s, boolean explain) {
        try {
            expand(s, "", explain, null);
            return true;
        } catch (SpfAbort e) {
            return false;
        }
    }

    /**
     * Expands (or, with {@code run == null}, only validates) a macro-string (§7.1). Literals must be
     * visible ASCII (plus space in explanations).
     */
    private static String expand(String spec, String domain, boolean explain, Run run) throws SpfAbort {
        StringBuilder out = new StringBuilder();
        int i = 0;
        int n = spec.length();
        while (i < n) {
            char c = spec.charAt(i);
            if (c != '%') {
                if (c < 0x21 && !(explain && c == ' ') || c > 0x7e) {
                    throw permerror("illegal character in macro-string '" + spec + "'");
                }
                out.append(c);
                i++;
                continue;
            }
            if (i + 1 >= n) {
                throw permerror("lone '%' in '" + spec + "'");
            }
            char next = spec.charAt(i + 1);
            if (next == '%') {
                out.append('%');
                i += 2;
                continue;
            }
            if (next == '_') {
                out.append(' ');
                i += 2;
                continue;
            }
            if (next == '-') {
                out.append("%20");
                i += 2;
                continue;
            }
            if (next != '{') {
                throw permerror("bad macro '%" + next + "' in '" + spec + "'");
            }
            int close = spec.indexOf('}', i + 2);
            if (close < 0) {
                throw permerror("unterminated macro in '" + spec + "'");
            }
            String body = spec.substring(i + 2, close);
            i = close + 1;
            if (body.isEmpty()) {
                throw permerror("empty macro in '" + spec + "'");
            }
            char letterRaw = body.charAt(0);
            char letter = Character.toLowerCase(letterRaw);
            boolean allowed = "slodiphv".indexOf(letter) >= 0 || explain && "crt".indexOf(letter) >= 0;
            if (!allowed || letterRaw > 0x7e) {
                throw permerror("macro letter '" + letterRaw + "' not allowed in '" + spec + "' (RFC 7208 §7.2)");
            }
            int j = 1;
            int digitsStart = j;
            while (j < body.length() && Character.isDigit(body.charAt(j)) && body.charAt(j) < 0x80) {
                j++;
            }
            int keep = -1;
            if (j > digitsStart) {
                // §7.3: a number of labels: "0001" is 1 and "0000" zero; more than 999 labels never fit a name
                String digits = body.substring(digitsStart, j).replaceFirst("^0+", "");
                keep = digits.isEmpty() ? 0 : digits.length() > 3 ? 999 : Integer.parseInt(digits);
                if (keep == 0) {
                    throw permerror("zero label count in macro '%{" + body + "}' (RFC 7208 §7.1)");
                }
            }
            boolean reverse = false;
            if (j < body.length() && (body.charAt(j) == 'r' || body.charAt(j) == 'R')) {
                reverse = true;
                j++;
            }
            String delimiters = body.substring(j);
            for (char d : delimiters.toCharArray()) {
                if (".-+,/_=".indexOf(d) < 0) {
                    throw permerror("bad delimiter '" + d + "' in macro '%{" + body + "}'");
                }
            }
            if (run == null) {
                continue;
            }
            String value = run.macroValue(letter, domain);
            value = transform(value, keep, reverse, delimiters.isEmpty() ? "." : delimiters);
            if (Character.isUpperCase(letterRaw)) {
                value = urlEscape(value);
            }
            out.append(value);
            if (out.length() > 8 * MAX_EXPLANATION_LENGTH) {
                if (explain) {
                    throw permerror("macro expansion too long");
                }
                // A name is no error however long (§7.3), and which labels it keeps depends on its last
                // MAX_DOMAIN_LENGTH + 1 characters alone (rightmostLabels): keeping those bounds the memory. A permerror
                // here let a forger's long local-part turn the fail of a record with %{l} into permerror.
                out.delete(0, out.length() - (MAX_DOMAIN_LENGTH + 1));
            }
        }
        return out.toString();
    }

    /**
     * §7.3: an expanded name over 253 characters loses labels on the left until it fits: what remains follows the
     * first dot among its last 254 characters (none: its last 253 characters). One pass, whatever the length.
     */
    static String rightmostLabels(String name) {
        if (name.length() <= MAX_DOMAIN_LENGTH) {
            return name;
        }
        int dot = name.indexOf('.', name.length() - (MAX_DOMAIN_LENGTH + 1));
        return dot < 0 ? name.substring(name.length() - MAX_DOMAIN_LENGTH) : name.substring(dot + 1);
    }

    private static String transform(String value, int keep, boolean reverse, String delimiters) {
        if (keep < 0 && !reverse && delimiters.equals(".")) {
            return value;
        }
        List<String> parts = new ArrayList<>();
        int start = 0;
        for (int k = 0; k < value.length(); k++) {
            if (delimiters.indexOf(value.charAt(k)) >= 0) {
                parts.add(value.substring(start, k));
                start = k + 1;
            }
        }
        parts.add(value.substring(start));
        if (reverse) {
            Collections.reverse(parts);
        }
        if (keep > 0 && keep < parts.size()) {
            parts = parts.subList(parts.size() - keep, parts.size());
        }
        return String.join(".", parts);
    }

    /** §7.3: upper-case macro letters URL-escape the value (RFC 3986 unreserved characters stay). */
    private static String urlEscape(String value) {
        StringBuilder sb = new StringBuilder();
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (c < 0x80 && (Character.isLetterOrDigit(c) || c == '-' || c == '.' || c == '_' || c == '~')) {
                sb.append((char) c);
            } else {
                sb.append('%').append(String.format("%02X", c));
            }
        }
        return sb.toString();
    }

    // ================================================================ names and addresses

    /**
     * A usable domain (§4.3): ASCII (IDNs converted), at least two labels, each 1-63 octets, at most
     * 253 octets; lower case without trailing dot. Null if it cannot be a domain in the DNS.
     */
    /** The last label of {@code d} (normalised, no trailing dot) is all digits. */
    static boolean numericTopLabel(String d) {
        int start = d.lastIndexOf('.') + 1;
        if (start >= d.length()) {
            return false;
        }
        for (int i = start; i < d.length(); i++) {
            char c = d.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    static String normaliseDomain(String domain) {
        if (domain == null) {
            return null;
        }
        String d = stripDot(domain.trim());
        if (d.isEmpty() || d.startsWith("[") || d.length() > MAX_DOMAIN_LENGTH) {
            return null;
        }
        // Macro expansion may legitimately put spaces or '%' into a label (§7.1 %_ and %-): DNS labels
        // are octet strings, so only non-ASCII needs IDNA conversion.
        if (!isPrintableAscii(d, true)) {
            try {
                d = IDN.toASCII(d, IDN.ALLOW_UNASSIGNED);
            } catch (IllegalArgumentException e) {
                return null;
            }
            if (!isPrintableAscii(d, true)) {
                return null;
            }
        }
        String[] labels = d.split("\\.", -1);
        if (labels.length < 2) {
            return null;
        }
        for (String label : labels) {
            if (label.isEmpty() || label.length() > 63) {
                return null;
            }
        }
        return d.toLowerCase(Locale.ROOT);
    }

    private static String stripDot(String s) {
        return s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
    }

    private static boolean isSameOrSubdomain(String name, String domain) {
        String n = stripDot(name).toLowerCase(Locale.ROOT);
        String d = stripDot(domain).toLowerCase(Locale.ROOT);
        return n.equals(d) || n.endsWith("." + d);
    }

    private static boolean isPrintableAscii(String s, boolean allowSpace) {
        for (int k = 0; k < s.length(); k++) {
            char c = s.charAt(k);
            if (c > 0x7e || c < 0x21 && !(allowSpace && c == ' ')) {
                return false;
            }
        }
        return true;
    }

    private static boolean inNetwork(byte[] address, byte[] network, int prefix) {
        return new IpNetwork(network, prefix).contains(address);
    }

    private static byte[] parseLiteral(String literal, boolean v4) {
        if (literal == null) {
            return null;
        }
        return v4 ? IpLiteral.ipv4Bytes(literal.trim()) : IpLiteral.ipv6Bytes(literal.trim());
    }

    /**
     * %{i}: dotted quad, or 32 dot-separated nibbles for IPv6 (§7.3). Nibbles are upper case as in
     * the OpenSPF reference implementation and test suite (the RFC's §7.4 example is lower case; DNS
     * names are case-insensitive, so only explanation text can tell).
     */
    private static String dottedAddress(InetAddress ip) {
        if (ip instanceof Inet4Address) {
            return ip.getHostAddress();
        }
        StringBuilder sb = new StringBuilder(63);
        for (byte b : ip.getAddress()) {
            if (sb.length() > 0) {
                sb.append('.');
            }
            sb.append(Character.toUpperCase(Character.forDigit((b >> 4) & 0xf, 16))).append('.')
                    .append(Character.toUpperCase(Character.forDigit(b & 0xf, 16)));
        }
        return sb.toString();
    }

    /** RFC 5952 text for %{c}. */
    static String compressIpv6(byte[] b) {
        int[] w = new int[8];
        for (int k = 0; k < 8; k++) {
            w[k] = ((b[2 * k] & 0xff) << 8) | (b[2 * k + 1] & 0xff);
        }
        int bestStart = -1;
        int bestLen = 1;
        for (int k = 0; k < 8; ) {
            if (w[k] != 0) {
                k++;
                continue;
            }
            int e = k;
            while (e < 8 && w[e] == 0) {
                e++;
            }
            if (e - k > bestLen) {
                bestStart = k;
                bestLen = e - k;
            }
            k = e;
        }
        StringBuilder sb = new StringBuilder();
        for (int k = 0; k < 8; k++) {
            if (k == bestStart) {
                sb.append("::");
                k += bestLen - 1;
                continue;
            }
            if (sb.length() > 0 && sb.charAt(sb.length() - 1) != ':') {
                sb.append(':');
            }
            sb.append(Integer.toHexString(w[k]));
        }
        return sb.toString();
    }

    private static SpfAbort dnsError(DnsAnswer answer, DnsType type, String name) {
        String what = answer.status() == DnsStatus.TIMEOUT ? "DNS timeout" : "DNS failure (" + answer.status() + ")";
        return new SpfAbort(SpfResultCode.TEMPERROR, what + " looking up " + type + " " + name);
    }
}
