package org.spoofguard.core.invoice;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.spoofguard.core.dkim.DkimResult;
import org.spoofguard.core.dkim.DkimResultCode;
import org.spoofguard.core.dmarc.DmarcPolicy;
import org.spoofguard.core.dmarc.DmarcResult;
import org.spoofguard.core.dmarc.DmarcResultCode;
import org.spoofguard.core.spf.SpfResult;
import org.spoofguard.core.spf.SpfResultCode;
import org.spoofguard.core.verdict.SenderVerdict;

/** Sender verdicts for tests, from the corpus manifest's compact form. */
final class Verdicts {
    private Verdicts() {
    }

    /**
     * "label=spoof;ip=203.0.113.9;mailfrom=a@b.dk;spf=fail;dkim=pass:b.dk,fail:c.dk;dmarc=fail:b.dk:reject".
     */
    static Map<String, String> parse(String spec) {
        Map<String, String> m = new LinkedHashMap<>();
        for (String kv : spec.split(";")) {
            int eq = kv.indexOf('=');
            if (eq > 0) {
                m.put(kv.substring(0, eq).trim(), kv.substring(eq + 1).trim());
            }
        }
        return m;
    }

    static SenderVerdict of(Map<String, String> m) {
        String mailFrom = m.getOrDefault("mailfrom", "");
        String mfDomain = mailFrom.contains("@") ? mailFrom.substring(mailFrom.lastIndexOf('@') + 1) : "";
        SpfResult spf = new SpfResult(SpfResultCode.fromKeyword(m.getOrDefault("spf", "none")), SpfResult.MAILFROM,
                mfDomain, mailFrom, "corpus");
        SpfResult helo = new SpfResult(SpfResultCode.NONE, SpfResult.HELO, m.getOrDefault("helo", ""), "", "corpus");
        List<DkimResult> dkim = new ArrayList<>();
        String d = m.getOrDefault("dkim", "none");
        if (!d.equals("none")) {
            for (String one : d.split(",")) {
                String[] p = one.split(":");
                dkim.add(new DkimResult(DkimResultCode.fromKeyword(p[0]), p.length > 1 ? p[1] : "", "s1",
                        "rsa-sha256", "corpus"));
            }
        }
        String[] dm = m.getOrDefault("dmarc", "none").split(":");
        DmarcResult dmarc = new DmarcResult(DmarcResultCode.fromKeyword(dm[0]), dm.length > 1 ? dm[1] : "",
                dm.length > 1 ? dm[1] : "", dm.length > 2 ? DmarcPolicy.fromKeyword(dm[2]) : DmarcPolicy.NONE,
                false, false, "corpus");
        return new SenderVerdict(m.getOrDefault("ip", "192.0.2.1"), m.getOrDefault("helo", "mail.example"), mailFrom,
                spf, helo, dkim, dmarc);
    }

    static SenderVerdict of(String spec) {
        return of(parse(spec));
    }
}
