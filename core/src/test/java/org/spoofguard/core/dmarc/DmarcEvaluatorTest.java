package org.spoofguard.core.dmarc;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.spoofguard.core.dkim.DkimResult;
import org.spoofguard.core.dkim.DkimResultCode;
import org.spoofguard.core.dmarc.DmarcPolicyDiscovery.Mode;
import org.spoofguard.core.dns.DnsStatus;
import org.spoofguard.core.dns.DnsType;
import org.spoofguard.core.spf.SpfResult;
import org.spoofguard.core.spf.SpfResultCode;

class DmarcEvaluatorTest {

    private static SpfResult spf(SpfResultCode code, String domain) {
        return new SpfResult(code, SpfResult.MAILFROM, domain, "bounce@" + domain, "test");
    }

    private static DkimResult dkim(DkimResultCode code, String d) {
        return new DkimResult(code, d, "sel", "rsa-sha256", "test");
    }

    private static final SpfResult NO_SPF = new SpfResult(SpfResultCode.NONE, SpfResult.MAILFROM, "other.test", "a@other.test", "");

    @Test
    void alignedDkimPasses() {
        FakeDns dns = new FakeDns().txt("_dmarc.example.com", "v=DMARC1; p=reject");
        DmarcResult r = new DmarcEvaluator(dns).evaluate(List.of("\"Boss\" <boss@example.com>"), NO_SPF,
                List.of(dkim(DkimResultCode.PASS, "example.com")));
        assertThat(r.result()).isEqualTo(DmarcResultCode.PASS);
        assertThat(r.dkimAligned()).isTrue();
        assertThat(r.spfAligned()).isFalse();
        assertThat(r.fromDomain()).isEqualTo("example.com");
        assertThat(r.policyDomain()).isEqualTo("example.com");
        assertThat(r.policy()).isEqualTo(DmarcPolicy.REJECT);
        assertThat(r.reason()).contains("DKIM pass d=example.com aligned");
    }

    @Test
    void relaxedAlignmentAcceptsSameOrgDomainStrictDoesNot() {
        FakeDns relaxed = new FakeDns().txt("_dmarc.example.com", "v=DMARC1; p=reject");
        DmarcResult r = new DmarcEvaluator(relaxed).evaluate(List.of("x@news.example.com"),
                spf(SpfResultCode.PASS, "bounces.example.com"), List.of());
        assertThat(r.result()).isEqualTo(DmarcResultCode.PASS);
        assertThat(r.spfAligned()).isTrue();
        assertThat(r.policyDomain()).isEqualTo("example.com");

        FakeDns strict = new FakeDns().txt("_dmarc.example.com", "v=DMARC1; p=reject; aspf=s; adkim=s");
        DmarcResult s = new DmarcEvaluator(strict).evaluate(List.of("x@news.example.com"),
                spf(SpfResultCode.PASS, "bounces.example.com"), List.of(dkim(DkimResultCode.PASS, "example.com")));
        assertThat(s.result()).isEqualTo(DmarcResultCode.FAIL);
        assertThat(s.policy()).isEqualTo(DmarcPolicy.REJECT);
        assertThat(s.reason()).contains("not aligned (aspf=s)").contains("not aligned (adkim=s)");
    }

    @Test
    void onlyPassingResultsCount() {
        FakeDns dns = new FakeDns().txt("_dmarc.example.com", "v=DMARC1; p=quarantine");
        DmarcResult r = new DmarcEvaluator(dns).evaluate(List.of("a@example.com"),
                spf(SpfResultCode.SOFTFAIL, "example.com"),
                List.of(dkim(DkimResultCode.FAIL, "example.com"), dkim(DkimResultCode.PASS, "attacker.test")));
        assertThat(r.result()).isEqualTo(DmarcResultCode.FAIL);
        assertThat(r.policy()).isEqualTo(DmarcPolicy.QUARANTINE);
    }

    @Test
    void lookalikeOrSuffixDomainsDoNotAlign() {
        FakeDns dns = new FakeDns().txt("_dmarc.example.com", "v=DMARC1; p=reject");
        DmarcResult r = new DmarcEvaluator(dns).evaluate(List.of("a@example.com"),
                spf(SpfResultCode.PASS, "notexample.com"), List.of(dkim(DkimResultCode.PASS, "example.com.attacker.test")));
        assertThat(r.result()).isEqualTo(DmarcResultCode.FAIL);
    }

