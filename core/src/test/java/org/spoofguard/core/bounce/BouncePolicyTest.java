package org.spoofguard.core.bounce;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.spoofguard.core.dkim.DkimResult;
import org.spoofguard.core.dkim.DkimResultCode;
import org.spoofguard.core.dmarc.DmarcPolicy;
import org.spoofguard.core.dmarc.DmarcResult;
import org.spoofguard.core.dmarc.DmarcResultCode;
import org.spoofguard.core.spf.SpfResult;
import org.spoofguard.core.spf.SpfResultCode;
import org.spoofguard.core.verdict.SenderVerdict;

class BouncePolicyTest {
    static final BouncePolicyConfig STRICT = BouncePolicyConfig.DEFAULT;
    static final BouncePolicyConfig LAX = new BouncePolicyConfig(true);

    static SenderVerdict verdict(String ip, String mailFrom, SpfResultCode spf, DkimResult... dkim) {
        String domain = mailFrom.substring(mailFrom.lastIndexOf('@') + 1);
        return new SenderVerdict(ip, "mx.example.net", mailFrom,
            new SpfResult(spf, SpfResult.MAILFROM, domain, mailFrom, "test"),
            new SpfResult(SpfResultCode.NONE, SpfResult.HELO, "mx.example.net", "", ""),
            List.of(dkim), new DmarcResult(DmarcResultCode.NONE, "", "", DmarcPolicy.NONE, false, false, ""));
    }

    static DkimResult dkim(DkimResultCode code, String d) {
        return new DkimResult(code, d, "s1", "rsa-sha256", "test");
    }

    static BounceDecision decide(SenderVerdict v, String mailFrom, OriginalHeaders h, BouncePolicyConfig c) {
        return BouncePolicy.decide(Optional.ofNullable(v), mailFrom, h, c);
    }

    static OriginalHeaders autoSubmitted(String... values) {
        return new OriginalHeaders(List.of(values), List.of(), List.of());
    }

    static OriginalHeaders precedence(String... values) {
        return new OriginalHeaders(List.of(), List.of(values), List.of());
    }

    @Test
    void nullSenderNeverGetsADsnEvenWhenProvenAndLax() {
        SenderVerdict v = verdict("192.0.2.1", "a@example.com", SpfResultCode.PASS);
        for (String nullSender : new String[] {"", "<>", " <> ", null}) {
            BounceDecision d = decide(v, nullSender, OriginalHeaders.NONE, LAX);
            assertThat(d.isSend()).isFalse();
            assertThat(d.code()).isEqualTo("null-sender");
        }
    }

    /**
     * RFC 3834 is about automatic responders, not delivery status notifications (its §1), and RFC 5321 §6.1 says a
     * server that accepted a mail and cannot deliver it MUST notify the non-null reverse-path; the DSN leaves from
     * <> (RFC 3464), so it cannot loop. A proven sender of automated mail (monitoring, reports, a list manager)
     * must learn that it failed, as any other proven sender.
     */
    @Test
    void autoSubmittedMailFromAProvenSenderGetsItsDsn() {
        OriginalHeaders auto = autoSubmitted("auto-generated");
        SenderVerdict softfail = verdict("198.51.100.7", "alice@ours.example", SpfResultCode.SOFTFAIL);
        BounceDecision auth = BouncePolicy.decide(Optional.of(softfail), "alice@ours.example", auto, STRICT,
            VerdictReevaluator.NONE, "alice@ours.example");
        assertThat(auth.isSend()).isTrue();
        assertThat(auth.code()).isEqualTo("proven:smtp-auth");

        BounceDecision spf = decide(verdict("192.0.2.1", "monitor@example.com", SpfResultCode.PASS),
            "monitor@example.com", auto, STRICT);
        assertThat(spf.isSend()).isTrue();
        assertThat(spf.code()).isEqualTo("proven:spf=pass");

        SenderVerdict signed = verdict("192.0.2.1", "bounces@lists.example.com", SpfResultCode.NONE,
            dkim(DkimResultCode.PASS, "example.com"));
        BounceDecision dkim = decide(signed, "bounces@lists.example.com", auto, STRICT);
        assertThat(dkim.isSend()).isTrue();
        assertThat(dkim.code()).isEqualTo("proven:dkim=pass(d=example.com)");

        // The null sender stays unanswered whatever proves it.
        assertThat(BouncePolicy.decide(Optional.of(softfail), "<>", auto, LAX, VerdictReevaluator.NONE,
            "alice@ours.example").code()).isEqualTo("null-sender");
    }

