package org.spoofguard.core.invoice;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import org.spoofguard.core.invoice.InvoiceDecisionCodec.Carried;

/**
 * Fuzz targets for the invoice decision carrier, {@link InvoiceDecisionCodec} (the regression inputs under
 * {@code InvoiceDecisionCodecFuzzTestInputs} replay in every {@code mvn verify}).
 *
 * <ul>
 *   <li>{@link #roundTrip}: any decision: {@code decode(encode(d)) == bounded(d)}, one line of printable ASCII,
 *       bounded in size however many and however long the reasons.</li>
 *   <li>{@link #decodeHostile}: any value: never throws; the result either re-encodes to a value that decodes the
 *       same, or is the fail-closed quarantine with an error.</li>
 * </ul>
 */
class InvoiceDecisionCodecFuzzTest {
    @FuzzTest(maxDuration = "60s")
    void roundTrip(FuzzedDataProvider in) {
        List<String> reasons = new ArrayList<>();
        int n = in.consumeInt(0, 70);
        for (int i = 0; i < n; i++) {
            reasons.add(str(in));
        }
        Carried d = new Carried(in.pickValue(InvoiceAction.values()), str(in), reasons, str(in));
        String encoded = InvoiceDecisionCodec.encode(d);
        assertThat(encoded).matches("[\\x20-\\x7e]*");
        assertThat(encoded.length()).isLessThan(InvoiceDecisionCodec.MAX_ENCODED);
        Carried back = InvoiceDecisionCodec.decode(encoded);
        assertThat(back).isEqualTo(InvoiceDecisionCodec.bounded(d));
        assertThat(InvoiceDecisionCodec.encode(back)).isEqualTo(encoded);
    }

    @FuzzTest(maxDuration = "60s")
    void decodeHostile(byte[] data) {
        for (String value : List.of(new String(data, StandardCharsets.ISO_8859_1), new String(data, StandardCharsets.UTF_8))) {
            Carried d = InvoiceDecisionCodec.decode(value);
            assertThat(d).isNotNull();
            if (d.error().startsWith("unreadable invoice decision: ")) {
                assertThat(d.action()).isEqualTo(InvoiceAction.QUARANTINE);
            } else {
                assertThat(InvoiceDecisionCodec.decode(InvoiceDecisionCodec.encode(d))).isEqualTo(d);
            }
        }
    }

    /** Any string, lone surrogates excluded (UTF-8 cannot carry them; our checks never produce them). */
    private static String str(FuzzedDataProvider in) {
        String s = in.consumeString(in.consumeInt(0, 400));
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
