package org.spoofguard.core.dkim;

import org.spoofguard.core.FuzzTiming;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.spoofguard.core.dns.DnsAnswer;
import org.spoofguard.core.dns.DnsResolver;

/**
 * Fuzz targets for RFC 6376 parsing: the §3.2 tag-list, the DKIM-Signature field (§3.5, §6.1.1), the key
 * record (§3.6.1) and the verifier over a whole message. All of it is attacker-written (a forger signs
 * with any tags he likes and publishes any key record), so every input must end as a {@code DkimResult}
 * with a reason; a RuntimeException caught by the verifier's safety nets ("unparseable", "could not read")
 * means a parser bug and fails the target.
 *
 * <p>Inputs are bytes as Latin-1 (header octets), so seed files are plain text.
 */
class DkimFuzzTest {
    private static final String KEY_RECORD = "v=DKIM1; k=rsa; p="
            + Base64.getEncoder().encodeToString(DkimTestSupport.rsa(1024).getPublic().getEncoded());
    private static final DkimSignature SIGNATURE = DkimSignature.parse("DKIM-Signature: v=1; a=rsa-sha256; "
            + "d=example.org; s=sel; h=from:to; bh=AAAA; b=AAAA").signature();

    @FuzzTest(maxDuration = "30s")
    void tagList(byte[] data) {
        String text = latin1(data);
        TagList tags = TagList.parse(text);
        if (tags.error() != null) {
            // a broken list exposes no tags at all (§3.2: the entire tag-list is invalid)
            assertThat(tags.firstTagName()).isEmpty();
        } else {
            String first = tags.firstTagName();
            assertThat(first.isEmpty() || first.matches("[A-Za-z][A-Za-z0-9_]*")).as(first).isTrue();
            tags.get(first).ifPresent(v -> assertThat(v).isEqualTo(TagList.stripFws(v)));
        }
    }

    @FuzzTest(maxDuration = "60s")
    void signature(byte[] data) {
        String field = "DKIM-Signature:" + latin1(data);
        long start = System.nanoTime();
        DkimSignature.Parsed parsed = DkimSignature.parse(field);
        FuzzTiming.assertWithin((System.nanoTime() - start) / 1_000_000, 1_000, "time");
        // exactly one of signature / broken
        assertThat(parsed.signature() == null).isNotEqualTo(parsed.broken() == null);
        if (parsed.broken() != null) {
            assertThat(parsed.broken().reason()).isNotBlank();
        } else {
            DkimSignature s = parsed.signature();
            assertThat(s.domain).isNotEmpty();
            assertThat(s.signedHeaders).contains("from"); // §5.4
            assertThat(s.identityDomain.equals(s.domain) || s.identityDomain.endsWith("." + s.domain)).isTrue();
            assertThat(s.bodyHash).isNotEmpty();
            assertThat(s.signature).isNotEmpty();
            assertThat(s.expiration == null || s.timestamp == null || s.expiration > s.timestamp).isTrue();
        }
    }

    @FuzzTest(maxDuration = "30s")
    void keyRecord(byte[] data) {
        DkimKey.Result r = DkimKey.parse(latin1(data), SIGNATURE);
        assertThat(r.key() == null).isNotEqualTo(r.error() == null);
    }

    /**
     * A whole message whose DKIM-Signature fields are the fuzzer's, verified against a DNS that always
     * returns a valid RSA key record: the parser, canonicalisation and the verifier's bookkeeping all run.
     */
    @FuzzTest(maxDuration = "60s")
    void verify(byte[] data) {
        DnsResolver dns = (name, type) -> DnsAnswer.ok(List.of(KEY_RECORD));
        DkimVerifier verifier = new DkimVerifier(dns, Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"),
                ZoneOffset.UTC), 64 * 1024, 4);
        long start = System.nanoTime();
        List<DkimResult> results = verifier.verify(data);
        FuzzTiming.assertWithin((System.nanoTime() - start) / 1_000_000, 2_000, "time");
        for (DkimResult r : results) {
            assertThat(r.result()).isNotNull();
            assertThat(r.reason()).isNotNull()
                    .doesNotStartWith("unparseable DKIM-Signature:")
                    .doesNotStartWith("could not read message header:");
            // nothing the fuzzer writes is signed by our freshly generated key
            assertThat(r.isPass()).as(r.reason()).isFalse();
        }
    }

    private static String latin1(byte[] data) {
        return new String(data, StandardCharsets.ISO_8859_1);
    }
}
