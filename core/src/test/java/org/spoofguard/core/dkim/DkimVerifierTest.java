package org.spoofguard.core.dkim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.spoofguard.core.dkim.DkimTestSupport.bytes;
import static org.spoofguard.core.dkim.DkimTestSupport.text;

import java.io.IOException;
import java.io.InputStream;
import java.security.KeyPair;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.spoofguard.core.dns.DnsStatus;
import org.spoofguard.core.message.HeaderSectionLimit;

class DkimVerifierTest {
    private static final KeyPair RSA = DkimTestSupport.rsa(2048);
    private static final KeyPair ED = DkimTestSupport.ed25519();
    private static final String KEY_NAME = "s1._domainkey.example.com";
    private static final byte[] MESSAGE = bytes("From: Alice <alice@example.com>\r\n"
            + "To: bob@example.dk\r\n"
            + "Subject: invoice 42\r\n"
            + "Date: Tue, 3 Jun 2025 10:00:00 +0200\r\n"
            + "Message-ID: <42@example.com>\r\n"
            + "\r\n"
            + "Please pay invoice 42.\r\n");

    private static DkimSigner.Builder rsa() {
        return DkimSigner.builder(DkimAlgorithm.RSA_SHA256, "example.com", "s1", RSA.getPrivate());
    }

    private static DkimSigner.Builder ed() {
        return DkimSigner.builder(DkimAlgorithm.ED25519_SHA256, "example.com", "s1", ED.getPrivate());
    }

    private static FakeDns rsaDns() {
        return new FakeDns().txt(KEY_NAME, DkimSigner.keyRecord(RSA.getPublic()));
    }

    private static DkimResult only(List<DkimResult> results) {
        assertThat(results).hasSize(1);
        return results.get(0);
    }

    private static DkimResult verify(FakeDns dns, byte[] message) {
        return only(new DkimVerifier(dns).verify(message));
    }

    @Test
    void unsignedMessageGivesEmptyList() {
        assertThat(new DkimVerifier(new FakeDns()).verify(MESSAGE)).isEmpty();
    }

    @Test
    void ownSignerRoundTripsAllCombinations() {
        for (Canonicalization h : Canonicalization.values()) {
            for (Canonicalization b : Canonicalization.values()) {
                DkimResult r = verify(rsaDns(), rsa().canonicalization(h, b).build().sign(MESSAGE));
                assertThat(r.result()).as(h + "/" + b + ": " + r.reason()).isEqualTo(DkimResultCode.PASS);
                FakeDns edDns = new FakeDns().txt(KEY_NAME, DkimSigner.keyRecord(ED.getPublic()));
                DkimResult e = verify(edDns, ed().canonicalization(h, b).build().sign(MESSAGE));
                assertThat(e.result()).as(h + "/" + b + ": " + e.reason()).isEqualTo(DkimResultCode.PASS);
                assertThat(e.algorithm()).isEqualTo("ed25519-sha256");
            }
        }
    }

    @Test
    void dnsTimeoutAndServfailAreTemperror() {
        byte[] signed = rsa().build().sign(MESSAGE);
        DkimResult timeout = verify(new FakeDns().status(KEY_NAME, DnsStatus.TIMEOUT, "timeout after 2 tries"), signed);
        assertThat(timeout.result()).isEqualTo(DkimResultCode.TEMPERROR);
        assertThat(timeout.reason()).isEqualTo("DNS timeout looking up key at s1._domainkey.example.com (timeout after 2 tries)");
        DkimResult servfail = verify(new FakeDns().status(KEY_NAME, DnsStatus.SERVFAIL, "SERVFAIL"), signed);
        assertThat(servfail.result()).isEqualTo(DkimResultCode.TEMPERROR);
    }

    @Test
    void resolverThatThrowsIsTemperrorNotAnException() {
        byte[] signed = rsa().build().sign(MESSAGE);
        DkimResult r = only(new DkimVerifier((name, type) -> {
            throw new IllegalStateException("boom");
        }).verify(signed));
        assertThat(r.result()).isEqualTo(DkimResultCode.TEMPERROR);
    }

