package org.spoofguard.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.apache.james.core.Username;
import org.apache.james.mailbox.model.MailboxPath;
import org.junit.jupiter.api.Test;

class MailboxCountLimitTest {
    static final Username BOB = Username.of("bob@spoofguard.test");
    static final MailboxCountLimit THREE = new MailboxCountLimit(3);

    static MailboxPath path(String name) {
        return MailboxPath.forUser(BOB, name);
    }

    @Test
    void aNewMailboxUpToTheCapIsAllowed() {
        Set<MailboxPath> existing = Set.of(path("INBOX"), path("a"));
        assertThat(THREE.allows(existing, path("b").getHierarchyLevels('.'))).isTrue();
        assertThat(THREE.allows(Set.of(path("INBOX"), path("a"), path("b")), path("c").getHierarchyLevels('.'))).isFalse();
    }

    /** James creates the missing parents of a/b/c too: one CREATE may add several mailboxes. */
    @Test
    void missingParentsCount() {
        Set<MailboxPath> existing = Set.of(path("INBOX"));
        assertThat(THREE.countAfter(existing, path("a.b.c").getHierarchyLevels('.'))).isEqualTo(4);
        assertThat(THREE.allows(existing, path("a.b.c").getHierarchyLevels('.'))).isFalse();
        assertThat(THREE.allows(Set.of(path("INBOX"), path("a")), path("a.b").getHierarchyLevels('.'))).isTrue();
    }

    @Test
    void anExistingMailboxAddsNothing() {
        Set<MailboxPath> existing = Set.of(path("INBOX"), path("a"), path("b"));
        assertThat(THREE.countAfter(existing, path("a").getHierarchyLevels('.'))).isEqualTo(3);
    }
}
