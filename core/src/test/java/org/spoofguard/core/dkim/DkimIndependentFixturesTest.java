package org.spoofguard.core.dkim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.spoofguard.core.dkim.DkimTestSupport.bytes;
import static org.spoofguard.core.dkim.DkimTestSupport.resource;
import static org.spoofguard.core.dkim.DkimTestSupport.text;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.spoofguard.core.dns.DnsStatus;

/**
 * Messages signed by an independent implementation (Debian python3-dkim, see generate_fixtures.py) and the
 * RFC 8463 Appendix A example, so our canonicalization is not only checked against our own signer.
 */
class DkimIndependentFixturesTest {

    private static List<DkimResult> verify(String name, byte[] message) {
        return new DkimVerifier(new FakeDns().load(name + ".dns")).verify(message);
    }

    private static List<DkimResult> verify(String name) {
        return verify(name, resource(name + ".eml"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"rsa-relaxed", "rsa-simple", "ed25519-relaxed", "ed25519-simple", "empty-body-relaxed",
            "empty-body-simple", "rsa-length"})
    void independentlySignedMessagesPass(String name) {
        List<DkimResult> results = verify(name);
        assertThat(results).hasSize(1);
        assertThat(results.get(0).result()).as(results.get(0).reason()).isEqualTo(DkimResultCode.PASS);
        assertThat(results.get(0).reason()).isEqualTo("signature verified");
        assertThat(results.get(0).domain()).isEqualTo("example.com");
    }

    @Test
    void rfc8463AppendixAExampleVerifiesWithBothAlgorithms() {
        List<DkimResult> results = verify("rfc8463");
        assertThat(results).extracting(DkimResult::algorithm).containsExactly("ed25519-sha256", "rsa-sha256");
        assertThat(results).extracting(DkimResult::selector).containsExactly("brisbane", "test");
        assertThat(results).allSatisfy(r -> assertThat(r.result()).as(r.reason()).isEqualTo(DkimResultCode.PASS));
        assertThat(results.get(0).domain()).isEqualTo("football.example.com");
    }

    @Test
    void rfc8463ExampleWithTamperedBodyFailsBothOnBodyHash() {
        byte[] tampered = bytes(text(resource("rfc8463.eml")).replace("We lost the game.", "We won the game."));
        assertThat(verify("rfc8463", tampered)).allSatisfy(r -> {
            assertThat(r.result()).isEqualTo(DkimResultCode.FAIL);
            assertThat(r.reason()).isEqualTo("body hash mismatch");
        });
    }

    @Test
    void rfc8463SignatureIsOverTheHashEvenWithAWrongEd25519Key() {
        // A different (valid) Ed25519 key must not verify: proves the key is actually used.
        FakeDns dns = new FakeDns().load("rfc8463.dns")
                .txt("brisbane._domainkey.football.example.com", "v=DKIM1; k=ed25519; p=yi50DjK5O9pqbFpNHklsv9lqaS0ArSYu02qp1S0DW1Y=");
        List<DkimResult> results = new DkimVerifier(dns).verify(resource("rfc8463.eml"));
        assertThat(results.get(0).result()).isEqualTo(DkimResultCode.FAIL);
        assertThat(results.get(1).result()).isEqualTo(DkimResultCode.PASS);
    }

    @Test
    void dualSignedMessagePassesOnBoth() {
        List<DkimResult> results = verify("dual");
        assertThat(results).extracting(DkimResult::algorithm).containsExactly("ed25519-sha256", "rsa-sha256");
        assertThat(results).allMatch(DkimResult::isPass);
    }

    @Test
    void dualSignedWithBrokenEd25519SignatureStillPassesOnRsa() {
        String msg = text(resource("dual.eml"));
        int b = msg.indexOf(" b=", msg.indexOf("a=ed25519-sha256")) + 3;
        char c = msg.charAt(b + 5);
        String broken = msg.substring(0, b + 5) + (c == 'A' ? 'B' : 'A') + msg.substring(b + 6);
        List<DkimResult> results = verify("dual", bytes(broken));
        assertThat(results.get(0).result()).isEqualTo(DkimResultCode.FAIL);
        assertThat(results.get(0).reason()).contains("signature did not verify");
        assertThat(results.get(1).result()).isEqualTo(DkimResultCode.PASS);
    }

    @Test
    void dualSignedWithMissingRsaKeyStillPassesOnEd25519() {
        FakeDns dns = new FakeDns().load("dual.dns").status("rsa2048._domainkey.example.com", DnsStatus.NXDOMAIN, "");
        List<DkimResult> results = new DkimVerifier(dns).verify(resource("dual.eml"));
        assertThat(results.get(0).result()).isEqualTo(DkimResultCode.PASS);
        assertThat(results.get(1).result()).isEqualTo(DkimResultCode.PERMERROR);
        assertThat(results.get(1).reason()).isEqualTo("key not found at rsa2048._domainkey.example.com");
    }

    @ParameterizedTest
    @ValueSource(strings = {"rsa-relaxed", "rsa-simple", "ed25519-relaxed", "ed25519-simple"})
    void bodyTamperedFailsOnBodyHash(String name) {
        byte[] tampered = bytes(text(resource(name + ".eml")).replace("nr. 4711.", "nr. 4712."));
        DkimResult r = verify(name, tampered).get(0);
        assertThat(r.result()).isEqualTo(DkimResultCode.FAIL);
        assertThat(r.reason()).isEqualTo("body hash mismatch");
    }

    @ParameterizedTest
    @ValueSource(strings = {"rsa-relaxed", "rsa-simple", "ed25519-relaxed", "ed25519-simple"})
    void signedHeaderTamperedFails(String name) {
        byte[] tampered = bytes(text(resource(name + ".eml")).replace("faktura@example.com", "faktura@examp1e.com"));
        DkimResult r = verify(name, tampered).get(0);
        assertThat(r.result()).isEqualTo(DkimResultCode.FAIL);
        assertThat(r.reason()).startsWith("signature did not verify");
    }

    @Test
    void relaxedSurvivesWhitespaceRefoldingCaseAndTrailingBlankLines() {
        String msg = text(resource("rsa-relaxed.eml"))
                .replace("Subject: Faktura   nr. 4711\t \r\n  (rykker)", "SUBJECT :  Faktura nr.\r\n\t4711 (rykker)  ")
                .replace("Vedlagt  faktura\t nr. 4711.   ", "Vedlagt faktura nr. 4711.")
                + "\r\n\r\n\r\n";
        assertThat(verify("rsa-relaxed", bytes(msg)).get(0).result()).isEqualTo(DkimResultCode.PASS);
        // Unsigned headers may be added anywhere.
        String added = "X-Spam-Score: 0\r\n" + msg.replace("To: kommune", "X-Added: yes\r\nTo: kommune");
        assertThat(verify("rsa-relaxed", bytes(added)).get(0).result()).isEqualTo(DkimResultCode.PASS);
    }

    @Test
    void bareLfLineEndingsAreTreatedAsCrlf() {
        for (String name : List.of("rsa-relaxed", "rsa-simple", "ed25519-simple")) {
            String lf = text(resource(name + ".eml")).replace("\r\n", "\n");
            assertThat(verify(name, bytes(lf)).get(0).result()).as(name).isEqualTo(DkimResultCode.PASS);
        }
    }

    @Test
    void simpleDoesNotSurviveWhitespaceChangesButToleratesTrailingEmptyLines() {
        String msg = text(resource("rsa-simple.eml"));
        assertThat(verify("rsa-simple", bytes(msg + "\r\n\r\n")).get(0).result()).isEqualTo(DkimResultCode.PASS);
        String body = msg.replace("Vedlagt  faktura", "Vedlagt faktura");
        assertThat(verify("rsa-simple", bytes(body)).get(0).reason()).isEqualTo("body hash mismatch");
        String header = msg.replace("To: kommune@example.dk", "To:  kommune@example.dk");
        assertThat(verify("rsa-simple", bytes(header)).get(0).result()).isEqualTo(DkimResultCode.FAIL);
    }

    @Test
    void repeatedHeadersAreSelectedBottomUp() {
        // h= lists x-repeated twice: swapping the two instances changes what was signed (RFC 6376 §5.4.2).
        String msg = text(resource("rsa-relaxed.eml"));
        String swapped = msg.replace("X-Repeated: first\r\nX-Repeated: second", "X-Repeated: second\r\nX-Repeated: first");
        assertThat(verify("rsa-relaxed", bytes(swapped)).get(0).result()).isEqualTo(DkimResultCode.FAIL);
        // A third instance above them is not signed (only the bottom two are), so it is harmless...
        String above = msg.replace("X-Repeated: first", "X-Repeated: zeroth\r\nX-Repeated: first");
        assertThat(verify("rsa-relaxed", bytes(above)).get(0).result()).isEqualTo(DkimResultCode.PASS);
        // ...but one below them shifts the bottom-up selection and breaks the signature.
        String below = msg.replace("X-Repeated: second", "X-Repeated: second\r\nX-Repeated: third");
        assertThat(verify("rsa-relaxed", bytes(below)).get(0).result()).isEqualTo(DkimResultCode.FAIL);
    }

    @Test
    void oversignedAbsentHeaderMayNotBeAddedLater() {
        // reply-to is in h= but absent at signing: adding one breaks the signature (oversigning).
        String msg = text(resource("rsa-relaxed.eml"));
        String added = msg.replace("To: kommune@example.dk", "To: kommune@example.dk\r\nReply-To: attacker@example.net");
        assertThat(verify("rsa-relaxed", bytes(added)).get(0).result()).isEqualTo(DkimResultCode.FAIL);
    }

    @Test
    void contentAppendedPastTheBodyLengthLimitIsNoPass() {
        String msg = text(resource("rsa-length.eml"));
        DkimResult appended = verify("rsa-length", bytes(msg + "Click here: http://evil.example/\r\n")).get(0);
        assertThat(appended.result()).isEqualTo(DkimResultCode.POLICY);
        assertThat(appended.reason()).contains("unsigned bytes appended");
        DkimResult truncated = verify("rsa-length", bytes(msg.replace("Med venlig hilsen\r\n", ""))).get(0);
        assertThat(truncated.result()).isEqualTo(DkimResultCode.FAIL);
        assertThat(truncated.reason()).contains("body shorter than signed length");
    }

    @Test
    void rsaSha1IsNeverAPass() {
        DkimResult r = verify("rsa-sha1").get(0);
        assertThat(r.result()).isEqualTo(DkimResultCode.PERMERROR);
        assertThat(r.algorithm()).isEqualTo("rsa-sha1");
        assertThat(r.reason()).contains("RFC 8301").contains("cryptographically correct");
    }
}
