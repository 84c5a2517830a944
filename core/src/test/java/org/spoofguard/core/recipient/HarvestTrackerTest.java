package org.spoofguard.core.recipient;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

class HarvestTrackerTest {
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-20T10:00:00Z"));
    private final HarvestTracker tracker = new HarvestTracker(clock, 5, Duration.ofMinutes(30), Duration.ofHours(1), 1000);

    @Test
    void blocksAfterThresholdAndReleasesAfterBlockDuration() throws Exception {
        InetAddress ip = InetAddress.getByName("192.0.2.7");
        for (int i = 0; i < 4; i++) {
            assertThat(tracker.recordUnknown(ip)).isFalse();
        }
        assertThat(tracker.isBlocked(ip)).isFalse();
        assertThat(tracker.recordUnknown(ip)).isTrue();
        assertThat(tracker.isBlocked(ip)).isTrue();
        assertThat(tracker.isBlocked(InetAddress.getByName("192.0.2.8"))).isFalse();
        clock.advance(Duration.ofMinutes(59));
        assertThat(tracker.isBlocked(ip)).isTrue();
        clock.advance(Duration.ofMinutes(2));
        assertThat(tracker.isBlocked(ip)).isFalse();
    }

    @Test
    void theSameAddressCountsOncePerClientAndHalfLife() throws Exception {
        InetAddress ip = InetAddress.getByName("192.0.2.17");
        for (int retry = 0; retry < 10; retry++) {
            for (int i = 0; i < 4; i++) {
                assertThat(tracker.recordUnknown(ip, "gone" + i + "@local.test")).isFalse();
            }
        }
        assertThat(tracker.score(ip)).isBetween(3.9, 4.0);
        // the domain's case does not make it a new address; another client counts for itself
        assertThat(tracker.recordUnknown(ip, "gone0@LOCAL.test")).isFalse();
        assertThat(tracker.score(ip)).isBetween(3.9, 4.0);
        InetAddress other = InetAddress.getByName("192.0.2.18");
        tracker.recordUnknown(other, "gone0@local.test");
        assertThat(tracker.score(other)).isBetween(0.99, 1.0);
        // a new address still counts, and blocks
        assertThat(tracker.recordUnknown(ip, "new@local.test")).isTrue();
        // after a half-life window the same address counts again (the score has halved meanwhile)
        InetAddress third = InetAddress.getByName("192.0.2.19");
        tracker.recordUnknown(third, "gone0@local.test");
        clock.advance(Duration.ofMinutes(30));
        tracker.recordUnknown(third, "gone0@local.test");
        assertThat(tracker.score(third)).isBetween(1.49, 1.51);
    }

    @Test
    void rememberedAddressesAreBoundedAndExtraOnesStillCount() throws Exception {
        HarvestTracker big = new HarvestTracker(clock, 1000, Duration.ofHours(1), Duration.ofHours(1), 10);
        InetAddress ip = InetAddress.getByName("192.0.2.20");
        for (int retry = 0; retry < 2; retry++) {
            for (int i = 0; i < HarvestTracker.MAX_REMEMBERED_CEILING + 10; i++) {
                big.recordUnknown(ip, "a" + i + "@local.test");
            }
        }
        // first pass: 74 counted; second pass: only the 10 not remembered count again
        assertThat(big.score(ip)).isBetween(HarvestTracker.MAX_REMEMBERED_CEILING + 19.9, HarvestTracker.MAX_REMEMBERED_CEILING + 20.0);
    }

    @Test
    void scoreDecaysSoSlowTyposNeverBlock() throws Exception {
        InetAddress ip = InetAddress.getByName("192.0.2.9");
        for (int i = 0; i < 50; i++) {
            assertThat(tracker.recordUnknown(ip)).isFalse();
            clock.advance(Duration.ofMinutes(30));
        }
        assertThat(tracker.score(ip)).isLessThan(2.0);
        tracker.recordUnknown(ip);
        clock.advance(Duration.ofMinutes(30));
        assertThat(tracker.score(ip)).isBetween(0.9, 1.1);
    }

    @Test
    void ipv6ClientsAreTrackedPerSlash64() throws Exception {
        for (int i = 1; i <= 5; i++) {
            tracker.recordUnknown(InetAddress.getByName("2001:db8:1:2::" + i));
        }
        assertThat(tracker.isBlocked(InetAddress.getByName("2001:db8:1:2:ffff::1"))).isTrue();
        assertThat(tracker.isBlocked(InetAddress.getByName("2001:db8:1:3::1"))).isFalse();
    }

    @Test
    void memoryIsBounded() throws Exception {
        HarvestTracker small = new HarvestTracker(clock, 5, Duration.ofMinutes(30), Duration.ofHours(1), 100);
        for (int i = 0; i < 1000; i++) {
            small.recordUnknown(InetAddress.getByAddress(new byte[] {10, 0, (byte) (i >> 8), (byte) i}));
        }
        assertThat(small.trackedClients()).isLessThanOrEqualTo(100);
    }
}
