package org.spoofguard.core.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.OptionalLong;

import org.junit.jupiter.api.Test;

class StorageCheckTest {
    @Test
    void enoughSpaceAccepts() {
        assertThat(StorageCheck.refusal(1_000, OptionalLong.empty(), 500)).isEmpty();
        assertThat(StorageCheck.refusal(1_000, OptionalLong.of(500), 500)).isEmpty();
    }

    @Test
    void belowTheReserveRefuses() {
        assertThat(StorageCheck.refusal(499, OptionalLong.empty(), 500)).get().asString().contains("reserve of 500");
    }

    @Test
    void declaredSizeMustFitAboveTheReserve() {
        assertThat(StorageCheck.refusal(1_000, OptionalLong.of(501), 500)).get().asString().contains("SIZE=501");
    }

    @Test
    void negativeDeclaredSizeCountsAsNothing() {
        assertThat(StorageCheck.refusal(500, OptionalLong.of(-5), 500)).isEmpty();
    }
}
