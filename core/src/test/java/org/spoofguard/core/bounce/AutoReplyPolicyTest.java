package org.spoofguard.core.bounce;

import static org.assertj.core.api.Assertions.assertThat;
import static org.spoofguard.core.bounce.BouncePolicyTest.dkim;
import static org.spoofguard.core.bounce.BouncePolicyTest.verdict;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.spoofguard.core.dkim.DkimResultCode;
import org.spoofguard.core.spf.SpfResultCode;
import org.spoofguard.core.verdict.SenderVerdict;

class AutoReplyPolicyTest {
    static final SenderVerdict PASS = verdict("192.0.2.1", "a@example.com", SpfResultCode.PASS);

    static BounceDecision decide(SenderVerdict v, String mailFrom, OriginalHeaders h) {
        return AutoReplyPolicy.decide(Optional.ofNullable(v), mailFrom, h, VerdictReevaluator.NONE, "");
    }

    static OriginalHeaders headers(List<String> autoSubmitted, List<String> precedence, List<String> listId) {
        return new OriginalHeaders(autoSubmitted, precedence, listId);
    }

    @Test
    void provenReturnPathsGetAReplyWithTheBounceGuardsReason() {
        assertThat(decide(PASS, "a@example.com", OriginalHeaders.NONE).code()).isEqualTo("proven:spf=pass");
        SenderVerdict dkimOnly = verdict("192.0.2.1", "a@mail.example.com", SpfResultCode.NONE,
            dkim(DkimResultCode.PASS, "example.com"));
        BounceDecision d = decide(dkimOnly, "a@mail.example.com", OriginalHeaders.NONE);
        assertThat(d.isSend()).isTrue();
        assertThat(d.code()).isEqualTo("proven:dkim=pass(d=example.com)");
        BounceDecision auth = AutoReplyPolicy.decide(Optional.empty(), "bob@ours.example", OriginalHeaders.NONE,
            VerdictReevaluator.NONE, "bob@ours.example");
        assertThat(auth.code()).isEqualTo("proven:smtp-auth");
    }

    @Test
    void unprovenReturnPathsNeverGetAReply() {
        assertThat(decide(verdict("192.0.2.1", "a@forged.example", SpfResultCode.FAIL), "a@forged.example",
            OriginalHeaders.NONE).code()).isEqualTo("spf=fail");
        for (SpfResultCode code : List.of(SpfResultCode.NONE, SpfResultCode.NEUTRAL, SpfResultCode.SOFTFAIL,
            SpfResultCode.TEMPERROR, SpfResultCode.PERMERROR)) {
            BounceDecision d = decide(verdict("192.0.2.1", "a@x.example", code), "a@x.example", OriginalHeaders.NONE);
            assertThat(d.isSend()).as(code.keyword()).isFalse();
        }
        assertThat(decide(null, "a@x.example", OriginalHeaders.NONE).code()).isEqualTo("no-verdict");
        // SPF pass for another domain (HELO or a different MAIL FROM) proves nothing about this return path.
        assertThat(decide(PASS, "a@other.example", OriginalHeaders.NONE).isSend()).isFalse();
    }

    /**
     * A DSN or MDN (multipart/report) from a proven, non-null return path without Auto-Submitted: never answered, in
     * any spelling of the media type; other content types of the same sender still are, and DSN decisions
     * ({@link BouncePolicy}) do not look at it.
     */
    @Test
    void reportsAreNeverAnsweredEvenFromAProvenSender() {
        for (String type : List.of("multipart/report; report-type=disposition-notification; boundary=\"b\"",
            "Multipart/Report (read receipt);report-type=delivery-status", " multipart/report")) {
            BounceDecision d = decide(PASS, "a@example.com",
                new OriginalHeaders(List.of(), List.of(), List.of(), List.of(type)));
            assertThat(d.isSend()).as(type).isFalse();
            assertThat(d.code()).as(type).isEqualTo("report");
        }
        for (String type : List.of("text/plain", "multipart/mixed; boundary=\"multipart/report\"",
            "multipart/alternative (multipart/report)")) {
            assertThat(decide(PASS, "a@example.com", new OriginalHeaders(List.of(), List.of(), List.of(),
                List.of(type))).code()).as(type).isEqualTo("proven:spf=pass");
        }
        assertThat(BouncePolicy.decide(Optional.of(PASS), "a@example.com", new OriginalHeaders(List.of(), List.of(),
            List.of(), List.of("multipart/report")), BouncePolicyConfig.DEFAULT).code()).isEqualTo("proven:spf=pass");
    }

