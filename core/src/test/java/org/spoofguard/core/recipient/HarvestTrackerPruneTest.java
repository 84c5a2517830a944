package org.spoofguard.core.recipient;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.junit.jupiter.api.Test;

/**
 * Which clients the tracker forgets when harvestMaxTrackedClients is exceeded (docs/recipient-validation.md: lowest
 * scores first, blocked clients only when nothing else is left, never the client being counted). Forgetting in
 * ConcurrentHashMap order, whatever the score, let a harvester one step under the threshold be forgotten as readily
 * as a one-typo client, so churning the table (many IPv6 /64s are cheap) reset the harvester's score.
 */
class HarvestTrackerPruneTest {

    @Test
    void pruningDropsTheLowestScoresNotTheHarvesterAboutToBeBlocked() throws Exception {
        List<String> oneOff = List.of("192.0.2.1", "192.0.2.2", "192.0.2.3", "192.0.2.4");
        // pick the harvester's address so that it comes first in the map's iteration order (deterministic: same
        // map class, same keys, same insertion order as inside the tracker)
        String harvester = null;
        for (int i = 1; i < 255 && harvester == null; i++) {
            String candidate = "198.51.100." + i;
            Map<String, Boolean> shadow = new ConcurrentHashMap<>();
            shadow.put(HarvestTracker.keyOf(InetAddress.getByName(candidate)), true);
            for (String ip : oneOff) {
                shadow.put(HarvestTracker.keyOf(InetAddress.getByName(ip)), true);
            }
            if (shadow.keySet().iterator().next().equals(HarvestTracker.keyOf(InetAddress.getByName(candidate)))) {
                harvester = candidate;
            }
        }
        assertThat(harvester).as("test setup: an address iterated first").isNotNull();

        MutableClock clock = new MutableClock(Instant.parse("2026-12-06T12:00:00Z"));
        HarvestTracker tracker = new HarvestTracker(clock, 10, Duration.ofHours(1), Duration.ofHours(1), 4);
        InetAddress h = InetAddress.getByName(harvester);
        for (int i = 0; i < 9; i++) {
            tracker.recordUnknown(h, "guess" + i + "@local.test");
        }
        assertThat(tracker.score(h)).isGreaterThan(8.9);
        for (String ip : oneOff) {
            // one typo each; the 4th pushes the table over harvestMaxTrackedClients (4) and prunes one client
            tracker.recordUnknown(InetAddress.getByName(ip), "typo@local.test");
        }
        assertThat(tracker.trackedClients()).isLessThanOrEqualTo(4);
        assertThat(tracker.score(h)).as("the highest (non-blocked) score must be the last to go, not the first")
            .isGreaterThan(8.9);
    }

    /**
     * A table full (harvestMaxTrackedClients) of blocked clients: every unknown of a NEW client makes the table
     * overflow, and pruning used to remove the only removable entry, the new client itself (its score of 1
     * forgotten at once). Its score never grew, so it was never blocked: an attacker who first got enough /64s
     * blocked switched per-client harvest protection off for all. The client being counted is never evicted now.
     */
    @Test
    void aNewHarvesterIsStillBlockedWhenTheTableIsFullOfBlockedClients() throws Exception {
        MutableClock clock = new MutableClock(Instant.parse("2026-12-06T12:00:00Z"));
        HarvestTracker tracker = new HarvestTracker(clock, 2, Duration.ofHours(1), Duration.ofHours(1), 10);
        for (int net = 0; net < 10; net++) {
            InetAddress client = InetAddress.getByName(String.format("2001:db8:%x::1", net));
            tracker.recordUnknown(client, "a@local.test");
            tracker.recordUnknown(client, "b@local.test");
            assertThat(tracker.isBlocked(client)).isTrue();
        }
        InetAddress harvester = InetAddress.getByName("198.51.100.77");
        for (int i = 0; i < 10; i++) {
            tracker.recordUnknown(harvester, "guess" + i + "@local.test");
        }
        assertThat(tracker.isBlocked(harvester)).as("10 different unknown recipients, threshold 2").isTrue();
    }

    /** Blocked clients beyond the bound: memory stays bounded, the blocks that end first are lifted first. */
    @Test
    void blockedClientsBeyondTheBoundGoEarliestBlockEndFirst() throws Exception {
        MutableClock clock = new MutableClock(Instant.parse("2026-12-06T12:00:00Z"));
        HarvestTracker tracker = new HarvestTracker(clock, 1, Duration.ofHours(1), Duration.ofHours(1), 10);
        for (int net = 0; net < 30; net++) {
            clock.advance(Duration.ofSeconds(1));
            InetAddress client = InetAddress.getByName(String.format("2001:db8:%x::1", net));
            assertThat(tracker.recordUnknown(client, "a@local.test")).isTrue();
            assertThat(tracker.trackedClients()).isLessThanOrEqualTo(10);
        }
        assertThat(tracker.isBlocked(InetAddress.getByName("2001:db8:1d::1"))).as("the newest").isTrue();
        assertThat(tracker.isBlocked(InetAddress.getByName("2001:db8:15::1"))).as("a recent one").isTrue();
        assertThat(tracker.isBlocked(InetAddress.getByName("2001:db8:0::1"))).as("the oldest block went first").isFalse();
    }
}
