package org.spoofguard.core.posture;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.spoofguard.core.dkim.DkimSigner;
import org.spoofguard.core.dmarc.DmarcPolicyDiscovery;
import org.spoofguard.core.dns.DnsType;

class PostureCheckerTest {
    static String ourKey;
    static String otherKey;
    static String weakKey;

    @BeforeAll
    static void keys() throws Exception {
        KeyPairGenerator rsa = KeyPairGenerator.getInstance("RSA");
        rsa.initialize(2048);
        ourKey = DkimSigner.keyRecord(rsa.generateKeyPair().getPublic());
        otherKey = DkimSigner.keyRecord(rsa.generateKeyPair().getPublic());
        KeyPairGenerator small = KeyPairGenerator.getInstance("RSA");
        small.initialize(1024);
        weakKey = DkimSigner.keyRecord(small.generateKeyPair().getPublic());
    }

    static PostureReport check(MapDns dns, DkimExpectation dkim) {
        return new PostureChecker(dns, DmarcPolicyDiscovery.Mode.TREE_WALK).check("example.dk", dkim);
    }

    static DkimExpectation signing(String key) {
        return new DkimExpectation(true, "spoofguard", Optional.ofNullable(key));
    }

    static List<String> codes(PostureReport r, Severity s) {
        return r.findings().stream().filter(f -> f.severity() == s).map(Finding::code).toList();
    }

    /** Everything right: SPF -all, DMARC p=reject with rua, our key published, MX, MTA-STS and TLS-RPT. */
    static MapDns good() {
        return new MapDns()
            .txt("example.dk", "v=spf1 mx include:_spf.provider.dk -all", "google-site-verification=x")
            .add("example.dk", DnsType.MX, "mx.example.dk")
            .add("mx.example.dk", DnsType.A, "192.0.2.25")
            .txt("_spf.provider.dk", "v=spf1 ip4:198.51.100.0/24 -all")
            .txt("_dmarc.example.dk", "v=DMARC1; p=reject; rua=mailto:dmarc@example.dk")
            .txt("spoofguard._domainkey.example.dk", ourKey)
            .txt("_mta-sts.example.dk", "v=STSv1; id=2026")
            .txt("_smtp._tls.example.dk", "v=TLSRPTv1; rua=mailto:tls@example.dk");
    }

    @Test
    void aWellConfiguredDomainHasOnlyOkFindings() {
        PostureReport r = check(good(), signing(ourKey));
        assertThat(r.worst()).as(r.findings().toString()).isEqualTo(Severity.OK);
        assertThat(r.findings()).extracting(Finding::code).contains("spf.hardfail", "spf.lookups", "dmarc.reject",
            "dmarc.rua", "dkim.signing", "dkim.published", "mx.present", "mta-sts.present", "tls-rpt.present");
        assertThat(r.findings(Area.SPF)).filteredOn(f -> f.code().equals("spf.lookups")).singleElement()
            .satisfies(f -> assertThat(f.detail()).startsWith("2 of 10"));
        assertThat(r.dkimRecordName()).contains("spoofguard._domainkey.example.dk");
        assertThat(r.dkimRecord()).contains(ourKey);
    }

    @Test
    void missingRecordsAreFailuresWithAdviceInBothLanguages() {
        PostureReport r = check(new MapDns().add("example.dk", DnsType.A, "192.0.2.1"), new DkimExpectation(false, "spoofguard", Optional.empty()));
        assertThat(codes(r, Severity.FAIL)).containsExactly("spf.missing", "dmarc.missing", "dkim.not-signing");
        assertThat(codes(r, Severity.WARN)).containsExactly("mx.missing");
        assertThat(codes(r, Severity.INFO)).containsExactly("mta-sts.missing", "tls-rpt.missing");
        Finding dmarc = r.findings(Area.DMARC).get(0);
        assertThat(dmarc.adviceEn()).contains("v=DMARC1; p=reject").contains("refuse mail forging your domain");
        assertThat(dmarc.advice("da")).contains("v=DMARC1; p=reject").contains("afviser");
        assertThat(r.findings()).allSatisfy(f -> {
            assertThat(f.adviceEn()).isNotBlank().doesNotContain("\n");
            assertThat(f.adviceDa()).isNotBlank().doesNotContain("\n").isNotEqualTo(f.adviceEn());
        });
    }

