package org.spoofguard.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MailboxCountLimitTest {
    static final MailboxCountLimit THREE = new MailboxCountLimit(3);

    @Test
    void aNewMailboxUpToTheCapIsAllowed() {
        assertThat(THREE.allows(2, 1)).isTrue();
        assertThat(THREE.allows(3, 1)).isFalse();
    }

    /** James creates the missing parents of a/b/c too: one CREATE may add several mailboxes, all counted. */
    @Test
    void everyMailboxCreatedCounts() {
        assertThat(THREE.countAfter(1, 3)).isEqualTo(4);
        assertThat(THREE.allows(1, 3)).isFalse();
        assertThat(THREE.allows(1, 2)).isTrue();
    }

    /** A RENAME that creates nothing passes even over a cap lowered since the mailboxes were made. */
    @Test
    void creatingNothingIsAlwaysAllowed() {
        assertThat(THREE.allows(3, 0)).isTrue();
        assertThat(THREE.allows(50, 0)).isTrue();
        assertThat(THREE.allows(50, 1)).isFalse();
    }
}
