package org.spoofguard.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.spoofguard.it.support.JamesHarness;

/**
 * {@code --ephemeral} (README): James's in-memory stores with our whole mail pipeline. The out-of-office guard of
 * {@link AutoReplyGuardIT} runs here unchanged (its vacation registry is ours on either store); then nothing was
 * written to a Derby or ActiveMQ store, and a restart forgets users and domains, as the README says.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class EphemeralServerIT extends AutoReplyGuardIT {
    @Override
    JamesHarness newHarness() {
        return new JamesHarness().ephemeral();
    }

    /**
     * Not a test here: the in-memory server forgets who was answered with everything else on a restart (README),
     * which {@link #nothingIsStoredAndARestartForgetsUsersAndDomains} shows.
     */
    @Override
    void anAnsweredSenderIsNotAnsweredAgainAfterARestart() {
    }

    /** Likewise: the in-memory server forgets the Sieve vacation's answers on a restart. */
    @Override
    void sieveVacationDoesNotAnswerAgainAfterARestart() {
    }

    @Test
    @Order(Integer.MAX_VALUE - 1)
    void nothingIsStoredAndARestartForgetsUsersAndDomains() throws Exception {
        assertThat(james.data().resolve("var/store/derby")).as("no Derby store in memory mode").doesNotExist();
        assertThat(james.data().resolve("var/store/activemq")).as("no ActiveMQ store in memory mode").doesNotExist();
        assertThat(james.webadminOk("GET", "/domains", null).body()).contains(DOMAIN);

        james.restart();

        assertThat(james.webadminOk("GET", "/domains", null).body()).doesNotContain(DOMAIN);
        assertThat(james.webadminOk("GET", "/users", null).body()).doesNotContain(AWAY);
    }

    /**
     * README: after {@code --ephemeral} runs (this class's: mail answered and refused, then a restart) only the mail
     * repositories, the keys and the audit log stay. The state our checks decide with (bank-details memory, bounce
     * report, callout cache; each written at least at stop) went to {@code data/var/spoofguard/} and fed a later
     * persistent run's decisions: an experiment's "known" IBAN.
     */
    @Test
    @Order(Integer.MAX_VALUE)
    void anEphemeralRunLeavesOnlyMailKeysAndTheAuditLog() throws Exception {
        james.stop();
        Path data = james.data();
        List<String> kept;
        try (Stream<Path> files = Files.walk(data)) {
            kept = files.filter(Files::isRegularFile)
                .map(p -> data.relativize(p).toString())
                .filter(p -> !p.startsWith("var/mail/") && !p.startsWith("var/tmp")
                    && !p.startsWith("var/spoofguard/dkim/") && !p.startsWith("var/spoofguard/audit.log")
                    && !p.startsWith("var/tls/"))
                .sorted().toList();
        }
        assertThat(kept).as("files --ephemeral runs left besides mail, keys and the audit log").isEmpty();
        assertThat(data.resolve("var/spoofguard/callout-cache")).doesNotExist();
    }
}
