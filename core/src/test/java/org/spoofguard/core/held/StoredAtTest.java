package org.spoofguard.core.held;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class StoredAtTest {
    static final String QUARANTINE = "file://var/mail/quarantine/";
    static final Instant RECEIVED = Instant.parse("2026-11-01T10:00:00Z");
    static final Instant STORED = Instant.parse("2026-11-30T10:00:00Z");

    @Test
    void aStampForThisRepositoryIsWhenTheMailEnteredIt() {
        assertThat(StoredAt.heldSince(Optional.of(new StoredAt(STORED, QUARANTINE)), QUARANTINE, Optional.of(RECEIVED)))
            .isEqualTo(STORED);
        assertThat(StoredAt.heldSince(Optional.of(new StoredAt(STORED, "file://var/mail/quarantine")), QUARANTINE,
            Optional.of(RECEIVED))).as("with or without the trailing slash").isEqualTo(STORED);
    }

    @Test
    void withoutAStampTheReceiptTimeAsBefore() {
        assertThat(StoredAt.heldSince(Optional.empty(), QUARANTINE, Optional.of(RECEIVED))).isEqualTo(RECEIVED);
        assertThat(StoredAt.heldSince(Optional.empty(), QUARANTINE, Optional.empty())).isEqualTo(Instant.EPOCH);
    }

    @Test
    void aStampForAnotherRepositoryCountsAsTheLatestKnownTime() {
        // stored in the quarantine on the 30th, released, parked in the error repository by James's spooler later
        assertThat(StoredAt.heldSince(Optional.of(new StoredAt(STORED, QUARANTINE)), "file://var/mail/error/",
            Optional.of(RECEIVED))).isEqualTo(STORED);
        assertThat(StoredAt.heldSince(Optional.of(new StoredAt(RECEIVED.minusSeconds(60), QUARANTINE)),
            "file://var/mail/error/", Optional.of(RECEIVED))).isEqualTo(RECEIVED);
    }

    @Test
    void roundTripsAndRejectsWhatItCannotReadExactly() {
        StoredAt s = new StoredAt(STORED, QUARANTINE);
        assertThat(StoredAt.parse(Optional.of(s.format()))).contains(s);
        assertThat(StoredAt.parse(Optional.of("v=2; at=1; repository=file://x/"))).isEmpty();
        assertThat(StoredAt.parse(Optional.of("v=1; at=1; repository=file://x/ y"))).isEmpty();
        assertThat(StoredAt.parse(Optional.of("yesterday"))).isEmpty();
    }
}
