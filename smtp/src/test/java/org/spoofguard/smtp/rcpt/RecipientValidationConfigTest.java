package org.spoofguard.smtp.rcpt;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.apache.commons.configuration2.BaseHierarchicalConfiguration;
import org.junit.jupiter.api.Test;

/**
 * Review (area config): a handler element given twice in smtpserver.xml (an admin adds
 * {@code <calloutTotalTimeout>} below an existing one) is read as a list by commons-configuration and
 * {@code getString} silently takes the first: the admin's new value has no effect and nothing says so.
 */
class RecipientValidationConfigTest {
    @Test
    void aKeyGivenTwiceIsRefusedNamingIt() {
        BaseHierarchicalConfiguration c = new BaseHierarchicalConfiguration();
        c.addProperty("maxUnknownPerSession", "5");
        c.addProperty("maxUnknownPerSession", "1");
        assertThatThrownBy(() -> RecipientValidationConfig.from(c))
            .hasMessageContaining("maxUnknownPerSession");
    }
}