    @Test
    void subdomainPolicyFoundAtParentUsesSp() {
        FakeDns dns = new FakeDns().txt("_dmarc.example.com", "v=DMARC1; p=none; sp=reject; np=quarantine")
                .a("shop.example.com");
        DmarcResult r = new DmarcEvaluator(dns).evaluate(List.of("a@shop.example.com"), NO_SPF, List.of());
        assertThat(r.result()).isEqualTo(DmarcResultCode.FAIL);
        assertThat(r.policyDomain()).isEqualTo("example.com");
        assertThat(r.policy()).isEqualTo(DmarcPolicy.REJECT);
        assertThat(r.reason()).contains("sp=reject");
    }

    @Test
    void nonExistentSubdomainUsesNp() {
        FakeDns dns = new FakeDns().txt("_dmarc.example.com", "v=DMARC1; p=none; sp=none; np=reject");
        DmarcResult r = new DmarcEvaluator(dns).evaluate(List.of("ceo@invoices.example.com"), NO_SPF, List.of());
        assertThat(r.result()).isEqualTo(DmarcResultCode.FAIL);
        assertThat(r.policy()).isEqualTo(DmarcPolicy.REJECT);
        assertThat(r.reason()).contains("np=reject").contains("does not exist");
    }

    @Test
    void npExistenceCheckDnsTroubleIsTemperror() {
        FakeDns dns = new FakeDns().txt("_dmarc.example.com", "v=DMARC1; p=none; np=reject")
                .fail("x.example.com", DnsType.A, DnsStatus.TIMEOUT);
        DmarcResult r = new DmarcEvaluator(dns).evaluate(List.of("a@x.example.com"), NO_SPF, List.of());
        assertThat(r.result()).isEqualTo(DmarcResultCode.TEMPERROR);
    }

    @Test
    void psdPolicyAppliesToUnprotectedOrgDomainAndAlignmentStopsAtPsd() {
        FakeDns dns = new FakeDns()
                .txt("_dmarc.bank.example", "v=DMARC1; p=reject; psd=y")
                .txt("_dmarc.giant.bank.example", "v=DMARC1; p=quarantine");
        // RFC 9989 B.4.3: SPF mail.giant.bank.example aligns, DKIM mail.mega.bank.example does not.
        DmarcResult r = new DmarcEvaluator(dns).evaluate(List.of("user@giant.bank.example"),
                spf(SpfResultCode.PASS, "mail.giant.bank.example"), List.of(dkim(DkimResultCode.PASS, "mail.mega.bank.example")));
        assertThat(r.result()).isEqualTo(DmarcResultCode.PASS);
        assertThat(r.spfAligned()).isTrue();
        assertThat(r.dkimAligned()).isFalse();

        // a sibling under the PSD can't align with another sibling
        DmarcResult sibling = new DmarcEvaluator(dns).evaluate(List.of("user@giant.bank.example"),
                NO_SPF, List.of(dkim(DkimResultCode.PASS, "mega.bank.example")));
        assertThat(sibling.result()).isEqualTo(DmarcResultCode.FAIL);
        assertThat(sibling.policy()).isEqualTo(DmarcPolicy.QUARANTINE);

        // an org domain without its own record gets the PSD policy (as a subdomain of it)
        dns.a("small.bank.example");
        DmarcResult small = new DmarcEvaluator(dns).evaluate(List.of("user@small.bank.example"), NO_SPF, List.of());
        assertThat(small.policyDomain()).isEqualTo("bank.example");
        assertThat(small.policy()).isEqualTo(DmarcPolicy.REJECT);
    }

    @Test
    void aFromWithoutAnyDomainIsPermerror() {
        FakeDns dns = new FakeDns().txt("_dmarc.example.com", "v=DMARC1; p=reject");
        DmarcEvaluator ev = new DmarcEvaluator(dns);
        List<DkimResult> pass = List.of(dkim(DkimResultCode.PASS, "example.com"));
        assertThat(ev.evaluate(List.of(), NO_SPF, pass).result()).isEqualTo(DmarcResultCode.PERMERROR);
        assertThat(ev.evaluate(null, null, null).result()).isEqualTo(DmarcResultCode.PERMERROR);
        assertThat(ev.evaluate(List.of("undisclosed-recipients:;"), NO_SPF, pass).result()).isEqualTo(DmarcResultCode.PERMERROR);
        assertThat(ev.evaluate(List.of("<<<garbage>>> @@ ;;"), NO_SPF, pass).result()).isEqualTo(DmarcResultCode.PERMERROR);
        assertThat(ev.evaluate(List.of("x@[192.0.2.1]"), NO_SPF, pass).result()).isEqualTo(DmarcResultCode.PERMERROR);
        // an address without a domain beside one that passes: still no pass
        DmarcResult half = ev.evaluate(List.of("x@[192.0.2.1], a@example.com"), NO_SPF, pass);
        assertThat(half.result()).isEqualTo(DmarcResultCode.PERMERROR);
        assertThat(half.reason()).contains("domain literal");
    }

