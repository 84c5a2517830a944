package org.spoofguard.core.verdict;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.spoofguard.core.dkim.DkimAlgorithm;
import org.spoofguard.core.dkim.DkimResult;
import org.spoofguard.core.dkim.DkimResultCode;
import org.spoofguard.core.dkim.DkimSigner;
import org.spoofguard.core.dkim.DkimVerifier;
import org.spoofguard.core.dmarc.DmarcPolicy;
import org.spoofguard.core.dmarc.DmarcResult;
import org.spoofguard.core.dmarc.DmarcResultCode;
import org.spoofguard.core.dns.DnsAnswer;
import org.spoofguard.core.dns.DnsStatus;
import org.spoofguard.core.spf.SpfResult;
import org.spoofguard.core.spf.SpfResultCode;

/**
 * The dkim resinfo of Authentication-Results carries only header.d/header.s/header.a. Two
 * signatures with the same d=, s= and a= (one passing, one failing: a re-signed or tampered copy) come out as two
 * resinfos that differ only in the result, so nobody reading the header can tell which signature passed; RFC 6008
 * registered header.b for exactly that, and RFC 8601 §2.7.1 names header.i (the AUID) as the other DKIM property.
 */
class AuthenticationResultsDkimIdentityTest {

    @Test
    void twoSignaturesOfTheSameSignerAreToldApartInAuthenticationResults() throws Exception {
        KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
        g.initialize(2048);
        KeyPair rsa = g.generateKeyPair();
        byte[] message = ("From: Alice <alice@example.com>\r\nTo: bob@example.dk\r\nSubject: hi\r\n"
                + "Date: Tue, 3 Jun 2025 10:00:00 +0200\r\nMessage-ID: <1@example.com>\r\n\r\nHello.\r\n")
                .getBytes(StandardCharsets.US_ASCII);
        String good = DkimSigner.builder(DkimAlgorithm.RSA_SHA256, "example.com", "s1", rsa.getPrivate())
                .identity("alice@mail.example.com").build().signatureField(message);
        int b = good.indexOf("\tb=") + 3;
        String bad = good.substring(0, b) + (good.charAt(b) == 'A' ? 'B' : 'A') + good.substring(b + 1);
        byte[] twice = (good + bad + new String(message, StandardCharsets.US_ASCII)).getBytes(StandardCharsets.US_ASCII);
        String txt = DkimSigner.keyRecord(rsa.getPublic());
        List<DkimResult> dkim = new DkimVerifier((name, type) -> name.equals("s1._domainkey.example.com")
                ? DnsAnswer.ok(List.of(txt)) : DnsAnswer.of(DnsStatus.NXDOMAIN, "")).verify(twice);
        assertThat(dkim).extracting(DkimResult::result).containsExactly(DkimResultCode.PASS, DkimResultCode.FAIL);

        SpfResult spf = new SpfResult(SpfResultCode.NONE, SpfResult.MAILFROM, "example.com", "alice@example.com", "");
        SpfResult helo = new SpfResult(SpfResultCode.NONE, SpfResult.HELO, "mx.example.com", "postmaster@mx.example.com", "");
        SenderVerdict v = new SenderVerdict("192.0.2.1", "mx.example.com", "alice@example.com", spf, helo, dkim,
                new DmarcResult(DmarcResultCode.PASS, "example.com", "example.com", DmarcPolicy.NONE, false, true, ""));
        String ar = AuthenticationResultsHeader.format(v, "mx.receiver.test");

        assertThat(ar).as(ar).contains("header.i=alice@mail.example.com");
        assertThat(ar).as(ar).contains("header.b=");
        assertThat(dkim.get(0).signaturePrefix()).hasSize(DkimResult.SIGNATURE_PREFIX_LENGTH)
                .isNotEqualTo(dkim.get(1).signaturePrefix());
        // and they read back from our own header
        assertThat(AuthenticationResultsHeader.parse(ar, "mx.receiver.test")
                .orElseThrow().dkim()).isEqualTo(dkim);
    }
}
