package org.spoofguard.core.dmarc;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.IntSupplier;

import org.spoofguard.core.dkim.DkimResult;
import org.spoofguard.core.dkim.DkimResultCode;
import org.spoofguard.core.dns.DnsAnswer;
import org.spoofguard.core.dns.DnsResolver;
import org.spoofguard.core.dns.DnsStatus;
import org.spoofguard.core.dns.DnsType;
import org.spoofguard.core.domain.OrganizationalDomain;
import org.spoofguard.core.spf.SpfResult;
import org.spoofguard.core.spf.SpfResultCode;

/**
 * DMARC evaluation of one message (RFC 7489 §6.6, RFC 9989 §4.4 and §4.10): Author Domain, policy
 * discovery, identifier alignment of the passing SPF and DKIM results, and policy selection
 * (p / sp / np, downgraded by t=y or pct).
 *
 * <p>{@link DmarcResult#policy()} is the policy to apply when the result is FAIL (after t=y / pct);
 * for other results it is the selected published policy (informational), NONE without a record.
 *
 * <p>Thread-safe; each call uses its own memo of DMARC TXT answers.
 */
public final class DmarcEvaluator {
    /** More passing signatures than this are not examined: bounds DNS work for alignment. */
    static final int MAX_DKIM_RESULTS = 16;

    private final DnsResolver dns;
    private final DmarcPolicyDiscovery.Mode mode;
    private final IntSupplier percentile;

    /** RFC 9989 tree walk. */
    public DmarcEvaluator(DnsResolver dns) {
        this(dns, DmarcPolicyDiscovery.Mode.TREE_WALK);
    }

    public DmarcEvaluator(DnsResolver dns, DmarcPolicyDiscovery.Mode mode) {
        this(dns, mode, () -> ThreadLocalRandom.current().nextInt(100));
    }

    /**
     * @param percentile yields 0..99 for RFC 7489 §6.6.4 pct sampling (injectable for tests)
     */
    public DmarcEvaluator(DnsResolver dns, DmarcPolicyDiscovery.Mode mode, IntSupplier percentile) {
        this.dns = Objects.requireNonNull(dns, "dns");
        this.mode = mode == null ? DmarcPolicyDiscovery.Mode.TREE_WALK : mode;
        this.percentile = percentile == null ? () -> ThreadLocalRandom.current().nextInt(100) : percentile;
    }

    /**
     * @param fromHeaderValues the value of every From header field of the message (normally one)
     * @param spfMailFrom SPF for the MAIL FROM identity (null = not checked)
     * @param dkim one result per DKIM-Signature (null = none)
     * Never throws; DNS trouble is temperror.
     */
    public DmarcResult evaluate(List<String> fromHeaderValues, SpfResult spfMailFrom, List<DkimResult> dkim) {
        try {
            return doEvaluate(fromHeaderValues, spfMailFrom, dkim == null ? List.of() : dkim);
        } catch (RuntimeException e) {
            // Our own bug must not decide the mail's fate: undecided, never pass/fail.
            return new DmarcResult(DmarcResultCode.TEMPERROR, "", "", DmarcPolicy.NONE, false, false,
                    "internal error during DMARC evaluation: " + e.getClass().getSimpleName());
        }
    }

    private DmarcResult doEvaluate(List<String> fromHeaderValues, SpfResult spf, List<DkimResult> dkim) {
        AuthorDomain.Authors authors = AuthorDomain.extract(fromHeaderValues);
        if (authors.exceeded()) {
            // Not every From domain is evaluated, and the one left out may be the victim's the user sees: fail under
            // the strictest policy (so dmarcReject refuses it), never permerror, which nothing refuses.
            return new DmarcResult(DmarcResultCode.FAIL, "", "", DmarcPolicy.REJECT, false, false,
                    "fail: " + authors.error() + ", not all evaluated; judged under the strictest policy p=reject");
        }
        if (!authors.found()) {
            return new DmarcResult(DmarcResultCode.PERMERROR, "", "", DmarcPolicy.NONE, false, false,
                    "no single RFC5322.From domain: " + authors.error());
        }
        if (authors.domains().size() == 1 && authors.error().isEmpty()) {
            return evaluateDomain(authors.domains().get(0), spf, dkim);
        }
        List<DmarcResult> each = new ArrayList<>();
        for (String from : authors.domains()) {
            each.add(evaluateDomain(from, spf, dkim));
        }
        return strictest(each, authors.error());
    }

