package org.spoofguard.server.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

class SessionsTest {
    /** A clock that runs an action the next time it is read: puts a logout exactly inside a request's session lookup. */
    static final class InterleavingClock extends Clock {
        Instant now = Instant.parse("2026-11-30T12:00:00Z");
        Runnable onNextRead;

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            Runnable r = onNextRead;
            onNextRead = null;
            if (r != null) {
                r.run();
            }
            return now;
        }
    }

    @Test
    void aLogoutDuringARequestsLookupIsNotUndoneByTheTouch() {
        InterleavingClock clock = new InterleavingClock();
        Sessions sessions = new Sessions(Duration.ofMinutes(30), Duration.ofHours(8), clock);
        Sessions.Session s = sessions.create("admin@x");
        clock.onNextRead = () -> sessions.end(s.id());

        sessions.get(s.id());

        assertThat(sessions.get(s.id())).as("the session stays ended").isEmpty();
    }

    @Test
    void idleAndMaximumAgeEndASession() {
        InterleavingClock clock = new InterleavingClock();
        Sessions sessions = new Sessions(Duration.ofMinutes(30), Duration.ofHours(2), clock);
        Sessions.Session s = sessions.create("admin@x");
        clock.now = clock.now.plus(Duration.ofMinutes(29));
        assertThat(sessions.get(s.id())).isPresent();
        clock.now = clock.now.plus(Duration.ofMinutes(31));
        assertThat(sessions.get(s.id())).as("idle 31 minutes").isEmpty();

        Sessions.Session busy = sessions.create("admin@x");
        for (int i = 0; i < 4; i++) {
            clock.now = clock.now.plus(Duration.ofMinutes(25));
            assertThat(sessions.get(busy.id())).isPresent();
        }
        clock.now = clock.now.plus(Duration.ofMinutes(25));
        assertThat(sessions.get(busy.id())).as("used every 25 minutes but past two hours since login").isEmpty();
    }
}
