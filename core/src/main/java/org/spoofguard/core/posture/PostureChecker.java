package org.spoofguard.core.posture;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.spoofguard.core.dkim.DkimKeyRecord;
import org.spoofguard.core.dmarc.DmarcPolicy;
import org.spoofguard.core.dmarc.DmarcPolicyDiscovery;
import org.spoofguard.core.dmarc.DmarcRecord;
import org.spoofguard.core.dns.DnsAnswer;
import org.spoofguard.core.dns.DnsResolver;
import org.spoofguard.core.dns.DnsType;
import org.spoofguard.core.net.DomainName;
import org.spoofguard.core.spf.SpfEvaluator;
import org.spoofguard.core.spf.SpfRecordInspection;
import org.spoofguard.core.spf.SpfResultCode;

/**
 * Checks how well one of our own domains is protected against being forged (the Joe Job that turns other
 * people's servers against us) and whether our own mail passes receivers' checks: SPF (RFC 7208), DMARC
 * (RFC 7489 / RFC 9989 tree walk), DKIM (RFC 6376, our selector and key), MX (RFC 5321 §5.1, RFC 7505),
 * MTA-STS (RFC 8461) and TLS-RPT (RFC 8460). Pure apart from the DNS questions; never throws for DNS trouble
 * (a question DNS could not answer is a WARN "could not check", never "missing").
 */
public final class PostureChecker {
    /** RFC 8301 §3.2: verifiers MUST accept 1024..4096 and SHOULD refuse less than 1024; use 2048. */
    static final int RSA_WEAK_BITS = 2048;
    static final int RSA_BROKEN_BITS = 1024;

    private final DnsResolver dns;
    private final DmarcPolicyDiscovery.Mode dmarcMode;

    public PostureChecker(DnsResolver dns, DmarcPolicyDiscovery.Mode dmarcMode) {
        this.dns = dns;
        this.dmarcMode = dmarcMode;
    }

    public PostureReport check(String domain, DkimExpectation dkim) {
        // DNS is asked for the A-label (RFC 5891): a U-label or upper-case spelling of our domain is the same domain
        String d = DomainName.ascii(domain)
            .orElseThrow(() -> new IllegalArgumentException("not a domain name: '" + domain + "'"));
        List<Finding> out = new ArrayList<>();
        spf(d, out);
        dmarc(d, out);
        dkim(d, dkim, out);
        mx(d, out);
        marker(d, Area.MTA_STS, "_mta-sts." + d, "v=STSv1", "id", out,
            "publish _mta-sts TXT \"v=STSv1; id=...\" and a policy at https://mta-sts." + d + "/.well-known/mta-sts.txt so senders insist on TLS to you (RFC 8461)",
            "udgiv _mta-sts TXT \"v=STSv1; id=...\" og en politik på https://mta-sts." + d + "/.well-known/mta-sts.txt, så afsendere kræver TLS til jer (RFC 8461)");
        marker(d, Area.TLS_RPT, "_smtp._tls." + d, "v=TLSRPTv1", "rua", out,
            "publish _smtp._tls TXT \"v=TLSRPTv1; rua=mailto:tls-reports@" + d + "\" to get reports of TLS failures (RFC 8460)",
            "udgiv _smtp._tls TXT \"v=TLSRPTv1; rua=mailto:tls-reports@" + d + "\" for at få rapporter om TLS-fejl (RFC 8460)");
        Optional<String> name = dkim.txtRecord().map(t -> dkim.dnsName(d));
        return new PostureReport(d, out, name, dkim.txtRecord());
    }

    // ------------------------------------------------------------------ SPF

