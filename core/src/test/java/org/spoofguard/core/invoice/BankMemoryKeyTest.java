package org.spoofguard.core.invoice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * A domain the text form cannot carry (a line break, a tab, a blank, no valid name) is never a key of the memory,
 * whichever way it comes in: before, one such key made the next start find bank-details.txt damaged and set the
 * whole memory aside.
 */
class BankMemoryKeyTest {
    private static final String IBAN = "DK5000400440116243";
    private static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");

    @Test
    void aLessonForANameTheFileCannotCarryIsSkippedAndTheFileStillReadsBack() {
        BankMemory memory = new BankMemory(null);
        memory.learn("supplier.dk", List.of(IBAN), NOW);
        for (String bad : new String[] {"ev\nil.dk", "ev\til.dk", "ev il.dk", "ev\u2028il.dk", "-", "localhost",
            "a..dk", "#x.dk", "x".repeat(300) + ".dk"}) {
            assertThat(memory.learn(bad, List.of(IBAN), NOW)).as(bad).isFalse();
            assertThat(BankMemory.isUsableDomain(bad)).as(bad).isFalse();
        }
        assertThat(memory.snapshot()).containsOnlyKeys("supplier.dk");
        assertThat(BankMemory.parse(memory.format(), null).snapshot()).containsOnlyKeys("supplier.dk");
    }

    @Test
    void anAdminTrustForSuchANameIsRefusedNamingTheDomain() {
        BankMemory memory = new BankMemory(null);
        assertThatThrownBy(() -> memory.trust("ev\nil.dk", IBAN, NOW))
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("domain");
        assertThat(memory.size()).isZero();
    }

    @Test
    void unicodeAndALabelSpellingsAreOneKey() {
        BankMemory memory = new BankMemory(null);
        memory.learn("tønder.dk", List.of(IBAN), NOW);
        assertThat(BankMemory.isUsableDomain("xn--tnder-vua.dk")).isTrue();
        assertThat(memory.accounts("xn--tnder-vua.dk")).hasSize(1);
        assertThat(BankMemory.parse(memory.format(), null).accounts("tønder.dk")).hasSize(1);
    }
}
