package org.spoofguard.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.spoofguard.james.SenderAuthentication;
import org.spoofguard.james.SpoofGuardSettings;

/**
 * Review (area config): auth.dmarcDiscovery is parsed three times (SenderAuthentication, Posture.discoveryMode, which
 * the web console uses too, and CheckSender), with different grammars. The server's mail path accepts "psl",
 * "public-suffix", "tree-walk"; the console and bin/spoofguard-posture refuse the same file
 * ("auth.dmarcDiscovery must be treewalk or publicsuffix"), so the console (built at James start) stops the server
 * on a value the mail path documents as valid, and posture reports on a file the server runs with.
 */
class DiscoveryModeTest {
    @Test
    void everySpellingTheServerAcceptsIsAcceptedByPostureAndTheConsole() {
        for (String value : new String[] {"psl", "public-suffix", "tree-walk", "tree_walk"}) {
            SenderAuthentication server = new SenderAuthentication(new SpoofGuardSettings(
                Map.of("auth.dmarcDiscovery", value, "authservId", "mx.example.org")));
            assertThatCode(() -> Posture.discoveryMode(value)).as(value).doesNotThrowAnyException();
            assertThat(Posture.discoveryMode(value)).as(value).isEqualTo(server.dmarcDiscovery());
        }
    }

    @Test
    void anUnknownModeIsRefusedInEnglishThenDanishNamingTheKeyInBoth() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Posture.discoveryMode("dns"))
            .hasMessage("auth.dmarcDiscovery must be treewalk or publicsuffix, got 'dns'"
                + " / auth.dmarcDiscovery skal være treewalk eller publicsuffix, ikke 'dns'");
    }
}