    /**
     * RFC 7489 §6.6.1: several From addresses, or several From fields, are each evaluated and the strictest failing
     * policy applies. Before, both were permerror, which nothing refuses: the forger's own aligned domain beside the
     * displayed victim's took the victim's p=reject away.
     */
    @Test
    void severalFromDomainsAreEachEvaluated() {
        FakeDns dns = new FakeDns().txt("_dmarc.attacker.example", "v=DMARC1; p=none")
                .txt("_dmarc.victim.example", "v=DMARC1; p=reject").txt("_dmarc.other.example", "v=DMARC1; p=quarantine");
        DmarcEvaluator ev = new DmarcEvaluator(dns);
        SpfResult attacker = spf(SpfResultCode.PASS, "attacker.example");
        for (List<String> from : List.of(List.of("x@attacker.example, ceo@victim.example"),
                List.of("ceo@victim.example", "x@attacker.example"), List.of("Team: x@attacker.example, ceo@victim.example;"),
                List.of("x@attacker.example, o@other.example, ceo@victim.example"))) {
            DmarcResult r = ev.evaluate(from, attacker, List.of());
            assertThat(r.result()).as(from + " " + r.reason()).isEqualTo(DmarcResultCode.FAIL);
            assertThat(r.policy()).isEqualTo(DmarcPolicy.REJECT);
            assertThat(r.fromDomain()).isEqualTo("victim.example");
            assertThat(r.reason()).contains("strictest failing policy");
        }
        // each domain proven: a pass; the same domain twice is one domain
        DmarcResult both = ev.evaluate(List.of("a@attacker.example, b@victim.example"), attacker,
                List.of(dkim(DkimResultCode.PASS, "victim.example")));
        assertThat(both.result()).as(both.reason()).isEqualTo(DmarcResultCode.PASS);
        DmarcResult twice = ev.evaluate(List.of("a@victim.example, b@victim.example"), NO_SPF,
                List.of(dkim(DkimResultCode.PASS, "victim.example")));
        assertThat(twice.result()).isEqualTo(DmarcResultCode.PASS);
        assertThat(twice.reason()).doesNotContain("From names");
        // one passes, the other publishes nothing: not a pass
        DmarcResult none = ev.evaluate(List.of("a@attacker.example, b@nobody.example"), attacker, List.of());
        assertThat(none.result()).isEqualTo(DmarcResultCode.NONE);
        assertThat(none.fromDomain()).isEqualTo("nobody.example");
        // more domains than are evaluated
        StringBuilder many = new StringBuilder();
        for (int i = 0; i < 11; i++) {
            many.append(i == 0 ? "" : ", ").append("a@d").append(i).append(".example");
        }
        DmarcResult tooMany = ev.evaluate(List.of(many.toString()), attacker, List.of());
        assertThat(tooMany.reason()).contains("more than 10 domains");
        assertThat(tooMany.result()).isEqualTo(DmarcResultCode.FAIL);
        assertThat(tooMany.policy()).isEqualTo(DmarcPolicy.REJECT);
    }

    /**
     * No From field may be ignored: beyond the bounds (8 From fields, 10 distinct domains) what is not evaluated
     * may be the victim's From the user sees, so the mail is judged fail under the strictest policy, never
     * permerror, never pass. Before, fields after the 8th were dropped: eight aligned Froms then the victim's passed.
     */
    @Test
    void moreFromFieldsThanAreEvaluatedFailUnderTheStrictestPolicy() {
        FakeDns dns = new FakeDns().txt("_dmarc.attacker.example", "v=DMARC1; p=none")
                .txt("_dmarc.victim.example", "v=DMARC1; p=reject");
        DmarcEvaluator ev = new DmarcEvaluator(dns);
        SpfResult attacker = spf(SpfResultCode.PASS, "attacker.example");
        List<String> nine = new java.util.ArrayList<>(java.util.Collections.nCopies(AuthorDomain.MAX_FROM_FIELDS, "x@attacker.example"));
        nine.add("CEO <ceo@victim.example>");
        DmarcResult r = ev.evaluate(nine, attacker, List.of());
        assertThat(r.result()).as(r.reason()).isEqualTo(DmarcResultCode.FAIL);
        assertThat(r.policy()).isEqualTo(DmarcPolicy.REJECT);
        assertThat(r.reason()).contains("more than " + AuthorDomain.MAX_FROM_FIELDS + " From fields");
        // even when every field is the same aligned domain: more fields than are evaluated is never a pass
        List<String> allAligned = java.util.Collections.nCopies(AuthorDomain.MAX_FROM_FIELDS + 1, "x@attacker.example");
        assertThat(ev.evaluate(allAligned, attacker, List.of()).result()).isEqualTo(DmarcResultCode.FAIL);
        // within the bound the victim's field is evaluated as before
        DmarcResult eight = ev.evaluate(nine.subList(1, nine.size()), attacker, List.of());
        assertThat(eight.result()).isEqualTo(DmarcResultCode.FAIL);
        assertThat(eight.fromDomain()).isEqualTo("victim.example");
        assertThat(AuthorDomain.extract(nine).exceeded()).isTrue();
        assertThat(AuthorDomain.extract(nine.subList(1, nine.size())).exceeded()).isFalse();
    }