    private void spf(String d, List<Finding> out) {
        SpfRecordInspection spf = SpfRecordInspection.inspect(dns, d);
        switch (spf.status()) {
            case TEMPERROR -> out.add(f(d, Area.SPF, "spf.dns-error", Severity.WARN, spf.reason(),
                "could not read SPF: check that your DNS answers, then run this again",
                "SPF kunne ikke læses: tjek at jeres DNS svarer, og kør igen"));
            case NONE -> out.add(f(d, Area.SPF, "spf.missing", Severity.FAIL, spf.reason(),
                "publish TXT \"v=spf1 mx -all\" (listing every server that sends your mail) so receivers can refuse forged senders",
                "udgiv TXT \"v=spf1 mx -all\" (med alle servere der sender jeres post), så modtagere kan afvise forfalskede afsendere"));
            case MULTIPLE -> out.add(f(d, Area.SPF, "spf.multiple", Severity.FAIL, spf.reason(),
                "merge them into one v=spf1 record: with two, every receiver gets permerror and SPF protects nothing",
                "slå dem sammen til én v=spf1-post: med to giver SPF permerror hos alle modtagere og beskytter intet"));
            case SYNTAX_ERROR -> out.add(f(d, Area.SPF, "spf.syntax", Severity.FAIL, spf.reason() + " in \"" + spf.record() + "\"",
                "fix the syntax error: receivers treat the whole record as permerror",
                "ret syntaksfejlen: modtagere behandler hele posten som permerror"));
            case FOUND -> spfFound(d, spf, out);
            default -> { }
        }
    }

    private void spfFound(String d, SpfRecordInspection spf, List<Finding> out) {
        String rec = "\"" + spf.record() + "\"";
        SpfResultCode all = spf.all().orElse(null);
        if (all == SpfResultCode.FAIL) {
            out.add(f(d, Area.SPF, "spf.hardfail", Severity.OK, rec + " ends with -all",
                "nothing to do: mail from servers not listed fails SPF", "intet at gøre: post fra servere der ikke er nævnt, fejler SPF"));
        } else if (all == SpfResultCode.SOFTFAIL) {
            out.add(f(d, Area.SPF, "spf.softfail", Severity.WARN, rec + " ends with ~all",
                "change ~all to -all once every sending server is listed, so forged mail fails instead of being merely suspicious",
                "skift ~all til -all, når alle afsendende servere er med, så forfalsket post fejler i stedet for blot at være mistænkelig"));
        } else if (all == SpfResultCode.NEUTRAL || all == null) {
            out.add(f(d, Area.SPF, "spf.neutral", Severity.FAIL, rec + (all == null ? " has no all mechanism (default ?all)" : " ends with ?all"),
                "end the record with -all: as it is, SPF says nothing about forged mail",
                "afslut posten med -all: som den er, siger SPF intet om forfalsket post"));
        } else if (all == SpfResultCode.PASS) {
            out.add(f(d, Area.SPF, "spf.pass-all", Severity.FAIL, rec + " ends with +all",
                "replace +all with -all at once: +all authorises every server on the Internet to send as you",
                "erstat +all med -all straks: +all tillader alle servere på internettet at sende som jer"));
        }
        if (all != SpfResultCode.PASS && !spf.anyHostMechanism().isEmpty()) {
            // whatever the record ends with, a pass for (nearly) every host before it lets any forger pass SPF: the
            // server itself counts such a pass as no proof (SpfResult.isPassForAnyHost); +all is spf.pass-all above
            out.add(f(d, Area.SPF, "spf.pass-any-host", Severity.FAIL, rec + " lets every host pass via " + spf.anyHostMechanism(),
                "replace that mechanism by the addresses of your own sending servers (or drop the include): as it is, every server on the Internet passes SPF as you",
                "erstat den mekanisme med adresserne på jeres egne afsendende servere (eller fjern include): som det er, består alle servere på internettet SPF som jer"));
        }
        if (spf.dnsLookups() > SpfEvaluator.MAX_DNS_TERMS) {
            out.add(f(d, Area.SPF, "spf.too-many-lookups", Severity.FAIL, spf.dnsLookups() + " DNS lookups (limit "
                + SpfEvaluator.MAX_DNS_TERMS + ", RFC 7208 §4.6.4)",
                "cut includes or replace them by ip4:/ip6: ranges: above 10 lookups receivers give permerror and your mail fails SPF",
                "fjern includes eller erstat dem med ip4:/ip6:-intervaller: over 10 opslag giver modtagere permerror, og jeres post fejler SPF"));
        } else {
            out.add(f(d, Area.SPF, "spf.lookups", Severity.OK, spf.dnsLookups() + " of " + SpfEvaluator.MAX_DNS_TERMS + " DNS lookups",
                "nothing to do", "intet at gøre"));
        }
        if (spf.voidLookups() > SpfEvaluator.MAX_VOID_LOOKUPS) {
            out.add(f(d, Area.SPF, "spf.void-lookups", Severity.FAIL, spf.voidLookups() + " void lookups (limit "
                + SpfEvaluator.MAX_VOID_LOOKUPS + "): " + String.join("; ", spf.notes()),
                "remove the mechanisms that point at names without records: receivers give permerror after 2",
                "fjern de mekanismer der peger på navne uden poster: modtagere giver permerror efter 2"));
        } else if (spf.voidLookups() > 0) {
            out.add(f(d, Area.SPF, "spf.void-lookups", Severity.WARN, spf.voidLookups() + " void lookup(s): " + String.join("; ", spf.notes()),
                "remove the mechanisms that point at names without records (RFC 7208 §4.6.4 allows only 2)",
                "fjern de mekanismer der peger på navne uden poster (RFC 7208 §4.6.4 tillader kun 2)"));
        }
        List<String> other = spf.notes().stream().filter(n -> !n.contains("void lookup")).toList();
        if (!other.isEmpty()) {
            out.add(f(d, Area.SPF, "spf.notes", Severity.WARN, String.join("; ", other),
                "fix the included records named here: a broken include makes your own mail fail SPF",
                "ret de inkluderede poster nævnt her: en defekt include får jeres egen post til at fejle SPF"));
        }
    }

