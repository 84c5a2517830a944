package org.spoofguard.core.verdict;

import org.spoofguard.core.FuzzTiming;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

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
 * Fuzz targets for the verdict codec ({@link AuthenticationResultsHeader}): the header is the one carrier
 * of our verdict through James paths that drop attributes, and the bounce guard trusts what it reads back.
 *
 * <ul>
 *   <li>{@link #roundTrip}: for every verdict whose strings the header can carry exactly (printable ASCII
 *       reasons up to the clip length, LDH domains), {@code parse(format(v)) == v}, folded or not; for any
 *       verdict at all, what we write parses, and after one normalising pass (non-ASCII to '?', a
 *       domain-less {@code dkim=none} dropped as "unsigned") format and parse are inverse.</li>
 *   <li>{@link #parseHostile}: a header a sender wrote. Whatever parses must be something we would have
 *       written (re-formatting it parses back identically), and whatever parses or yields a submitter must
 *       be recognised by {@code isOurs}: otherwise a forged claim could survive the RFC 8601 §5 deletion on
 *       arrival and later be believed.</li>
 * </ul>
 */
class AuthenticationResultsFuzzTest {
    private static final String ID = "mx.spoofguard.test";

    @FuzzTest(maxDuration = "60s")
    void roundTrip(FuzzedDataProvider in) {
        boolean exact = in.consumeBoolean();
        SenderVerdict v = verdict(in, exact);
        String header = AuthenticationResultsHeader.format(v, ID);
        String folded = AuthenticationResultsHeader.formatFolded(v, ID);
        assertThat(header).doesNotContain("\r", "\n");
        assertThat(folded.replace("\r\n\t", "")).doesNotContain("\r", "\n");
        Optional<SenderVerdict> back = AuthenticationResultsHeader.parse(header, ID);
        assertThat(back).as(header).isPresent();
        assertThat(AuthenticationResultsHeader.parse(folded, ID)).as(folded).isEqualTo(back);
        assertThat(AuthenticationResultsHeader.isOurs(header, ID)).isTrue();
        if (exact) {
            assertThat(back).as(header).contains(v);
        }
        // One normalisation pass at most (non-ASCII became '?', "dkim=none" without header.d means unsigned):
        // what we read back, we write and read back identically.
        String again = AuthenticationResultsHeader.format(back.get(), ID);
        assertThat(AuthenticationResultsHeader.parse(again, ID)).as(again).isEqualTo(back);
        assertThat(AuthenticationResultsHeader.format(AuthenticationResultsHeader.parse(again, ID).get(), ID))
                .isEqualTo(again);
    }

    @FuzzTest(maxDuration = "60s")
    void parseHostile(byte[] data) {
        for (String value : List.of(new String(data, StandardCharsets.ISO_8859_1),
                new String(data, StandardCharsets.UTF_8))) {
            long start = System.nanoTime();
            Optional<SenderVerdict> v = AuthenticationResultsHeader.parse(value, ID);
            Optional<String> submitter = AuthenticationResultsHeader.authenticatedSubmitter(value, ID);
            boolean ours = AuthenticationResultsHeader.isOurs(value, ID);
            FuzzTiming.assertWithin((System.nanoTime() - start) / 1_000_000, 1_000, "parse time");
            if (v.isPresent() || submitter.isPresent()) {
                assertThat(ours).as("believed but not deleted on arrival: " + value).isTrue();
            }
            v.ifPresent(verdict -> {
                String again = AuthenticationResultsHeader.format(verdict, ID);
                assertThat(AuthenticationResultsHeader.parse(again, ID)).as(again).contains(verdict);
            });
        }
    }

    // ------------------------------------------------------------------ verdict generator

    private static SenderVerdict verdict(FuzzedDataProvider in, boolean exact) {
        String mfDomain = domain(in, exact);
        String local = exact ? atext(in) : in.consumeString(20);
        String mailFrom = in.consumeBoolean() ? "" : local + "@" + mfDomain;
        String helo = domain(in, exact);
        SpfResult spfMailFrom = new SpfResult(in.pickValue(SpfResultCode.values()), SpfResult.MAILFROM,
                mfDomain, mailFrom.isEmpty() ? "" : mailFrom, reason(in, exact));
        SpfResult spfHelo = new SpfResult(in.pickValue(SpfResultCode.values()), SpfResult.HELO, helo,
                helo.isEmpty() ? "" : "postmaster@" + helo, reason(in, exact));
        List<DkimResult> dkim = new ArrayList<>();
        int signatures = in.consumeInt(0, 3);
        for (int i = 0; i < signatures; i++) {
            DkimResultCode code = in.pickValue(DkimResultCode.values());
            String d = domain(in, exact);
            if (exact && d.isEmpty()) {
                d = "example.net"; // "dkim=none" without header.d means "unsigned": not a result we keep
            }
            dkim.add(new DkimResult(code, d, exact ? atext(in) : in.consumeString(10),
                    exact ? atext(in) : in.consumeString(16), reason(in, exact),
                    exact ? atext(in) + "@" + d : in.consumeString(20), exact ? atext(in) : in.consumeString(12)));
        }
        String fromDomain = domain(in, exact);
        DmarcResult dmarc = new DmarcResult(in.pickValue(DmarcResultCode.values()), fromDomain,
                in.consumeBoolean() ? fromDomain : domain(in, exact), in.pickValue(DmarcPolicy.values()),
                in.consumeBoolean(), in.consumeBoolean(), reason(in, exact));
        String ip = exact ? in.consumeAsciiString(40) : in.consumeString(40);
        return new SenderVerdict(ip, helo, mailFrom, spfMailFrom, spfHelo, dkim, dmarc);
    }

    /** Lower-case LDH names (what our checkers produce); anything at all when not exact. */
    private static String domain(FuzzedDataProvider in, boolean exact) {
        if (!exact) {
            return in.consumeString(30);
        }
        StringBuilder sb = new StringBuilder();
        int labels = in.consumeInt(0, 3);
        for (int i = 0; i < labels; i++) {
            if (i > 0) {
                sb.append('.');
            }
            int len = in.consumeInt(1, 8);
            for (int k = 0; k < len; k++) {
                sb.append("abcdefghijklmnopqrstuvwxyz0123456789-".charAt(in.consumeInt(0, 36)));
            }
        }
        return sb.toString();
    }

    private static String atext(FuzzedDataProvider in) {
        StringBuilder sb = new StringBuilder();
        int len = in.consumeInt(1, 10);
        for (int k = 0; k < len; k++) {
            sb.append("abcXYZ019!#$%&'*+-/=?^_`{|}~.".charAt(in.consumeInt(0, 28)));
        }
        return sb.toString();
    }

    /** Printable ASCII within the clip length when exact: what the header carries byte for byte. */
    private static String reason(FuzzedDataProvider in, boolean exact) {
        if (!exact) {
            return in.consumeString(400);
        }
        String s = in.consumeAsciiString(AuthenticationResultsHeader.MAX_REASON_LENGTH);
        StringBuilder sb = new StringBuilder();
        for (char c : s.toCharArray()) {
            sb.append(c >= 0x20 && c < 0x7f ? c : 'x');
        }
        return sb.toString();
    }
}