    /** Unproven, Auto-Submitted still suppresses, also where sendUnproven would otherwise answer. */
    @Test
    void autoSubmittedOtherThanNoIsSuppressedWhenUnprovenEvenWithSendUnproven() {
        SenderVerdict none = verdict("192.0.2.1", "a@example.com", SpfResultCode.NONE);
        List<String> values = new ArrayList<>(List.of("auto-generated", "Auto-Replied",
            "auto-notified; owner-email=\"x@y\"", "(comment) auto-generated (more)", "x-custom-extension", "",
            ";;(unterminated", "\"no\"", "n\\o", "\"no\";auto-replied", "(".repeat(33) + ")".repeat(32) + "no"));
        for (String value : values) {
            for (BouncePolicyConfig config : List.of(STRICT, LAX)) {
                BounceDecision d = decide(none, "a@example.com", autoSubmitted(value), config);
                assertThat(d.code()).as(value).isEqualTo("auto-submitted");
                assertThat(d.isSend()).isFalse();
            }
            assertThat(decide(null, "a@example.com", autoSubmitted(value), LAX).code()).as(value)
                .isEqualTo("auto-submitted");
        }
        // Fifty "no" hiding a fifty-first "auto-replied": the overflow counts as automatic mail.
        List<String> many = new ArrayList<>(java.util.Collections.nCopies(OriginalHeaders.MAX_FIELDS, "no"));
        many.add("auto-replied");
        assertThat(decide(none, "a@example.com", autoSubmitted(many.toArray(String[]::new)), LAX).code())
            .isEqualTo("auto-submitted");
        // Auto-Submitted comes before Precedence/List-Id among the unproven reasons, as before.
        OriginalHeaders both = new OriginalHeaders(List.of("auto-generated"), List.of("bulk"), List.of("<l.example>"));
        assertThat(decide(none, "a@example.com", both, LAX).code()).isEqualTo("auto-submitted");
    }

    @Test
    void autoSubmittedNoIsAnsweredInAnyCaseAndWithComments() {
        SenderVerdict v = verdict("192.0.2.1", "a@example.com", SpfResultCode.PASS);
        for (String value : List.of("no", "NO", " No ", "(human (nested)) no", "no (really)")) {
            BounceDecision d = decide(v, "a@example.com", autoSubmitted(value), STRICT);
            assertThat(d.isSend()).as(value).isTrue();
            assertThat(d.code()).isEqualTo("proven:spf=pass");
        }
    }

    @Test
    void ourOwnAuthenticatedUsersAlwaysLearnThatTheirMailFailed() {
        // Submitted with SMTP AUTH: no SPF for our own domain is needed (the client is a laptop anywhere).
        SenderVerdict v = verdict("198.51.100.7", "alice@ours.example", SpfResultCode.SOFTFAIL);
        BounceDecision d = BouncePolicy.decide(Optional.of(v), "alice@ours.example", OriginalHeaders.NONE, STRICT,
            VerdictReevaluator.NONE, "alice@ours.example");
        assertThat(d.isSend()).isTrue();
        assertThat(d.code()).isEqualTo("proven:smtp-auth");
        // ...but never to the null sender.
        assertThat(BouncePolicy.decide(Optional.of(v), "", OriginalHeaders.NONE, STRICT, VerdictReevaluator.NONE,
            "alice@ours.example").isSend()).isFalse();
        // Anonymous clients get no such credit.
        assertThat(BouncePolicy.decide(Optional.of(v), "alice@ours.example", OriginalHeaders.NONE, STRICT,
            VerdictReevaluator.NONE, "").isSend()).isFalse();
    }

    @Test
    void spfPassForTheMailFromDomainProves() {
        BounceDecision d = decide(verdict("192.0.2.1", "Bob@Example.COM", SpfResultCode.PASS), "<Bob@Example.COM>",
            OriginalHeaders.NONE, STRICT);
        assertThat(d.isSend()).isTrue();
        assertThat(d.code()).isEqualTo("proven:spf=pass");
        assertThat(d.metricKey()).isEqualTo("proven_spf_pass");
    }

    @Test
    void spfPassForAnotherDomainDoesNotProveThisReturnPath() {
        SenderVerdict v = verdict("192.0.2.1", "a@attacker.example", SpfResultCode.PASS);
        BounceDecision d = decide(v, "victim@example.com", OriginalHeaders.NONE, STRICT);
        assertThat(d.isSend()).isFalse();
        assertThat(d.code()).isEqualTo("unproven:spf-not-for-mailfrom");
    }

