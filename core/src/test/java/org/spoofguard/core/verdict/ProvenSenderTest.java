package org.spoofguard.core.verdict;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.spoofguard.core.dkim.DkimResult;
import org.spoofguard.core.dkim.DkimResultCode;
import org.spoofguard.core.dmarc.DmarcPolicy;
import org.spoofguard.core.dmarc.DmarcResult;
import org.spoofguard.core.dmarc.DmarcResultCode;
import org.spoofguard.core.spf.SpfResult;
import org.spoofguard.core.spf.SpfResultCode;

class ProvenSenderTest {
    static SenderVerdict v(SpfResultCode spf, String spfIdentity, List<DkimResult> dkim, DmarcResultCode dmarc) {
        return new SenderVerdict("192.0.2.7", "mx.example.com", "a@example.com",
            new SpfResult(spf, spfIdentity, SpfResult.MAILFROM.equals(spfIdentity) ? "example.com" : "mx.example.com",
                "a@example.com", ""),
            new SpfResult(SpfResultCode.NONE, SpfResult.HELO, "mx.example.com", "postmaster@mx.example.com", ""),
            dkim, new DmarcResult(dmarc, "example.com", "example.com", DmarcPolicy.REJECT, false, false, ""));
    }

    @Test
    void returnPathIsProvenBySpfPassForExactlyThatDomainOrAnAlignedDkimPassOrSmtpAuth() {
        assertThat(ProvenSender.returnPath(v(SpfResultCode.PASS, SpfResult.MAILFROM, List.of(), DmarcResultCode.NONE),
            "example.com")).get().extracting(ProvenSender.Proof::code).isEqualTo("proven:spf=pass");
        assertThat(ProvenSender.returnPath(v(SpfResultCode.PASS, SpfResult.MAILFROM, List.of(), DmarcResultCode.NONE),
            "other.example")).isEmpty();
        // the HELO identity says nothing about the return path
        assertThat(ProvenSender.returnPath(v(SpfResultCode.PASS, SpfResult.HELO, List.of(), DmarcResultCode.NONE),
            "example.com")).isEmpty();
        SenderVerdict dkim = v(SpfResultCode.NONE, SpfResult.MAILFROM,
            List.of(new DkimResult(DkimResultCode.PASS, "mail.example.com", "s", "rsa-sha256", "")), DmarcResultCode.NONE);
        assertThat(ProvenSender.returnPath(dkim, "example.com")).get().extracting(ProvenSender.Proof::code)
            .isEqualTo("proven:dkim=pass(d=mail.example.com)");
        assertThat(dkim.mailFromProven()).isTrue();
        // an incomplete record proves nothing, except our own SMTP AUTH user
        VerdictRecord incomplete = new VerdictRecord(dkim, "", List.of("DKIM time budget"));
        assertThat(ProvenSender.returnPath(incomplete)).isEmpty();
        assertThat(ProvenSender.returnPath(new VerdictRecord(dkim, "alice", List.of("x")))).get()
            .extracting(ProvenSender.Proof::code).isEqualTo("proven:smtp-auth");
        assertThat(ProvenSender.returnPath(new VerdictRecord(dkim))).isPresent();
    }

    /**
     * A signed mail replayed from anywhere with MAIL FROM:<anyone@sub.example.com>: SPF fails for that domain, the
     * signature still passes. The domain's "not from here" stands; DSNs and vacation replies are not sent there.
     */
    @Test
    void aDkimPassDoesNotOverruleAnSpfFailForTheReturnPath() {
        List<DkimResult> replayed = List.of(new DkimResult(DkimResultCode.PASS, "example.com", "s", "rsa-sha256", ""));
        assertThat(ProvenSender.returnPath(v(SpfResultCode.FAIL, SpfResult.MAILFROM, replayed, DmarcResultCode.PASS),
            "example.com")).isEmpty();
        // neutral, none (a domain that says nothing about this host): the aligned signature still proves it
        for (SpfResultCode spf : List.of(SpfResultCode.NEUTRAL, SpfResultCode.NONE)) {
            assertThat(ProvenSender.returnPath(v(spf, SpfResult.MAILFROM, replayed, DmarcResultCode.PASS),
                "example.com")).as(spf.name()).isPresent();
        }
        // the From is still proven by DMARC pass: the invoice inspection's question is another one
        assertThat(ProvenSender.fromDomain(v(SpfResultCode.FAIL, SpfResult.MAILFROM, replayed, DmarcResultCode.PASS),
            "example.com")).isTrue();
    }