    @Test
    void missingKeyIsPermerror() {
        byte[] signed = rsa().build().sign(MESSAGE);
        DkimResult nx = verify(new FakeDns(), signed);
        assertThat(nx.result()).isEqualTo(DkimResultCode.PERMERROR);
        assertThat(nx.reason()).isEqualTo("key not found at s1._domainkey.example.com");
        DkimResult nodata = verify(new FakeDns().status(KEY_NAME, DnsStatus.NODATA, ""), signed);
        assertThat(nodata.result()).isEqualTo(DkimResultCode.PERMERROR);
    }

    @Test
    void keyRecordProblemsArePermerror() {
        byte[] signed = rsa().build().sign(MESSAGE);
        String good = DkimSigner.keyRecord(RSA.getPublic());
        assertThat(verify(new FakeDns().txt(KEY_NAME, "v=DKIM1; k=rsa; p="), signed).reason()).contains("revoked");
        assertThat(verify(new FakeDns().txt(KEY_NAME, good.replace("k=rsa", "k=ed25519")), signed).reason())
                .contains("does not match signature algorithm");
        assertThat(verify(new FakeDns().txt(KEY_NAME, good.replace("k=rsa", "k=rsa; h=sha1")), signed).reason())
                .contains("does not permit hash sha256");
        assertThat(verify(new FakeDns().txt(KEY_NAME, good.replace("v=DKIM1", "v=DKIM2")), signed).reason())
                .contains("unsupported version");
        assertThat(verify(new FakeDns().txt(KEY_NAME, good.replace("k=rsa", "k=rsa; s=tlsrpt")), signed).reason())
                .contains("not for email");
        assertThat(verify(new FakeDns().txt(KEY_NAME, "v=DKIM1; k=rsa; p=!!notbase64"), signed).result())
                .isEqualTo(DkimResultCode.PERMERROR);
        assertThat(verify(new FakeDns().txt(KEY_NAME, "v=DKIM1; k=rsa; p=AAAA"), signed).result())
                .isEqualTo(DkimResultCode.PERMERROR);
        // h=sha256 explicitly and unrelated extra TXT records are fine.
        assertThat(verify(new FakeDns().txt(KEY_NAME, "some other text", good.replace("k=rsa", "k=rsa; h=sha1:sha256")), signed)
                .result()).isEqualTo(DkimResultCode.PASS);
    }

    @Test
    void testingModeIsReportedButStillVerifies() {
        byte[] signed = rsa().build().sign(MESSAGE);
        DkimResult r = verify(new FakeDns().txt(KEY_NAME, DkimSigner.keyRecord(RSA.getPublic()) + "; t=y"), signed);
        assertThat(r.result()).isEqualTo(DkimResultCode.PASS);
        assertThat(r.reason()).contains("testing mode");
    }

    @Test
    void strictKeyRejectsSubdomainIdentity() {
        byte[] signed = rsa().identity("alice@mail.example.com").build().sign(MESSAGE);
        String strict = DkimSigner.keyRecord(RSA.getPublic()) + "; t=s";
        DkimResult r = verify(new FakeDns().txt(KEY_NAME, strict), signed);
        assertThat(r.result()).isEqualTo(DkimResultCode.PERMERROR);
        assertThat(r.reason()).contains("t=s");
        assertThat(verify(rsaDns(), signed).result()).isEqualTo(DkimResultCode.PASS);
        byte[] exact = rsa().identity("alice@example.com").build().sign(MESSAGE);
        assertThat(verify(new FakeDns().txt(KEY_NAME, strict), exact).result()).isEqualTo(DkimResultCode.PASS);
    }

    @Test
    void shortRsaKeyIsPermerror() {
        KeyPair small = DkimTestSupport.rsa(512);
        byte[] signed = DkimSigner.builder(DkimAlgorithm.RSA_SHA256, "example.com", "s1", small.getPrivate()).build().sign(MESSAGE);
        DkimResult r = verify(new FakeDns().txt(KEY_NAME, DkimSigner.keyRecord(small.getPublic())), signed);
        assertThat(r.result()).isEqualTo(DkimResultCode.PERMERROR);
        assertThat(r.reason()).contains("only 512 bits").contains("RFC 8301");
    }

