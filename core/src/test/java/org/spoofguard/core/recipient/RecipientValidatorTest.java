package org.spoofguard.core.recipient;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

class RecipientValidatorTest {
    private static final InetAddress CLIENT = ip("198.51.100.20");
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-20T10:00:00Z"));

    /** In-memory directory; addresses lower-case. */
    static final class FakeDirectory implements RecipientDirectory {
        final Set<String> domains = new HashSet<>(Set.of("local.test", "other.test"));
        final Set<String> users = new HashSet<>();
        final Set<String> full = new HashSet<>();
        final Map<String, Resolution> mappings = new HashMap<>();
        RuntimeException failUsers;
        RuntimeException failResolve;
        RuntimeException failQuota;

        @Override
        public boolean isLocalDomain(String domain) {
            return domains.contains(domain);
        }

        @Override
        public boolean userExists(String address) {
            if (failUsers != null) {
                throw failUsers;
            }
            return users.contains(address);
        }

        @Override
        public Resolution resolve(String address) {
            if (failResolve != null) {
                throw failResolve;
            }
            return mappings.getOrDefault(address, Resolution.none());
        }

        final Map<String, MailboxQuota> quotas = new HashMap<>();

        @Override
        public MailboxQuota quota(String address) {
            if (failQuota != null) {
                throw failQuota;
            }
            if (full.contains(address)) {
                return MailboxQuota.of(3, OptionalLong.empty(), 1000, OptionalLong.of(1000));
            }
            return quotas.getOrDefault(address, MailboxQuota.UNKNOWN);
        }
    }

    private final FakeDirectory dir = new FakeDirectory();

    private RecipientValidator validator(HarvestTracker tracker) {
        return new RecipientValidator(dir, RecipientValidator.Settings.defaults(), null, tracker);
    }

    private static RecipientRequest rcpt(String address) {
        return new RecipientRequest(address, CLIENT, false, 0);
    }

    @Test
    void existingUserIsAccepted() {
        dir.users.add("alice@local.test");
        RecipientDecision d = validator(null).validate(rcpt("alice@local.test"));
        assertThat(d.outcome()).isEqualTo(RecipientOutcome.ACCEPTED);
        assertThat(d.isAccept()).isTrue();
    }

    @Test
    void unknownLocalUserGets550() {
        RecipientDecision d = validator(null).validate(rcpt("nobody@local.test"));
        assertThat(d.outcome()).isEqualTo(RecipientOutcome.UNKNOWN);
        assertThat(d.code()).isEqualTo(550);
        assertThat(d.smtpDescription()).isEqualTo("5.1.1 <nobody@local.test>: recipient unknown");
    }

    @Test
    void aliasToExistingUserOrRemoteIsAccepted() {
        dir.users.add("alice@local.test");
        dir.mappings.put("sales@local.test", RecipientDirectory.Resolution.targets(List.of("alice@local.test")));
        dir.mappings.put("fwd@local.test", RecipientDirectory.Resolution.targets(List.of("someone@remote.example")));
        assertThat(validator(null).validate(rcpt("sales@local.test")).outcome()).isEqualTo(RecipientOutcome.ACCEPTED);
        assertThat(validator(null).validate(rcpt("fwd@local.test")).outcome()).isEqualTo(RecipientOutcome.ACCEPTED);
    }

    @Test
    void mappingToNonexistentLocalUsersIsUnknown() {
        dir.mappings.put("ghost@local.test", RecipientDirectory.Resolution.targets(
            List.of("deleted@local.test", "alsogone@other.test")));
        RecipientDecision d = validator(null).validate(rcpt("ghost@local.test"));
        assertThat(d.outcome()).isEqualTo(RecipientOutcome.UNKNOWN);
        assertThat(d.reason()).contains("deleted@local.test").contains("no such local user");
    }

    @Test
    void groupWithOneLiveMemberIsAccepted() {
        dir.users.add("bob@other.test");
        dir.mappings.put("team@local.test", RecipientDirectory.Resolution.targets(
            List.of("deleted@local.test", "bob@other.test")));
        assertThat(validator(null).validate(rcpt("team@local.test")).outcome()).isEqualTo(RecipientOutcome.ACCEPTED);
    }

