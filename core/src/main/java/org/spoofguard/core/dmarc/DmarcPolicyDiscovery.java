package org.spoofguard.core.dmarc;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.spoofguard.core.config.Bilingual;
import org.spoofguard.core.dns.DnsAnswer;
import org.spoofguard.core.dns.DnsResolver;
import org.spoofguard.core.dns.DnsStatus;
import org.spoofguard.core.dns.DnsType;
import org.spoofguard.core.domain.OrganizationalDomain;

/**
 * Finds the DMARC policy record that governs an Author Domain, and organizational domains for relaxed
 * alignment.
 *
 * <p>{@link Mode#TREE_WALK} (default) follows the DNS Tree Walk of RFC 9989 §4.10: query
 * {@code _dmarc.<domain>}, then shorten the name (jumping to its last 7 labels when it has 8 or more,
 * otherwise removing one label) and query again, down to and including the single-label TLD, so at most
 * 8 queries are made per walk. {@link Mode#PUBLIC_SUFFIX} is RFC 7489 §6.6.3: the Author Domain, then its
 * organizational domain by the public suffix list.
 *
 * <p>Instances memoise TXT answers, so one instance should serve one message (cheap to create); the
 * resolver below is expected to cache across messages by TTL.
 */
public final class DmarcPolicyDiscovery {

    /** How policy and organizational domains are found. */
    public enum Mode {
        /** RFC 9989 DNS Tree Walk with psd= tags. */
        TREE_WALK,
        /** RFC 7489 with the public suffix list ({@link OrganizationalDomain}). */
        PUBLIC_SUFFIX;

        /**
         * The one reading of the setting ({@code auth.dmarcDiscovery}, {@code --dmarc-discovery}), so the mail
         * path, the console, {@code bin/spoofguard-posture} and {@code bin/spoofguard-check} accept the same
         * spellings: {@code treewalk} ({@code tree-walk}, {@code tree_walk}) or {@code publicsuffix}
         * ({@code public-suffix}, {@code psl}), case-insensitive. Before, the console refused at start a value
         * the mail path documented, and posture reported on a mode the server did not run.
         *
         * @throws IllegalArgumentException naming the value, for anything else (also null or blank)
         */
        public static Mode parse(String text) {
            String v = text == null ? "" : text.strip().toLowerCase(java.util.Locale.ROOT);
            return switch (v) {
                case "treewalk", "tree-walk", "tree_walk" -> TREE_WALK;
                case "publicsuffix", "public-suffix", "psl" -> PUBLIC_SUFFIX;
                default -> {
                    String shown = v.length() > 64 ? v.substring(0, 64) + "..." : v;
                    throw new IllegalArgumentException(Bilingual.of("must be treewalk or publicsuffix, got '" + shown + "'",
                        "skal være treewalk eller publicsuffix, ikke '" + shown + "'"));
                }
            };
        }
    }

    /** Outcome of policy discovery. */
    public enum Outcome {
        /** A usable record was found at {@link Discovery#policyDomain()}. */
        FOUND,
        /** No DMARC record anywhere on the way: DMARC does not apply. */
        NONE,
        /** A DMARC record was found but has no usable policy (RFC 7489 §6.6.3 step 6.2): no DMARC processing. */
        NO_POLICY,
        /** The DNS could not tell us (timeout, SERVFAIL): never treated as "none". */
        TEMPERROR
    }

    /**
     * @param outcome what was found
     * @param policyDomain the domain whose {@code _dmarc} record applies, "" unless FOUND/NO_POLICY
     * @param record the record when FOUND
     * @param reason words for the admin, including the names queried
     */
    public record Discovery(Outcome outcome, String policyDomain, Optional<DmarcRecord> record, String reason) {
        public Discovery {
            Objects.requireNonNull(outcome, "outcome");
            policyDomain = policyDomain == null ? "" : policyDomain;
            record = record == null ? Optional.empty() : record;
            reason = reason == null ? "" : reason;
        }
    }

    /**
     * @param domain the organizational domain ("" on temperror)
     * @param temperror the DNS could not tell us
     * @param reason how it was found
     */
    public record OrgDomain(String domain, boolean temperror, String reason) {
    }

    /** RFC 9989 §4.10: names with 8 or more labels jump to their last 7 labels, bounding a walk to 8 queries. */
    static final int MAX_LABELS_AFTER_JUMP = 7;

    private final DnsResolver dns;
    private final Mode mode;
    private final Map<String, NameResult> memo = new HashMap<>();

    public DmarcPolicyDiscovery(DnsResolver dns) {
        this(dns, Mode.TREE_WALK);
    }

    public DmarcPolicyDiscovery(DnsResolver dns, Mode mode) {
        this.dns = Objects.requireNonNull(dns, "dns");
        this.mode = mode == null ? Mode.TREE_WALK : mode;
    }