    @Test
    void spfHeloPassDoesNotProveTheReturnPath() {
        SenderVerdict base = verdict("192.0.2.1", "a@example.com", SpfResultCode.NONE);
        SenderVerdict v = new SenderVerdict(base.clientIp(), base.helo(), base.mailFrom(),
            new SpfResult(SpfResultCode.PASS, SpfResult.HELO, "example.com", "postmaster@example.com", ""),
            base.spfHelo(), List.of(), base.dmarc());
        BounceDecision d = decide(v, "a@example.com", OriginalHeaders.NONE, STRICT);
        assertThat(d.isSend()).isFalse();
    }

    @Test
    void alignedDkimPassProvesAndNamesTheDomain() {
        SenderVerdict v = verdict("192.0.2.1", "bounces@mail.example.com", SpfResultCode.NONE,
            dkim(DkimResultCode.FAIL, "other.example"), dkim(DkimResultCode.PASS, "example.com"));
        BounceDecision d = decide(v, "bounces@mail.example.com", OriginalHeaders.NONE, STRICT);
        assertThat(d.isSend()).isTrue();
        assertThat(d.code()).isEqualTo("proven:dkim=pass(d=example.com)");
        assertThat(d.metricKey()).isEqualTo("proven_dkim_pass");
    }

    @Test
    void unalignedDkimPassDoesNotProve() {
        SenderVerdict v = verdict("192.0.2.1", "victim@example.com", SpfResultCode.NONE,
            dkim(DkimResultCode.PASS, "attacker.example"), dkim(DkimResultCode.PASS, "example.co.uk"));
        BounceDecision d = decide(v, "victim@example.com", OriginalHeaders.NONE, STRICT);
        assertThat(d.isSend()).isFalse();
        assertThat(d.code()).isEqualTo("unproven:spf=none");
    }

    @Test
    void dkimAlignmentUsesThePublicSuffixList() {
        // a.co.uk and b.co.uk are different organisations, co.uk is a public suffix.
        SenderVerdict v = verdict("192.0.2.1", "x@a.co.uk", SpfResultCode.NONE, dkim(DkimResultCode.PASS, "b.co.uk"));
        assertThat(decide(v, "x@a.co.uk", OriginalHeaders.NONE, STRICT).isSend()).isFalse();
    }

    @Test
    void failSoftfailPermerrorAreSuppressedEvenWhenLax() {
        for (SpfResultCode code : List.of(SpfResultCode.FAIL, SpfResultCode.SOFTFAIL, SpfResultCode.PERMERROR)) {
            BounceDecision d = decide(verdict("192.0.2.1", "a@example.com", code), "a@example.com",
                OriginalHeaders.NONE, LAX);
            assertThat(d.isSend()).as(code.name()).isFalse();
            assertThat(d.code()).isEqualTo("spf=" + code.keyword());
        }
    }

    /** A signed mail of example.com replayed from a host its "~all" does not list: no DSN to example.com. */
    @Test
    void anAlignedDkimPassReplayedFromASoftfailingHostIsNoProof() {
        SenderVerdict replay = verdict("198.51.100.66", "news@example.com", SpfResultCode.SOFTFAIL,
            dkim(DkimResultCode.PASS, "example.com"));
        BounceDecision d = decide(replay, "news@example.com", OriginalHeaders.NONE, LAX);
        assertThat(d.isSend()).isFalse();
        assertThat(d.code()).isEqualTo("spf=softfail");
        // the same signature with SPF none or neutral still proves the return path
        for (SpfResultCode code : List.of(SpfResultCode.NONE, SpfResultCode.NEUTRAL)) {
            SenderVerdict v = verdict("198.51.100.66", "news@example.com", code, dkim(DkimResultCode.PASS, "example.com"));
            assertThat(decide(v, "news@example.com", OriginalHeaders.NONE, STRICT).code()).as(code.name())
                .isEqualTo("proven:dkim=pass(d=example.com)");
        }
    }

    @Test
    void noneAndNeutralFollowTheConfiguration() {
        for (SpfResultCode code : List.of(SpfResultCode.NONE, SpfResultCode.NEUTRAL)) {
            SenderVerdict v = verdict("192.0.2.1", "a@example.com", code);
            BounceDecision strict = decide(v, "a@example.com", OriginalHeaders.NONE, STRICT);
            BounceDecision lax = decide(v, "a@example.com", OriginalHeaders.NONE, LAX);
            assertThat(strict.isSend()).isFalse();
            assertThat(lax.isSend()).isTrue();
            assertThat(strict.code()).isEqualTo("unproven:spf=" + code.keyword()).isEqualTo(lax.code());
        }
    }