    @Test
    void loopOrErrorMappingIsUnknown() {
        dir.mappings.put("loop@local.test", RecipientDirectory.Resolution.unresolvable("554 Too many mappings to process"));
        RecipientDecision d = validator(null).validate(rcpt("loop@local.test"));
        assertThat(d.outcome()).isEqualTo(RecipientOutcome.UNKNOWN);
        assertThat(d.code()).isEqualTo(550);
        assertThat(d.reason()).contains("Too many mappings");
    }

    @Test
    void fullMailboxGets452() {
        dir.users.add("full@local.test");
        dir.full.add("full@local.test");
        RecipientDecision d = validator(null).validate(rcpt("full@local.test"));
        assertThat(d.outcome()).isEqualTo(RecipientOutcome.MAILBOX_FULL);
        assertThat(d.code()).isEqualTo(452);
        assertThat(d.smtpDescription()).isEqualTo("4.2.2 <full@local.test>: mailbox full");
    }

    @Test
    void aliasToOnlyFullMailboxesGets452ButOneRoomyTargetIsEnough() {
        dir.users.addAll(List.of("full@local.test", "roomy@local.test"));
        dir.full.add("full@local.test");
        dir.mappings.put("a@local.test", RecipientDirectory.Resolution.targets(List.of("full@local.test")));
        dir.mappings.put("b@local.test", RecipientDirectory.Resolution.targets(List.of("full@local.test", "roomy@local.test")));
        assertThat(validator(null).validate(rcpt("a@local.test")).outcome()).isEqualTo(RecipientOutcome.MAILBOX_FULL);
        assertThat(validator(null).validate(rcpt("b@local.test")).outcome()).isEqualTo(RecipientOutcome.ACCEPTED);
    }

    @Test
    void countQuotaUsedUpGets452AndDeclaredSizeIsCheckedAgainstTheFinalMailbox() {
        dir.users.addAll(List.of("counted@local.test", "small@local.test"));
        dir.quotas.put("counted@local.test", MailboxQuota.of(5, OptionalLong.of(5), 10, OptionalLong.empty()));
        dir.quotas.put("small@local.test", MailboxQuota.of(1, OptionalLong.empty(), 600, OptionalLong.of(1000)));
        dir.mappings.put("boss@local.test", RecipientDirectory.Resolution.targets(List.of("small@local.test")));
        RecipientValidator v = validator(null);

        RecipientDecision counted = v.validate(rcpt("counted@local.test"));
        assertThat(counted.outcome()).isEqualTo(RecipientOutcome.MAILBOX_FULL);
        assertThat(counted.smtpDescription()).isEqualTo("4.2.2 <counted@local.test>: mailbox full");
        assertThat(counted.reason()).contains("message count");

        assertThat(v.validate(sized("small@local.test", 401)).outcome()).isEqualTo(RecipientOutcome.MAILBOX_FULL);
        assertThat(v.validate(sized("boss@local.test", 401)).outcome()).as("alias: the final mailbox's quota")
            .isEqualTo(RecipientOutcome.MAILBOX_FULL);
        assertThat(v.validate(sized("small@local.test", 400)).outcome()).isEqualTo(RecipientOutcome.ACCEPTED);
        assertThat(v.validate(rcpt("small@local.test")).outcome()).as("no SIZE declared").isEqualTo(RecipientOutcome.ACCEPTED);
    }

