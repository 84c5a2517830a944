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

class SenderVerdictTest {
    private static final DmarcResult DMARC_NONE = new DmarcResult(DmarcResultCode.NONE, "example.com", "", DmarcPolicy.NONE, false, false, "");
    private static final SpfResult HELO = new SpfResult(SpfResultCode.NONE, SpfResult.HELO, "mx.test", "postmaster@mx.test", "");

    private static SenderVerdict v(String mailFrom, SpfResultCode spf, String spfDomain, List<DkimResult> dkim) {
        return new SenderVerdict("192.0.2.1", "mx.test", mailFrom,
                new SpfResult(spf, SpfResult.MAILFROM, spfDomain, mailFrom, ""), HELO, dkim, DMARC_NONE);
    }

    @Test
    void mailFromProvenBySpfPassForThatDomain() {
        assertThat(v("a@example.com", SpfResultCode.PASS, "example.com", List.of()).mailFromProven()).isTrue();
        assertThat(v("a@example.com", SpfResultCode.SOFTFAIL, "example.com", List.of()).mailFromProven()).isFalse();
        assertThat(v("a@example.com", SpfResultCode.PASS, "other.test", List.of()).mailFromProven()).isFalse();
    }

    @Test
    void mailFromProvenByRelaxedAlignedDkim() {
        List<DkimResult> sub = List.of(new DkimResult(DkimResultCode.PASS, "mail.example.com", "s", "rsa-sha256", ""));
        assertThat(v("a@bounce.example.com", SpfResultCode.NONE, "bounce.example.com", sub).mailFromProven()).isTrue();
        List<DkimResult> other = List.of(new DkimResult(DkimResultCode.PASS, "example.co.uk", "s", "rsa-sha256", ""));
        assertThat(v("a@victim.co.uk", SpfResultCode.NONE, "victim.co.uk", other).mailFromProven()).isFalse();
        List<DkimResult> failed = List.of(new DkimResult(DkimResultCode.FAIL, "example.com", "s", "rsa-sha256", ""));
        assertThat(v("a@example.com", SpfResultCode.NONE, "example.com", failed).mailFromProven()).isFalse();
    }

    @Test
    void nullSenderIsNeverProven() {
        assertThat(v("", SpfResultCode.PASS, "mx.test", List.of()).mailFromProven()).isFalse();
    }

    @Test
    void fromDomainAuthenticatedIsDmarcPass() {
        SenderVerdict base = v("a@example.com", SpfResultCode.PASS, "example.com", List.of());
        assertThat(base.fromDomainAuthenticated()).isFalse();
        SenderVerdict pass = new SenderVerdict(base.clientIp(), base.helo(), base.mailFrom(), base.spfMailFrom(), base.spfHelo(),
                base.dkim(), new DmarcResult(DmarcResultCode.PASS, "example.com", "example.com", DmarcPolicy.REJECT, true, false, ""));
        assertThat(pass.fromDomainAuthenticated()).isTrue();
    }
}