    /**
     * RFC 7489 §6.6.1: a From naming several domains is evaluated for each, and the strictest policy among those that
     * fail applies. Without a failure, an address that named no domain leaves it permerror, a DNS error temperror,
     * and it passes only when every domain passes; otherwise it is the first domain's result that did not pass.
     */
    private static DmarcResult strictest(List<DmarcResult> each, String error) {
        String domains = each.size() + (each.size() == 1 ? " domain" : " domains");
        DmarcResult failed = null;
        for (DmarcResult r : each) {
            if (r.result() == DmarcResultCode.FAIL && (failed == null || r.policy().ordinal() > failed.policy().ordinal())) {
                failed = r;
            }
        }
        if (failed != null) {
            return with(failed, "From names " + domains + (error.isEmpty() ? "" : " (and " + error + ")")
                    + "; the strictest failing policy applies (RFC 7489 section 6.6.1): " + failed.reason());
        }
        if (!error.isEmpty()) {
            return new DmarcResult(DmarcResultCode.PERMERROR, "", "", DmarcPolicy.NONE, false, false,
                    "no single RFC5322.From domain: " + error + "; none of the " + domains + " named fails");
        }
        for (DmarcResult r : each) {
            if (r.result() == DmarcResultCode.TEMPERROR) {
                return with(r, "From names " + domains + "; " + r.fromDomain() + ": " + r.reason());
            }
        }
        for (DmarcResult r : each) {
            if (r.result() != DmarcResultCode.PASS) {
                return with(r, "From names " + domains + ", not all of them pass; " + r.fromDomain() + ": " + r.reason());
            }
        }
        return with(each.get(0), "From names " + domains + ", each passes; " + each.get(0).reason());
    }

    private static DmarcResult with(DmarcResult r, String reason) {
        return new DmarcResult(r.result(), r.fromDomain(), r.policyDomain(), r.policy(), r.spfAligned(),
                r.dkimAligned(), reason);
    }