    @Test
    void endOfDataJudgesTheExactSizeAgainstTheFinalMailboxOnly() {
        dir.users.addAll(List.of("small@local.test", "counted@local.test"));
        dir.quotas.put("small@local.test", MailboxQuota.of(1, OptionalLong.empty(), 600, OptionalLong.of(1000)));
        dir.quotas.put("counted@local.test", MailboxQuota.of(5, OptionalLong.of(5), 10, OptionalLong.empty()));
        dir.mappings.put("boss@local.test", RecipientDirectory.Resolution.targets(List.of("small@local.test")));
        RecipientValidator v = validator(null);

        RecipientDecision over = v.roomAtEndOfData("small@local.test", 401);
        assertThat(over.outcome()).isEqualTo(RecipientOutcome.MAILBOX_FULL);
        assertThat(over.smtpDescription()).isEqualTo("4.2.2 <small@local.test>: mailbox full");
        assertThat(over.reason()).contains("message size 401 exceeds the room left");
        assertThat(v.roomAtEndOfData("small@local.test", 400).isAccept()).as("exactly fills the room").isTrue();
        assertThat(v.roomAtEndOfData("boss@local.test", 401).outcome()).as("alias: the final mailbox")
            .isEqualTo(RecipientOutcome.MAILBOX_FULL);
        assertThat(v.roomAtEndOfData("counted@local.test", 1).outcome()).isEqualTo(RecipientOutcome.MAILBOX_FULL);
        assertThat(v.roomAtEndOfData("gone@local.test", 10_000).isAccept()).as("unknown now: not a quota matter").isTrue();
        assertThat(v.roomAtEndOfData("someone@remote.test", 10_000).isAccept()).isTrue();

        dir.failQuota = new IllegalStateException("quota store down");
        assertThat(v.roomAtEndOfData("small@local.test", 1).code()).as("our trouble: 451, never 5xx").isEqualTo(451);
        RecipientValidator off = new RecipientValidator(dir, new RecipientValidator.Settings(false, true, 5, Map.of()), null, null);
        assertThat(off.roomAtEndOfData("small@local.test", 10_000).isAccept()).isTrue();
    }

    /**
     * James 3.8.1's RecipientRewriteTable mailet rewrites every recipient that has mappings, user or not: an
     * existing user's mappings, not its own mailbox, decide where its mail goes.
     */
    @Test
    void anExistingUsersMappingsDecideNotItsOwnMailbox() {
        dir.users.addAll(List.of("gone@local.test", "moved@local.test", "away@local.test", "keeps@local.test",
            "keepsfull@local.test", "alice@local.test", "tofull@local.test", "other@local.test"));
        dir.full.addAll(List.of("away@local.test", "keeps@local.test", "keepsfull@local.test", "other@local.test"));
        dir.mappings.put("gone@local.test", RecipientDirectory.Resolution.unresolvable("ErrorMappingException: 550 left"));
        dir.mappings.put("moved@local.test", RecipientDirectory.Resolution.targets(List.of("deleted@local.test")));
        dir.mappings.put("away@local.test", RecipientDirectory.Resolution.targets(List.of("someone@remote.example")));
        // forward keeping a copy: James's identity mapping returns the user itself among the targets
        dir.mappings.put("keeps@local.test", RecipientDirectory.Resolution.targets(
            List.of("keeps@local.test", "someone@remote.example")));
        dir.mappings.put("keepsfull@local.test", RecipientDirectory.Resolution.targets(
            List.of("keepsfull@local.test", "deleted@local.test")));
        dir.mappings.put("tofull@local.test", RecipientDirectory.Resolution.targets(List.of("other@local.test")));
        RecipientValidator v = validator(null);

        RecipientDecision gone = v.validate(rcpt("gone@local.test"));
        assertThat(gone.code()).as("error mapping: James sends it to rrt-error").isEqualTo(550);
        assertThat(gone.reason()).contains("ErrorMappingException");
        RecipientDecision moved = v.validate(rcpt("moved@local.test"));
        assertThat(moved.code()).as("forward to a deleted user: local-address-error").isEqualTo(550);
        assertThat(moved.reason()).contains("deleted@local.test");
        assertThat(v.validate(rcpt("away@local.test")).outcome()).as("forwarded off-site: own full mailbox unused")
            .isEqualTo(RecipientOutcome.ACCEPTED);
        assertThat(v.roomAtEndOfData("away@local.test", 10_000).isAccept()).isTrue();
        assertThat(v.validate(rcpt("keeps@local.test")).outcome()).as("the remote copy is deliverable")
            .isEqualTo(RecipientOutcome.ACCEPTED);
        RecipientDecision keepsFull = v.validate(rcpt("keepsfull@local.test"));
        assertThat(keepsFull.code()).as("the copy kept is judged as the user, with its quota").isEqualTo(452);
        assertThat(v.roomAtEndOfData("keepsfull@local.test", 1).outcome()).isEqualTo(RecipientOutcome.MAILBOX_FULL);
        assertThat(v.validate(rcpt("tofull@local.test")).code()).as("the target's quota, not the user's").isEqualTo(452);
        assertThat(v.roomAtEndOfData("tofull@local.test", 1).outcome()).isEqualTo(RecipientOutcome.MAILBOX_FULL);
        assertThat(v.validate(rcpt("alice@local.test")).outcome()).as("no mapping: the user itself")
            .isEqualTo(RecipientOutcome.ACCEPTED);

        dir.failResolve = new IllegalStateException("rrt down");
        RecipientDecision down = v.validate(rcpt("alice@local.test"));
        assertThat(down.code()).as("cannot know where the user's mail goes: our trouble, 451").isEqualTo(451);
        assertThat(v.roomAtEndOfData("alice@local.test", 1).code()).isEqualTo(451);
    }