    // ------------------------------------------------------------------ DMARC

    private void dmarc(String d, List<Finding> out) {
        DmarcPolicyDiscovery.Discovery found = new DmarcPolicyDiscovery(dns, dmarcMode).discover(d);
        switch (found.outcome()) {
            case TEMPERROR -> {
                out.add(f(d, Area.DMARC, "dmarc.dns-error", Severity.WARN, found.reason(),
                    "could not read DMARC: check that your DNS answers, then run this again",
                    "DMARC kunne ikke læses: tjek at jeres DNS svarer, og kør igen"));
                return;
            }
            case NONE -> {
                out.add(f(d, Area.DMARC, "dmarc.missing", Severity.FAIL, found.reason(),
                    "publish _dmarc." + d + " TXT \"v=DMARC1; p=reject; rua=mailto:dmarc@" + d + "\" so receivers refuse mail forging your domain",
                    "udgiv _dmarc." + d + " TXT \"v=DMARC1; p=reject; rua=mailto:dmarc@" + d + "\", så modtagere afviser post der forfalsker jeres domæne"));
                return;
            }
            case NO_POLICY -> {
                out.add(f(d, Area.DMARC, "dmarc.no-policy", Severity.FAIL, found.reason(),
                    "give the record a valid p= (p=reject): without it receivers ignore it",
                    "giv posten en gyldig p= (p=reject): uden den ignorerer modtagere den"));
                return;
            }
            default -> { }
        }
        DmarcRecord r = found.record().orElseThrow();
        boolean inherited = !found.policyDomain().equals(d);
        String where = "_dmarc." + found.policyDomain() + " \"" + r.raw() + "\"";
        if (inherited) {
            out.add(f(d, Area.DMARC, "dmarc.inherited", Severity.INFO, "no record at _dmarc." + d + "; " + found.reason(),
                "the policy of " + found.policyDomain() + " applies (its sp=, or p=); publish _dmarc." + d + " if this domain needs its own",
                "politikken for " + found.policyDomain() + " gælder (dens sp= eller p=); udgiv _dmarc." + d + ", hvis domænet skal have sin egen"));
        }
        DmarcPolicy effective = inherited ? r.effectiveSubdomainPolicy() : r.policy();
        switch (effective) {
            case REJECT -> out.add(f(d, Area.DMARC, "dmarc.reject", Severity.OK, where,
                "nothing to do: receivers refuse mail that forges your domain", "intet at gøre: modtagere afviser post der forfalsker jeres domæne"));
            case QUARANTINE -> out.add(f(d, Area.DMARC, "dmarc.quarantine", Severity.WARN, where,
                "move to p=reject once the reports show only your own mail passing: quarantine still delivers forgeries to spam folders",
                "gå til p=reject, når rapporterne kun viser jeres egen post: quarantine leverer stadig forfalskninger til spam-mappen"));
            case NONE -> out.add(f(d, Area.DMARC, "dmarc.none", Severity.FAIL, where,
                "p=none only watches: move to p=quarantine, then p=reject, so receivers refuse mail forging your domain",
                "p=none overvåger kun: gå til p=quarantine og så p=reject, så modtagere afviser post der forfalsker jeres domæne"));
            default -> { }
        }
        if (r.policyImplied()) {
            out.add(f(d, Area.DMARC, "dmarc.policy-implied", Severity.FAIL, where,
                "the p= is missing or invalid, so receivers act as if p=none: write p=reject",
                "p= mangler eller er ugyldig, så modtagere handler som ved p=none: skriv p=reject"));
        }
        if (!inherited && r.subdomainPolicy().isPresent() && r.subdomainPolicy().get().ordinal() < r.policy().ordinal()) {
            out.add(f(d, Area.DMARC, "dmarc.weak-sp", Severity.WARN, where,
                "sp=" + r.subdomainPolicy().get().keyword() + " is weaker than p=: forgers use made-up subdomains; set sp=" + r.policy().keyword() + " or remove sp=",
                "sp=" + r.subdomainPolicy().get().keyword() + " er svagere end p=: forfalskere bruger opdigtede underdomæner; sæt sp=" + r.policy().keyword() + " eller fjern sp="));
        }
        if (r.nonExistentPolicy().isPresent() && r.nonExistentPolicy().get().ordinal() < effective.ordinal()) {
            // RFC 9989 §4.7 np=: receivers apply it to mail from subdomains that do not exist, the names a forger
            // makes up (DmarcEvaluator does so); weaker than the domain's own policy, it is the open door
            String np = r.nonExistentPolicy().get().keyword();
            out.add(f(d, Area.DMARC, "dmarc.weak-np", Severity.WARN, where,
                "np=" + np + " is weaker than " + (inherited ? "sp=" : "p=") + effective.keyword() + ": forgers use made-up subdomains that do not exist; set np=" + effective.keyword() + " or remove np=",
                "np=" + np + " er svagere end " + (inherited ? "sp=" : "p=") + effective.keyword() + ": forfalskere bruger opdigtede underdomæner der ikke findes; sæt np=" + effective.keyword() + " eller fjern np="));
        }
        boolean pctZero = r.pctPresent() && r.pct() == 0;
        if ((r.testing() || pctZero) && effective != DmarcPolicy.NONE) {
            // RFC 9989 t=y (and pct=0, its de-facto forerunner): receivers apply the next less strict policy, so
            // p=reject only quarantines forgeries and p=quarantine delivers them (DmarcEvaluator does the same)
            out.add(f(d, Area.DMARC, "dmarc.testing", Severity.WARN, where + (r.testing() ? " has t=y" : " has pct=0"),
                "remove " + (r.testing() ? "t=y" : "pct=0") + " once the reports show only your own mail: in testing mode receivers apply the next less strict policy than p=" + effective.keyword(),
                "fjern " + (r.testing() ? "t=y" : "pct=0") + ", når rapporterne kun viser jeres egen post: i testtilstand bruger modtagere den næste mindre strenge politik end p=" + effective.keyword()));
        }
        if (r.pct() < 100) {
            out.add(f(d, Area.DMARC, "dmarc.pct", Severity.WARN, "pct=" + r.pct(),
                "remove pct= (or set pct=100): the policy now applies to only " + r.pct() + "% of forged mail",
                "fjern pct= (eller sæt pct=100): politikken gælder nu kun " + r.pct() + " % af den forfalskede post"));
        }
        if (r.rua().isEmpty()) {
            out.add(f(d, Area.DMARC, "dmarc.no-rua", Severity.INFO, where,
                "add rua=mailto:dmarc@" + d + " to receive aggregate reports of who sends as you",
                "tilføj rua=mailto:dmarc@" + d + " for at få samlede rapporter om, hvem der sender som jer"));
        } else {
            rua(d, found.policyDomain(), r, out);
        }
        out.add(f(d, Area.DMARC, "dmarc.alignment", Severity.OK,
            "adkim=" + (r.strictDkim() ? "s" : "r") + " aspf=" + (r.strictSpf() ? "s" : "r"),
            r.strictDkim() || r.strictSpf()
                ? "strict alignment: mail signed or sent from subdomains does not count for your domain; keep it only if intended"
                : "nothing to do: relaxed alignment lets your subdomains' mail count",
            r.strictDkim() || r.strictSpf()
                ? "streng alignment: post signeret eller sendt fra underdomæner tæller ikke for domænet; behold kun hvis det er meningen"
                : "intet at gøre: løs alignment lader underdomænernes post tælle"));
    }