    /** A display name padded past the parse limit: the address written in it is still the victim's. */
    @Test
    void aPaddedFromStillMeetsTheVictimsPolicy() {
        FakeDns dns = new FakeDns().txt("_dmarc.victim.example", "v=DMARC1; p=reject");
        DmarcResult r = new DmarcEvaluator(dns).evaluate(List.of("\"" + "A".repeat(17_000) + "\" <ceo@victim.example>"),
                spf(SpfResultCode.PASS, "attacker.example"), List.of());
        assertThat(r.result()).as(r.reason()).isEqualTo(DmarcResultCode.FAIL);
        assertThat(r.policy()).isEqualTo(DmarcPolicy.REJECT);
        assertThat(r.reason()).contains("longer than 16384");
        // padded, and proven: still permerror, never a pass on a From we did not parse
        DmarcResult proven = new DmarcEvaluator(dns).evaluate(List.of("\"" + "A".repeat(17_000)
                + "\" <ceo@victim.example>"), NO_SPF, List.of(dkim(DkimResultCode.PASS, "victim.example")));
        assertThat(proven.result()).isEqualTo(DmarcResultCode.PERMERROR);
    }

    /**
     * A From that mime4j's lenient parser cannot read as an address (a display name that is itself an address, an
     * unterminated quote, a trailing ';') is read by JavaMail and mail programs as the victim's address: the domains
     * written in it are evaluated, so it fails under the victim's policy and never passes. Before: permerror.
     */
    @Test
    void aMalformedFromStillMeetsTheVictimsPolicy() {
        FakeDns dns = new FakeDns().txt("_dmarc.victim.example", "v=DMARC1; p=reject")
                .txt("_dmarc.attacker.example", "v=DMARC1; p=none");
        DmarcEvaluator ev = new DmarcEvaluator(dns);
        SpfResult attacker = spf(SpfResultCode.PASS, "attacker.example");
        for (String from : List.of("x@attacker.example <ceo@victim.example>", "\"CEO <ceo@victim.example>",
                "ceo@victim.example;", "ceo@victim.example>")) {
            assertThat(AuthorDomain.extract(List.of(from)).domains()).as(from).contains("victim.example");
            DmarcResult r = ev.evaluate(List.of(from), attacker, List.of());
            assertThat(r.result()).as(from + ": " + r.reason()).isEqualTo(DmarcResultCode.FAIL);
            assertThat(r.policy()).isEqualTo(DmarcPolicy.REJECT);
            assertThat(r.fromDomain()).isEqualTo("victim.example");
            // proven for the victim's domain: still not a pass on a From we could not parse
            DmarcResult proven = ev.evaluate(List.of(from), NO_SPF, List.of(dkim(DkimResultCode.PASS, "victim.example")));
            assertThat(proven.result()).as(from + ": " + proven.reason()).isNotEqualTo(DmarcResultCode.PASS);
        }
        // a missing '>' still parses (mime4j), as the same address: judged as it
        assertThat(ev.evaluate(List.of("CEO <ceo@victim.example"), attacker, List.of()).result()).isEqualTo(DmarcResultCode.FAIL);
    }