    @Test
    void withTheRewriteTableOffOnlyTheUserAndItsOwnQuotaCount() {
        dir.users.addAll(List.of("gone@local.test", "full@local.test"));
        dir.full.add("full@local.test");
        dir.mappings.put("gone@local.test", RecipientDirectory.Resolution.unresolvable("error"));
        dir.mappings.put("full@local.test", RecipientDirectory.Resolution.targets(List.of("someone@remote.example")));
        dir.mappings.put("sales@local.test", RecipientDirectory.Resolution.targets(List.of("gone@local.test")));
        RecipientValidator v = new RecipientValidator(dir, new RecipientValidator.Settings(true, false, 5, Map.of()), null, null);
        assertThat(v.validate(rcpt("gone@local.test")).outcome()).isEqualTo(RecipientOutcome.ACCEPTED);
        assertThat(v.validate(rcpt("full@local.test")).code()).isEqualTo(452);
        assertThat(v.validate(rcpt("sales@local.test")).code()).isEqualTo(550);
    }

    @Test
    void quotaLookupFailureIsTempfail() {
        dir.users.add("alice@local.test");
        dir.failQuota = new IllegalStateException("quota store down");
        RecipientDecision d = validator(null).validate(rcpt("alice@local.test"));
        assertThat(d.outcome()).isEqualTo(RecipientOutcome.TEMPFAIL);
        assertThat(d.code()).isEqualTo(451);
    }

    private static RecipientRequest sized(String address, long size) {
        return new RecipientRequest(address, CLIENT, false, 0, OptionalLong.of(size));
    }

    @Test
    void quotaCheckCanBeDisabled() {
        dir.users.add("full@local.test");
        dir.full.add("full@local.test");
        RecipientValidator v = new RecipientValidator(dir, new RecipientValidator.Settings(false, true, 5, Map.of()), null, null);
        assertThat(v.validate(rcpt("full@local.test")).outcome()).isEqualTo(RecipientOutcome.ACCEPTED);
    }

    @Test
    void repositoryFailureIsTempfailNever5xx() {
        dir.failUsers = new IllegalStateException("users store down");
        RecipientDecision d = validator(null).validate(rcpt("alice@local.test"));
        assertThat(d.outcome()).isEqualTo(RecipientOutcome.TEMPFAIL);
        assertThat(d.code()).isEqualTo(451);
        assertThat(d.enhancedStatus()).isEqualTo("4.3.0");
        assertThat(d.reason()).contains("users store down");

        dir.failUsers = null;
        dir.failResolve = new IllegalStateException("rrt down");
        assertThat(validator(null).validate(rcpt("x@local.test")).code()).isEqualTo(451);
    }