    /**
     * The replayed signature again, from a host the domain's "~all" says is probably not its own (the usual SPF
     * record of a domain that signs its newsletters): before, the signature proved the return path and the DSN for
     * the spammer's run went to the victim (backscatter through DKIM replay).
     */
    @Test
    void aDkimPassDoesNotOverruleAnSpfSoftfailForTheReturnPath() {
        List<DkimResult> replayed = List.of(new DkimResult(DkimResultCode.PASS, "example.com", "s", "rsa-sha256", ""));
        SenderVerdict softfail = v(SpfResultCode.SOFTFAIL, SpfResult.MAILFROM, replayed, DmarcResultCode.PASS);
        assertThat(ProvenSender.returnPath(softfail, "example.com")).isEmpty();
        assertThat(softfail.mailFromProven()).isFalse();
        // the legitimate side: the same signature from the domain's own host (SPF pass), and a forwarder that
        // rewrites the return path (SRS) into its own SPF-passing domain, are proven
        assertThat(ProvenSender.returnPath(v(SpfResultCode.PASS, SpfResult.MAILFROM, replayed, DmarcResultCode.PASS),
            "example.com")).get().extracting(ProvenSender.Proof::code).isEqualTo("proven:spf=pass");
        SenderVerdict srs = new SenderVerdict("203.0.113.9", "fwd.example.org", "SRS0=ab12=XY=example.com=a@fwd.example.org",
            new SpfResult(SpfResultCode.PASS, SpfResult.MAILFROM, "fwd.example.org", "SRS0=ab12=XY=example.com=a@fwd.example.org", ""),
            new SpfResult(SpfResultCode.NONE, SpfResult.HELO, "fwd.example.org", "postmaster@fwd.example.org", ""),
            replayed, new DmarcResult(DmarcResultCode.PASS, "example.com", "example.com", DmarcPolicy.REJECT, false, true, ""));
        assertThat(srs.mailFromProven()).isTrue();
        // the price: a forwarder that keeps the original return path (no SRS) from a host outside example.com's
        // "~all" is no longer proven by the intact signature (its DSN is kept, releasable, docs/bounce-guard.md)
        assertThat(ProvenSender.returnPath(softfail, "example.com")).isEmpty();
    }

    @Test
    void fromIsProvenByDmarcPassOrWithoutAUsableDmarcAnswerByAnAlignedPassButNeverAgainstADmarcFail() {
        assertThat(ProvenSender.fromDomain(v(SpfResultCode.NONE, SpfResult.MAILFROM, List.of(), DmarcResultCode.PASS),
            "example.com")).isTrue();
        assertThat(ProvenSender.fromDomain(v(SpfResultCode.PASS, SpfResult.MAILFROM, List.of(), DmarcResultCode.FAIL),
            "example.com")).isFalse();
        assertThat(ProvenSender.fromDomain(v(SpfResultCode.PASS, SpfResult.MAILFROM, List.of(), DmarcResultCode.TEMPERROR),
            "example.com")).isTrue();
        assertThat(ProvenSender.fromDomain(v(SpfResultCode.PASS, SpfResult.MAILFROM, List.of(), DmarcResultCode.NONE),
            "bank.example")).isFalse();
        VerdictRecord incomplete = new VerdictRecord(v(SpfResultCode.NONE, SpfResult.MAILFROM, List.of(),
            DmarcResultCode.PASS), "", List.of("limit"));
        assertThat(ProvenSender.fromDomain(incomplete, "example.com")).isFalse();
    }