    @Test
    void softfailNeutralAndPassAllAreTold() {
        MapDns soft = new MapDns().txt("example.dk", "v=spf1 mx ~all");
        assertThat(codes(check(soft, signing(null)), Severity.WARN)).contains("spf.softfail");
        MapDns neutral = new MapDns().txt("example.dk", "v=spf1 mx ?all");
        assertThat(codes(check(neutral, signing(null)), Severity.FAIL)).contains("spf.neutral");
        MapDns none = new MapDns().txt("example.dk", "v=spf1 mx");
        assertThat(codes(check(none, signing(null)), Severity.FAIL)).contains("spf.neutral");
        MapDns plus = new MapDns().txt("example.dk", "v=spf1 +all");
        assertThat(codes(check(plus, signing(null)), Severity.FAIL)).contains("spf.pass-all");
        // redirect= hands over the final qualifier (RFC 7208 §6.1)
        MapDns redirect = new MapDns().txt("example.dk", "v=spf1 redirect=_spf.example.dk").txt("_spf.example.dk", "v=spf1 a -all");
        assertThat(codes(check(redirect, signing(null)), Severity.OK)).contains("spf.hardfail");
    }

    @Test
    void aPassForEveryHostIsToldOnceAndANetworkOfOneOwnerIsNot() {
        // +all is spf.pass-all only; a /8 still names one network (SpfEvaluator.MIN_IP4_PREFIX); a -include of a
        // +all record makes every host fail, not pass
        assertThat(check(new MapDns().txt("example.dk", "v=spf1 +all"), signing(null)).findings())
            .extracting(Finding::code).contains("spf.pass-all").doesNotContain("spf.pass-any-host");
        assertThat(check(new MapDns().txt("example.dk", "v=spf1 ip4:17.0.0.0/8 -all"), signing(null)).findings())
            .extracting(Finding::code).doesNotContain("spf.pass-any-host");
        MapDns minus = new MapDns().txt("example.dk", "v=spf1 -include:lax.example.dk -all").txt("lax.example.dk", "v=spf1 +all");
        assertThat(check(minus, signing(null)).findings()).extracting(Finding::code).doesNotContain("spf.pass-any-host");
        MapDns redirect = new MapDns().txt("example.dk", "v=spf1 redirect=_spf.example.dk").txt("_spf.example.dk", "v=spf1 ip6:2000::/3 -all");
        assertThat(check(redirect, signing(null)).findings()).filteredOn(f -> f.code().equals("spf.pass-any-host")).singleElement()
            .satisfies(f -> assertThat(f.detail()).contains("ip6:2000::/3 (SPF record of _spf.example.dk)"));
    }

    @Test
    void twoSpfRecordsAndSyntaxErrorsFail() {
        MapDns two = new MapDns().txt("example.dk", "v=spf1 -all", "v=spf1 mx -all");
        assertThat(codes(check(two, signing(null)), Severity.FAIL)).contains("spf.multiple");
        MapDns bad = new MapDns().txt("example.dk", "v=spf1 ip4:999.1.1.1 -all");
        assertThat(codes(check(bad, signing(null)), Severity.FAIL)).contains("spf.syntax");
    }