    private DmarcResult evaluateDomain(String from, SpfResult spf, List<DkimResult> dkim) {
        DmarcPolicyDiscovery discovery = new DmarcPolicyDiscovery(dns, mode);
        DmarcPolicyDiscovery.Discovery found = discovery.discover(from);
        switch (found.outcome()) {
            case TEMPERROR:
                return new DmarcResult(DmarcResultCode.TEMPERROR, from, "", DmarcPolicy.NONE, false, false,
                        "policy discovery for " + from + ": " + found.reason());
            case NONE:
                return new DmarcResult(DmarcResultCode.NONE, from, "", DmarcPolicy.NONE, false, false, found.reason());
            case NO_POLICY:
                return new DmarcResult(DmarcResultCode.NONE, from, found.policyDomain(), DmarcPolicy.NONE, false, false,
                        found.reason());
            default:
                break;
        }
        DmarcRecord record = found.record().orElseThrow();
        String policyDomain = found.policyDomain();
        Alignment alignment = new Alignment(discovery, from);
        List<String> notes = new ArrayList<>();

        boolean spfAligned = false;
        boolean spfUnknown = false;
        if (spf != null && SpfResult.MAILFROM.equals(spf.identity())) {
            String spfDomain = OrganizationalDomain.toAscii(spf.domain());
            if (spf.result() == SpfResultCode.TEMPERROR) {
                // RFC 7489 §6.6.2 (and RFC 9989): an SPF result we could not learn is not an SPF failure. If it
                // could have been an aligned pass, the DMARC outcome is unknown (temperror), never fail.
                if (mayAlign(alignment, spfDomain, record.strictSpf())) {
                    spfUnknown = true;
                    notes.add("SPF temperror" + (spfDomain.isEmpty() ? "" : " for " + spfDomain) + ": could have aligned");
                } else {
                    notes.add("SPF temperror for " + spfDomain + " could not align");
                }
            } else if (!spf.isPass()) {
                notes.add("SPF " + spf.result().keyword() + (spfDomain.isEmpty() ? "" : " for " + spfDomain) + " does not count");
            } else if (spfDomain.isEmpty()) {
                notes.add("SPF pass without a domain does not count");
            } else {
                Optional<Boolean> aligned = alignment.aligned(spfDomain, record.strictSpf());
                String mode = record.strictSpf() ? "aspf=s" : "aspf=r";
                if (aligned.isEmpty()) {
                    spfUnknown = true;
                    notes.add("SPF pass for " + spfDomain + ": alignment unknown (DNS error)");
                } else if (aligned.get()) {
                    spfAligned = true;
                    notes.add("SPF pass for " + spfDomain + " aligned (" + mode + ")");
                } else {
                    notes.add("SPF pass for " + spfDomain + " not aligned (" + mode + ")");
                }
            }
        } else {
            notes.add("no SPF result for MAIL FROM");
        }

        boolean dkimAligned = false;
        boolean dkimUnknown = false;
        int examined = 0;
        int temperrors = 0;
        for (DkimResult d : dkim) {
            if (d != null && d.result() == DkimResultCode.TEMPERROR && !dkimUnknown) {
                // A signature whose key lookup timed out (or a message we could not read) might have been an
                // aligned pass: DMARC is then undecided (RFC 7489 §6.6.2), not fail. A temperror for a
                // domain that can never align does not count: otherwise a forger could turn a certain fail
                // into temperror by adding a signature whose key lookup hangs under his own domain.
                if (++temperrors > MAX_DKIM_RESULTS) {
                    continue;
                }
                String signer = OrganizationalDomain.toAscii(d.domain());
                if (mayAlign(alignment, signer, record.strictDkim())) {
                    dkimUnknown = true;
                    notes.add("DKIM temperror" + (signer.isEmpty() ? "" : " d=" + signer) + ": could have aligned");
                }
                continue;
            }
            if (d == null || !d.isPass()) {
                continue;
            }
            if (++examined > MAX_DKIM_RESULTS) {
                notes.add("further DKIM passes not examined");
                break;
            }
            String signer = OrganizationalDomain.toAscii(d.domain());
            if (signer.isEmpty()) {
                continue;
            }
            String mode = record.strictDkim() ? "adkim=s" : "adkim=r";
            Optional<Boolean> aligned = alignment.aligned(signer, record.strictDkim());
            if (aligned.isEmpty()) {
                dkimUnknown = true;
                notes.add("DKIM pass d=" + signer + ": alignment unknown (DNS error)");
            } else if (aligned.get()) {
                dkimAligned = true;
                notes.add("DKIM pass d=" + signer + " aligned (" + mode + ")");
                break;
            } else {
                notes.add("DKIM pass d=" + signer + " not aligned (" + mode + ")");
            }
        }
        if (examined == 0) {
            notes.add("no passing DKIM signature");
        }

        boolean subdomain = !policyDomain.equals(from);
        DmarcPolicy selected = subdomain ? record.effectiveSubdomainPolicy() : record.policy();
        String selectedTag = subdomain ? (record.subdomainPolicy().isPresent() ? "sp" : "p") : "p";
        String where = "_dmarc." + policyDomain + (subdomain ? " (for subdomain " + from + ")" : "");

        if (spfAligned || dkimAligned) {
            return new DmarcResult(DmarcResultCode.PASS, from, policyDomain, selected, spfAligned, dkimAligned,
                    "pass: " + String.join("; ", notes) + "; policy " + where + " " + selectedTag + "=" + selected.keyword());
        }
        if (spfUnknown || dkimUnknown) {
            return new DmarcResult(DmarcResultCode.TEMPERROR, from, policyDomain, selected, false, false,
                    "temperror: " + String.join("; ", notes));
        }

        // Failing: which policy applies? RFC 9989 §4.7 np for non-existent subdomains.
        if (subdomain && record.nonExistentPolicy().isPresent()
                && record.effectiveNonExistentPolicy() != record.effectiveSubdomainPolicy()) {
            Existence exists = exists(from);
            if (exists == Existence.UNKNOWN) {
                return new DmarcResult(DmarcResultCode.TEMPERROR, from, policyDomain, selected, false, false,
                        "temperror: no aligned pass, but DNS error while checking whether " + from
                                + " exists (needed for np=); " + String.join("; ", notes));
            }
            if (exists == Existence.NO) {
                selected = record.effectiveNonExistentPolicy();
                selectedTag = "np";
                notes.add(from + " does not exist (no A/AAAA/MX)");
            }
        }
        DmarcPolicy applied = selected;
        String downgrade = "";
        if (record.testing()) {
            applied = downgrade(selected);
            downgrade = " downgraded to " + applied.keyword() + " by t=y";
        } else if (record.pctPresent() && record.pct() < 100) {
            if (mode == DmarcPolicyDiscovery.Mode.PUBLIC_SUFFIX) {
                // RFC 7489 §6.6.4: messages outside the pct sample get the next less strict policy.
                int draw = Math.floorMod(percentile.getAsInt(), 100);
                if (draw >= record.pct()) {
                    applied = downgrade(selected);
                    downgrade = " downgraded to " + applied.keyword() + " (not sampled by pct=" + record.pct() + ")";
                }
            } else if (record.pct() == 0) {
                // RFC 9989 retires pct; pct=0 was the de-facto testing flag and t=y is its replacement.
                applied = downgrade(selected);
                downgrade = " downgraded to " + applied.keyword() + " (pct=0 taken as t=y)";
            }
        }
        return new DmarcResult(DmarcResultCode.FAIL, from, policyDomain, applied, false, false,
                "fail: no aligned SPF or DKIM pass; " + String.join("; ", notes) + "; policy " + where + " "
                        + selectedTag + "=" + selected.keyword() + downgrade);
    }

