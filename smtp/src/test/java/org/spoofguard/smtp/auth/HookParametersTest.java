package org.spoofguard.smtp.auth;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.apache.commons.configuration2.BaseHierarchicalConfiguration;
import org.apache.james.metrics.tests.RecordingMetricFactory;
import org.junit.jupiter.api.Test;
import org.spoofguard.james.BatvSettings;
import org.spoofguard.james.SenderAuthentication;
import org.spoofguard.smtp.batv.BatvRcptHook;

/**
 * Review (area config): SpfHook and SenderVerdictHook read one key each with getString(key, default) and never look
 * at the other keys of their {@code <handler>} element. A typo ({@code <dmarcreject>true</dmarcreject>},
 * {@code <spfpolicy>reject</spfpolicy>}) starts James with the default: the admin believes DMARC p=reject spoofs and
 * SPF fails are refused at SMTP time, and they are accepted (tagged only). RecipientValidationHook refuses unknown
 * keys naming them; these hooks must too.
 */
class HookParametersTest {
    private static final SenderAuthentication AUTH = new SenderAuthentication(null, "mx.example.org");

    @Test
    void senderVerdictHookRefusesAMisspelledKey() {
        BaseHierarchicalConfiguration c = new BaseHierarchicalConfiguration();
        c.addProperty("dmarcreject", "true");
        assertThatThrownBy(() -> new SenderVerdictHook(AUTH, new RecordingMetricFactory()).init(c))
            .hasMessageContaining("dmarcreject");
    }

    @Test
    void spfHookRefusesAMisspelledKey() {
        BaseHierarchicalConfiguration c = new BaseHierarchicalConfiguration();
        c.addProperty("spfpolicy", "reject");
        assertThatThrownBy(() -> new SpfHook(AUTH, new RecordingMetricFactory()).init(c))
            .hasMessageContaining("spfpolicy");
    }

    /** {@code <Mode>record</Mode>} or {@code <exempts>}: BatvRcptHook starts in reject mode / without the exemption. */
    @Test
    void batvRcptHookRefusesAMisspelledKey() {
        BaseHierarchicalConfiguration c = new BaseHierarchicalConfiguration();
        c.addProperty("exempts", "noreply");
        BatvSettings settings = new BatvSettings(java.util.Map.of(), java.time.Clock.systemUTC());
        assertThatThrownBy(() -> new BatvRcptHook(settings, null, new RecordingMetricFactory()).init(c))
            .hasMessageContaining("exempts");
    }
}
