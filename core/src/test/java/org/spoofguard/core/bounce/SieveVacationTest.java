package org.spoofguard.core.bounce;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZonedDateTime;

import org.junit.jupiter.api.Test;

class SieveVacationTest {
    static final ZonedDateTime NOW = ZonedDateTime.parse("2026-12-06T10:00:00Z");

    @Test
    void daysAreAtLeastOneAndAtMostAYear() {
        assertThat(SieveVacation.answeredUntil(NOW, 7)).isEqualTo(NOW.plusDays(7));
        assertThat(SieveVacation.answeredUntil(NOW, 0)).isEqualTo(NOW.plusDays(1));
        assertThat(SieveVacation.answeredUntil(NOW, -5)).isEqualTo(NOW.plusDays(1));
        assertThat(SieveVacation.answeredUntil(NOW, Integer.MAX_VALUE)).isEqualTo(NOW.plusDays(365));
    }

    @Test
    void subjectIsTheScriptsOrAutoAndTheOriginal() {
        assertThat(SieveVacation.subject("Away", "hello")).isEqualTo("Away");
        assertThat(SieveVacation.subject(null, " hello ")).isEqualTo("Auto: hello");
        assertThat(SieveVacation.subject(null, null)).isEqualTo("Auto:");
    }

    @Test
    void memoryIsPerUserAndVacationAndApartFromVacationMailet() {
        String a = SieveVacation.memoryAccount("Alice@Ours.example", null, null, null, null, "away");
        assertThat(a).startsWith("sieve-vacation:alice@ours.example:")
            .isEqualTo(SieveVacation.memoryAccount("alice@ours.example", null, null, null, null, "away"));
        assertThat(SieveVacation.memoryAccount("alice@ours.example", null, null, null, null, "back monday"))
            .as("RFC 5230 §4.2: a changed reason is a new vacation").isNotEqualTo(a);
        assertThat(SieveVacation.memoryAccount("alice@ours.example", "h", null, null, null, "away"))
            .isEqualTo(SieveVacation.memoryAccount("alice@ours.example", "h", "other", null, null, "text"))
            .isNotEqualTo(a);
        assertThat(SieveVacation.memoryAccount("bob@ours.example", null, null, null, null, "away")).isNotEqualTo(a);
        assertThat(SieveVacation.memoryAccount("alice@ours.example", null, "", null, null, "away"))
            .as("no subject differs from an empty one").isNotEqualTo(a);
    }
}