    /**
     * RFC 7489 §7.1: a rua mailbox in another organizational domain gets reports only when that domain publishes
     * {@code <policy domain>._report._dmarc.<its host>} with v=DMARC1; without it receivers MUST NOT send there, so
     * "reports are sent there" would be false (and such a record keeps strangers from aiming reports at a victim).
     */
    private void rua(String d, String policyDomain, DmarcRecord r, List<Finding> out) {
        DmarcPolicyDiscovery discovery = new DmarcPolicyDiscovery(dns, dmarcMode);
        DmarcPolicyDiscovery.OrgDomain ours = discovery.organizationalDomain(policyDomain);
        List<String> unauthorized = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        // DmarcRecord keeps at most 16 URIs, so at most 16 targets are asked about (each with its own org walk)
        for (String uri : r.rua()) {
            if (!uri.regionMatches(true, 0, "mailto:", 0, 7)) {
                continue;
            }
            String address = uri.substring(7);
            int query = address.indexOf('?');
            address = query >= 0 ? address.substring(0, query) : address;
            Optional<String> target = DomainName.domainOf(java.net.URLDecoder.decode(address.replace("+", "%2B"),
                java.nio.charset.StandardCharsets.UTF_8));
            if (target.isEmpty()) {
                continue;
            }
            DmarcPolicyDiscovery.OrgDomain theirs = discovery.organizationalDomain(target.get());
            if (ours.temperror() || theirs.temperror()) {
                unknown.add(uri);
                continue;
            }
            if (ours.domain().equals(theirs.domain())) {
                continue;
            }
            String name = policyDomain + "._report._dmarc." + target.get();
            DnsAnswer answer = dns.lookup(name, DnsType.TXT);
            if (!answer.status().isDefinite()) {
                unknown.add(uri);
            } else if (answer.records().stream().noneMatch(DmarcRecord::isDmarcRecord)) {
                unauthorized.add(uri + " (no v=DMARC1 at " + name + ")");
            }
        }
        if (!unauthorized.isEmpty()) {
            out.add(f(d, Area.DMARC, "dmarc.rua-unauthorized", Severity.WARN, "rua=" + String.join(", ", unauthorized),
                "ask the report receiver to publish " + policyDomain + "._report._dmarc.<its domain> TXT \"v=DMARC1\", or send reports to an address in your own domain: until then receivers send no reports there (RFC 7489 §7.1)",
                "bed rapportmodtageren udgive " + policyDomain + "._report._dmarc.<dens domæne> TXT \"v=DMARC1\", eller send rapporterne til en adresse i jeres eget domæne: indtil da sender modtagere ingen rapporter dertil (RFC 7489 §7.1)"));
        } else if (!unknown.isEmpty()) {
            out.add(f(d, Area.DMARC, "dmarc.rua-dns-error", Severity.WARN, "rua=" + String.join(", ", unknown),
                "could not check that the report receiver accepts your reports: check that DNS answers, then run this again",
                "kunne ikke tjekke, at rapportmodtageren tager imod jeres rapporter: tjek at DNS svarer, og kør igen"));
        } else {
            out.add(f(d, Area.DMARC, "dmarc.rua", Severity.OK, "rua=" + String.join(",", r.rua()),
                "nothing to do: reports are sent there", "intet at gøre: rapporter sendes dertil"));
        }
    }