    /**
     * Could a pass for {@code domain} have aligned with the Author Domain? True when it does or when the DNS
     * could not tell (an unknown stays unknown); an empty domain (nothing known about the identifier) too.
     */
    private static boolean mayAlign(Alignment alignment, String domain, boolean strict) {
        if (domain.isEmpty()) {
            return true;
        }
        return alignment.aligned(domain, strict).orElse(true);
    }

    private static DmarcPolicy downgrade(DmarcPolicy p) {
        return switch (p) {
            case REJECT -> DmarcPolicy.QUARANTINE;
            case QUARANTINE, NONE -> DmarcPolicy.NONE;
        };
    }

    private enum Existence { YES, NO, UNKNOWN }

    /** RFC 9989 §3.2 / Appendix A: a domain exists when it has an A, AAAA or MX record. */
    private Existence exists(String domain) {
        boolean unknown = false;
        for (DnsType type : new DnsType[] {DnsType.A, DnsType.AAAA, DnsType.MX}) {
            DnsAnswer answer;
            try {
                answer = dns.lookup(domain, type);
            } catch (RuntimeException e) {
                answer = null;
            }
            if (answer == null || !answer.status().isDefinite()) {
                unknown = true;
                continue;
            }
            if (answer.status() == DnsStatus.OK) {
                return Existence.YES;
            }
            if (answer.status() == DnsStatus.NXDOMAIN) {
                // NXDOMAIN covers every type at once.
                return unknown ? Existence.UNKNOWN : Existence.NO;
            }
        }
        return unknown ? Existence.UNKNOWN : Existence.NO;
    }

    /** Identifier alignment with the Author Domain (RFC 7489 §3.1, RFC 9989 §4.4.1). */
    private static final class Alignment {
        private final DmarcPolicyDiscovery discovery;
        private final String from;
        private final Map<String, DmarcPolicyDiscovery.OrgDomain> orgs = new HashMap<>();

        Alignment(DmarcPolicyDiscovery discovery, String from) {
            this.discovery = discovery;
            this.from = from;
        }

        /** Empty when the DNS could not tell us the organizational domains. */
        Optional<Boolean> aligned(String domain, boolean strict) {
            if (domain.equals(from)) {
                return Optional.of(true);
            }
            if (strict) {
                return Optional.of(false);
            }
            // Relaxed alignment needs a shared parent: unrelated names can't share an org domain.
            if (!sharesParent(domain, from)) {
                return Optional.of(false);
            }
            DmarcPolicyDiscovery.OrgDomain a = org(from);
            if (a.temperror()) {
                return Optional.empty();
            }
            // An organisational domain is the name itself or one of its ancestors: when the Author Domain's is
            // neither of the other name, nothing the other's DNS says can align them. Not asked, so a forger's
            // name server that times out on _dmarc.attacker.example cannot turn a certain fail into temperror.
            if (a.domain().isEmpty() || !(domain.equals(a.domain()) || domain.endsWith("." + a.domain()))) {
                return Optional.of(false);
            }
            DmarcPolicyDiscovery.OrgDomain b = org(domain);
            if (b.temperror()) {
                return Optional.empty();
            }
            return Optional.of(a.domain().equals(b.domain()));
        }

        private DmarcPolicyDiscovery.OrgDomain org(String d) {
            return orgs.computeIfAbsent(d, discovery::organizationalDomain);
        }

        private static boolean sharesParent(String a, String b) {
            int dot = a.lastIndexOf('.');
            String tld = dot < 0 ? a : a.substring(dot + 1);
            return b.equals(tld) || b.endsWith("." + tld);
        }
    }
}