    @Test
    void lookupCountFollowsIncludesAndFailsAboveTen() {
        MapDns dns = new MapDns();
        StringBuilder top = new StringBuilder("v=spf1");
        for (int i = 1; i <= 4; i++) {
            top.append(" include:i").append(i).append(".provider.dk");
            dns.txt("i" + i + ".provider.dk", "v=spf1 include:j" + i + ".provider.dk ip4:192.0.2." + i + " -all");
            dns.txt("j" + i + ".provider.dk", "v=spf1 ip4:198.51.100." + i + " ~all");
        }
        top.append(" mx a -all");
        dns.txt("example.dk", top.toString()).add("example.dk", DnsType.MX, "mx.example.dk").add("example.dk", DnsType.A, "192.0.2.9");
        PostureReport r = check(dns, signing(null));
        // 4 includes + 4 nested includes + mx + a = 10: still fine
        assertThat(r.findings()).filteredOn(f -> f.code().equals("spf.lookups")).singleElement()
            .satisfies(f -> assertThat(f.detail()).startsWith("10 of 10"));
        MapDns eleven = new MapDns()
            .txt("example.dk", top.toString().replace(" mx a -all", " mx a exists:%{i}.x.dk -all"))
            .add("example.dk", DnsType.MX, "mx.example.dk").add("example.dk", DnsType.A, "192.0.2.9");
        for (int i = 1; i <= 4; i++) {
            eleven.txt("i" + i + ".provider.dk", "v=spf1 include:j" + i + ".provider.dk -all");
            eleven.txt("j" + i + ".provider.dk", "v=spf1 ip4:198.51.100." + i + " ~all");
        }
        PostureReport r11 = check(eleven, signing(null));
        assertThat(r11.findings()).filteredOn(f -> f.code().equals("spf.too-many-lookups")).singleElement()
            .satisfies(f -> {
                assertThat(f.severity()).isEqualTo(Severity.FAIL);
                assertThat(f.detail()).startsWith("11 DNS lookups");
            });
    }

    @Test
    void voidLookupsAreCounted() {
        MapDns dns = new MapDns().txt("example.dk", "v=spf1 a:gone1.example.dk mx:gone2.example.dk include:gone3.example.dk -all")
            .txt("_dmarc.example.dk", "v=DMARC1; p=reject");
        PostureReport r = check(dns, signing(null));
        assertThat(r.findings()).filteredOn(f -> f.code().equals("spf.void-lookups")).singleElement()
            .satisfies(f -> {
                assertThat(f.severity()).isEqualTo(Severity.FAIL);
                assertThat(f.detail()).startsWith("3 void lookups").contains("gone1.example.dk").contains("gone2.example.dk");
            });
        MapDns one = new MapDns().txt("example.dk", "v=spf1 a:gone1.example.dk -all");
        assertThat(codes(check(one, signing(null)), Severity.WARN)).contains("spf.void-lookups");
    }

    @Test
    void dmarcWeaknessesAreReported() {
        MapDns none = new MapDns().txt("_dmarc.example.dk", "v=DMARC1; p=none; sp=none; pct=50");
        PostureReport r = check(none, signing(null));
        assertThat(codes(r, Severity.FAIL)).contains("dmarc.none");
        assertThat(codes(r, Severity.WARN)).contains("dmarc.pct");
        assertThat(codes(r, Severity.INFO)).contains("dmarc.no-rua");
        MapDns weakSp = new MapDns().txt("_dmarc.example.dk", "v=DMARC1; p=reject; sp=none; adkim=s; rua=mailto:d@example.dk");
        PostureReport w = check(weakSp, signing(null));
        assertThat(codes(w, Severity.WARN)).contains("dmarc.weak-sp");
        assertThat(w.findings()).filteredOn(f -> f.code().equals("dmarc.alignment")).singleElement()
            .satisfies(f -> assertThat(f.detail()).isEqualTo("adkim=s aspf=r"));
        MapDns quarantine = new MapDns().txt("_dmarc.example.dk", "v=DMARC1; p=quarantine; rua=mailto:d@example.dk");
        assertThat(codes(check(quarantine, signing(null)), Severity.WARN)).contains("dmarc.quarantine");
    }

    @Test
    void anExternalRuaThatAuthorisesOurReportsIsFine() {
        MapDns zone = new MapDns().txt("_dmarc.example.dk", "v=DMARC1; p=reject; rua=mailto:dmarc@example.dk,mailto:r@Vendor.test!10m")
            .txt("example.dk._report._dmarc.vendor.test", "v=DMARC1");
        assertThat(check(zone, signing(null)).findings()).extracting(Finding::code).contains("dmarc.rua")
            .doesNotContain("dmarc.rua-unauthorized", "dmarc.rua-dns-error");
        MapDns down = new MapDns().txt("_dmarc.example.dk", "v=DMARC1; p=reject; rua=mailto:r@vendor.test")
            .timeout("example.dk._report._dmarc.vendor.test");
        assertThat(codes(check(down, signing(null)), Severity.WARN)).contains("dmarc.rua-dns-error");
    }