    /** A replayed signature with MAIL FROM:<anyone@sub.example.com> from anywhere: SPF fail stands, no reply. */
    @Test
    void aReplayedSignatureDoesNotOverruleSpfFail() {
        SenderVerdict replayed = verdict("203.0.113.9", "anyone@example.com", SpfResultCode.FAIL,
            dkim(DkimResultCode.PASS, "example.com"));
        BounceDecision d = decide(replayed, "anyone@example.com", OriginalHeaders.NONE);
        assertThat(d.isSend()).isFalse();
        assertThat(d.code()).isEqualTo("spf=fail");
    }

    /**
     * Fifty "Auto-Submitted: no" before an "auto-replied" (or fifty "Precedence: normal" before "bulk"), and values
     * that only look like "no" (quoted, escaped, a comment deeper than counted): all automatic, never answered.
     */
    @Test
    void paddedOrDisguisedAutoSubmittedFieldsCountAsAutomatic() {
        List<String> fiftyNo = new java.util.ArrayList<>(java.util.Collections.nCopies(50, "no"));
        fiftyNo.add("auto-replied");
        assertThat(decide(PASS, "a@example.com", headers(fiftyNo, List.of(), List.of())).isSend()).isFalse();
        List<String> fiftyNormal = new java.util.ArrayList<>(java.util.Collections.nCopies(50, "normal"));
        fiftyNormal.add("bulk");
        assertThat(decide(PASS, "a@example.com", headers(List.of(), fiftyNormal, List.of())).isSend()).isFalse();
        for (String disguised : List.of("\"no\"", "n\\o", "\"no\";auto-replied", "(".repeat(33) + ")".repeat(32) + "no")) {
            BounceDecision d = decide(PASS, "a@example.com", headers(List.of(disguised), List.of(), List.of()));
            assertThat(d.code()).as(disguised).isEqualTo("auto-submitted");
        }
        // the real thing, with a comment and a parameter, is still "no"
        for (String no : List.of("no", "NO", "no (a person wrote this)", "no; x=y")) {
            assertThat(decide(PASS, "a@example.com", headers(List.of(no), List.of(), List.of())).isSend()).as(no).isTrue();
        }
    }

    /** RFC 5230 §4.6: a mail system's or list manager's own address gets no vacation reply, proven or not. */
    @Test
    void mailSystemAndListAddressesGetNoReply() {
        for (String sender : List.of("MAILER-DAEMON@example.com", "owner-team@example.com", "team-request@example.com",
                "listserv@example.com", "noreply@example.com", "news-bounces@example.com")) {
            SenderVerdict proven = verdict("192.0.2.1", sender, SpfResultCode.PASS);
            BounceDecision d = decide(proven, sender, OriginalHeaders.NONE);
            assertThat(d.code()).as(sender).isEqualTo("automatic-sender");
        }
        assertThat(decide(PASS, "a@example.com", OriginalHeaders.NONE).isSend()).isTrue();
    }

    @Test
    void nullSenderNeverGetsAReply() {
        for (String sender : new String[] {"", "<>", null}) {
            assertThat(decide(PASS, sender, OriginalHeaders.NONE).code()).isEqualTo("null-sender");
        }
    }

    @Test
    void autoSubmittedOtherThanNoAndMalformedValuesAreNotAnswered() {
        for (String value : List.of("auto-replied", "AUTO-GENERATED", "", "no no", "no,", "\"", "nope")) {
            BounceDecision d = decide(PASS, "a@example.com", headers(List.of(value), List.of(), List.of()));
            assertThat(d.code()).as("[" + value + "]").isEqualTo("auto-submitted");
        }
        assertThat(decide(PASS, "a@example.com", headers(List.of("no (human)"), List.of(), List.of())).isSend())
            .isTrue();
        // Two fields, one automatic: automatic.
        assertThat(decide(PASS, "a@example.com", headers(List.of("no", "auto-replied"), List.of(), List.of()))
            .code()).isEqualTo("auto-submitted");
    }

