package org.spoofguard.core.spf;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.spoofguard.core.dns.DnsStatus;
import org.spoofguard.core.dns.DnsType;

class SpfEvaluatorTest {

    private final FakeDns dns = new FakeDns();
    private final SpfEvaluator spf = new SpfEvaluator(dns, "mx.receiver.test",
            Clock.fixed(Instant.ofEpochSecond(1_700_000_000L), ZoneOffset.UTC), Duration.ofSeconds(20));

    private static InetAddress ip(String s) {
        try {
            return InetAddress.getByName(s);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private SpfResult mf(String ip, String domain) {
        return spf.checkMailFrom(ip(ip), "user@" + domain, "helo.example.net");
    }

    @Test
    void ip4CidrMatchesAndReasonNamesTheMechanism() {
        dns.txt("example.com", "v=spf1 ip4:192.0.2.0/24 -all");
        SpfResult pass = mf("192.0.2.77", "example.com");
        assertThat(pass.result()).isEqualTo(SpfResultCode.PASS);
        assertThat(pass.reason()).isEqualTo("mechanism ip4:192.0.2.0/24 matched");
        assertThat(pass.identity()).isEqualTo("mailfrom");
        assertThat(pass.sender()).isEqualTo("user@example.com");
        SpfResult fail = mf("198.51.100.1", "example.com");
        assertThat(fail.result()).isEqualTo(SpfResultCode.FAIL);
        assertThat(fail.reason()).isEqualTo("mechanism -all matched");
    }

    @Test
    void ip6CidrAndIpv4MappedClientsAreIpv4() {
        dns.txt("example.com", "v=spf1 ip6:2001:db8::/32 ip4:192.0.2.1 -all");
        assertThat(mf("2001:db8:1::5", "example.com").result()).isEqualTo(SpfResultCode.PASS);
        assertThat(mf("2001:db9::5", "example.com").result()).isEqualTo(SpfResultCode.FAIL);
        InetAddress mapped = InetAddress.getLoopbackAddress();
        try {
            byte[] b = new byte[16];
            b[10] = (byte) 0xff;
            b[11] = (byte) 0xff;
            b[12] = (byte) 192;
            b[13] = 0;
            b[14] = 2;
            b[15] = 1;
            mapped = java.net.Inet6Address.getByAddress(null, b, -1);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
        assertThat(spf.checkMailFrom(mapped, "a@example.com", "h.example.com").result()).isEqualTo(SpfResultCode.PASS);
    }

    @Test
    void aAndMxWithDualCidr() {
        dns.txt("example.com", "v=spf1 a/24//64 mx:mail.example.org/28 -all");
        dns.add("example.com", DnsType.A, "192.0.2.10");
        dns.add("example.com", DnsType.AAAA, "2001:db8:1:2::1");
        dns.add("mail.example.org", DnsType.MX, "mx1.example.org");
        dns.add("mx1.example.org", DnsType.A, "198.51.100.20");
        assertThat(mf("192.0.2.200", "example.com").result()).isEqualTo(SpfResultCode.PASS);
        assertThat(mf("2001:db8:1:2:ffff::1", "example.com").result()).isEqualTo(SpfResultCode.PASS);
        assertThat(mf("2001:db8:1:3::1", "example.com").result()).isEqualTo(SpfResultCode.FAIL);
        assertThat(mf("198.51.100.17", "example.com").result()).isEqualTo(SpfResultCode.PASS);
        assertThat(mf("198.51.100.15", "example.com").result()).isEqualTo(SpfResultCode.FAIL);
    }

    @Test
    void includeResultMapping() {
        dns.txt("pass.test", "v=spf1 +all");
        dns.txt("fail.test", "v=spf1 -all");
        dns.txt("soft.test", "v=spf1 ~all");
        dns.txt("neutral.test", "v=spf1 ?all");
        dns.fail("temp.test", DnsType.TXT, DnsStatus.TIMEOUT);
        dns.txt("perm.test", "v=spf1 bogus");
        dns.txt("a.test", "v=spf1 include:pass.test -all");
        dns.txt("b.test", "v=spf1 include:fail.test include:soft.test include:neutral.test ~all");
        dns.txt("c.test", "v=spf1 include:temp.test +all");
        dns.txt("d.test", "v=spf1 include:perm.test +all");
        dns.txt("e.test", "v=spf1 include:none.test +all");
        assertThat(mf("192.0.2.1", "a.test").result()).isEqualTo(SpfResultCode.PASS);
        assertThat(mf("192.0.2.1", "b.test").result()).isEqualTo(SpfResultCode.SOFTFAIL);
        SpfResult temp = mf("192.0.2.1", "c.test");
        assertThat(temp.result()).isEqualTo(SpfResultCode.TEMPERROR);
        assertThat(temp.reason()).isEqualTo("DNS timeout looking up TXT temp.test");
        assertThat(mf("192.0.2.1", "d.test").result()).isEqualTo(SpfResultCode.PERMERROR);
        assertThat(mf("192.0.2.1", "e.test").result()).isEqualTo(SpfResultCode.PERMERROR);
    }

    @Test
    void redirectAndItsExplanation() {
        dns.txt("example.com", "v=spf1 ip4:198.51.100.1 redirect=_spf.example.net exp=ignored.example.com");
        dns.txt("_spf.example.net", "v=spf1 ip4:192.0.2.0/24 -all exp=why.example.net");
        dns.txt("why.example.net", "%{i} is not a mail server of %{d} or %{o}; sender %{s} helo %{h} r=%{r}");
        dns.txt("ignored.example.com", "wrong explanation");
        assertThat(mf("192.0.2.3", "example.com").result()).isEqualTo(SpfResultCode.PASS);
        SpfEvaluation e = spf.evaluateMailFrom(ip("203.0.113.9"), "user@example.com", "helo.example.net");
        assertThat(e.result().result()).isEqualTo(SpfResultCode.FAIL);
        assertThat(e.explanation()).isEqualTo("203.0.113.9 is not a mail server of _spf.example.net or example.com;"
                + " sender user@example.com helo helo.example.net r=mx.receiver.test");
        dns.txt("none.example.com", "v=spf1 redirect=nothing.example.com");
        assertThat(mf("192.0.2.3", "none.example.com").result()).isEqualTo(SpfResultCode.PERMERROR);
    }

    @Test
    void macroTransformersDelimitersAndUrlEscaping() {
        dns.txt("example.com", "v=spf1 exists:%{ir}.%{l1r-}.%{d2}.x.test exists:%{L}.y.test -all");
        dns.add("4.3.2.1.john.example.com.x.test", DnsType.A, "127.0.0.2");
        assertThat(spf.checkMailFrom(ip("1.2.3.4"), "john-mary@example.com", "h.example.com").result())
                .isEqualTo(SpfResultCode.PASS);
        dns.add("a%2Fb.y.test", DnsType.A, "127.0.0.2");
        assertThat(spf.checkMailFrom(ip("1.2.3.5"), "a/b@example.com", "h.example.com").result())
                .isEqualTo(SpfResultCode.PASS);
    }

    @Test
    void ipv6DottedNibblesAndPMacro() {
        dns.txt("example.com", "v=spf1 exists:%{ir}.%{v}.%{p}.check.test -all");
        String nibbles = "1.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.8.B.D.0.1.0.0.2";
        dns.add(nibbles + ".ip6.arpa", DnsType.PTR, "mail.example.com");
        dns.add("mail.example.com", DnsType.AAAA, "2001:db8::1");
        dns.add(nibbles + ".ip6.mail.example.com.check.test", DnsType.A, "127.0.0.2");
        assertThat(mf("2001:db8::1", "example.com").result()).isEqualTo(SpfResultCode.PASS);
        // Unvalidated PTR (forward lookup does not give the address back): %{p} is "unknown".
        dns.add("mail.example.com", DnsType.AAAA, "2001:db8::2");
        assertThat(mf("2001:db8::1", "example.com").result()).isEqualTo(SpfResultCode.FAIL);
        assertThat(dns.queries).contains(nibbles.toLowerCase() + ".ip6.unknown.check.test A");
    }

    @Test
    void ptrMechanismValidatesAndIgnoresNamesBeyondTen() {
        dns.txt("example.com", "v=spf1 ptr -all");
        String[] names = new String[11];
        for (int i = 0; i < 10; i++) {
            names[i] = "other" + i + ".example.org";
        }
        names[10] = "mail.example.com";
        dns.add("5.2.0.192.in-addr.arpa", DnsType.PTR, names);
        dns.add("mail.example.com", DnsType.A, "192.0.2.5");
        assertThat(mf("192.0.2.5", "example.com").result()).isEqualTo(SpfResultCode.FAIL);
        dns.add("5.2.0.192.in-addr.arpa", DnsType.PTR, "mail.example.com");
        assertThat(mf("192.0.2.5", "example.com").result()).isEqualTo(SpfResultCode.PASS);
        dns.fail("5.2.0.192.in-addr.arpa", DnsType.PTR, DnsStatus.TIMEOUT);
        assertThat(mf("192.0.2.5", "example.com").result()).isEqualTo(SpfResultCode.FAIL); // §5.5: no match
    }

    @Test
    void moreThanTenDnsMechanismsIsPermerror() {
        dns.txt("example.com", "v=spf1 a a a a a a a a a a a -all");
        dns.add("example.com", DnsType.A, "192.0.2.1");
        SpfResult r = mf("198.51.100.1", "example.com");
        assertThat(r.result()).isEqualTo(SpfResultCode.PERMERROR);
        assertThat(r.reason()).startsWith("more than 10 DNS lookups");
        assertThat(dns.count("example.com", DnsType.A)).isEqualTo(10);
        dns.txt("ten.example.com", "v=spf1 a:example.com a:example.com a:example.com a:example.com a:example.com"
                + " a:example.com a:example.com a:example.com a:example.com a:example.com ip4:198.51.100.1 -all");
        assertThat(mf("198.51.100.1", "ten.example.com").result()).isEqualTo(SpfResultCode.PASS);
    }

    @Test
    void includeLoopsAndRedirectLoopsEndInPermerrorWithBoundedWork() {
        dns.txt("loop1.test", "v=spf1 include:loop2.test -all");
        dns.txt("loop2.test", "v=spf1 include:loop1.test -all");
        dns.txt("self.test", "v=spf1 redirect=self.test");
        assertThat(mf("192.0.2.1", "loop1.test").result()).isEqualTo(SpfResultCode.PERMERROR);
        assertThat(mf("192.0.2.1", "self.test").result()).isEqualTo(SpfResultCode.PERMERROR);
        assertThat(dns.queries.size()).isLessThan(30);
    }

    @Test
    void voidLookupLimit() {
        dns.txt("two.test", "v=spf1 a:nx1.test a:nx2.test ?all");
        dns.txt("three.test", "v=spf1 a:nx1.test mx:nx2.test exists:nx3.test ?all");
        assertThat(mf("192.0.2.1", "two.test").result()).isEqualTo(SpfResultCode.NEUTRAL);
        SpfResult r = mf("192.0.2.1", "three.test");
        assertThat(r.result()).isEqualTo(SpfResultCode.PERMERROR);
        assertThat(r.reason()).contains("void DNS lookups");
    }

    @Test
    void moreThanTenMxRecordsIsPermerror() {
        dns.txt("example.com", "v=spf1 mx -all");
        String[] mx = new String[11];
        for (int i = 0; i < 11; i++) {
            mx[i] = "mx" + i + ".example.com";
        }
        dns.add("example.com", DnsType.MX, mx);
        assertThat(mf("192.0.2.1", "example.com").result()).isEqualTo(SpfResultCode.PERMERROR);
        assertThat(dns.count("mx0.example.com", DnsType.A)).isZero();
    }

    @Test
    void dnsErrorsInExistsAndTopLevelAreTemperrorNeverNoneOrFail() {
        dns.txt("example.com", "v=spf1 exists:%{i}.bl.test -all");
        dns.fail("192.0.2.1.bl.test", DnsType.A, DnsStatus.SERVFAIL);
        SpfResult r = mf("192.0.2.1", "example.com");
        assertThat(r.result()).isEqualTo(SpfResultCode.TEMPERROR);
        assertThat(r.reason()).isEqualTo("DNS failure (SERVFAIL) looking up A 192.0.2.1.bl.test");
        dns.fail("slow.test", DnsType.TXT, DnsStatus.TIMEOUT);
        assertThat(mf("192.0.2.1", "slow.test").result()).isEqualTo(SpfResultCode.TEMPERROR);
        assertThat(mf("192.0.2.1", "slow.test").reason()).isEqualTo("DNS timeout looking up TXT slow.test");
    }

    @Test
    void recordSelectionAndSyntax() {
        dns.txt("multi.test", "v=spf1 -all", "V=SPF1 +all");
        dns.txt("other.test", "google-site-verification=x", "v=spf1 +all");
        dns.txt("nospf.test", "v=spf10 +all");
        dns.txt("syntax.test", "v=spf1 ip4:192.0.2.1 -all moo");
        dns.txt("cidr.test", "v=spf1 ip4:192.0.2.1/33 +all");
        dns.txt("upper.test", "V=Spf1 IP4:192.0.2.1 -ALL");
        dns.txt("badmacro.test", "v=spf1 exists:%{x}.test +all");
        dns.txt("crt.test", "v=spf1 exists:%{t}.test +all");
        assertThat(mf("192.0.2.1", "multi.test").result()).isEqualTo(SpfResultCode.PERMERROR);
        assertThat(mf("192.0.2.1", "other.test").result()).isEqualTo(SpfResultCode.PASS);
        assertThat(mf("192.0.2.1", "nospf.test").result()).isEqualTo(SpfResultCode.NONE);
        assertThat(mf("192.0.2.1", "syntax.test").result()).isEqualTo(SpfResultCode.PERMERROR);
        assertThat(mf("192.0.2.1", "cidr.test").result()).isEqualTo(SpfResultCode.PERMERROR);
        assertThat(mf("192.0.2.1", "upper.test").result()).isEqualTo(SpfResultCode.PASS);
        assertThat(mf("192.0.2.2", "upper.test").result()).isEqualTo(SpfResultCode.FAIL);
        assertThat(mf("192.0.2.1", "badmacro.test").result()).isEqualTo(SpfResultCode.PERMERROR);
        assertThat(mf("192.0.2.1", "crt.test").result()).isEqualTo(SpfResultCode.PERMERROR);
        assertThat(mf("192.0.2.1", "missing.test").result()).isEqualTo(SpfResultCode.NONE);
    }

    @Test
    void neverQueriesTheObsoleteSpfType() {
        dns.txt("example.com", "v=spf1 a mx ptr include:inc.test exists:x.test -all");
        dns.txt("inc.test", "v=spf1 -all");
        mf("192.0.2.1", "example.com");
        assertThat(dns.queries).allSatisfy(q -> assertThat(q).doesNotEndWith(" SPF"));
        assertThat(DnsType.values()).extracting(Enum::name).doesNotContain("SPF");
    }

    @Test
    void hugeHostileRecordIsBoundedAndDoesNotOverflowTheStack() {
        StringBuilder big = new StringBuilder("v=spf1");
        for (int i = 0; i < 5000; i++) {
            big.append(" include:i").append(i).append(".test");
        }
        dns.txt("huge.test", big.toString() + " -all");
        for (int i = 0; i < 20; i++) {
            dns.txt("i" + i + ".test", "v=spf1 include:i" + (i + 1) + ".test");
        }
        SpfResult r = mf("192.0.2.1", "huge.test");
        assertThat(r.result()).isEqualTo(SpfResultCode.PERMERROR);
        assertThat(dns.queries.size()).isLessThanOrEqualTo(12);

        StringBuilder many = new StringBuilder("v=spf1");
        for (int i = 0; i < 20000; i++) {
            many.append(" ip4:10.").append(i / 256 % 256).append('.').append(i % 256).append(".0/24");
        }
        dns.txt("many.test", many + " -all");
        assertThat(mf("192.0.2.1", "many.test").result()).isEqualTo(SpfResultCode.FAIL);
        dns.txt("macro.test", "v=spf1 exists:%{d999999999999}.%{l}.%{l}.%{l}.%{l}.%{l}.%{l}.%{l}.%{l}.x.test -all");
        assertThat(spf.checkMailFrom(ip("192.0.2.1"), "a".repeat(64) + "@macro.test", "h.example.com").result())
                .isEqualTo(SpfResultCode.FAIL);
    }

    @Test
    void nullSenderChecksPostmasterAtHelo() {
        dns.txt("mail.example.com", "v=spf1 ip4:192.0.2.9 -all");
        SpfResult r = spf.checkMailFrom(ip("192.0.2.9"), "", "mail.example.com");
        assertThat(r.result()).isEqualTo(SpfResultCode.PASS);
        assertThat(r.sender()).isEqualTo("postmaster@mail.example.com");
        assertThat(r.identity()).isEqualTo(SpfResult.MAILFROM);
        assertThat(spf.checkMailFrom(ip("192.0.2.9"), null, "mail.example.com").result()).isEqualTo(SpfResultCode.PASS);
        assertThat(spf.checkMailFrom(ip("192.0.2.9"), "<>", "mail.example.com").result()).isEqualTo(SpfResultCode.PASS);
        assertThat(spf.checkMailFrom(ip("192.0.2.9"), "@mail.example.com", "x").sender()).isEqualTo("postmaster@mail.example.com");
    }

    @Test
    void heloIdentity() {
        dns.txt("mail.example.com", "v=spf1 a -all");
        dns.add("mail.example.com", DnsType.A, "192.0.2.9");
        SpfResult r = spf.checkHelo(ip("192.0.2.9"), "MAIL.example.com");
        assertThat(r.result()).isEqualTo(SpfResultCode.PASS);
        assertThat(r.identity()).isEqualTo(SpfResult.HELO);
        assertThat(spf.checkHelo(ip("192.0.2.9"), "[192.0.2.9]").result()).isEqualTo(SpfResultCode.NONE);
        assertThat(spf.checkHelo(ip("192.0.2.9"), "localhost").result()).isEqualTo(SpfResultCode.NONE);
        assertThat(spf.checkHelo(ip("192.0.2.9"), null).result()).isEqualTo(SpfResultCode.NONE);
        assertThat(spf.checkMailFrom(ip("192.0.2.9"), "x@[192.0.2.9]", "h").result()).isEqualTo(SpfResultCode.NONE);
        assertThat(spf.checkMailFrom(null, "x@example.com", "h").result()).isEqualTo(SpfResultCode.NONE);
    }

    /**
     * RFC 7208 §2.3 / §4.3: a HELO of a bare address ("EHLO 192.0.2.9", without the brackets of an address literal) is
     * no domain name (RFC 1123 §2.1: a top-level label is never all-numeric): none, and nothing asked of the DNS.
     * Before, "192.0.2.9" was looked up as a TXT name and whatever answered there decided the HELO (and, for the
     * null sender, the MAIL FROM) identity.
     */
    @Test
    void aBareAddressAsHeloIsNoneWithoutALookup() {
        dns.txt("192.0.2.9", "v=spf1 +all");
        for (String helo : List.of("192.0.2.9", "192.0.2.9.", "0300.0000.0002.0011")) {
            SpfResult r = spf.checkHelo(ip("192.0.2.9"), helo);
            assertThat(r.result()).as(helo).isEqualTo(SpfResultCode.NONE);
            assertThat(r.reason()).as(helo).contains("not a fully qualified domain name");
            assertThat(spf.checkMailFrom(ip("192.0.2.9"), "<>", helo).result()).as(helo).isEqualTo(SpfResultCode.NONE);
        }
        assertThat(dns.queries).isEmpty();
    }

    /**
     * A pass that every host gets (+all, 0.0.0.0/0, a range wider than any one network, a name the client picks)
     * stays pass, and the result says which mechanism gave it, also from inside an include or a redirect; a pass from
     * a mechanism naming particular hosts (up to a whole legacy /8) says "".
     */
    @Test
    void aPassEveryHostWouldGetNamesTheMechanismThatGaveIt() {
        String forger = "203.0.113.66";
        dns.txt("plus-all.example", "v=spf1 +all");
        dns.txt("bare-all.example", "v=spf1 mx all");
        dns.txt("zero.example", "v=spf1 ip4:0.0.0.0/0 -all");
        dns.txt("slash7.example", "v=spf1 ip4:202.0.0.0/7 -all");
        dns.txt("a-zero.example", "v=spf1 a/0 -all");
        dns.add("a-zero.example", DnsType.A, "192.0.2.1");
        dns.txt("exists.example", "v=spf1 exists:exists.example -all");
        dns.add("exists.example", DnsType.A, "127.0.0.2");
        dns.txt("helo.example", "v=spf1 a:%{h} -all");
        dns.add("forger.example.net", DnsType.A, forger);
        dns.txt("wide.example", "v=spf1 +all");
        dns.txt("includer.example", "v=spf1 ip4:192.0.2.0/24 include:wide.example -all");
        dns.txt("nested.example", "v=spf1 include:includer.example -all");
        dns.txt("redirector.example", "v=spf1 ip4:192.0.2.0/24 redirect=wide.example");
        dns.txt("by-helo.example", "v=spf1 include:%{h} -all");
        dns.txt("forger.example.net", "v=spf1 ip4:" + forger + " -all");
        assertThat(mf(forger, "plus-all.example").anyHostMechanism()).isEqualTo("+all (SPF record of plus-all.example)");
        assertThat(mf(forger, "bare-all.example").anyHostMechanism()).isEqualTo("all (SPF record of bare-all.example)");
        assertThat(mf(forger, "zero.example").anyHostMechanism()).isEqualTo("ip4:0.0.0.0/0 (SPF record of zero.example)");
        assertThat(mf(forger, "slash7.example").anyHostMechanism()).startsWith("ip4:202.0.0.0/7 ");
        assertThat(mf(forger, "a-zero.example").anyHostMechanism()).startsWith("a/0 ");
        assertThat(mf(forger, "exists.example").anyHostMechanism()).startsWith("exists:exists.example ");
        SpfResult helo = spf.checkMailFrom(ip(forger), "ceo@helo.example", "forger.example.net");
        assertThat(helo.anyHostMechanism()).startsWith("a:%{h} ");
        // through include and redirect: the record that let everyone pass is named
        for (String d : List.of("includer.example", "nested.example", "redirector.example")) {
            SpfResult r = mf(forger, d);
            assertThat(r.result()).as(d).isEqualTo(SpfResultCode.PASS);
            assertThat(r.isPassForAnyHost()).as(d).isTrue();
            assertThat(r.anyHostMechanism()).as(d).isEqualTo("+all (SPF record of wide.example)");
        }
        SpfResult own = spf.checkMailFrom(ip(forger), "ceo@by-helo.example", "forger.example.net");
        assertThat(own.result()).isEqualTo(SpfResultCode.PASS);
        assertThat(own.anyHostMechanism()).isEqualTo("include:%{h} (SPF record of by-helo.example)");
        for (String d : List.of("plus-all.example", "zero.example", "slash7.example", "a-zero.example", "exists.example")) {
            assertThat(mf(forger, d).result()).as(d).isEqualTo(SpfResultCode.PASS);
        }
    }

    @Test
    void aPassFromHostsTheRecordNamesIsNoAnyHostPass() {
        dns.txt("specific.example", "v=spf1 ip4:192.0.2.0/24 ip4:17.0.0.0/8 ip6:2003::/19 ip6:2001:db8::/16 +all");
        dns.txt("includer.example", "v=spf1 include:specific.example -all");
        dns.txt("exists-i.example", "v=spf1 exists:%{i}._spf.exists-i.example -all");
        dns.add("192.0.2.5._spf.exists-i.example", DnsType.A, "127.0.0.2");
        dns.txt("helo-sub.example", "v=spf1 a:%{h}.helo-sub.example -all");
        dns.add("forger.example.net.helo-sub.example", DnsType.A, "192.0.2.5");
        for (String ip : List.of("192.0.2.5", "17.1.2.3", "2003:1::1", "2001:db8:ffff::1")) {
            SpfResult r = mf(ip, "specific.example");
            assertThat(r.result()).as(ip).isEqualTo(SpfResultCode.PASS);
            assertThat(r.anyHostMechanism()).as(ip).isEmpty();
            assertThat(mf(ip, "includer.example").anyHostMechanism()).as(ip).isEmpty();
        }
        // the /15 is wider than any one operator's IPv6 space; the record's +all would have passed the forger anyway
        dns.txt("v6wide.example", "v=spf1 ip6:2000::/15 -all");
        assertThat(mf("2001:db8::1", "v6wide.example").anyHostMechanism()).isEqualTo("ip6:2000::/15 (SPF record of v6wide.example)");
        assertThat(mf("192.0.2.5", "exists-i.example").anyHostMechanism()).isEmpty();
        SpfResult helo = spf.checkMailFrom(ip("192.0.2.5"), "a@helo-sub.example", "forger.example.net");
        assertThat(helo.result()).isEqualTo(SpfResultCode.PASS);
        assertThat(helo.anyHostMechanism()).isEmpty();
    }

    @Test
    void onlyAPassCarriesTheAnyHostMechanism() {
        dns.txt("neutral.example", "v=spf1 ?all");
        dns.txt("wide.example", "v=spf1 +all");
        dns.txt("minus-include.example", "v=spf1 -include:wide.example +all");
        dns.txt("soft.example", "v=spf1 ~ip4:0.0.0.0/0 -all");
        for (String d : List.of("neutral.example", "minus-include.example", "soft.example")) {
            SpfResult r = mf("203.0.113.66", d);
            assertThat(r.result()).as(d).isNotEqualTo(SpfResultCode.PASS);
            assertThat(r.anyHostMechanism()).as(d).isEmpty();
            assertThat(r.isPassForAnyHost()).as(d).isFalse();
        }
    }

    @Test
    void macroHelpersTellClientChosenNamesAndAddressMacros() {
        assertThat(SpfEvaluator.clientChosenName("%{h}")).isTrue();
        assertThat(SpfEvaluator.clientChosenName("%{H2}")).isTrue();
        assertThat(SpfEvaluator.clientChosenName("_spf.%{l1r}")).isTrue();
        assertThat(SpfEvaluator.clientChosenName("%{h}.spf.example")).isFalse();
        assertThat(SpfEvaluator.clientChosenName("%{d}")).isFalse();
        assertThat(SpfEvaluator.clientChosenName("x.%%{h}")).isFalse();
        assertThat(SpfEvaluator.clientChosenName(null)).isFalse();
        assertThat(SpfEvaluator.macroLetters("%{ir}.%{l1r+-}._spf.%{d}")).isEqualTo("ild");
        assertThat(SpfEvaluator.macroLetters("a%%{i}b%_c")).isEmpty();
    }

    /**
     * RFC 7208 §7.3: the digit transformer is a number of labels; "0001" is 1 and "0000" is zero (a syntax error).
     * Before, any digit string longer than three characters was read as "keep all labels", so leading zeros changed
     * which name was looked up.
     */
    @Test
    void labelCountsWithLeadingZerosAreTheirValue() {
        dns.txt("v.example", "v=spf1 exists:%{d0001}.z.test exists:%{d00002r}.y.test -all");
        assertThat(mf("192.0.2.1", "v.example").result()).isEqualTo(SpfResultCode.FAIL);
        assertThat(dns.queries).contains("example.z.test A", "example.v.y.test A");
        dns.txt("zero.example", "v=spf1 exists:%{d0000}.z.test -all");
        assertThat(mf("192.0.2.1", "zero.example").result()).isEqualTo(SpfResultCode.PERMERROR);
    }

    /**
     * RFC 7208 §7.3: an expanded name over 253 characters loses labels on the left until it fits; it is no error.
     * Before, an expansion over 8192 characters was permerror: a forger sending from a local-part of a few thousand
     * characters (one SMTP line holds 8 KiB) turned the fail of a record with {@code %{l}} into permerror, which
     * {@code spfPolicy=reject} does not refuse.
     */
    @Test
    void aHugeLocalPartIsTruncatedNotPermerror() {
        dns.txt("victim.example", "v=spf1 exists:%{l}.%{l}.%{l}._u.victim.example -all");
        String local = "abcdefgh.".repeat(400) + "z";
        SpfResult r = spf.checkMailFrom(ip("192.0.2.1"), local + "@victim.example", "h.example.net");
        assertThat(r.result()).as(r.reason()).isEqualTo(SpfResultCode.FAIL);
        String full = local + "." + local + "." + local + "._u.victim.example";
        String expected = full.substring(full.indexOf('.', full.length() - 254) + 1);
        assertThat(expected.length()).isLessThanOrEqualTo(253);
        assertThat(dns.queries).containsExactly("victim.example TXT", expected + " A");
        // the same name, so a name the owner published there still matches
        dns.add(expected, DnsType.A, "127.0.0.2");
        assertThat(spf.checkMailFrom(ip("192.0.2.1"), local + "@victim.example", "h.example.net").result())
                .isEqualTo(SpfResultCode.PASS);
    }

    /**
     * A name from %{p} is the client's own: whoever holds an address sets its PTR and the forward name in his own zone
     * (any rented server can), so {@code a:%{p}}, {@code include:%{p}} or {@code exists:%{p}} pass every such host,
     * like %{h}.
     */
    @Test
    void aNameFromTheValidatedPtrIsChosenByTheClient() {
        String forger = "203.0.113.66";
        dns.add("66.113.0.203.in-addr.arpa", DnsType.PTR, "host.forger.example.net");
        dns.add("host.forger.example.net", DnsType.A, forger);
        dns.txt("host.forger.example.net", "v=spf1 +all");
        dns.txt("a-p.example", "v=spf1 a:%{p} -all");
        dns.txt("include-p.example", "v=spf1 include:%{p} -all");
        dns.txt("exists-p.example", "v=spf1 exists:%{p} -all");
        for (String d : List.of("a-p.example", "include-p.example", "exists-p.example")) {
            SpfResult r = mf(forger, d);
            assertThat(r.result()).as(d).isEqualTo(SpfResultCode.PASS);
            assertThat(r.isPassForAnyHost()).as(d).isTrue();
        }
        assertThat(SpfEvaluator.clientChosenName("%{p}")).isTrue();
        assertThat(SpfEvaluator.clientChosenName("%{p}._spf.example")).isFalse();
    }

    /**
     * RFC 7208 §4.6.4 bounds the address lookups of one PTR evaluation; a forger's record that names %{p} in every
     * include (each a new %{d}) or many ptr mechanisms must not ask the client's PTR again each time. The client's
     * names are the same for the whole check: asked once, validated once.
     */
    @Test
    void theClientsPtrIsAskedOncePerCheck() {
        String client = "203.0.113.66";
        String[] names = new String[10];
        for (int i = 0; i < 10; i++) {
            names[i] = "n" + i + ".forger.example.net";
            dns.add(names[i], DnsType.A, client);
        }
        dns.add("66.113.0.203.in-addr.arpa", DnsType.PTR, names);
        StringBuilder top = new StringBuilder("v=spf1");
        for (int i = 0; i < 3; i++) { // 3 includes of 2 DNS terms each: 9 of the 10
            top.append(" include:i").append(i).append(".forger.example");
            dns.add("n0.forger.example.net.i" + i + ".forger.example.x.test", DnsType.A, "127.0.0.2");
            dns.txt("i" + i + ".forger.example", "v=spf1 ptr:other.example ?exists:%{p}.%{d}.x.test -all");
        }
        dns.txt("forger.example", top + " -all");
        SpfResult r = mf(client, "forger.example");
        assertThat(r.result()).as(r.reason()).isEqualTo(SpfResultCode.FAIL);
        assertThat(dns.count("66.113.0.203.in-addr.arpa", DnsType.PTR)).isEqualTo(1);
        for (String n : names) {
            assertThat(dns.count(n, DnsType.A)).as(n).isEqualTo(1);
        }
    }
}
