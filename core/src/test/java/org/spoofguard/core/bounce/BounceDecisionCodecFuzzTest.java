package org.spoofguard.core.bounce;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Fuzz targets for the bounce decision carrier, {@link BounceDecisionCodec} (the regression inputs under
 * {@code BounceDecisionCodecFuzzTestInputs} replay in every {@code mvn verify}).
 *
 * <ul>
 *   <li>{@link #roundTrip}: any record: {@code decode(encode(r)) == bounded(r)}, re-encoding is identical, one line
 *       of printable ASCII, bounded in size however long the reason and text.</li>
 *   <li>{@link #decodeHostile}: any value: never throws; what {@code parse} accepts re-encodes to a value that
 *       parses the same; what it refuses decodes as the fail-closed SUPPRESS.</li>
 * </ul>
 */
class BounceDecisionCodecFuzzTest {
    @FuzzTest(maxDuration = "60s")
    void roundTrip(FuzzedDataProvider in) {
        BounceRecord r = new BounceRecord(new BounceDecision(in.pickValue(BounceDecision.Action.values()), str(in, 1200),
            str(in, 3000)), in.pickValue(BounceCause.values()));
        String encoded = BounceDecisionCodec.encode(r);
        assertThat(encoded).matches("[\\x20-\\x7e]*");
        assertThat(encoded.length()).isLessThan(BounceDecisionCodec.MAX_ENCODED);
        BounceRecord back = BounceDecisionCodec.decode(encoded);
        assertThat(back).isEqualTo(BounceDecisionCodec.bounded(r));
        assertThat(BounceDecisionCodec.encode(back)).isEqualTo(encoded);
    }

    @FuzzTest(maxDuration = "60s")
    void decodeHostile(byte[] data) {
        for (String value : List.of(new String(data, StandardCharsets.ISO_8859_1), new String(data, StandardCharsets.UTF_8))) {
            BounceRecord r = BounceDecisionCodec.decode(value);
            assertThat(r).isNotNull();
            boolean parses;
            try {
                assertThat(BounceDecisionCodec.parse(value)).isEqualTo(r);
                parses = true;
            } catch (IllegalArgumentException e) {
                parses = false;
            }
            if (parses) {
                assertThat(BounceDecisionCodec.parse(BounceDecisionCodec.encode(r))).isEqualTo(r);
            } else {
                assertThat(r.isSend()).isFalse();
                assertThat(BounceDecisionCodec.isUnreadable(r)).isTrue();
            }
        }
    }

    /** Any string, lone surrogates excluded (UTF-8 cannot carry them; our checks never produce them). */
    private static String str(FuzzedDataProvider in, int max) {
        String s = in.consumeString(in.consumeInt(0, max));
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                sb.append(c).append(s.charAt(++i));
            } else if (!Character.isSurrogate(c)) {
                sb.append(c);
            }
        }
        return sb.toString();
    }
}