    @Test
    void missingVerdictIsUnproven() {
        assertThat(decide(null, "a@example.com", OriginalHeaders.NONE, STRICT))
            .extracting(BounceDecision::action, BounceDecision::code)
            .containsExactly(BounceDecision.Action.SUPPRESS, "no-verdict");
        assertThat(decide(null, "a@example.com", OriginalHeaders.NONE, LAX).isSend()).isTrue();
    }

    @Test
    void precedenceBulkJunkListSuppressUnlessAuthenticated() {
        for (String p : List.of("bulk", "JUNK", "list (mailman)")) {
            String keyword = p.split(" ")[0].toLowerCase();
            BounceDecision unproven = decide(verdict("192.0.2.1", "a@example.com", SpfResultCode.NEUTRAL),
                "a@example.com", precedence(p), LAX);
            assertThat(unproven.isSend()).isFalse();
            assertThat(unproven.code()).isEqualTo("precedence-" + keyword);
            BounceDecision proven = decide(verdict("192.0.2.1", "a@example.com", SpfResultCode.PASS),
                "a@example.com", precedence(p), STRICT);
            assertThat(proven.isSend()).isTrue();
        }
        assertThat(decide(null, "a@example.com", precedence("first-class"), LAX).isSend()).isTrue();
    }

    @Test
    void listIdSuppressesUnauthenticated() {
        OriginalHeaders list = new OriginalHeaders(List.of(), List.of(), List.of("<users.lists.example.org>"));
        assertThat(decide(null, "a@example.com", list, LAX).code()).isEqualTo("list-id");
        assertThat(decide(verdict("192.0.2.1", "a@example.com", SpfResultCode.PASS), "a@example.com", list, STRICT)
            .isSend()).isTrue();
    }

    @Test
    void temperrorReevaluatesOnceAgainstTheOriginalClientIp() {
        SenderVerdict temp = verdict("192.0.2.1", "a@example.com", SpfResultCode.TEMPERROR);
        List<String> asked = new ArrayList<>();
        BounceDecision d = BouncePolicy.decide(Optional.of(temp), "a@example.com", OriginalHeaders.NONE, STRICT,
            original -> {
                asked.add(original.clientIp());
                return Optional.of(verdict(original.clientIp(), "a@example.com", SpfResultCode.PASS));
            });
        assertThat(asked).containsExactly("192.0.2.1");
        assertThat(d.isSend()).isTrue();
        assertThat(d.code()).isEqualTo("proven:spf=pass");
    }

    @Test
    void temperrorTwiceIsUnprovenAndAskedOnlyOnce() {
        SenderVerdict temp = verdict("192.0.2.1", "a@example.com", SpfResultCode.TEMPERROR);
        AtomicInteger calls = new AtomicInteger();
        VerdictReevaluator again = original -> {
            calls.incrementAndGet();
            return Optional.of(temp);
        };
        BounceDecision strict = BouncePolicy.decide(Optional.of(temp), "a@example.com", OriginalHeaders.NONE, STRICT, again);
        assertThat(calls).hasValue(1);
        assertThat(strict.code()).isEqualTo("temperror");
        assertThat(strict.isSend()).isFalse();
        assertThat(BouncePolicy.decide(Optional.of(temp), "a@example.com", OriginalHeaders.NONE, LAX, again).isSend()).isTrue();
        assertThat(BouncePolicy.decide(Optional.of(temp), "a@example.com", OriginalHeaders.NONE, STRICT).code())
            .isEqualTo("temperror");
    }

    @Test
    void neverReevaluatesAgainstLoopbackAndRejectsResultsForAnotherIp() {
        AtomicInteger calls = new AtomicInteger();
        VerdictReevaluator passEverything = original -> {
            calls.incrementAndGet();
            return Optional.of(verdict("127.0.0.1", "a@example.com", SpfResultCode.PASS));
        };
        for (String ip : List.of("127.0.0.1", "::1", "", "[127.0.0.1]")) {
            SenderVerdict temp = verdict(ip, "a@example.com", SpfResultCode.TEMPERROR);
            assertThat(BouncePolicy.decide(Optional.of(temp), "a@example.com", OriginalHeaders.NONE, STRICT,
                passEverything).isSend()).as(ip).isFalse();
        }
        assertThat(calls).hasValue(0);
        SenderVerdict temp = verdict("192.0.2.1", "a@example.com", SpfResultCode.TEMPERROR);
        BounceDecision d = BouncePolicy.decide(Optional.of(temp), "a@example.com", OriginalHeaders.NONE, STRICT,
            passEverything);
        assertThat(calls).hasValue(1);
        assertThat(d.isSend()).isFalse();
        assertThat(d.code()).isEqualTo("temperror");
    }