    // ------------------------------------------------------------------ DKIM

    private void dkim(String d, DkimExpectation dkim, List<Finding> out) {
        if (!dkim.signing()) {
            out.add(f(d, Area.DKIM, "dkim.not-signing", Severity.FAIL, "outgoing mail from " + d + " is not DKIM-signed by this server",
                "turn on DKIM signing (docs/dkim-signing.md): without it your mail fails DMARC wherever SPF breaks, e.g. when forwarded",
                "slå DKIM-signering til (docs/dkim-signing.md): uden den fejler jeres post DMARC, når SPF brydes, f.eks. ved videresendelse"));
        } else {
            out.add(f(d, Area.DKIM, "dkim.signing", Severity.OK, "outgoing mail from " + d + " is signed with selector " + dkim.selector(),
                "nothing to do", "intet at gøre"));
        }
        String name = dkim.dnsName(d);
        if (dkim.txtRecord().isEmpty()) {
            if (dkim.signing()) {
                out.add(f(d, Area.DKIM, "dkim.no-key", Severity.WARN, "no key pair for " + name + " yet",
                    "restart the server, or send one mail out from this domain: the key is created then, and the log and this command show the TXT record to publish",
                    "genstart serveren, eller send én mail ud fra domænet: så laves nøglen, og loggen og denne kommando viser den TXT-post, der skal udgives"));
            }
            return;
        }
        DnsAnswer answer = dns.lookup(name, DnsType.TXT);
        String ours = dkim.txtRecord().get();
        if (!answer.status().isDefinite()) {
            out.add(f(d, Area.DKIM, "dkim.dns-error", Severity.WARN, name + ": " + answer.status() + " " + answer.detail(),
                "could not read your DKIM key: check that your DNS answers, then run this again",
                "DKIM-nøglen kunne ikke læses: tjek at jeres DNS svarer, og kør igen"));
            return;
        }
        List<String> keys = answer.records().stream().filter(t -> t.contains("p=")).toList();
        if (keys.isEmpty()) {
            out.add(f(d, Area.DKIM, "dkim.unpublished", Severity.FAIL, "no key record at " + name,
                "publish TXT " + name + " \"" + ours + "\": until then receivers cannot verify your signatures",
                "udgiv TXT " + name + " \"" + ours + "\": indtil da kan modtagere ikke verificere jeres signaturer"));
            return;
        }
        DkimKeyRecord published = DkimKeyRecord.parse(keys.get(0));
        DkimKeyRecord expected = DkimKeyRecord.parse(ours);
        if (keys.size() > 1 || published.error().isPresent() || published.revoked()) {
            out.add(f(d, Area.DKIM, "dkim.broken", Severity.FAIL, name + ": " + (keys.size() > 1 ? keys.size() + " key records"
                    : published.error().orElse("key revoked (empty p=)")),
                "replace the record at " + name + " by exactly \"" + ours + "\"",
                "erstat posten på " + name + " med præcis \"" + ours + "\""));
            return;
        }
        if (!published.p().equals(expected.p())) {
            out.add(f(d, Area.DKIM, "dkim.mismatch", Severity.FAIL, name + " publishes another key than ours",
                "replace the record at " + name + " by \"" + ours + "\": signatures with our key fail until then",
                "erstat posten på " + name + " med \"" + ours + "\": signaturer med vores nøgle fejler indtil da"));
            return;
        }
        if (published.keyType().equals("rsa") && published.bits() < RSA_BROKEN_BITS) {
            out.add(f(d, Area.DKIM, "dkim.weak-key", Severity.FAIL, published.bits() + "-bit RSA key at " + name,
                "make a new 2048-bit key (docs/dkim-signing.md): receivers ignore keys below 1024 bits (RFC 8301)",
                "lav en ny 2048-bit nøgle (docs/dkim-signing.md): modtagere ignorerer nøgler under 1024 bit (RFC 8301)"));
        } else if (published.keyType().equals("rsa") && published.bits() < RSA_WEAK_BITS) {
            out.add(f(d, Area.DKIM, "dkim.weak-key", Severity.WARN, published.bits() + "-bit RSA key at " + name,
                "make a new 2048-bit key (docs/dkim-signing.md): 1024-bit RSA is within reach of forgers",
                "lav en ny 2048-bit nøgle (docs/dkim-signing.md): 1024-bit RSA er inden for forfalskeres rækkevidde"));
        } else {
            out.add(f(d, Area.DKIM, "dkim.published", Severity.OK, name + ": " + published.keyType() + " " + published.bits() + " bits, matches our key",
                "nothing to do", "intet at gøre"));
        }
        if (published.testing()) {
            out.add(f(d, Area.DKIM, "dkim.testing", Severity.WARN, name + " has t=y",
                "remove t=y: receivers may treat your signatures as if unsigned",
                "fjern t=y: modtagere må behandle jeres signaturer som om de ikke fandtes"));
        }
    }