    @Test
    void bulkListAndJunkAreNotAnsweredEvenFromAProvenSender() {
        // "auto_reply": what several vacation programs and Exchange's journaling put on their own replies
        for (String p : List.of("bulk", "List", "junk (spam)", "auto_reply", "Auto-Reply")) {
            BounceDecision d = decide(PASS, "a@example.com", headers(List.of(), List.of(p), List.of()));
            assertThat(d.isSend()).as(p).isFalse();
            assertThat(d.code()).startsWith("precedence-");
        }
        assertThat(decide(PASS, "a@example.com", headers(List.of(), List.of("first-class"), List.of())).isSend())
            .isTrue();
        BounceDecision list = decide(PASS, "a@example.com", headers(List.of(), List.of(), List.of("<l.example.com>")));
        assertThat(list.code()).isEqualTo("list-id");
        // Even our own authenticated user's list mail gets no out-of-office.
        assertThat(AutoReplyPolicy.decide(Optional.empty(), "bob@ours.example",
            headers(List.of(), List.of(), List.of("x")), VerdictReevaluator.NONE, "bob").isSend()).isFalse();
    }

    @Test
    void aReplyAddressedAnywhereButTheProvenReturnPathIsRefused() {
        BounceDecision same = AutoReplyPolicy.decide(Optional.of(PASS), "a@example.com", OriginalHeaders.NONE,
            VerdictReevaluator.NONE, "", List.of("a@EXAMPLE.com"));
        assertThat(same.isSend()).isTrue();
        BounceDecision other = AutoReplyPolicy.decide(Optional.of(PASS), "a@example.com", OriginalHeaders.NONE,
            VerdictReevaluator.NONE, "", List.of("victim@innocent.example"));
        assertThat(other.isSend()).isFalse();
        assertThat(other.code()).isEqualTo("reply-not-to-return-path");
        assertThat(AutoReplyPolicy.decide(Optional.of(PASS), "a@example.com", OriginalHeaders.NONE,
            VerdictReevaluator.NONE, "", List.of("a@example.com", "A@example.com")).isSend()).isFalse();
    }

    @Test
    void guardCountsAutoRepliesUnderTheirOwnCauseAndMetricsWithoutUsingTheDsnBudget() {
        List<String> counted = new ArrayList<>();
        BounceStats stats = new BounceStats(10);
        DsnRateLimiter limiter = new DsnRateLimiter(1, java.time.Duration.ofHours(1), 10, java.time.Clock.systemUTC());
        BounceGuard guard = new BounceGuard(BouncePolicyConfig.DEFAULT, limiter, stats, counted::add, VerdictReevaluator.NONE);
        BounceGuard.Inputs proven = new BounceGuard.Inputs(PASS, List.of(), "a@example.com", OriginalHeaders.NONE, null);
        BounceGuard.Inputs forged = new BounceGuard.Inputs(verdict("192.0.2.9", "x@forged.example", SpfResultCode.FAIL),
            List.of(), "x@forged.example", OriginalHeaders.NONE, null);
        for (int i = 0; i < 3; i++) {
            assertThat(guard.evaluateAutoReply(proven, List.of()).decision().isSend()).isTrue();
        }
        BounceGuard.Outcome refused = guard.evaluateAutoReply(forged, List.of());
        assertThat(refused.decision().code()).isEqualTo("spf=fail");
        assertThat(refused.cause().cause()).isEqualTo(BounceCause.AUTO_REPLY);
        assertThat(counted).containsExactly("spoofguard_autoreply_allowed", "spoofguard_autoreply_allowed",
            "spoofguard_autoreply_allowed", "spoofguard_autoreply_suppressed", "spoofguard_autoreply_suppressed_spf_fail");
        assertThat(stats.sent(BounceCause.AUTO_REPLY)).isEqualTo(3);
        assertThat(stats.suppressed(BounceCause.AUTO_REPLY)).isEqualTo(1);
        assertThat(stats.toJson()).contains("\"auto-reply\":{\"sent\":3,\"suppressed\":1}");
        // The DSN budget of example.com (1 per hour) is untouched by the three replies.
        assertThat(guard.decide(proven).decision().isSend()).isTrue();
    }
}