    @Test
    void throwingReevaluatorIsTreatedAsUnproven() {
        SenderVerdict temp = verdict("192.0.2.1", "a@example.com", SpfResultCode.TEMPERROR);
        BounceDecision d = BouncePolicy.decide(Optional.of(temp), "a@example.com", OriginalHeaders.NONE, STRICT,
            original -> {
                throw new IllegalStateException("dns down");
            });
        assertThat(d.code()).isEqualTo("temperror");
    }

    @Test
    void alignedDkimTemperrorAlsoTriggersReevaluation() {
        SenderVerdict temp = verdict("192.0.2.1", "a@example.com", SpfResultCode.NONE,
            dkim(DkimResultCode.TEMPERROR, "example.com"));
        AtomicInteger calls = new AtomicInteger();
        BounceDecision d = BouncePolicy.decide(Optional.of(temp), "a@example.com", OriginalHeaders.NONE, STRICT,
            o -> {
                calls.incrementAndGet();
                return Optional.of(verdict("192.0.2.1", "a@example.com", SpfResultCode.NONE,
                    dkim(DkimResultCode.PASS, "example.com")));
            });
        assertThat(calls).hasValue(1);
        assertThat(d.code()).isEqualTo("proven:dkim=pass(d=example.com)");
    }

    @Test
    void returnPathWithoutDomainIsSuppressed() {
        assertThat(decide(null, "postmaster", OriginalHeaders.NONE, LAX).code()).isEqualTo("invalid-return-path");
    }

    @Test
    void everyDecisionCarriesText() {
        BounceDecision d = decide(verdict("192.0.2.1", "a@example.com", SpfResultCode.FAIL), "a@example.com",
            OriginalHeaders.NONE, STRICT);
        assertThat(d.text()).contains("192.0.2.1").contains("example.com");
    }

    /**
     * SPF pass from a record that lets every host pass ({@code +all}): the RFC 7208 result is pass, but it proves
     * nothing about who used the return path, so the DSN follows the unproven rule (kept unless the admin sends
     * unproven ones), with a code and text that say why; an aligned DKIM pass still proves.
     */
    @Test
    void anSpfPassEveryHostGetsIsUnprovenAndSaysWhy() {
        SpfResult open = new SpfResult(SpfResultCode.PASS, SpfResult.MAILFROM, "victim.example", "ceo@victim.example",
            "mechanism +all matched", "+all (SPF record of victim.example)");
        SenderVerdict v = new SenderVerdict("203.0.113.66", "forger.example.net", "ceo@victim.example", open,
            new SpfResult(SpfResultCode.NONE, SpfResult.HELO, "forger.example.net", "", ""), List.of(),
            new DmarcResult(DmarcResultCode.NONE, "", "", DmarcPolicy.NONE, false, false, ""));
        BounceDecision strict = decide(v, "ceo@victim.example", OriginalHeaders.NONE, STRICT);
        assertThat(strict.isSend()).isFalse();
        assertThat(strict.code()).isEqualTo("unproven:spf=pass(any-host)");
        assertThat(strict.text()).contains("spf=pass for victim.example via +all (SPF record of victim.example) is no proof");
        BounceDecision lax = decide(v, "ceo@victim.example", OriginalHeaders.NONE, LAX);
        assertThat(lax.isSend()).isTrue();
        assertThat(lax.code()).isEqualTo(strict.code());
        assertThat(decide(v, "ceo@victim.example", precedence("bulk"), LAX).isSend()).isFalse();
        SenderVerdict signed = new SenderVerdict(v.clientIp(), v.helo(), v.mailFrom(), open, v.spfHelo(),
            List.of(dkim(DkimResultCode.PASS, "victim.example")), v.dmarc());
        assertThat(decide(signed, "ceo@victim.example", OriginalHeaders.NONE, STRICT).code())
            .isEqualTo("proven:dkim=pass(d=victim.example)");
    }
}
