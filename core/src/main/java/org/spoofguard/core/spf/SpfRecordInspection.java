package org.spoofguard.core.spf;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.spoofguard.core.dns.DnsAnswer;
import org.spoofguard.core.dns.DnsResolver;
import org.spoofguard.core.dns.DnsStatus;
import org.spoofguard.core.dns.DnsType;

/**
 * A static look at one domain's own SPF policy (for {@code bin/spoofguard-posture}), with the evaluator's
 * parser: is there exactly one record, what does it end with ({@code -all}, {@code ~all}, ...), and how many
 * of RFC 7208 §4.6.4's limited DNS lookups (10 terms, 2 void lookups) does a receiver spend on it, following
 * include: and redirect= as a receiver would. Bounded: at most {@link #MAX_QUERIES} DNS questions.
 *
 * @param status what was found
 * @param record the domain's SPF record ("" unless found)
 * @param all the qualifier of the policy's final "all" (through redirect=), empty when there is none
 * @param dnsLookups terms that cost a DNS lookup (include, a, mx, ptr, exists, redirect) over the whole tree
 * @param voidLookups lookups in the tree that return no records (a/mx targets without records, missing includes)
 * @param anyHostMechanism the first pass mechanism reachable before the final "all" (through include: and
 *        redirect=) that lets (nearly) every host on the Internet pass, e.g. {@code ip4:0.0.0.0/0} or an include:
 *        of a {@code +all} record, with the record that holds it ({@link SpfEvaluator#namesAnyHost}, the rule the
 *        server applies to {@link SpfResult#anyHostMechanism()}); "" when there is none
 * @param notes problems found on the way (syntax errors of included records, ptr, macros not followed, ...)
 * @param reason words for the admin when status is not FOUND
 */