    // ------------------------------------------------------------------ MX, MTA-STS, TLS-RPT

    private void mx(String d, List<Finding> out) {
        DnsAnswer mx = dns.lookup(d, DnsType.MX);
        switch (mx.status()) {
            case OK -> {
                if (mx.records().size() == 1 && (mx.records().get(0).isEmpty() || mx.records().get(0).equals("."))) {
                    out.add(f(d, Area.MX, "mx.null", Severity.INFO, "null MX (RFC 7505): the domain receives no mail",
                        "nothing to do if the domain really receives no mail", "intet at gøre, hvis domænet ikke skal modtage post"));
                } else {
                    out.add(f(d, Area.MX, "mx.present", Severity.OK, "MX " + String.join(", ", mx.records()),
                        "nothing to do", "intet at gøre"));
                }
            }
            case NODATA, NXDOMAIN -> out.add(f(d, Area.MX, "mx.missing", Severity.WARN, "no MX record (" + mx.status() + ")",
                "publish an MX record pointing at this server (senders would otherwise try the domain's A record, RFC 5321 §5.1)",
                "udgiv en MX-post der peger på denne server (ellers prøver afsendere domænets A-post, RFC 5321 §5.1)"));
            default -> out.add(f(d, Area.MX, "mx.dns-error", Severity.WARN, mx.status() + " " + mx.detail(),
                "could not read MX: check that your DNS answers", "MX kunne ikke læses: tjek at jeres DNS svarer"));
        }
    }

