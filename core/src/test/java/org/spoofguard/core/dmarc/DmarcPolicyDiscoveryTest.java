package org.spoofguard.core.dmarc;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.spoofguard.core.dmarc.DmarcPolicyDiscovery.Mode;
import org.spoofguard.core.dmarc.DmarcPolicyDiscovery.Outcome;
import org.spoofguard.core.dns.DnsStatus;
import org.spoofguard.core.dns.DnsType;

class DmarcPolicyDiscoveryTest {

    @Test
    void treeWalkNamesJumpToSevenLabelsThenOneAtATimeDownToTheTld() {
        assertThat(DmarcPolicyDiscovery.treeWalkNames("a.b.c.d.e.f.g.h.i.j.k.example.com")).containsExactly(
                "a.b.c.d.e.f.g.h.i.j.k.example.com", "g.h.i.j.k.example.com", "h.i.j.k.example.com",
                "i.j.k.example.com", "j.k.example.com", "k.example.com", "example.com", "com");
        assertThat(DmarcPolicyDiscovery.treeWalkNames("mail.example.com"))
                .containsExactly("mail.example.com", "example.com", "com");
        assertThat(DmarcPolicyDiscovery.treeWalkNames("a.b.c.d.e.f.g.example")).hasSize(8)
                .element(1).isEqualTo("b.c.d.e.f.g.example");
    }

    @Test
    void deepNameQueriesAtMostEight() {
        FakeDns dns = new FakeDns().txt("_dmarc.example.com", "v=DMARC1; p=reject");
        DmarcPolicyDiscovery.Discovery d = new DmarcPolicyDiscovery(dns).discover("a.b.c.d.e.f.g.h.i.j.k.example.com");
        assertThat(d.outcome()).isEqualTo(Outcome.FOUND);
        assertThat(d.policyDomain()).isEqualTo("example.com");
        assertThat(dns.txtQueries()).containsExactly("_dmarc.a.b.c.d.e.f.g.h.i.j.k.example.com",
                "_dmarc.g.h.i.j.k.example.com", "_dmarc.h.i.j.k.example.com", "_dmarc.i.j.k.example.com",
                "_dmarc.j.k.example.com", "_dmarc.k.example.com", "_dmarc.example.com");
    }

    @Test
    void intermediateRecordIsFoundBeforeOrganizationalOne() {
        FakeDns dns = new FakeDns()
                .txt("_dmarc.b.example.com", "v=DMARC1; p=reject; psd=n")
                .txt("_dmarc.example.com", "v=DMARC1; p=none");
        DmarcPolicyDiscovery disc = new DmarcPolicyDiscovery(dns);
        DmarcPolicyDiscovery.Discovery d = disc.discover("a.b.example.com");
        assertThat(d.policyDomain()).isEqualTo("b.example.com");
        assertThat(d.record().orElseThrow().policy()).isEqualTo(DmarcPolicy.REJECT);
        assertThat(disc.organizationalDomain("a.b.example.com").domain()).isEqualTo("b.example.com");
    }

    @Test
    void publicSuffixModeSkipsIntermediateNames() {
        FakeDns dns = new FakeDns()
                .txt("_dmarc.b.example.com", "v=DMARC1; p=reject")
                .txt("_dmarc.example.com", "v=DMARC1; p=none");
        DmarcPolicyDiscovery.Discovery d = new DmarcPolicyDiscovery(dns, Mode.PUBLIC_SUFFIX).discover("a.b.example.com");
        assertThat(d.policyDomain()).isEqualTo("example.com");
        assertThat(dns.txtQueries()).containsExactly("_dmarc.a.b.example.com", "_dmarc.example.com");
    }