    /**
     * DMARC passed for the Author Domain it evaluated (example.com here); a caller that read another domain out of the
     * From field (its own parser, another reading of a malformed field) gets no proof from that pass, only from a pass
     * aligned with its own domain. Spelling differences of the same name (case, trailing dot, U-label) still count.
     */
    @Test
    void aDmarcPassProvesOnlyTheDomainDmarcEvaluated() {
        SenderVerdict pass = v(SpfResultCode.PASS, SpfResult.MAILFROM, List.of(), DmarcResultCode.PASS);
        assertThat(ProvenSender.fromDomain(pass, "supplier.example")).isFalse();
        assertThat(ProvenSender.fromDomain(new VerdictRecord(pass), "supplier.example")).isFalse();
        assertThat(ProvenSender.fromDomain(pass, "Example.COM.")).isTrue();
        SenderVerdict idn = new SenderVerdict(pass.clientIp(), pass.helo(), pass.mailFrom(), pass.spfMailFrom(),
            pass.spfHelo(), pass.dkim(), new DmarcResult(DmarcResultCode.PASS, "xn--kbenhavn-54a.dk",
                "xn--kbenhavn-54a.dk", DmarcPolicy.REJECT, false, true, ""));
        assertThat(ProvenSender.fromDomain(idn, "k\u00f8benhavn.dk")).isTrue();
        // the other domain's own aligned signature still proves it
        SenderVerdict signed = new SenderVerdict(pass.clientIp(), pass.helo(), pass.mailFrom(), pass.spfMailFrom(),
            pass.spfHelo(), List.of(new DkimResult(DkimResultCode.PASS, "supplier.example", "s", "rsa-sha256", "")),
            pass.dmarc());
        assertThat(ProvenSender.fromDomain(signed, "supplier.example")).isTrue();
    }

    /**
     * A victim domain whose SPF record lets every host pass: the forger's own host gets SPF pass for it. That pass
     * proves neither the return path nor (without DMARC) the From; a DMARC pass is the domain's own policy and stays.
     */
    @Test
    void anSpfPassEveryHostWouldGetProvesNothingButDmarcPassStays() {
        SpfResult open = new SpfResult(SpfResultCode.PASS, SpfResult.MAILFROM, "example.com", "a@example.com",
            "mechanism include:wide.example matched", "+all (SPF record of wide.example)");
        assertThat(open.isPassForAnyHost()).isTrue();
        assertThat(ProvenSender.spfProves(open)).isFalse();
        SenderVerdict forged = withSpf(v(SpfResultCode.PASS, SpfResult.MAILFROM, List.of(), DmarcResultCode.NONE), open);
        assertThat(ProvenSender.returnPath(forged, "example.com")).isEmpty();
        assertThat(forged.mailFromProven()).isFalse();
        assertThat(ProvenSender.returnPath(new VerdictRecord(forged))).isEmpty();
        assertThat(ProvenSender.fromDomain(forged, "example.com")).isFalse();
        assertThat(ProvenSender.anyHostPassText(open, "example.com"))
            .startsWith("spf=pass for example.com via +all (SPF record of wide.example) is no proof");
        // the domain owner's DMARC pass stands; an aligned signature still proves (SPF said nothing against the host)
        assertThat(ProvenSender.fromDomain(withSpf(v(SpfResultCode.PASS, SpfResult.MAILFROM, List.of(),
            DmarcResultCode.PASS), open), "example.com")).isTrue();
        SenderVerdict signed = withSpf(v(SpfResultCode.PASS, SpfResult.MAILFROM,
            List.of(new DkimResult(DkimResultCode.PASS, "example.com", "s", "rsa-sha256", "")), DmarcResultCode.NONE), open);
        assertThat(ProvenSender.returnPath(signed, "example.com")).get().extracting(ProvenSender.Proof::code)
            .isEqualTo("proven:dkim=pass(d=example.com)");
        // the Authentication-Results field still reports the RFC 7208 result
        assertThat(AuthenticationResultsHeader.format(forged, "mx.ours.example")).contains("spf=pass");
        // a non-pass never carries it
        assertThat(new SpfResult(SpfResultCode.NEUTRAL, SpfResult.MAILFROM, "example.com", "", "", "+all")
            .anyHostMechanism()).isEmpty();
    }

    private static SenderVerdict withSpf(SenderVerdict v, SpfResult spf) {
        return new SenderVerdict(v.clientIp(), v.helo(), v.mailFrom(), spf, v.spfHelo(), v.dkim(), v.dmarc());
    }
}
