package org.spoofguard.server.imap;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.spoofguard.server.imap.ImapInputBound.Verdict;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

import io.netty.buffer.Unpooled;

/**
 * However a client cuts its bytes into packets, the guard decides the same: an attacker cannot slip an announcement or
 * an endless line past it by splitting it (TCP may cut anywhere), and no input makes it throw.
 */
class ImapInputBoundFuzzTest {
    @FuzzTest(maxDuration = "30s")
    void packetsDoNotChangeTheVerdict(FuzzedDataProvider in) {
        long maxLiteral = in.consumeLong(0, 1 << 20);
        int maxLine = in.consumeInt(1, 4096);
        List<Integer> cuts = new ArrayList<>();
        for (int n = in.consumeInt(0, 16); n > 0; n--) {
            cuts.add(in.consumeInt(0, 1 << 16));
        }
        byte[] data = in.consumeRemainingAsBytes();

        Verdict whole = new ImapInputBound(maxLiteral, maxLine).feed(Unpooled.wrappedBuffer(data));
        ImapInputBound split = new ImapInputBound(maxLiteral, maxLine);
        Verdict pieces = Verdict.OK;
        int from = 0;
        for (int c = 0; from < data.length && pieces == Verdict.OK; c++) {
            int to = c < cuts.size() ? Math.min(data.length, from + cuts.get(c)) : data.length;
            pieces = split.feed(Unpooled.wrappedBuffer(data, from, to - from));
            from = to;
        }
        assertThat(pieces).isEqualTo(whole);
    }
}