    @Test
    void foreignDomainIsSkipped() {
        RecipientDecision d = validator(null).validate(rcpt("x@elsewhere.example"));
        assertThat(d.outcome()).isEqualTo(RecipientOutcome.SKIPPED);
        assertThat(d.isAccept()).isTrue();
    }

    @Test
    void sessionLimitRefusesFurtherRcptsWith421AndClose() {
        dir.users.add("alice@local.test");
        RecipientValidator v = validator(null);
        assertThat(v.validate(new RecipientRequest("x@local.test", CLIENT, false, 4)).code()).isEqualTo(550);
        RecipientDecision d = v.validate(new RecipientRequest("alice@local.test", CLIENT, false, 5));
        assertThat(d.outcome()).isEqualTo(RecipientOutcome.HARVEST);
        assertThat(d.code()).isEqualTo(421);
        assertThat(d.enhancedStatus()).isEqualTo("4.7.0");
        assertThat(d.disconnect()).isTrue();
        // trusted sessions are not cut off
        assertThat(v.validate(new RecipientRequest("alice@local.test", CLIENT, true, 50)).outcome())
            .isEqualTo(RecipientOutcome.ACCEPTED);
    }

    @Test
    void clientAcrossSessionsIsBlockedByTheTracker() {
        dir.users.add("alice@local.test");
        HarvestTracker tracker = new HarvestTracker(clock, 3, Duration.ofHours(1), Duration.ofMinutes(30), 100);
        RecipientValidator v = validator(tracker);
        for (int session = 0; session < 3; session++) {
            assertThat(v.validate(rcpt("guess" + session + "@local.test")).code()).isEqualTo(550);
        }
        RecipientDecision d = v.validate(rcpt("alice@local.test"));
        assertThat(d.outcome()).isEqualTo(RecipientOutcome.HARVEST);
        assertThat(d.disconnect()).isTrue();
        assertThat(v.validate(new RecipientRequest("alice@local.test", ip("198.51.100.21"), false, 0)).outcome())
            .isEqualTo(RecipientOutcome.ACCEPTED);
        clock.advance(Duration.ofMinutes(31));
        assertThat(v.validate(rcpt("alice@local.test")).outcome()).isEqualTo(RecipientOutcome.ACCEPTED);
    }

    @Test
    void postmasterOfALocalDomainIsAcceptedWithoutAUserAndNeverCounted() {
        // RFC 5321 §4.5.1; James's PostmasterAlias delivers it to the configured postmaster
        HarvestTracker tracker = new HarvestTracker(clock, 2, Duration.ofHours(1), Duration.ofMinutes(30), 100);
        RecipientValidator v = validator(tracker);
        for (String a : List.of("postmaster@local.test", "PostMaster@other.test", "POSTMASTER@LOCAL.TEST")) {
            assertThat(v.validate(rcpt(a)).outcome()).as(a).isEqualTo(RecipientOutcome.ACCEPTED);
        }
        // neither the session limit nor a client block keeps a client from reaching the postmaster
        assertThat(v.validate(new RecipientRequest("postmaster@local.test", CLIENT, false, 50)).outcome())
            .isEqualTo(RecipientOutcome.ACCEPTED);
        v.validate(rcpt("guess1@local.test"));
        v.validate(rcpt("guess2@local.test"));
        assertThat(tracker.isBlocked(CLIENT)).isTrue();
        assertThat(v.validate(rcpt("postmaster@local.test")).outcome()).isEqualTo(RecipientOutcome.ACCEPTED);
        assertThat(v.validate(rcpt("alice@local.test")).outcome()).isEqualTo(RecipientOutcome.HARVEST);
        // the end-of-DATA quota check lets it through too
        assertThat(v.roomAtEndOfData("postmaster@local.test", 10_000).isAccept()).isTrue();
    }

