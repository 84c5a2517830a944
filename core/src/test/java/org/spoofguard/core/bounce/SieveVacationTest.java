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

    @Test
    void fromIsTheUsersOwnAddressOrAnAliasThatLeadsToTheUser() {
        // RFC 5230 §4.5: an implementation may refuse a :from the user is not allowed to use; our DKIM signer signs it
        SieveVacation.FromChoice none = SieveVacation.from("alice@ours.example", null, null, SieveVacation.FromAlias.NOT_THE_USERS);
        assertThat(none.address()).isEqualTo("alice@ours.example");
        assertThat(none.refused()).isFalse();

        SieveVacation.FromChoice own = SieveVacation.from("alice@ours.example", "Alice@Ours.Example", "Alice@Ours.Example",
            SieveVacation.FromAlias.NOT_THE_USERS);
        assertThat(own.address()).isEqualTo("Alice@Ours.Example");
        assertThat(own.refused()).isFalse();

        SieveVacation.FromChoice alias = SieveVacation.from("alice@ours.example", "sales@ours.example",
            "sales@ours.example", SieveVacation.FromAlias.LEADS_TO_USER);
        assertThat(alias.address()).isEqualTo("sales@ours.example");
        assertThat(alias.refused()).isFalse();
    }

    @Test
    void anyOtherFromIsReplacedByTheUsersAddress() {
        SieveVacation.FromChoice ceo = SieveVacation.from("alice@ours.example", "ceo@ours.example", "ceo@ours.example",
            SieveVacation.FromAlias.NOT_THE_USERS);
        assertThat(ceo.address()).isEqualTo("alice@ours.example");
        assertThat(ceo.refused()).isTrue();
        assertThat(ceo.reason()).contains("ceo@ours.example").contains("5230");

        SieveVacation.FromChoice bank = SieveVacation.from("alice@ours.example", "security@bank.example",
            "security@bank.example", SieveVacation.FromAlias.NOT_THE_USERS);
        assertThat(bank.address()).isEqualTo("alice@ours.example");
        assertThat(bank.refused()).isTrue();

        SieveVacation.FromChoice failed = SieveVacation.from("alice@ours.example", "sales@ours.example",
            "sales@ours.example", SieveVacation.FromAlias.LOOKUP_FAILED);
        assertThat(failed.address()).as("fail closed").isEqualTo("alice@ours.example");
        assertThat(failed.refused()).isTrue();

        SieveVacation.FromChoice junk = SieveVacation.from("alice@ours.example", "not an address", null,
            SieveVacation.FromAlias.NOT_THE_USERS);
        assertThat(junk.address()).isEqualTo("alice@ours.example");
        assertThat(junk.refused()).isTrue();
    }

    @Test
    void theOutOfOfficeAndTheSieveVacationShareWhomTheyAnswered() {
        // James's VacationMailet records under the user's address; a Sieve vacation's answers are recorded for it
        // under an account of their own, per user, apart from the per-vacation memory (RFC 5230 §4.2)
        assertThat(SieveVacation.outOfOfficeAccount("alice@ours.example")).isEqualTo("alice@ours.example");
        String shared = SieveVacation.sieveAnsweredAccount("Alice@Ours.Example");
        assertThat(shared).isEqualTo(SieveVacation.sieveAnsweredAccount("alice@ours.example"))
            .isNotEqualTo(SieveVacation.outOfOfficeAccount("alice@ours.example"))
            .isNotEqualTo(SieveVacation.sieveAnsweredAccount("bob@ours.example"))
            .doesNotStartWith(SieveVacation.ACCOUNT_PREFIX);
    }
}
