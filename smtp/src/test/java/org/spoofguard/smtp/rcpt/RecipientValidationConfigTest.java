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

    /** The one whole-number rule (WholeNumbers): Integer.parseInt took "+4" and other scripts' digits. */
    @Test
    void numbersAreAsciiDigitsOnly() {
        for (String odd : new String[] {"+4", "\u0664", "\uff14"}) {
            BaseHierarchicalConfiguration c = new BaseHierarchicalConfiguration();
            c.addProperty("harvestThreshold", odd);
            assertThatThrownBy(() -> RecipientValidationConfig.from(c)).as(odd)
                .isInstanceOf(org.apache.commons.configuration2.ex.ConfigurationException.class)
                .hasMessage("RecipientValidationHook: 'harvestThreshold': must be a whole number of at least 0, was '"
                    + odd + "' / RecipientValidationHook: 'harvestThreshold': skal være et helt tal på mindst 0, ikke '"
                    + odd + "'");
        }
    }
}