    @Test
    void pkcs1RsaKeyIsAccepted() {
        // Some DNS publishers strip the SubjectPublicKeyInfo wrapper; the 24-byte header of a 2048-bit SPKI.
        String spki = DkimSigner.keyRecord(RSA.getPublic());
        byte[] der = java.util.Base64.getDecoder().decode(spki.substring(spki.indexOf("p=") + 2));
        byte[] pkcs1 = java.util.Arrays.copyOfRange(der, 24, der.length);
        String txt = "v=DKIM1; k=rsa; p=" + java.util.Base64.getEncoder().encodeToString(pkcs1);
        assertThat(verify(new FakeDns().txt(KEY_NAME, txt), rsa().build().sign(MESSAGE)).result()).isEqualTo(DkimResultCode.PASS);
    }

    @Test
    void expiredSignatureIsPermerror() {
        Instant t = Instant.parse("2025-06-01T00:00:00Z");
        byte[] signed = rsa().timestamp(t).expiration(t.plusSeconds(3600)).build().sign(MESSAGE);
        DkimVerifier before = new DkimVerifier(rsaDns(), Clock.fixed(t.plusSeconds(60), ZoneOffset.UTC));
        assertThat(only(before.verify(signed)).result()).isEqualTo(DkimResultCode.PASS);
        DkimVerifier after = new DkimVerifier(rsaDns(), Clock.fixed(t.plusSeconds(7200), ZoneOffset.UTC));
        DkimResult r = only(after.verify(signed));
        assertThat(r.result()).isEqualTo(DkimResultCode.PERMERROR);
        assertThat(r.reason()).isEqualTo("signature expired at 2025-06-01T01:00:00Z (x=1748739600)");
    }

    /** §3.5 l=: a signed length beyond the body it arrived with is no pass, whatever the hash says. */
    @Test
    void signedLengthLongerThanTheBodyIsAFail() {
        byte[] signed = rsa().bodyLength(true).build().sign(MESSAGE);
        String s = text(signed);
        DkimResult r = verify(rsaDns(), bytes(s.replace("Please pay invoice 42.\r\n", "Please pay\r\n")));
        assertThat(r.result()).isEqualTo(DkimResultCode.FAIL);
        assertThat(r.reason()).isEqualTo("body shorter than signed length l=24 (12 bytes)");
    }

    @Test
    void bodyLengthFromOwnSigner() {
        byte[] signed = rsa().bodyLength(true).build().sign(MESSAGE);
        assertThat(text(signed)).contains(" l=24;");
        assertThat(verify(rsaDns(), signed).result()).isEqualTo(DkimResultCode.PASS);
        // §8.2: what anyone appended below l= is not the signer's: signed, but no pass (RFC 8601 policy)
        DkimResult appended = verify(rsaDns(), bytes(text(signed) + "PS: pay to IBAN DK00 0000\r\n"));
        assertThat(appended.result()).isEqualTo(DkimResultCode.POLICY);
        assertThat(appended.reason()).contains("27 unsigned bytes appended");
        // trailing empty lines are no content (relaxed body canonicalisation drops them)
        assertThat(verify(rsaDns(), bytes(text(signed) + "\r\n\r\n")).result()).isEqualTo(DkimResultCode.PASS);
    }