    public Mode mode() {
        return mode;
    }

    /** What one {@code _dmarc.<name>} query told us. */
    private enum NameStatus { ONE, NO_POLICY, NONE, MULTIPLE, TEMPERROR }

    private record NameResult(NameStatus status, DmarcRecord record, String detail) {
    }

    /**
     * The names a tree walk starting at {@code domain} queries, in order (RFC 9989 §4.10). Public so tests
     * and logs can show the exact sequence.
     */
    public static List<String> treeWalkNames(String domain) {
        List<String> out = new ArrayList<>();
        String d = OrganizationalDomain.normalize(domain);
        if (d.isEmpty()) {
            return out;
        }
        String[] labels = d.split("\\.", -1);
        int count = labels.length;
        out.add(d);
        while (count > 1) {
            count = count >= MAX_LABELS_AFTER_JUMP + 1 ? MAX_LABELS_AFTER_JUMP : count - 1;
            out.add(String.join(".", java.util.Arrays.copyOfRange(labels, labels.length - count, labels.length)));
        }
        return out;
    }

    /** Policy discovery for an Author Domain (A-label form expected). Never throws. */
    public Discovery discover(String authorDomain) {
        String from = OrganizationalDomain.normalize(authorDomain);
        if (from.isEmpty()) {
            return new Discovery(Outcome.NONE, "", Optional.empty(), "no author domain");
        }
        return mode == Mode.TREE_WALK ? discoverByTreeWalk(from) : discoverByPublicSuffix(from);
    }

    private Discovery discoverByTreeWalk(String from) {
        List<String> notes = new ArrayList<>();
        for (String name : treeWalkNames(from)) {
            NameResult r = query(name);
            switch (r.status()) {
                case TEMPERROR:
                    return new Discovery(Outcome.TEMPERROR, "", Optional.empty(),
                            "DNS error at _dmarc." + name + ": " + r.detail());
                case ONE:
                    return new Discovery(Outcome.FOUND, name, Optional.of(r.record()), found(name, from, notes, r));
                case NO_POLICY:
                    return new Discovery(Outcome.NO_POLICY, name, Optional.empty(),
                            "record at _dmarc." + name + ": " + r.detail());
                case MULTIPLE:
                    // RFC 9989 §4.10: "If multiple DMARC records are returned, they are all discarded."
                    notes.add("multiple records at _dmarc." + name + " discarded");
                    break;
                default:
                    break;
            }
        }
        notes.add(0, "no DMARC record for " + from + " by DNS tree walk");
        return new Discovery(Outcome.NONE, "", Optional.empty(), String.join("; ", notes));
    }

    private Discovery discoverByPublicSuffix(String from) {
        List<String> names = new ArrayList<>();
        names.add(from);
        String org = OrganizationalDomain.of(from);
        if (!org.isEmpty() && !org.equals(from)) {
            names.add(org);
        }
        for (String name : names) {
            NameResult r = query(name);
            switch (r.status()) {
                case TEMPERROR:
                    return new Discovery(Outcome.TEMPERROR, "", Optional.empty(),
                            "DNS error at _dmarc." + name + ": " + r.detail());
                case ONE:
                    return new Discovery(Outcome.FOUND, name, Optional.of(r.record()), found(name, from, new ArrayList<>(), r));
                case NO_POLICY:
                    return new Discovery(Outcome.NO_POLICY, name, Optional.empty(),
                            "record at _dmarc." + name + ": " + r.detail());
                case MULTIPLE:
                    // RFC 7489 §6.6.3 step 5: multiple records terminate discovery.
                    return new Discovery(Outcome.NONE, "", Optional.empty(),
                            "multiple DMARC records at _dmarc." + name + ": treated as none");
                default:
                    break;
            }
        }
        return new Discovery(Outcome.NONE, "", Optional.empty(),
                "no DMARC record at _dmarc." + String.join(" or _dmarc.", names));
    }

    private static String found(String name, String from, List<String> notes, NameResult r) {
        StringBuilder sb = new StringBuilder("policy record _dmarc.").append(name);
        if (!name.equals(from)) {
            sb.append(" (for subdomain ").append(from).append(')');
        }
        for (String n : notes) {
            sb.append("; ").append(n);
        }
        if (!r.detail().isEmpty()) {
            sb.append("; ").append(r.detail());
        }
        return sb.toString();
    }