    @Test
    void orgDomainByTreeWalkWithPsd() {
        // RFC 9989 Appendix B style: bank.example is a PSD.
        FakeDns dns = new FakeDns()
                .txt("_dmarc.bank.example", "v=DMARC1; p=reject; psd=y")
                .txt("_dmarc.giant.bank.example", "v=DMARC1; p=quarantine");
        DmarcPolicyDiscovery disc = new DmarcPolicyDiscovery(dns);
        assertThat(disc.organizationalDomain("mail.giant.bank.example").domain()).isEqualTo("giant.bank.example");
        assertThat(disc.organizationalDomain("mail.mega.bank.example").domain()).isEqualTo("mega.bank.example");
        assertThat(disc.organizationalDomain("bank.example").domain()).isEqualTo("bank.example");
        // no records anywhere: the name is its own org domain
        assertThat(disc.organizationalDomain("x.unrelated.test").domain()).isEqualTo("x.unrelated.test");
        // without psd: the highest name with a record
        FakeDns plain = new FakeDns().txt("_dmarc.example.com", "v=DMARC1; p=none")
                .txt("_dmarc.mail.example.com", "v=DMARC1; p=reject");
        assertThat(new DmarcPolicyDiscovery(plain).organizationalDomain("a.mail.example.com").domain()).isEqualTo("example.com");
    }

    @Test
    void multipleRecordsDiscardedInTreeWalkButTerminateInRfc7489Mode() {
        FakeDns dns = new FakeDns()
                .txt("_dmarc.mail.example.com", "v=DMARC1; p=none", "v=DMARC1; p=quarantine")
                .txt("_dmarc.example.com", "v=DMARC1; p=reject");
        DmarcPolicyDiscovery.Discovery walk = new DmarcPolicyDiscovery(dns).discover("mail.example.com");
        assertThat(walk.outcome()).isEqualTo(Outcome.FOUND);
        assertThat(walk.policyDomain()).isEqualTo("example.com");
        assertThat(walk.reason()).contains("multiple records at _dmarc.mail.example.com discarded");

        DmarcPolicyDiscovery.Discovery psl = new DmarcPolicyDiscovery(dns, Mode.PUBLIC_SUFFIX).discover("mail.example.com");
        assertThat(psl.outcome()).isEqualTo(Outcome.NONE);
        assertThat(psl.reason()).contains("multiple");
    }

    @Test
    void nonDmarcTxtIgnored() {
        FakeDns dns = new FakeDns().txt("_dmarc.example.com", "v=spf1 -all", "hello", "v=DMARC1; p=quarantine");
        assertThat(new DmarcPolicyDiscovery(dns).discover("example.com").record().orElseThrow().policy())
                .isEqualTo(DmarcPolicy.QUARANTINE);
    }

    @Test
    void dnsTroubleAnywhereIsTemperrorNeverNone() {
        for (DnsStatus bad : new DnsStatus[] {DnsStatus.TIMEOUT, DnsStatus.SERVFAIL}) {
            FakeDns dns = new FakeDns().fail("_dmarc.example.com", DnsType.TXT, bad);
            assertThat(new DmarcPolicyDiscovery(dns).discover("mail.example.com").outcome()).isEqualTo(Outcome.TEMPERROR);
            assertThat(new DmarcPolicyDiscovery(dns, Mode.PUBLIC_SUFFIX).discover("mail.example.com").outcome())
                    .isEqualTo(Outcome.TEMPERROR);
            assertThat(new DmarcPolicyDiscovery(dns).organizationalDomain("mail.example.com").temperror()).isTrue();
        }
        // a record found before the failing name ends the walk without touching it
        FakeDns dns = new FakeDns().fail("_dmarc.com", DnsType.TXT, DnsStatus.TIMEOUT)
                .txt("_dmarc.example.com", "v=DMARC1; p=reject");
        assertThat(new DmarcPolicyDiscovery(dns).discover("example.com").outcome()).isEqualTo(Outcome.FOUND);
    }

    @Test
    void resolverExceptionIsTemperror() {
        DmarcPolicyDiscovery disc = new DmarcPolicyDiscovery((name, type) -> {
            throw new IllegalStateException("boom");
        });
        assertThat(disc.discover("example.com").outcome()).isEqualTo(Outcome.TEMPERROR);
    }

    @Test
    void recordWithoutPolicyStopsDiscovery() {
        FakeDns dns = new FakeDns().txt("_dmarc.mail.example.com", "v=DMARC1; adkim=s")
                .txt("_dmarc.example.com", "v=DMARC1; p=reject");
        assertThat(new DmarcPolicyDiscovery(dns).discover("mail.example.com").outcome()).isEqualTo(Outcome.NO_POLICY);
    }

    @Test
    void anUnknownModeIsRefusedInEnglishThenDanish() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Mode.parse("dns"))
            .hasMessage("must be treewalk or publicsuffix, got 'dns' / skal være treewalk eller publicsuffix, ikke 'dns'");
    }
}
