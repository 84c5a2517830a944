package org.spoofguard.it;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.spoofguard.it.support.JamesHarness;

/**
 * README table: "DKIM signing keys, one pair per domain, created at first start (private key mode 600) |
 * data/var/spoofguard/dkim/". A fresh install has no domain of its own before its first start (conf/domainlist.xml
 * has only the default {@code localhost}); domains are added through WebAdmin on the running server, as
 * {@code --demo} does. The key of such a domain should exist after that first start, so the admin can publish the
 * record the log announces.
 */
class ReviewReadmeDkimKeyAtFirstStartIT {
    @Test
    void aDomainAddedOnTheFirstStartHasItsKeyAfterThatStart() throws Exception {
        try (JamesHarness james = new JamesHarness().start()) {
            james.addDomain("spoofguard.test").addUser("alice@spoofguard.test", "demo-password");
            Thread.sleep(2000);
            assertThat(james.data().resolve("var/spoofguard/dkim/spoofguard.test.spoofguard.key"))
                .as("DKIM key of a domain added on the first start, after that start").exists();
        }
    }
}