    /**
     * The organizational domain of {@code domain} for relaxed alignment. TREE_WALK: RFC 9989 §4.10.2 — walk
     * up (stopping at a record with psd=y or psd=n); a psd=n record's domain is the org domain; a psd=y
     * record (other than at the start) makes the name one label below it the org domain, and so does a record
     * without psd= at a public suffix of the public suffix list (never an org domain for its registrants); otherwise the
     * domain with the fewest labels that has a record; without any record, the domain itself.
     * PUBLIC_SUFFIX: the public suffix list (no DNS).
     */
    public OrgDomain organizationalDomain(String domain) {
        String d = OrganizationalDomain.normalize(domain);
        if (d.isEmpty()) {
            return new OrgDomain("", false, "empty domain");
        }
        if (mode == Mode.PUBLIC_SUFFIX) {
            return new OrgDomain(OrganizationalDomain.of(d), false, "public suffix list");
        }
        List<String> names = treeWalkNames(d);
        String shortestWithRecord = null;
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i);
            NameResult r = query(name);
            if (r.status() == NameStatus.TEMPERROR) {
                return new OrgDomain("", true, "DNS error at _dmarc." + name + ": " + r.detail());
            }
            if (r.status() == NameStatus.ONE || r.status() == NameStatus.NO_POLICY) {
                DmarcRecord.Psd psd = r.record() == null ? DmarcRecord.Psd.U : r.record().psd();
                if (psd == DmarcRecord.Psd.U && i > 0 && OrganizationalDomain.publicSuffix(name)) {
                    // RFC 9989 §4.10.2 would make a public suffix with a record but no psd= tag (a registry's own
                    // _dmarc.com, _dmarc.co.uk) the organizational domain of every name below it, so attacker.com's
                    // DKIM or SPF pass would align with victim.com. A public suffix never is one for the names
                    // registered under it: its record counts as psd=y. Only psd=n, the suffix's own word, overrides.
                    psd = DmarcRecord.Psd.Y;
                }
                if (psd == DmarcRecord.Psd.N) {
                    return new OrgDomain(name, false, "psd=n at _dmarc." + name);
                }
                if (psd == DmarcRecord.Psd.Y) {
                    if (i == 0) {
                        // A PSD that sends mail itself: nothing lies below it, it is its own org domain.
                        return new OrgDomain(name, false, "psd=y at the domain itself");
                    }
                    String below = oneLabelBelow(d, name);
                    return new OrgDomain(below, false, "psd=y at _dmarc." + name);
                }
                shortestWithRecord = name;
            }
        }
        if (shortestWithRecord != null) {
            return new OrgDomain(shortestWithRecord, false, "highest record at _dmarc." + shortestWithRecord);
        }
        return new OrgDomain(d, false, "no DMARC record above " + d + ": its own organizational domain");
    }

    /** The name in {@code domain}'s ancestry that has exactly one label more than {@code parent}. */
    private static String oneLabelBelow(String domain, String parent) {
        String[] labels = domain.split("\\.", -1);
        int parentLabels = parent.split("\\.", -1).length;
        int want = Math.min(labels.length, parentLabels + 1);
        return String.join(".", java.util.Arrays.copyOfRange(labels, labels.length - want, labels.length));
    }

    private NameResult query(String name) {
        NameResult cached = memo.get(name);
        if (cached != null) {
            return cached;
        }
        NameResult r = doQuery(name);
        memo.put(name, r);
        return r;
    }

    private NameResult doQuery(String name) {
        DnsAnswer answer;
        try {
            answer = dns.lookup("_dmarc." + name, DnsType.TXT);
        } catch (RuntimeException e) {
            return new NameResult(NameStatus.TEMPERROR, null, "resolver failure: " + e.getClass().getSimpleName());
        }
        if (answer == null) {
            return new NameResult(NameStatus.TEMPERROR, null, "resolver returned nothing");
        }
        DnsStatus status = answer.status();
        if (status == DnsStatus.TIMEOUT || status == DnsStatus.SERVFAIL) {
            return new NameResult(NameStatus.TEMPERROR, null,
                    status.name().toLowerCase(java.util.Locale.ROOT) + (answer.detail().isEmpty() ? "" : " (" + answer.detail() + ")"));
        }
        if (status != DnsStatus.OK) {
            return new NameResult(NameStatus.NONE, null, status.name().toLowerCase(java.util.Locale.ROOT));
        }
        List<String> dmarc = new ArrayList<>();
        for (String txt : answer.records()) {
            if (DmarcRecord.isDmarcRecord(txt)) {
                dmarc.add(txt);
            }
        }
        if (dmarc.isEmpty()) {
            return new NameResult(NameStatus.NONE, null, "no v=DMARC1 TXT record");
        }
        if (dmarc.size() > 1) {
            return new NameResult(NameStatus.MULTIPLE, null, dmarc.size() + " DMARC records");
        }
        DmarcRecord.Parsed parsed = DmarcRecord.parse(dmarc.get(0));
        return switch (parsed.status()) {
            case VALID -> new NameResult(NameStatus.ONE, parsed.record().get(), parsed.reason());
            case NO_POLICY -> new NameResult(NameStatus.NO_POLICY, null, parsed.reason());
            default -> new NameResult(NameStatus.NONE, null, parsed.reason());
        };
    }
}