    /**
     * Our outgoing mail.s signer (oversigned) signs each header once more than present, and From, Reply-To, Subject, To and Cc
     * even when absent (§8.15): a replayer who adds a Reply-To or a second Subject on top breaks the signature.
     */
    @Test
    void fieldsAddedOnTopOfOurSignedMailBreakTheSignature() {
        assertThat(text(rsa().build().sign(MESSAGE))).contains("h=from:to:subject:date:message-id:from;");
        byte[] signed = rsa().oversigned(true).build().sign(MESSAGE);
        assertThat(text(signed)).contains("h=from:from:to:to:cc:subject:subject:date:date:message-id:message-id:reply-to;");
        assertThat(verify(rsaDns(), signed).result()).isEqualTo(DkimResultCode.PASS);
        for (String added : List.of("Reply-To: payments@attacker.example\r\n", "Subject: URGENT new bank details\r\n",
                "Cc: someone@attacker.example\r\n", "Date: Wed, 4 Jun 2025 10:00:00 +0200\r\n")) {
            DkimResult r = verify(rsaDns(), bytes(added + text(signed)));
            assertThat(r.result()).as(added).isEqualTo(DkimResultCode.FAIL);
        }
        // a trace field on top is what every relay adds: still a pass
        assertThat(verify(rsaDns(), bytes("Received: from relay.example\r\n" + text(signed))).result())
                .isEqualTo(DkimResultCode.PASS);
    }

    /** §5.4: a signature that signs earlier signatures (h= names dkim-signature) is verified as it was made. */
    @Test
    void aSignatureSigningEarlierSignaturesVerifies() {
        byte[] own = rsa().signedHeaders("from", "dkim-signature").build().sign(MESSAGE);
        assertThat(verify(rsaDns(), own).result()).isEqualTo(DkimResultCode.PASS);
        KeyPair other = DkimTestSupport.rsa(2048);
        FakeDns dns = rsaDns().txt("s2._domainkey.other.example", DkimSigner.keyRecord(other.getPublic()));
        byte[] first = DkimSigner.builder(DkimAlgorithm.RSA_SHA256, "other.example", "s2", other.getPrivate()).build()
                .sign(MESSAGE);
        byte[] second = rsa().signedHeaders("from", "dkim-signature", "dkim-signature").build().sign(first);
        List<DkimResult> r = new DkimVerifier(dns).verify(second);
        assertThat(r).extracting(DkimResult::result).containsExactly(DkimResultCode.PASS, DkimResultCode.PASS);
        // the earlier signature altered after it was signed over: the later one fails
        String altered = text(second).replace("d=other.example; s=s2;", "d=other.example; s=s2; z=x;");
        assertThat(new DkimVerifier(dns).verify(bytes(altered)).get(0).result()).isEqualTo(DkimResultCode.FAIL);
    }

    /** Sixteen selectors under a slow name server cost the lookup budget, not sixteen timeouts. */
    @Test
    void keyLookupsShareOneTimeBudget() {
        java.util.concurrent.atomic.AtomicInteger lookups = new java.util.concurrent.atomic.AtomicInteger();
        org.spoofguard.core.dns.DnsResolver slow = (name, type) -> {
            lookups.incrementAndGet();
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return org.spoofguard.core.dns.DnsAnswer.of(DnsStatus.TIMEOUT, "slow");
        };
        StringBuilder m = new StringBuilder();
        for (int i = 0; i < 16; i++) {
            m.append("DKIM-Signature: v=1; a=rsa-sha256; d=attacker.example; s=sel").append(i)
                    .append("; h=from; bh=AAAA; b=AAAA\r\n");
        }
        List<DkimResult> r = new DkimVerifier(slow, Clock.systemUTC(), DkimVerifier.DEFAULT_MAX_HEADER_BYTES, 16,
                java.time.Duration.ofMillis(600)).verify(bytes(m + text(MESSAGE)));
        assertThat(r).hasSize(16).allMatch(d -> d.result() == DkimResultCode.TEMPERROR);
        assertThat(lookups.get()).isBetween(3, 4);
        assertThat(r.get(15).reason()).contains("key lookups took longer than 600 ms"); // said "0 s" before
    }

