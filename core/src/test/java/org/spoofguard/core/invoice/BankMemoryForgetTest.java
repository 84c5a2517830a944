package org.spoofguard.core.invoice;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

/** A lesson read before an admin's forget is not applied after it ({@link BankMemory#learn(String, java.util.Collection, Instant, boolean, long)}). */
class BankMemoryForgetTest {
    static final String GENUINE = "DK5000400440116243";
    static final String FORGED = "DK9520000123456789";
    static final Instant T = Instant.parse("2026-12-01T10:00:00Z");

    @Test
    void aLessonFromBeforeAForgetIsNotLearned() {
        BankMemory memory = new BankMemory(null);
        memory.trust("danfoss.dk", GENUINE, T);
        memory.trust("danfoss.dk", FORGED, T);
        long seen = memory.forgets();
        assertThat(memory.forget("danfoss.dk", FORGED)).isTrue();
        assertThat(memory.learn("danfoss.dk", List.of(FORGED), T.plusSeconds(1), false, seen)).isFalse();
        assertThat(memory.accounts("danfoss.dk")).extracting(BankMemory.Account::id).containsExactly(GENUINE);
    }

    @Test
    void withoutAForgetMeanwhileTheLessonIsLearned() {
        BankMemory memory = new BankMemory(null);
        memory.trust("danfoss.dk", GENUINE, T);
        long seen = memory.forgets();
        assertThat(memory.forget("danfoss.dk", "DK9520000123456789")).as("not known: nothing forgotten").isFalse();
        assertThat(memory.learn("danfoss.dk", List.of(GENUINE), T.plusSeconds(1), false, seen)).isTrue();
        assertThat(memory.accounts("danfoss.dk")).singleElement().extracting(BankMemory.Account::count).isEqualTo(3L);
    }
}
