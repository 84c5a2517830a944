package org.spoofguard.mailets;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class RepositoryParameterTest {
    @Test
    void aValueWithoutProtocolIsRefusedInEnglishThenDanish() {
        assertThatThrownBy(() -> RepositoryParameter.parse("KeepInRepository", "repositoryUrl", "var/mail/held",
                "file://var/mail/held/"))
            .hasMessage("KeepInRepository: parameter 'repositoryUrl' is not a mail repository URL like file://var/mail/held/:"
                + " 'var/mail/held' / KeepInRepository: parameteren 'repositoryUrl' skal være en mailrepository-URL som"
                + " file://var/mail/held/, ikke 'var/mail/held'");
    }
}
