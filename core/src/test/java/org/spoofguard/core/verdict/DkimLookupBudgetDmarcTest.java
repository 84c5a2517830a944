package org.spoofguard.core.verdict;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.spoofguard.core.dkim.DkimVerifier;
import org.spoofguard.core.dmarc.DmarcEvaluator;
import org.spoofguard.core.dmarc.DmarcResultCode;
import org.spoofguard.core.dns.DnsAnswer;
import org.spoofguard.core.dns.DnsResolver;
import org.spoofguard.core.dns.DnsStatus;
import org.spoofguard.core.spf.SpfEvaluator;

/**
 * The per-message key lookup budget is shared by all signatures, so a forger who puts signatures
 * under his own slow name server ABOVE a junk signature with d= the victim's domain makes the victim-aligned
 * signature "temperror (budget spent)"; DMARC then counts it as "could have aligned" and a certain DMARC fail
 * under p=reject becomes temperror. DmarcEvaluator explicitly refuses to let a temperror under the forger's own
 * domain do that; the budget lets it through the back door.
 */
class DkimLookupBudgetDmarcTest {

    @Test
    void slowKeyLookupsUnderTheForgersDomainDoNotTurnTheVictimsDmarcFailIntoTemperror() {
        SenderAuthenticatorTest.MapDns map = new SenderAuthenticatorTest.MapDns()
                .txt("_dmarc.victim.example", "v=DMARC1; p=reject")
                .txt("attacker.example", "v=spf1 ip4:192.0.2.66 -all");
        DnsResolver dns = (name, type) -> {
            if (name.contains("_domainkey.attacker.example")) {
                try {
                    Thread.sleep(400); // the forger's name server never answers: resolver timeout
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return DnsAnswer.of(DnsStatus.TIMEOUT, "slow");
            }
            return map.lookup(name, type);
        };
        String forged = "DKIM-Signature: v=1; a=rsa-sha256; d=attacker.example; s=slow1; h=from; bh=AAAA; b=AAAA\r\n"
                + "DKIM-Signature: v=1; a=rsa-sha256; d=victim.example; s=nokey; h=from; bh=AAAA; b=AAAA\r\n"
                + "From: CEO <ceo@victim.example>\r\nTo: staff@receiver.test\r\nSubject: wire the money\r\n"
                + "Date: Mon, 2 Nov 2026 10:00:00 +0000\r\nMessage-ID: <1@x>\r\n\r\nPlease pay.\r\n";
        // 300 ms stands in for the default 15 s budget, 400 ms for a resolver timeout (5 s x retries in production)
        DkimVerifier verifier = new DkimVerifier(dns, Clock.systemUTC(), DkimVerifier.DEFAULT_MAX_HEADER_BYTES,
                DkimVerifier.DEFAULT_MAX_SIGNATURES, Duration.ofMillis(300));
        SenderAuthenticator auth = new SenderAuthenticator(new SpfEvaluator(dns), verifier, new DmarcEvaluator(dns));

        SenderVerdict v = auth.authenticate("192.0.2.66", "mx.attacker.example", "mallory@attacker.example",
                new ByteArrayInputStream(forged.getBytes(StandardCharsets.US_ASCII))).verdict();

        assertThat(v.dkim().get(1).domain()).isEqualTo("victim.example");
        assertThat(v.dmarc().result()).as(v.dmarc().reason()).isEqualTo(DmarcResultCode.FAIL);
        assertThat(v.dkim().get(1).reason()).as("the victim's key is simply absent: permerror, whatever else was slow")
                .doesNotContain("took longer");
    }
}