    @Test
    void dmarcTreeWalkFindsTheParentPolicyForASubdomain() {
        MapDns dns = new MapDns().txt("_dmarc.example.dk", "v=DMARC1; p=reject; sp=quarantine; rua=mailto:d@example.dk")
            .add("mail.example.dk", DnsType.A, "192.0.2.1");
        PostureReport r = new PostureChecker(dns, DmarcPolicyDiscovery.Mode.TREE_WALK)
            .check("mail.example.dk", new DkimExpectation(false, "s", Optional.empty()));
        assertThat(r.findings(Area.DMARC)).extracting(Finding::code).contains("dmarc.inherited", "dmarc.quarantine");
        assertThat(dns.asked).containsSubsequence("_dmarc.mail.example.dk/TXT", "_dmarc.example.dk/TXT");
    }

    @Test
    void dkimKeyProblemsAreFound() {
        assertThat(codes(check(good().txt("spoofguard._domainkey.example.dk", otherKey), signing(ourKey)), Severity.FAIL))
            .as("two key records").contains("dkim.broken");
        assertThat(codes(check(new MapDns().txt("spoofguard._domainkey.example.dk", "v=DKIM1; k=rsa; p=!!!"), signing(ourKey)),
            Severity.FAIL)).as("bad base64").contains("dkim.broken");
        MapDns unpublished = new MapDns();
        PostureReport u = check(unpublished, signing(ourKey));
        assertThat(u.findings()).filteredOn(f -> f.code().equals("dkim.unpublished")).singleElement()
            .satisfies(f -> assertThat(f.adviceEn()).contains("spoofguard._domainkey.example.dk").contains(ourKey));
        MapDns other = new MapDns().txt("spoofguard._domainkey.example.dk", otherKey);
        assertThat(codes(check(other, signing(ourKey)), Severity.FAIL)).contains("dkim.mismatch");
        MapDns weak = new MapDns().txt("spoofguard._domainkey.example.dk", weakKey);
        assertThat(codes(check(weak, signing(weakKey)), Severity.WARN)).contains("dkim.weak-key");
        MapDns revoked = new MapDns().txt("spoofguard._domainkey.example.dk", "v=DKIM1; p=");
        assertThat(codes(check(revoked, signing(ourKey)), Severity.FAIL)).contains("dkim.broken");
        assertThat(codes(check(new MapDns(), signing(null)), Severity.WARN)).contains("dkim.no-key");
    }

    @Test
    void dnsTroubleIsAWarningNeverAMissingRecord() {
        MapDns dns = new MapDns().timeout("example.dk").timeout("_dmarc.example.dk").timeout("spoofguard._domainkey.example.dk")
            .timeout("_mta-sts.example.dk").timeout("_smtp._tls.example.dk");
        PostureReport r = check(dns, signing(ourKey));
        assertThat(codes(r, Severity.FAIL)).isEmpty();
        assertThat(codes(r, Severity.WARN)).contains("spf.dns-error", "dmarc.dns-error", "dkim.dns-error", "mx.dns-error",
            "mta-sts.dns-error", "tls-rpt.dns-error");
    }

    @Test
    void anIncludeLoopIsBoundedAndReported() {
        MapDns dns = new MapDns().txt("example.dk", "v=spf1 include:a.example.dk -all")
            .txt("a.example.dk", "v=spf1 include:b.example.dk -all").txt("b.example.dk", "v=spf1 include:a.example.dk -all");
        PostureReport r = check(dns, signing(null));
        assertThat(r.findings()).filteredOn(f -> f.code().equals("spf.notes")).singleElement()
            .satisfies(f -> assertThat(f.detail()).contains("loop"));
        assertThat(dns.asked.size()).isLessThan(60);
    }
}
