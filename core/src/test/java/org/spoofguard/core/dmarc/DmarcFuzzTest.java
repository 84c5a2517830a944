package org.spoofguard.core.dmarc;

import org.spoofguard.core.FuzzTiming;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Fuzz target for the DMARC record parser (RFC 7489 §6.3, RFC 9989 §4.7). A DMARC TXT record is chosen by
 * whoever controls the From domain, i.e. possibly the attacker: the parser must classify every string as
 * VALID / NOT_DMARC / NO_POLICY with a reason and never throw, or a hostile record would turn policy
 * discovery into an internal error instead of "no DMARC".
 *
 * <p>And for the From fields' parser ({@link AuthorDomain}): the From is the forger's own text, and what it yields
 * decides whose policy applies.
 *
 * <p>Without {@code JAZZER_FUZZ} this replays {@code DmarcFuzzTestInputs/record/} and {@code .../authors/} as
 * regression tests.
 */
class DmarcFuzzTest {

    @FuzzTest(maxDuration = "60s")
    void record(byte[] data) {
        // Bytes as Latin-1: DNS TXT strings are octets, and every octet must be a character we can be handed.
        String txt = new String(data, StandardCharsets.ISO_8859_1);
        long start = System.nanoTime();
        DmarcRecord.Parsed parsed = DmarcRecord.parse(txt);
        long millis = (System.nanoTime() - start) / 1_000_000;

        FuzzTiming.assertWithin(millis, 1_000, "parse time");
        assertThat(parsed.status()).isNotNull();
        assertThat(parsed.reason()).isNotNull();
        // A record exactly when VALID: discovery relies on it to fall back to "no policy".
        assertThat(parsed.record().isPresent()).isEqualTo(parsed.isValid());
        if (!DmarcRecord.isDmarcRecord(txt)) {
            assertThat(parsed.status()).isEqualTo(DmarcRecord.Status.NOT_DMARC);
        }
        parsed.record().ifPresent(r -> {
            assertThat(r.policy()).isNotNull();
            assertThat(r.effectiveNonExistentPolicy()).isNotNull();
            assertThat(r.rua()).hasSizeLessThanOrEqualTo(16);
            // The same record must parse the same way twice: no hidden state.
            assertThat(DmarcRecord.parse(txt)).isEqualTo(parsed);
        });
    }

    /**
     * The From fields (split at NUL bytes, as several fields, up to two more than are evaluated): never an exception,
     * at most {@link AuthorDomain#MAX_DOMAINS} domains, each a lower-case A-label host name with a dot, and a reason
     * whenever none; beyond a bound no domains, the bound named, and {@code exceeded} (which DMARC judges fail).
     */
    @FuzzTest(maxDuration = "60s")
    void authors(byte[] data) {
        List<String> fields = new ArrayList<>();
        for (String f : new String(data, StandardCharsets.UTF_8).split("\0", AuthorDomain.MAX_FROM_FIELDS + 2)) {
            fields.add(f);
        }
        long start = System.nanoTime();
        AuthorDomain.Authors a = AuthorDomain.extract(fields);
        FuzzTiming.assertWithin((System.nanoTime() - start) / 1_000_000, 1_000, "From parse time");
        assertThat(a.domains()).hasSizeLessThanOrEqualTo(AuthorDomain.MAX_DOMAINS);
        assertThat(a.domains()).allSatisfy(d -> {
            assertThat(d).contains(".").doesNotContain(" ");
            assertThat(d).isEqualTo(d.toLowerCase(java.util.Locale.ROOT));
            assertThat(d.chars().allMatch(c -> c < 128)).isTrue();
        });
        if (!a.found()) {
            assertThat(a.error()).isNotEmpty();
        }
        if (fields.size() > AuthorDomain.MAX_FROM_FIELDS) {
            assertThat(a.exceeded()).isTrue();
        }
        if (a.exceeded()) {
            assertThat(a.domains()).isEmpty();
            assertThat(a.error()).startsWith("more than ");
        }
        assertThat(AuthorDomain.extract(fields)).isEqualTo(a);
    }
}