    /**
     * Signatures that could align with the From domain are looked up first: the forger's slow selectors above the
     * genuine signature spend the budget only of his own signatures, and do not push it past the signature limit.
     */
    @Test
    void signaturesThatCouldAlignWithTheFromDomainAreLookedUpFirst() {
        FakeDns keys = rsaDns();
        java.util.concurrent.atomic.AtomicInteger slowLookups = new java.util.concurrent.atomic.AtomicInteger();
        org.spoofguard.core.dns.DnsResolver dns = (name, type) -> {
            if (name.endsWith("._domainkey.attacker.example")) {
                slowLookups.incrementAndGet();
                try {
                    Thread.sleep(250);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return org.spoofguard.core.dns.DnsAnswer.of(DnsStatus.TIMEOUT, "slow");
            }
            return keys.lookup(name, type);
        };
        StringBuilder m = new StringBuilder();
        for (int i = 0; i < 4; i++) {
            m.append("DKIM-Signature: v=1; a=rsa-sha256; d=attacker.example; s=sel").append(i)
                    .append("; h=from; bh=AAAA; b=AAAA\r\n");
        }
        byte[] message = bytes(m + text(rsa().build().sign(MESSAGE)));

        List<DkimResult> r = new DkimVerifier(dns, Clock.systemUTC(), DkimVerifier.DEFAULT_MAX_HEADER_BYTES, 4,
                java.time.Duration.ofMillis(400)).verify(new java.io.ByteArrayInputStream(message),
                () -> List.of("mail.example.com"));

        assertThat(r).hasSize(5);
        assertThat(r.get(4).result()).as(r.get(4).reason()).isEqualTo(DkimResultCode.PASS);
        assertThat(r.subList(0, 2)).allMatch(d -> d.result() == DkimResultCode.TEMPERROR);
        assertThat(r.get(2).reason()).contains("key lookups took longer than 400 ms");
        assertThat(r.get(3).reason()).contains("more than 4 signatures");
        assertThat(slowLookups.get()).isEqualTo(2);

        // without the From domain: header order, as before (the genuine one is past the limit)
        List<DkimResult> headerOrder = new DkimVerifier(dns, Clock.systemUTC(), DkimVerifier.DEFAULT_MAX_HEADER_BYTES, 4,
                java.time.Duration.ofMillis(400)).verify(message);
        assertThat(headerOrder.get(4).result()).isEqualTo(DkimResultCode.PERMERROR);
    }

    /** For header.i (RFC 8601 §2.7.1: i=, or @d= without one) and header.b (RFC 6008: the start of b=). */
    @Test
    void resultsCarryTheAuidAndTheStartOfTheSignature() {
        byte[] signed = rsa().build().sign(MESSAGE);
        DkimResult r = verify(rsaDns(), signed);
        assertThat(r.identity()).isEqualTo("@example.com");
        assertThat(r.signaturePrefix()).hasSize(DkimResult.SIGNATURE_PREFIX_LENGTH);
        assertThat(text(signed).replaceAll("\\s", "")).contains(";b=" + r.signaturePrefix());
        DkimResult withI = verify(rsaDns(), rsa().identity("billing@mail.example.com").build().sign(MESSAGE));
        assertThat(withI.identity()).isEqualTo("billing@mail.example.com");
        DkimResult broken = verify(rsaDns(), bytes("DKIM-Signature: v=1; a=rsa-sha256; d=example.com; s=s1; h=to; "
                + "bh=AAAA; b=AAAA\r\n" + text(MESSAGE)));
        assertThat(broken.result()).isEqualTo(DkimResultCode.PERMERROR);
        assertThat(broken.identity()).isEmpty();
    }

    @Test
    void mayAlignIsTheSameOrganisationalDomain() {
        assertThat(DkimVerifier.mayAlign("example.com", List.of("example.com"))).isTrue();
        assertThat(DkimVerifier.mayAlign("Mail.Example.COM.", List.of("news.example.com"))).isTrue();
        assertThat(DkimVerifier.mayAlign("attacker.co.uk", List.of("victim.co.uk"))).isFalse();
        assertThat(DkimVerifier.mayAlign("victim.co.uk", List.of("other.example", "victim.co.uk"))).isTrue();
        assertThat(DkimVerifier.mayAlign("co.uk", List.of("victim.co.uk"))).isFalse();
        assertThat(DkimVerifier.mayAlign("example.com", List.of())).isFalse();
        assertThat(DkimVerifier.mayAlign("", List.of(""))).isFalse();
    }

    /** Broken fields cost no lookup and do not use up the signature limit of the genuine one below them. */
    @Test
    void brokenSignatureFieldsDoNotCrowdOutAGenuineOne() {
        byte[] signed = rsa().build().sign(MESSAGE);
        List<DkimResult> r = new DkimVerifier(rsaDns()).verify(bytes("DKIM-Signature: x\r\n".repeat(20) + text(signed)));
        assertThat(r).hasSize(21);
        assertThat(r.get(20).result()).as(r.get(20).reason()).isEqualTo(DkimResultCode.PASS);
    }

    /** A public exponent as long as the modulus multiplies the verification work: refused. */
    @Test
    void aHugePublicExponentIsRefused() throws Exception {
        java.math.BigInteger n = ((java.security.interfaces.RSAPublicKey) RSA.getPublic()).getModulus();
        java.math.BigInteger e = n.subtract(java.math.BigInteger.TWO).setBit(0);
        java.security.PublicKey huge = java.security.KeyFactory.getInstance("RSA")
                .generatePublic(new java.security.spec.RSAPublicKeySpec(n, e));
        DkimResult r = verify(new FakeDns().txt(KEY_NAME, DkimSigner.keyRecord(huge)), rsa().build().sign(MESSAGE));
        assertThat(r.result()).isEqualTo(DkimResultCode.PERMERROR);
        assertThat(r.reason()).contains("public exponent");
    }

    private static byte[] withSignatureField(String field) {
        return bytes(field + text(MESSAGE));
    }

    private static final String SIG_TAIL = "; bh=47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=; b=dGVzdA==\r\n";

    @Test
    void malformedSignaturesArePermerrorWithReason() {
        FakeDns dns = rsaDns();
        assertThat(verify(dns, withSignatureField("DKIM-Signature: total garbage\r\n")).reason()).contains("malformed");
        assertThat(verify(dns, withSignatureField("DKIM-Signature: v=1; a=rsa-sha256; d=example.com; s=s1; h=from; h=to"
                + SIG_TAIL)).reason()).contains("duplicate tag h=");
        assertThat(verify(dns, withSignatureField("DKIM-Signature: v=2; a=rsa-sha256; d=example.com; s=s1; h=from"
                + SIG_TAIL)).reason()).contains("unsupported DKIM-Signature version v=2");
        assertThat(verify(dns, withSignatureField("DKIM-Signature: v=1; a=rsa-md5; d=example.com; s=s1; h=from"
                + SIG_TAIL)).reason()).contains("unsupported signing algorithm a=rsa-md5");
        assertThat(verify(dns, withSignatureField("DKIM-Signature: v=1; a=rsa-sha256; d=example.com; s=s1; h=to:subject"
                + SIG_TAIL)).reason()).isEqualTo("From header is not signed (h= lacks from)");
        assertThat(verify(dns, withSignatureField("DKIM-Signature: v=1; a=rsa-sha256; d=example.com; s=s1; h=from;"
                + " i=ceo@evil.example" + SIG_TAIL)).reason()).contains("is not in signing domain example.com");
        assertThat(verify(dns, withSignatureField("DKIM-Signature: v=1; a=rsa-sha256; s=s1; h=from" + SIG_TAIL)).reason())
                .contains("lacks required tag d=");
        assertThat(verify(dns, withSignatureField("DKIM-Signature: v=1; a=rsa-sha256; d=example.com; s=s1; h=from;"
                + " c=fancy/simple" + SIG_TAIL)).reason()).contains("unsupported canonicalization");
        assertThat(verify(dns, withSignatureField("DKIM-Signature: v=1; a=rsa-sha256; d=example.com; s=s1; h=from;"
                + " l=-5" + SIG_TAIL)).reason()).contains("invalid body length");
        assertThat(verify(dns, withSignatureField("DKIM-Signature: v=1; a=rsa-sha256; d=example.com; s=s1; h=from;"
                + " t=100; x=50" + SIG_TAIL)).reason()).contains("not after timestamp");
        assertThat(verify(dns, withSignatureField("DKIM-Signature: v=1; a=rsa-sha256; d=example.com; s=s1; h=from;"
                + " q=http/well-known" + SIG_TAIL)).reason()).contains("unsupported query method");
        assertThat(verify(dns, withSignatureField("DKIM-Signature: v=1; a=rsa-sha256; d=exa mple.com; s=s1; h=from"
                + SIG_TAIL)).reason()).contains("invalid signing domain");
        DkimResult junk = verify(dns, withSignatureField("DKIM-Signature: v=1; a=rsa-sha256; d=example.com; s=s1; h=from"
                + SIG_TAIL));
        assertThat(junk.result()).isEqualTo(DkimResultCode.FAIL); // well-formed but the "signature" is junk
        assertThat(junk.domain()).isEqualTo("example.com");
        assertThat(junk.selector()).isEqualTo("s1");
    }

    @Test
    void onlyBrokenSignaturesYieldOnlyNonPassResults() {
        byte[] twice = bytes("DKIM-Signature: v=1; a=rsa-sha256\r\n" + text(rsa().build().sign(MESSAGE)).replace("invoice 42.", "invoice 43."));
        List<DkimResult> results = new DkimVerifier(rsaDns()).verify(twice);
        assertThat(results).hasSize(2).noneMatch(DkimResult::isPass);
    }

    @Test
    void keyLookupsAreSharedBetweenSignaturesOfTheSameSelector() {
        byte[] once = rsa().build().sign(MESSAGE);
        byte[] twice = rsa().canonicalization(Canonicalization.SIMPLE, Canonicalization.SIMPLE).build().sign(once);
        FakeDns dns = rsaDns();
        assertThat(new DkimVerifier(dns).verify(twice)).hasSize(2).allMatch(DkimResult::isPass);
        assertThat(dns.queries).containsExactly(KEY_NAME);
    }

    @Test
    void tooManySignaturesAreNotAllEvaluated() {
        byte[] signed = MESSAGE;
        for (int i = 0; i < 4; i++) {
            signed = rsa().build().sign(signed);
        }
        List<DkimResult> results = new DkimVerifier(rsaDns(), Clock.systemUTC(), 1 << 20, 2).verify(signed);
        assertThat(results).extracting(DkimResult::result).containsExactly(DkimResultCode.PASS, DkimResultCode.PASS,
                DkimResultCode.PERMERROR, DkimResultCode.PERMERROR);
    }

    @Test
    void oversizedHeaderSectionIsPermerrorNotOutOfMemory() {
        StringBuilder huge = new StringBuilder();
        byte[] signed = rsa().build().sign(MESSAGE);
        String s = text(signed);
        int bodyStart = s.indexOf("\r\n\r\n");
        huge.append(s, 0, bodyStart + 2);
        String filler = "X-Filler: " + "x".repeat(990) + "\r\n";
        for (int i = 0; i < 4300; i++) {
            huge.append(filler);
        }
        huge.append(s.substring(bodyStart + 2));
        List<DkimResult> results = new DkimVerifier(rsaDns()).verify(bytes(huge.toString()));
        DkimResult r = only(results);
        assertThat(r.result()).isEqualTo(DkimResultCode.PERMERROR);
        assertThat(r.reason()).contains("header section larger than 4194304 bytes");
        assertThat(r.domain()).isEqualTo("example.com");

        // No signature seen before the cap: one non-pass result, so the verdict layer treats it as unsigned.
        List<DkimResult> unsignedHuge = new DkimVerifier(rsaDns()).verify(bytes(filler.repeat(4300) + "\r\nbody\r\n"));
        assertThat(only(unsignedHuge).result()).isEqualTo(DkimResultCode.PERMERROR);
    }

    /**
     * The verifier reads exactly the header sections SMTP accepts (core.message.HeaderSectionLimit, 4 MiB): before, a
     * mail with 1 to 4 MiB of header fields was accepted and scanned but its genuine signature was permerror, which
     * made DMARC fail for it. At the limit (every field byte counted, the empty line not) it verifies; one byte more
     * is refused at DATA and permerror here.
     */
    @Test
    void headerSectionAcceptedBySmtpIsVerifiedAndOneByteMoreIsNot() throws IOException {
        String s = text(rsa().build().sign(MESSAGE));
        int bodyStart = s.indexOf("\r\n\r\n") + 2;
        for (int extra : new int[] {0, 1}) {
            int target = HeaderSectionLimit.MAX_BYTES + extra;
            StringBuilder head = new StringBuilder(target + 64).append(s, 0, bodyStart);
            while (head.length() < target) {
                int room = target - head.length();
                int len = room >= 2000 ? 1000 : room; // last field takes the rest (at least 1000 bytes)
                head.append("X-Pad: ").append("x".repeat(len - 9)).append("\r\n");
            }
            assertThat(head.length()).isEqualTo(target);
            byte[] message = bytes(head + s.substring(bodyStart));
            boolean refusedAtData = HeaderSectionLimit.exceeded(new java.io.ByteArrayInputStream(message)).isPresent();
            DkimResult r = verify(rsaDns(), message);
            assertThat(refusedAtData).as("extra %d", extra).isEqualTo(extra > 0);
            assertThat(r.result()).as("extra %d: %s", extra, r.reason())
                    .isEqualTo(extra > 0 ? DkimResultCode.PERMERROR : DkimResultCode.PASS);
        }
    }

    @Test
    void readFailureIsTemperrorNotException() {
        byte[] signed = rsa().build().sign(MESSAGE);
        InputStream failing = new InputStream() {
            int pos;

            @Override
            public int read() throws IOException {
                if (pos >= signed.length - 5) {
                    throw new IOException("connection reset");
                }
                return signed[pos++] & 0xff;
            }
        };
        DkimResult r = only(new DkimVerifier(rsaDns()).verify(failing));
        assertThat(r.result()).isEqualTo(DkimResultCode.TEMPERROR);
        assertThat(r.reason()).contains("connection reset");
    }

    @Test
    void internationalizedSigningDomainUsesALabelForKeyLookup() {
        // RFC 8616: d= may carry U-labels (UTF-8 header); the key is published under the A-label.
        KeyPair key = RSA;
        byte[] signed = DkimSigner.builder(DkimAlgorithm.RSA_SHA256, "xn--kbenhavn-54a.dk", "s1", key.getPrivate()).build()
                .sign(bytes("From: a@xn--kbenhavn-54a.dk\r\n\r\nhej\r\n"));
        String utf8D = new String("d=k\u00f8benhavn.dk".getBytes(java.nio.charset.StandardCharsets.UTF_8),
                java.nio.charset.StandardCharsets.ISO_8859_1);
        byte[] relabelled = bytes(text(signed).replace("d=xn--kbenhavn-54a.dk", utf8D));
        FakeDns dns = new FakeDns().txt("s1._domainkey.xn--kbenhavn-54a.dk", DkimSigner.keyRecord(key.getPublic()));
        DkimResult r = verify(dns, relabelled);
        assertThat(dns.queries).containsExactly("s1._domainkey.xn--kbenhavn-54a.dk");
        assertThat(r.domain()).isEqualTo("xn--kbenhavn-54a.dk");
        // The signature covered the A-label d=, so the U-label copy must not verify; what matters is the lookup.
        assertThat(r.result()).isEqualTo(DkimResultCode.FAIL);
    }

    @Test
    void headerOnlyMessageVerifies() {
        byte[] headerOnly = bytes("From: a@example.com\r\nSubject: x\r\n");
        for (Canonicalization c : Canonicalization.values()) {
            byte[] signed = rsa().canonicalization(c, c).build().sign(headerOnly);
            assertThat(verify(rsaDns(), signed).result()).as(c.tag()).isEqualTo(DkimResultCode.PASS);
        }
    }
}