    /**
     * RFC 2047 §5 (3): an encoded-word MUST NOT appear in an addr-spec, so mime4j (and DMARC) reads it as a plain atom,
     * while mail programs that decode it first show the address hidden in it ("Composition Kills", USENIX Security
     * 2020: "=?utf-8?b?base64(ceo@victim.example + NUL)?=@attacker.example" displayed as ceo@victim.example). The
     * forger's own domain passed; the victim's policy never applied. Such a From is malformed: the domains written in
     * its decoded text are evaluated too, so it fails under the victim's policy and never passes.
     */
    @Test
    void anEncodedWordInTheAddrSpecStillMeetsTheVictimsPolicy() {
        FakeDns dns = new FakeDns().txt("_dmarc.victim.example", "v=DMARC1; p=reject")
                .txt("_dmarc.attacker.example", "v=DMARC1; p=reject");
        DmarcEvaluator ev = new DmarcEvaluator(dns);
        SpfResult attacker = spf(SpfResultCode.PASS, "attacker.example");
        String hidden = java.util.Base64.getEncoder().encodeToString(
                "ceo@victim.example\0".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        for (String from : List.of("=?utf-8?b?" + hidden + "?=@attacker.example",
                "CEO <=?utf-8?q?ceo=40victim.example?=@attacker.example>",
                "ceo@=?utf-8?q?victim.example?=",
                "=?utf-8?q?CEO_<ceo=40victim.example>?=")) {
            assertThat(AuthorDomain.extract(List.of(from)).domains()).as(from).contains("victim.example");
            DmarcResult r = ev.evaluate(List.of(from), attacker, List.of());
            assertThat(r.result()).as(from + ": " + r.reason()).isEqualTo(DmarcResultCode.FAIL);
            assertThat(r.policy()).isEqualTo(DmarcPolicy.REJECT);
            assertThat(r.fromDomain()).isEqualTo("victim.example");
        }
        // an encoded display name stays what it was: the address is outside it
        assertThat(ev.evaluate(List.of("=?utf-8?q?ceo=40victim.example?= <x@attacker.example>"), attacker, List.of())
                .result()).isEqualTo(DmarcResultCode.PASS);
    }

    /**
     * A pass or temperror for a domain that can never align (victim.example is not its ancestor) does not depend on
     * that domain's DNS: a forger's name server timing out on _dmarc.attacker.example must not turn fail into
     * temperror, nor cost a lookup per signature.
     */
    @Test
    void aForeignDomainsDnsCannotTurnAFailIntoTemperror() {
        FakeDns dns = new FakeDns().txt("_dmarc.victim.example", "v=DMARC1; p=reject")
                .fail("_dmarc.attacker.example", DnsType.TXT, DnsStatus.TIMEOUT)
                .fail("_dmarc.sub.attacker.example", DnsType.TXT, DnsStatus.TIMEOUT);
        DmarcEvaluator ev = new DmarcEvaluator(dns);
        List<String> victim = List.of("ceo@victim.example");
        for (DmarcResult r : List.of(
                ev.evaluate(victim, spf(SpfResultCode.PASS, "attacker.example"), List.of()),
                ev.evaluate(victim, spf(SpfResultCode.TEMPERROR, "attacker.example"), List.of()),
                ev.evaluate(victim, NO_SPF, List.of(dkim(DkimResultCode.PASS, "sub.attacker.example"))),
                ev.evaluate(victim, NO_SPF, List.of(dkim(DkimResultCode.TEMPERROR, "attacker.example"))))) {
            assertThat(r.result()).as(r.reason()).isEqualTo(DmarcResultCode.FAIL);
            assertThat(r.policy()).isEqualTo(DmarcPolicy.REJECT);
        }
        // a subdomain of the victim's own organisational domain is still asked
        FakeDns sub = new FakeDns().txt("_dmarc.victim.example", "v=DMARC1; p=reject")
                .fail("_dmarc.mail.victim.example", DnsType.TXT, DnsStatus.TIMEOUT);
        DmarcResult r = new DmarcEvaluator(sub).evaluate(victim, NO_SPF,
                List.of(dkim(DkimResultCode.PASS, "mail.victim.example")));
        assertThat(r.result()).as(r.reason()).isEqualTo(DmarcResultCode.TEMPERROR);
    }

    @Test
    void fromForms() {
        FakeDns dns = new FakeDns().txt("_dmarc.example.com", "v=DMARC1; p=reject")
                .txt("_dmarc.xn--bcher-kva.example", "v=DMARC1; p=reject");
        DmarcEvaluator ev = new DmarcEvaluator(dns);
        List<DkimResult> pass = List.of(dkim(DkimResultCode.PASS, "example.com"));
        for (String from : List.of("=?UTF-8?Q?J=C3=B8rgen?= <jorgen@Example.COM>", "(comment) jorgen@example.com (x)",
                "\"Doe, John\" <john@example.com>", "Team: john@example.com;", "John\r\n <john@example.com>")) {
            DmarcResult r = ev.evaluate(List.of(from), NO_SPF, pass);
            assertThat(r.result()).as(from).isEqualTo(DmarcResultCode.PASS);
            assertThat(r.fromDomain()).isEqualTo("example.com");
        }
        // U-label From vs A-label signature
        DmarcResult idn = ev.evaluate(List.of("Jørgen <j@bücher.example>"), NO_SPF,
                List.of(dkim(DkimResultCode.PASS, "xn--bcher-kva.example")));
        assertThat(idn.result()).isEqualTo(DmarcResultCode.PASS);
        assertThat(idn.fromDomain()).isEqualTo("xn--bcher-kva.example");
    }

    @Test
    void noRecordIsNone() {
        DmarcResult r = new DmarcEvaluator(new FakeDns()).evaluate(List.of("a@example.com"), NO_SPF, List.of());
        assertThat(r.result()).isEqualTo(DmarcResultCode.NONE);
        assertThat(r.policy()).isEqualTo(DmarcPolicy.NONE);
    }

    @Test
    void dnsTimeoutIsTemperror() {
        FakeDns dns = new FakeDns().fail("_dmarc.example.com", DnsType.TXT, DnsStatus.TIMEOUT);
        DmarcResult r = new DmarcEvaluator(dns).evaluate(List.of("a@example.com"), NO_SPF, List.of());
        assertThat(r.result()).isEqualTo(DmarcResultCode.TEMPERROR);
        assertThat(r.fromDomain()).isEqualTo("example.com");
    }

    @Test
    void spfTemperrorThatCouldAlignIsTemperrorNeverFail() {
        FakeDns dns = new FakeDns().txt("_dmarc.example.com", "v=DMARC1; p=reject");
        DmarcEvaluator ev = new DmarcEvaluator(dns);
        DmarcResult r = ev.evaluate(List.of("a@example.com"), spf(SpfResultCode.TEMPERROR, "example.com"), List.of());
        assertThat(r.result()).isEqualTo(DmarcResultCode.TEMPERROR);
        assertThat(r.fromDomain()).isEqualTo("example.com");
        assertThat(r.reason()).contains("SPF temperror for example.com");

        // relaxed alignment: a subdomain's SPF temperror could still have been an aligned pass
        DmarcResult sub = ev.evaluate(List.of("a@example.com"), spf(SpfResultCode.TEMPERROR, "bounces.example.com"), List.of());
        assertThat(sub.result()).isEqualTo(DmarcResultCode.TEMPERROR);

        // an aligned DKIM pass decides anyway
        DmarcResult pass = ev.evaluate(List.of("a@example.com"), spf(SpfResultCode.TEMPERROR, "example.com"),
                List.of(dkim(DkimResultCode.PASS, "example.com")));
        assertThat(pass.result()).isEqualTo(DmarcResultCode.PASS);
    }

    @Test
    void dkimTemperrorThatCouldAlignIsTemperrorNeverFail() {
        FakeDns dns = new FakeDns().txt("_dmarc.example.com", "v=DMARC1; p=reject");
        DmarcEvaluator ev = new DmarcEvaluator(dns);
        DmarcResult r = ev.evaluate(List.of("a@example.com"), spf(SpfResultCode.FAIL, "example.com"),
                List.of(dkim(DkimResultCode.FAIL, "other.test"), dkim(DkimResultCode.TEMPERROR, "example.com")));
        assertThat(r.result()).isEqualTo(DmarcResultCode.TEMPERROR);
        assertThat(r.reason()).contains("DKIM temperror d=example.com");

        // the whole message could not be read: no signing domain known, anything could have passed
        DmarcResult unread = ev.evaluate(List.of("a@example.com"), NO_SPF,
                List.of(new DkimResult(DkimResultCode.TEMPERROR, "", "", "", "could not read message header")));
        assertThat(unread.result()).isEqualTo(DmarcResultCode.TEMPERROR);
    }

    @Test
    void temperrorsThatCanNeverAlignDoNotHideAFail() {
        // A forger adds a signature under his own domain whose key lookup hangs: that must not turn the
        // certain fail of the victim domain into temperror (and so dodge p=reject).
        FakeDns dns = new FakeDns().txt("_dmarc.example.com", "v=DMARC1; p=reject");
        DmarcEvaluator ev = new DmarcEvaluator(dns);
        DmarcResult r = ev.evaluate(List.of("a@example.com"), spf(SpfResultCode.TEMPERROR, "attacker.test"),
                List.of(dkim(DkimResultCode.TEMPERROR, "slow.attacker.test")));
        assertThat(r.result()).isEqualTo(DmarcResultCode.FAIL);
        assertThat(r.policy()).isEqualTo(DmarcPolicy.REJECT);

        // strict alignment: a temperror for a subdomain could never align either
        FakeDns strict = new FakeDns().txt("_dmarc.example.com", "v=DMARC1; p=reject; aspf=s; adkim=s");
        DmarcResult s = new DmarcEvaluator(strict).evaluate(List.of("a@example.com"),
                spf(SpfResultCode.TEMPERROR, "bounces.example.com"), List.of(dkim(DkimResultCode.TEMPERROR, "mail.example.com")));
        assertThat(s.result()).isEqualTo(DmarcResultCode.FAIL);
    }

    @Test
    void temperrorWhoseAlignmentIsUnknownStaysTemperror() {
        FakeDns dns = new FakeDns().txt("_dmarc.mail.example.com", "v=DMARC1; p=reject")
                .fail("_dmarc.example.com", DnsType.TXT, DnsStatus.TIMEOUT);
        DmarcResult r = new DmarcEvaluator(dns).evaluate(List.of("a@mail.example.com"), NO_SPF,
                List.of(dkim(DkimResultCode.TEMPERROR, "example.com")));
        assertThat(r.result()).isEqualTo(DmarcResultCode.TEMPERROR);
    }

    @Test
    void policyDiscoveryServfailOrTimeoutAtAnyTreeWalkStepIsTemperror() {
        FakeDns dns = new FakeDns().fail("_dmarc.example.com", DnsType.TXT, DnsStatus.SERVFAIL);
        DmarcResult r = new DmarcEvaluator(dns).evaluate(List.of("a@news.example.com"), NO_SPF, List.of());
        assertThat(r.result()).isEqualTo(DmarcResultCode.TEMPERROR);
        assertThat(r.reason()).contains("_dmarc.example.com");
        FakeDns ps = new FakeDns().fail("_dmarc.example.com", DnsType.TXT, DnsStatus.TIMEOUT);
        assertThat(new DmarcEvaluator(ps, Mode.PUBLIC_SUFFIX).evaluate(List.of("a@news.example.com"), NO_SPF, List.of())
                .result()).isEqualTo(DmarcResultCode.TEMPERROR);
    }

    @Test
    void relaxedAlignmentNeedingDnsThatFailsIsTemperrorUnlessSomethingElseAligns() {
        FakeDns dns = new FakeDns().txt("_dmarc.mail.example.com", "v=DMARC1; p=reject")
                .fail("_dmarc.example.com", DnsType.TXT, DnsStatus.SERVFAIL);
        DmarcEvaluator ev = new DmarcEvaluator(dns);
        DmarcResult r = ev.evaluate(List.of("a@mail.example.com"), spf(SpfResultCode.PASS, "example.com"), List.of());
        assertThat(r.result()).isEqualTo(DmarcResultCode.TEMPERROR);
        DmarcResult ok = ev.evaluate(List.of("a@mail.example.com"), spf(SpfResultCode.PASS, "example.com"),
                List.of(dkim(DkimResultCode.PASS, "mail.example.com")));
        assertThat(ok.result()).isEqualTo(DmarcResultCode.PASS);
    }

    @Test
    void testingFlagDowngrades() {
        FakeDns dns = new FakeDns().txt("_dmarc.example.com", "v=DMARC1; p=reject; t=y")
                .txt("_dmarc.example.net", "v=DMARC1; p=quarantine; t=y");
        DmarcEvaluator ev = new DmarcEvaluator(dns);
        DmarcResult r = ev.evaluate(List.of("a@example.com"), NO_SPF, List.of());
        assertThat(r.result()).isEqualTo(DmarcResultCode.FAIL);
        assertThat(r.policy()).isEqualTo(DmarcPolicy.QUARANTINE);
        assertThat(ev.evaluate(List.of("a@example.net"), NO_SPF, List.of()).policy()).isEqualTo(DmarcPolicy.NONE);
    }

    @Test
    void pctSamplingInRfc7489Mode() {
        FakeDns dns = new FakeDns().txt("_dmarc.example.com", "v=DMARC1; p=reject; pct=30");
        DmarcResult sampled = new DmarcEvaluator(dns, Mode.PUBLIC_SUFFIX, () -> 29)
                .evaluate(List.of("a@example.com"), NO_SPF, List.of());
        assertThat(sampled.policy()).isEqualTo(DmarcPolicy.REJECT);
        DmarcResult notSampled = new DmarcEvaluator(dns, Mode.PUBLIC_SUFFIX, () -> 30)
                .evaluate(List.of("a@example.com"), NO_SPF, List.of());
        assertThat(notSampled.result()).isEqualTo(DmarcResultCode.FAIL);
        assertThat(notSampled.policy()).isEqualTo(DmarcPolicy.QUARANTINE);
        // RFC 9989 mode ignores pct other than 0
        assertThat(new DmarcEvaluator(dns, Mode.TREE_WALK, () -> 99).evaluate(List.of("a@example.com"), NO_SPF, List.of())
                .policy()).isEqualTo(DmarcPolicy.REJECT);
    }

    /**
     * A DMARC record at a public suffix that does not say psd=y (RFC 9989 §4.10.2 would make "com", the name with the
     * fewest labels that has a record, the organizational domain of every .com name): attacker.com's DKIM or SPF pass
     * must not align with victim.com. The suffix's policy still applies to victim.com, which publishes none.
     */
    @Test
    void aPublicSuffixRecordWithoutPsdYDoesNotAlignItsRegistrants() {
        for (String psdTag : List.of("", "; psd=u")) {
            FakeDns dns = new FakeDns().txt("_dmarc.com", "v=DMARC1; p=reject" + psdTag)
                    .txt("_dmarc.co.uk", "v=DMARC1; p=quarantine" + psdTag);
            DmarcEvaluator ev = new DmarcEvaluator(dns);
            DmarcResult dkim = ev.evaluate(List.of("ceo@victim.com"), NO_SPF, List.of(dkim(DkimResultCode.PASS, "attacker.com")));
            assertThat(dkim.result()).as(psdTag).isEqualTo(DmarcResultCode.FAIL);
            assertThat(dkim.policyDomain()).isEqualTo("com");
            assertThat(dkim.policy()).isEqualTo(DmarcPolicy.REJECT);
            DmarcResult spf = ev.evaluate(List.of("ceo@victim.co.uk"), spf(SpfResultCode.PASS, "attacker.co.uk"), List.of());
            assertThat(spf.result()).as(psdTag).isEqualTo(DmarcResultCode.FAIL);
            assertThat(new DmarcPolicyDiscovery(dns).organizationalDomain("mail.victim.com").domain()).isEqualTo("victim.com");
            // the registrant's own names still align with each other
            assertThat(ev.evaluate(List.of("ceo@victim.com"), NO_SPF, List.of(dkim(DkimResultCode.PASS, "mail.victim.com")))
                    .result()).as(psdTag).isEqualTo(DmarcResultCode.PASS);
        }
        // psd=n at the suffix is the suffix owner's own word that it is an organizational domain: kept
        FakeDns n = new FakeDns().txt("_dmarc.example", "v=DMARC1; p=reject; psd=n");
        assertThat(new DmarcPolicyDiscovery(n).organizationalDomain("a.example").domain()).isEqualTo("example");
    }

    /** pct is the found record's, wherever the walk found it: pct=0 at the organizational domain softens sp=. */
    @Test
    void pctOfTheRecordFoundUpTheTreeApplies() {
        FakeDns dns = new FakeDns().txt("_dmarc.example.com", "v=DMARC1; p=reject; sp=reject; pct=0");
        DmarcResult r = new DmarcEvaluator(dns, Mode.TREE_WALK, () -> 0)
                .evaluate(List.of("a@shop.mail.example.com"), NO_SPF, List.of());
        assertThat(r.result()).isEqualTo(DmarcResultCode.FAIL);
        assertThat(r.policyDomain()).isEqualTo("example.com");
        assertThat(r.policy()).isEqualTo(DmarcPolicy.QUARANTINE);
        FakeDns half = new FakeDns().txt("_dmarc.example.com", "v=DMARC1; p=reject; pct=50");
        assertThat(new DmarcEvaluator(half, Mode.TREE_WALK, () -> 99)
                .evaluate(List.of("a@shop.example.com"), NO_SPF, List.of()).policy()).isEqualTo(DmarcPolicy.REJECT);
    }

    @Test
    void psdListModeUsesPublicSuffixForAlignment() {
        FakeDns dns = new FakeDns().txt("_dmarc.example.co.uk", "v=DMARC1; p=reject");
        DmarcEvaluator ev = new DmarcEvaluator(dns, Mode.PUBLIC_SUFFIX);
        assertThat(ev.evaluate(List.of("a@shop.example.co.uk"), NO_SPF, List.of(dkim(DkimResultCode.PASS, "mail.example.co.uk")))
                .result()).isEqualTo(DmarcResultCode.PASS);
        assertThat(ev.evaluate(List.of("a@shop.example.co.uk"), NO_SPF, List.of(dkim(DkimResultCode.PASS, "other.co.uk")))
                .result()).isEqualTo(DmarcResultCode.FAIL);
    }

    @Test
    void nullSenderSpfOnHeloIdentityIsNotUsedWhenIdentityIsHelo() {
        FakeDns dns = new FakeDns().txt("_dmarc.example.com", "v=DMARC1; p=reject");
        SpfResult helo = new SpfResult(SpfResultCode.PASS, SpfResult.HELO, "example.com", "postmaster@example.com", "");
        assertThat(new DmarcEvaluator(dns).evaluate(List.of("a@example.com"), helo, List.of()).result())
                .isEqualTo(DmarcResultCode.FAIL);
    }
}