    @Test
    void onlyPostmasterOfALocalDomainIsSpecial() {
        RecipientValidator v = validator(null);
        // abuse@ has no PostmasterAlias equivalent in James 3.8.1: without a user or mapping it would bounce
        assertThat(v.validate(rcpt("abuse@local.test")).code()).isEqualTo(550);
        assertThat(v.validate(rcpt("postmaster2@local.test")).code()).isEqualTo(550);
        assertThat(v.validate(rcpt("xpostmaster@local.test")).code()).isEqualTo(550);
        assertThat(v.validate(rcpt("postmaster@foreign.test")).outcome()).isEqualTo(RecipientOutcome.SKIPPED);
    }

    @Test
    void aRetriedRefusalCountsOncePerHalfLifeButNewAddressesAlwaysCount() {
        HarvestTracker tracker = new HarvestTracker(clock, 20, Duration.ofHours(1), Duration.ofHours(1), 100);
        RecipientValidator v = validator(tracker);
        dir.users.add("alice@local.test");
        // an MTA whose queued list message gets 5 refusals and then the per-session 421 re-sends the same
        // dead addresses first on every retry, here every 10 minutes for an hour (the old count: 5 per retry, blocked)
        for (int retry = 0; retry < 7; retry++) {
            for (int i = 0; i < 5; i++) {
                assertThat(v.validate(new RecipientRequest("gone" + i + "@local.test", CLIENT, false, i)).code())
                    .isEqualTo(550);
            }
            clock.advance(Duration.ofMinutes(10));
        }
        assertThat(tracker.isBlocked(CLIENT)).isFalse();
        assertThat(v.validate(rcpt("alice@local.test")).outcome()).isEqualTo(RecipientOutcome.ACCEPTED);
        // a dictionary run: every address different, all counted
        for (int i = 0; i < 20; i++) {
            v.validate(rcpt("guess" + i + "@local.test"));
        }
        assertThat(v.validate(rcpt("alice@local.test")).outcome()).isEqualTo(RecipientOutcome.HARVEST);
    }

    @Test
    void downstreamFullMailboxAndPolicyRefusalsAreTemporaryUncachedAndNotCounted() {
        Map<String, CalloutCache.Entry> store = new ConcurrentHashMap<>();
        CalloutCache cache = cacheIn(store);
        CalloutService.Prober prober = (ds, addr) -> switch (addr) {
            case "full@relay.test" -> new CalloutResult(CalloutResult.Status.MAILBOX_FULL, 552, "5.2.2 full", "", false);
            default -> new CalloutResult(CalloutResult.Status.UNREACHABLE, 554, "5.7.1 blocked", "", false);
        };
        HarvestTracker tracker = new HarvestTracker(clock, 2, Duration.ofHours(1), Duration.ofMinutes(30), 100);
        RecipientValidator v = new RecipientValidator(dir,
            new RecipientValidator.Settings(true, true, 5, Map.of("relay.test", new Downstream("10.0.0.1", 25))),
            new CalloutService(prober, cache, clock, Duration.ofDays(7), Duration.ofHours(2), 3), tracker);
        for (int i = 0; i < 3; i++) {
            RecipientDecision full = v.validate(rcpt("full@relay.test"));
            assertThat(full.outcome()).isEqualTo(RecipientOutcome.CALLOUT_MAILBOX_FULL);
            assertThat(full.code()).isEqualTo(452);
            assertThat(full.smtpDescription()).isEqualTo("4.2.2 <full@relay.test>: mailbox full");
            RecipientDecision policy = v.validate(rcpt("bob@relay.test"));
            assertThat(policy.outcome()).isEqualTo(RecipientOutcome.CALLOUT_UNREACHABLE);
            assertThat(policy.code()).isEqualTo(451);
        }
        assertThat(store).isEmpty();
        assertThat(tracker.score(CLIENT)).isZero();
    }

    @Test
    void trustedSessionsDoNotFeedTheTracker() {
        HarvestTracker tracker = new HarvestTracker(clock, 2, Duration.ofHours(1), Duration.ofMinutes(30), 100);
        RecipientValidator v = validator(tracker);
        for (int i = 0; i < 5; i++) {
            assertThat(v.validate(new RecipientRequest("typo" + i + "@local.test", CLIENT, true, 0)).code()).isEqualTo(550);
        }
        assertThat(tracker.isBlocked(CLIENT)).isFalse();
    }

