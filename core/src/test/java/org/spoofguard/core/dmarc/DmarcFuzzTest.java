package org.spoofguard.core.dmarc;

import org.spoofguard.core.FuzzTiming;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Fuzz target for the DMARC record parser (RFC 7489 §6.3, RFC 9989 §4.7). A DMARC TXT record is chosen by
 * whoever controls the From domain, i.e. possibly the attacker: the parser must classify every string as
 * VALID / NOT_DMARC / NO_POLICY with a reason and never throw, or a hostile record would turn policy
 * discovery into an internal error instead of "no DMARC".
 *
 * <p>Without {@code JAZZER_FUZZ} this replays {@code DmarcFuzzTestInputs/record/} as a regression test.
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
}
