package org.spoofguard.james;

import java.util.List;
import java.util.Map;

import org.apache.james.metrics.tests.RecordingMetricFactory;
import org.spoofguard.core.dkim.DkimResult;
import org.spoofguard.core.dkim.DkimResultCode;
import org.spoofguard.core.dmarc.DmarcPolicy;
import org.spoofguard.core.dmarc.DmarcResult;
import org.spoofguard.core.dmarc.DmarcResultCode;
import org.spoofguard.core.spf.SpfResult;
import org.spoofguard.core.spf.SpfResultCode;
import org.spoofguard.core.verdict.VerdictRecord;
import org.spoofguard.core.verdict.VerdictRecordCodec;
import org.spoofguard.core.verdict.SenderVerdict;

/** Verdict records in the one codec's format, as the SMTP hooks write them (attribute and record header), for the matchers' and mailets' tests. */
public final class TestVerdicts {
    public static final String AUTHSERV_ID = "mx.ours.example";

    private TestVerdicts() {
    }

    public static String ar(String authservId, SpfResultCode spf, String mailFrom, String dkimDomain) {
        String domain = mailFrom.substring(mailFrom.indexOf('@') + 1);
        List<DkimResult> dkim = dkimDomain == null ? List.of()
            : List.of(new DkimResult(DkimResultCode.PASS, dkimDomain, "s1", "rsa-sha256", ""));
        SenderVerdict v = new SenderVerdict("192.0.2.7", "mx.sender.example", mailFrom,
            new SpfResult(spf, SpfResult.MAILFROM, domain, mailFrom, ""),
            new SpfResult(SpfResultCode.NONE, SpfResult.HELO, "mx.sender.example", "postmaster@mx.sender.example", ""),
            dkim, new DmarcResult(DmarcResultCode.NONE, domain, "", DmarcPolicy.NONE, false, false, ""));
        return VerdictRecordCodec.encode(new VerdictRecord(v));
    }

    public static String ar(SpfResultCode spf, String mailFrom) {
        return ar(AUTHSERV_ID, spf, mailFrom, null);
    }

    public static BounceGuardServices services(RecordingMetricFactory metrics, String... properties) {
        Map<String, String> map = new java.util.HashMap<>();
        map.put("authservId", AUTHSERV_ID);
        for (int i = 0; i < properties.length; i += 2) {
            map.put(properties[i], properties[i + 1]);
        }
        return new BounceGuardServices(new SpoofGuardSettings(map), metrics);
    }
}