    @Test
    void relayDomainUsesCalloutAndTrustedSessionsSkipIt() {
        AtomicInteger probes = new AtomicInteger();
        Map<String, CalloutCache.Entry> store = new ConcurrentHashMap<>();
        CalloutCache cache = cacheIn(store);
        CalloutService.Prober prober = (ds, addr) -> {
            probes.incrementAndGet();
            return switch (addr) {
                case "ok@relay.test" -> new CalloutResult(CalloutResult.Status.ACCEPTED, 250, "ok", "", false);
                case "no@relay.test" -> new CalloutResult(CalloutResult.Status.REJECTED, 550, "no", "", false);
                case "later@relay.test" -> new CalloutResult(CalloutResult.Status.DEFERRED, 451, "later", "", false);
                default -> CalloutResult.unreachable("down");
            };
        };
        CalloutService callouts = new CalloutService(prober, cache, clock, Duration.ofDays(7), Duration.ofHours(2), 3);
        RecipientValidator v = new RecipientValidator(dir,
            new RecipientValidator.Settings(true, true, 5, Map.of("relay.test", new Downstream("10.0.0.1", 25))),
            callouts, null);

        assertThat(v.validate(rcpt("ok@relay.test")).outcome()).isEqualTo(RecipientOutcome.CALLOUT_ACCEPTED);
        RecipientDecision cached = v.validate(rcpt("ok@relay.test"));
        assertThat(cached.outcome()).isEqualTo(RecipientOutcome.CALLOUT_ACCEPTED);
        assertThat(cached.cached()).isTrue();
        RecipientDecision no = v.validate(rcpt("no@relay.test"));
        assertThat(no.code()).isEqualTo(550);
        assertThat(no.enhancedStatus()).isEqualTo("5.1.1");
        RecipientDecision later = v.validate(rcpt("later@relay.test"));
        assertThat(later.code()).isEqualTo(451);
        assertThat(later.enhancedStatus()).startsWith("4.4.");
        RecipientDecision down = v.validate(rcpt("x@relay.test"));
        assertThat(down.outcome()).isEqualTo(RecipientOutcome.CALLOUT_UNREACHABLE);
        assertThat(down.smtpDescription()).startsWith("4.4.1");
        int before = probes.get();
        assertThat(v.validate(new RecipientRequest("x@relay.test", CLIENT, true, 0)).outcome())
            .isEqualTo(RecipientOutcome.SKIPPED);
        assertThat(probes.get()).isEqualTo(before);
    }

    @Test
    void localRecipientsNeverTriggerACallout() {
        dir.users.add("alice@local.test");
        CalloutService.Prober prober = (ds, addr) -> {
            throw new AssertionError("no network for local users");
        };
        CalloutService callouts = new CalloutService(prober, cacheIn(new ConcurrentHashMap<>()), clock, Duration.ofDays(7), Duration.ofHours(2), 3);
        // a local domain also listed as relay domain: local wins
        RecipientValidator v = new RecipientValidator(dir,
            new RecipientValidator.Settings(true, true, 5, Map.of("local.test", new Downstream("10.0.0.1", 25))),
            callouts, null);
        assertThat(v.validate(rcpt("alice@local.test")).outcome()).isEqualTo(RecipientOutcome.ACCEPTED);
        assertThat(v.validate(rcpt("bob@local.test")).outcome()).isEqualTo(RecipientOutcome.UNKNOWN);
    }


    /** A callout cache kept in {@code store}, expiring entries as FileCalloutCache does. */
    private static CalloutCache cacheIn(Map<String, CalloutCache.Entry> store) {
        return new CalloutCache() {
            @Override
            public Optional<Entry> get(String key, Instant now) {
                return Optional.ofNullable(store.get(key)).filter(e -> now.isBefore(e.expires()));
            }

            @Override
            public void put(String key, Entry entry) {
                store.put(key, entry);
            }
        };
    }

    private static InetAddress ip(String s) {
        try {
            return InetAddress.getByName(s);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
