package org.spoofguard.core.spf;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.spoofguard.core.bounce.AutoReplyPolicy;
import org.spoofguard.core.bounce.BounceDecision;
import org.spoofguard.core.bounce.BouncePolicy;
import org.spoofguard.core.bounce.BouncePolicyConfig;
import org.spoofguard.core.bounce.OriginalHeaders;
import org.spoofguard.core.bounce.VerdictReevaluator;
import org.spoofguard.core.dmarc.DmarcPolicy;
import org.spoofguard.core.dmarc.DmarcResult;
import org.spoofguard.core.dmarc.DmarcResultCode;
import org.spoofguard.core.verdict.SenderVerdict;

/**
 * Bounce and auto-reply guard: "never a bounce or auto-reply to an unproven sender". An SPF pass proves the return path only
 * if the record names who may send; a domain publishing {@code v=spf1 +all} (or {@code ip4:0.0.0.0/0}) gives every
 * host on the Internet a pass. A forger picks such a victim domain, writes {@code MAIL FROM:<x@victim>} from his
 * own host, and every post-acceptance failure (DSN) or out-of-office here goes to the victim: backscatter through
 * a "proof" that proves nothing about who sent the mail. (PostureChecker already calls +all a FAIL for our own
 * domains; the bounce guard still counts it as proof for others'.)
 */
class DsnSpfPassForEveryoneTest {
    private final FakeDns dns = new FakeDns();
    private final SpfEvaluator spf = new SpfEvaluator(dns, "mx.receiver.test",
        Clock.fixed(Instant.ofEpochSecond(1_700_000_000L), ZoneOffset.UTC), Duration.ofSeconds(20));

    private SenderVerdict verdictFromForgerHost(String domain) throws Exception {
        InetAddress forger = InetAddress.getByName("203.0.113.66");
        String mailFrom = "ceo@" + domain;
        SpfResult result = spf.checkMailFrom(forger, mailFrom, "forger.example.net");
        assertThat(result.result()).isEqualTo(SpfResultCode.PASS);
        return new SenderVerdict("203.0.113.66", "forger.example.net", mailFrom, result,
            new SpfResult(SpfResultCode.NONE, SpfResult.HELO, "forger.example.net", "postmaster@forger.example.net", ""),
            List.of(), new DmarcResult(DmarcResultCode.NONE, domain, "", DmarcPolicy.NONE, false, false, ""));
    }

    @Test
    void spfPassForEveryHostIsNoProofForADsn() throws Exception {
        dns.txt("victim.example", "v=spf1 +all");
        dns.txt("victim2.example", "v=spf1 ip4:0.0.0.0/0 -all");
        for (String domain : List.of("victim.example", "victim2.example")) {
            BounceDecision dsn = BouncePolicy.decide(Optional.of(verdictFromForgerHost(domain)), "ceo@" + domain,
                OriginalHeaders.NONE, BouncePolicyConfig.DEFAULT);
            assertThat(dsn.isSend()).as("DSN to a return path anyone may use (%s): %s", domain, dsn.code()).isFalse();
        }
    }

    @Test
    void spfPassForEveryHostIsNoProofForAnAutoReply() throws Exception {
        dns.txt("victim.example", "v=spf1 +all");
        BounceDecision reply = AutoReplyPolicy.decide(Optional.of(verdictFromForgerHost("victim.example")),
            "ceo@victim.example", OriginalHeaders.NONE, VerdictReevaluator.NONE, "");
        assertThat(reply.isSend()).as("out-of-office to a return path anyone may use: %s", reply.code()).isFalse();
    }
}