    /**
     * RFC 8461 §3.1 / RFC 8460 §3: senders use the policy (send reports) only when exactly one TXT record starts
     * with the version tag and it carries its required tag ({@code id=} / {@code rua=}); with two, or without the
     * tag, they act as if there were none, so such a record is reported invalid, not present.
     */
    private void marker(String d, Area area, String name, String prefix, String requiredTag, List<Finding> out,
                        String adviceEn, String adviceDa) {
        DnsAnswer answer = dns.lookup(name, DnsType.TXT);
        String code = area.keyword();
        if (!answer.status().isDefinite()) {
            out.add(f(d, area, code + ".dns-error", Severity.WARN, name + ": " + answer.status() + " " + answer.detail(),
                "could not read " + name + ": check that your DNS answers", name + " kunne ikke læses: tjek at jeres DNS svarer"));
            return;
        }
        List<String> found = answer.records().stream().filter(t -> versionTag(t, prefix)).toList();
        if (found.isEmpty()) {
            out.add(f(d, area, code + ".missing", Severity.INFO, "no " + prefix + " record at " + name, adviceEn, adviceDa));
        } else if (found.size() > 1) {
            out.add(f(d, area, code + ".invalid", Severity.WARN, found.size() + " " + prefix + " records at " + name,
                "keep exactly one " + prefix + " record at " + name + ": with more, senders act as if there were none",
                "behold præcis én " + prefix + "-post på " + name + ": med flere handler afsendere, som om der ingen var"));
        } else if (!hasTag(found.get(0), requiredTag)) {
            out.add(f(d, area, code + ".invalid", Severity.WARN, name + " \"" + found.get(0) + "\" has no valid " + requiredTag + "=",
                "add " + requiredTag + "= to the record: without it senders act as if there were none",
                "tilføj " + requiredTag + "= til posten: uden den handler afsendere, som om der ingen var"));
        } else {
            out.add(f(d, area, code + ".present", Severity.OK, name + " \"" + found.get(0) + "\"", "nothing to do", "intet at gøre"));
        }
    }

    /** The record starts with the version tag itself ("v=STSv1", not "v=STSv10"), then ';', space or its end. */
    private static boolean versionTag(String txt, String prefix) {
        if (!txt.regionMatches(true, 0, prefix, 0, prefix.length())) {
            return false;
        }
        return txt.length() == prefix.length() || txt.charAt(prefix.length()) == ';' || Character.isWhitespace(txt.charAt(prefix.length()));
    }

    /** A {@code tag=value} with a non-empty value; id= is 1*32(ALPHA / DIGIT) (RFC 8461 §3.1). */
    private static boolean hasTag(String txt, String tag) {
        for (String part : txt.split(";")) {
            int eq = part.indexOf('=');
            if (eq > 0 && part.substring(0, eq).trim().equalsIgnoreCase(tag)) {
                String value = part.substring(eq + 1).trim();
                return tag.equals("id") ? value.matches("[A-Za-z0-9]{1,32}") : !value.isEmpty();
            }
        }
        return false;
    }

    private static Finding f(String d, Area area, String code, Severity s, String detail, String en, String da) {
        return new Finding(d, area, code, s, detail, en, da);
    }
}