public record SpfRecordInspection(Status status, String record, Optional<SpfResultCode> all, int dnsLookups,
                                  int voidLookups, String anyHostMechanism, List<String> notes, String reason) {
    static final int MAX_QUERIES = 40;
    private static final int MAX_DEPTH = 12;

    public enum Status { FOUND, NONE, MULTIPLE, SYNTAX_ERROR, TEMPERROR }

    public SpfRecordInspection {
        notes = List.copyOf(notes);
        anyHostMechanism = anyHostMechanism == null ? "" : anyHostMechanism;
    }

    public static SpfRecordInspection inspect(DnsResolver dns, String domain) {
        DnsAnswer answer = dns.lookup(domain, DnsType.TXT);
        if (!answer.status().isDefinite()) {
            return new SpfRecordInspection(Status.TEMPERROR, "", Optional.empty(), 0, 0, "", List.of(),
                "DNS could not tell (" + answer.status() + " " + answer.detail() + ")");
        }
        List<String> records = answer.records().stream().filter(SpfEvaluator::isSpfRecord).toList();
        if (records.isEmpty()) {
            return new SpfRecordInspection(Status.NONE, "", Optional.empty(), 0, 0, "", List.of(), "no v=spf1 TXT record at " + domain);
        }
        if (records.size() > 1) {
            return new SpfRecordInspection(Status.MULTIPLE, String.join(" | ", records), Optional.empty(), 0, 0, "", List.of(),
                records.size() + " v=spf1 records at " + domain + ": receivers treat that as permerror (RFC 7208 §4.5)");
        }
        SpfEvaluator.Policy policy;
        try {
            policy = SpfEvaluator.parse(records.get(0), domain);
        } catch (SpfEvaluator.SpfAbort e) {
            return new SpfRecordInspection(Status.SYNTAX_ERROR, records.get(0), Optional.empty(), 0, 0, "", List.of(), e.getMessage());
        }
        Walk walk = new Walk(dns);
        walk.path.add(domain.toLowerCase(java.util.Locale.ROOT));
        Reach top = walk.walk(policy, domain, 0);
        return new SpfRecordInspection(Status.FOUND, records.get(0), top.all(), walk.terms, walk.voids, top.anyHost(),
            walk.notes, "");
    }

    /** What one record's walk found: its final "all" qualifier, and its any-host pass mechanism ("" for none). */
    private record Reach(Optional<SpfResultCode> all, String anyHost) {
        static final Reach NOTHING = new Reach(Optional.empty(), "");
    }

    private static final class Walk {
        final DnsResolver dns;
        /**
         * The domains on the current include/redirect path only: a receiver evaluates (and counts, RFC 7208
         * §4.6.4) a record each time it is reached, so two providers including the same record cost its lookups
         * twice; only a domain that includes itself (directly or further down) is a loop. Work stays bounded by
         * {@link #MAX_QUERIES} and MAX_DEPTH.
         */
        final Set<String> path = new HashSet<>();
        boolean budgetNoted;
        final List<String> notes = new ArrayList<>();
        int terms;
        int voids;
        int queries;

        Walk(DnsResolver dns) {
            this.dns = dns;
        }

        DnsAnswer ask(String name, DnsType type) {
            if (++queries > MAX_QUERIES) {
                return DnsAnswer.of(DnsStatus.SERVFAIL, "query budget of the posture check spent");
            }
            return dns.lookup(name, type);
        }

        /** Returns the qualifier of this policy's "all" (or its redirect target's), and its any-host pass. */
        Reach walk(SpfEvaluator.Policy policy, String domain, int depth) {
            Optional<SpfResultCode> all = Optional.empty();
            String anyHost = "";
            for (SpfEvaluator.Mechanism m : policy.mechanisms()) {
                // the posture has no client address: a/mx CIDRs are judged for both families; only mechanisms
                // before the first "all" are ever reached by a receiver
                if (anyHost.isEmpty() && all.isEmpty() && m.qualifier() == SpfResultCode.PASS
                        && SpfEvaluator.namesAnyHost(m, true, true)) {
                    anyHost = m.text() + " (SPF record of " + domain + ")";
                }
                switch (m.kind()) {
                    case ALL -> {
                        if (all.isEmpty()) {
                            all = Optional.of(m.qualifier());
                        }
                    }
                    case IP4, IP6 -> { }
                    case INCLUDE -> {
                        terms++;
                        Reach inner = follow(m.domainSpec(), "include:" + m.domainSpec(), depth);
                        // §5.2: the included record's pass is this include's match, so its any-host pass is ours
                        if (anyHost.isEmpty() && all.isEmpty() && m.qualifier() == SpfResultCode.PASS
                                && !inner.anyHost().isEmpty()) {
                            anyHost = inner.anyHost();
                        }
                    }
                    case A -> {
                        terms++;
                        String target = target(m, domain);
                        if (target != null && isVoid(ask(target, DnsType.A)) && isVoid(ask(target, DnsType.AAAA))) {
                            voids++;
                            notes.add(m.text() + ": " + target + " has no A/AAAA record (void lookup)");
                        }
                    }
                    case MX -> {
                        terms++;
                        String target = target(m, domain);
                        if (target != null) {
                            DnsAnswer mx = ask(target, DnsType.MX);
                            if (isVoid(mx)) {
                                voids++;
                                notes.add(m.text() + ": " + target + " has no MX record (void lookup)");
                            } else if (mx.records().size() > SpfEvaluator.MAX_NAMES_PER_MECHANISM) {
                                notes.add(m.text() + ": more than " + SpfEvaluator.MAX_NAMES_PER_MECHANISM
                                    + " MX names: permerror at receivers (RFC 7208 §4.6.4)");
                            }
                        }
                    }
                    case PTR -> {
                        terms++;
                        notes.add("ptr is slow and unreliable; RFC 7208 §5.5 says it SHOULD NOT be used");
                    }
                    case EXISTS -> terms++;
                    default -> { }
                }
            }
            if (policy.redirect() != null && all.isEmpty()) {
                // §6.1: redirect= only applies when no mechanism matched, i.e. when there is no "all"
                terms++;
                Reach target = follow(policy.redirect(), "redirect=" + policy.redirect(), depth);
                if (target.all().isPresent()) {
                    all = target.all();
                }
                if (anyHost.isEmpty()) {
                    anyHost = target.anyHost();
                }
            }
            return new Reach(all, anyHost);
        }

        private String target(SpfEvaluator.Mechanism m, String domain) {
            String spec = m.domainSpec();
            if (spec == null) {
                return domain;
            }
            if (spec.contains("%")) {
                notes.add(m.text() + ": uses a macro, not followed here");
                return null;
            }
            return spec.endsWith(".") ? spec.substring(0, spec.length() - 1) : spec;
        }

        private Reach follow(String spec, String term, int depth) {
            if (spec.contains("%")) {
                notes.add(term + ": uses a macro, not followed here");
                return Reach.NOTHING;
            }
            String target = (spec.endsWith(".") ? spec.substring(0, spec.length() - 1) : spec).toLowerCase(java.util.Locale.ROOT);
            if (depth >= MAX_DEPTH || path.contains(target)) {
                notes.add(term + ": loop or nesting too deep (permerror at receivers)");
                return Reach.NOTHING;
            }
            if (queries >= MAX_QUERIES) {
                // queries <= 2 * terms, so the budget is only spent once far more than 10 terms were counted
                if (!budgetNoted) {
                    budgetNoted = true;
                    notes.add(term + ": not followed, query budget of the posture check (" + MAX_QUERIES + ") spent");
                }
                return Reach.NOTHING;
            }
            DnsAnswer answer = ask(target, DnsType.TXT);
            if (!answer.status().isDefinite()) {
                notes.add(term + ": DNS could not tell (" + answer.status() + ")");
                return Reach.NOTHING;
            }
            List<String> records = answer.records().stream().filter(SpfEvaluator::isSpfRecord).toList();
            if (records.size() != 1) {
                if (records.isEmpty()) {
                    voids += isVoid(answer) ? 1 : 0;
                }
                notes.add(term + ": " + (records.isEmpty() ? "no" : records.size()) + " SPF record(s) at " + target
                    + ": permerror at receivers (RFC 7208 §5.2, §6.1)");
                return Reach.NOTHING;
            }
            SpfEvaluator.Policy policy;
            try {
                policy = SpfEvaluator.parse(records.get(0), target);
            } catch (SpfEvaluator.SpfAbort e) {
                notes.add(term + ": " + e.getMessage());
                return Reach.NOTHING;
            }
            path.add(target);
            try {
                return walk(policy, target, depth + 1);
            } finally {
                path.remove(target);
            }
        }

        private static boolean isVoid(DnsAnswer answer) {
            return answer.status().isVoid();
        }
    }
}
