package org.spoofguard.core.verdict;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import org.spoofguard.core.dkim.DkimResult;
import org.spoofguard.core.dkim.DkimResultCode;
import org.spoofguard.core.dmarc.DmarcPolicy;
import org.spoofguard.core.dmarc.DmarcResult;
import org.spoofguard.core.dmarc.DmarcResultCode;
import org.spoofguard.core.spf.SpfResult;
import org.spoofguard.core.spf.SpfResultCode;

/**
 * Fuzz targets for the one carrier, {@link VerdictRecordCodec}.
 *
 * <ul>
 *   <li>{@link #roundTrip}: any record (any strings, any number of DKIM results and errors):
 *       {@code decode(encode(r)) == bounded(r)}, the encoding is one line of printable ASCII whose size does not
 *       grow with the number of DKIM results, and a DKIM pass is never dropped by the cap.</li>
 *   <li>{@link #decodeHostile}: any value (an attacker cannot write ours, but a damaged spool could): never throws,
 *       and whatever it gives back is either complete and re-encodes identically, or carries an error.</li>
 * </ul>
 */
class VerdictRecordFuzzTest {
    @FuzzTest(maxDuration = "60s")
    void roundTrip(FuzzedDataProvider in) {
        List<DkimResult> dkim = new ArrayList<>();
        int n = in.consumeInt(0, 70);
        for (int i = 0; i < n; i++) {
            dkim.add(new DkimResult(in.pickValue(DkimResultCode.values()), str(in), str(in), str(in), str(in), str(in),
                str(in)));
        }
        SenderVerdict v = new SenderVerdict(str(in), str(in), str(in),
            new SpfResult(in.pickValue(SpfResultCode.values()), str(in), str(in), str(in), str(in)),
            new SpfResult(in.pickValue(SpfResultCode.values()), str(in), str(in), str(in), str(in)),
            dkim, new DmarcResult(in.pickValue(DmarcResultCode.values()), str(in), str(in),
                in.pickValue(DmarcPolicy.values()), in.consumeBoolean(), in.consumeBoolean(), str(in)));
        List<String> errors = new ArrayList<>();
        int e = in.consumeInt(0, 10);
        for (int i = 0; i < e; i++) {
            errors.add(str(in));
        }
        VerdictRecord r = new VerdictRecord(v, str(in), errors);
        String encoded = VerdictRecordCodec.encode(r);
        assertThat(encoded).matches("[\\x20-\\x7e]*");
        assertThat(encoded.length()).isLessThan(VerdictRecordCodec.MAX_ENCODED);
        VerdictRecord back = VerdictRecordCodec.decode(encoded);
        assertThat(back).isEqualTo(VerdictRecordCodec.bounded(r));
        assertThat(VerdictRecordCodec.encode(back)).isEqualTo(encoded);
        if (dkim.stream().anyMatch(DkimResult::isPass)) {
            assertThat(back.verdict().dkim()).anyMatch(DkimResult::isPass);
        }
    }

    @FuzzTest(maxDuration = "60s")
    void decodeHostile(byte[] data) {
        for (String value : List.of(new String(data, StandardCharsets.ISO_8859_1), new String(data, StandardCharsets.UTF_8))) {
            VerdictRecord r = VerdictRecordCodec.decode(value);
            assertThat(r).isNotNull();
            if (r.complete()) {
                assertThat(VerdictRecordCodec.decode(VerdictRecordCodec.encode(r))).isEqualTo(r);
            } else {
                assertThat(r.errors()).isNotEmpty();
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
