package org.spoofguard.james;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import javax.mail.MessagingException;

import org.apache.mailet.MailetConfig;
import org.apache.mailet.MailetContext;
import org.junit.jupiter.api.Test;

class MailetParametersTest {
    @Test
    void anUnknownMailetParameterIsRefusedInEnglishThenDanishNamingItAndTheKnownOnes() {
        MailetConfig config = config("Quarantine", Map.of("repositoryUrl", "file://var/mail/x/"));

        assertThatThrownBy(() -> MailetParameters.requireKnown(config, Set.of("notify")))
            .isInstanceOf(MessagingException.class)
            .hasMessage("Quarantine: unknown parameter 'repositoryUrl' (known: notify, onMailetException, "
                + "onMatchException, onMatcherException) / Quarantine: ukendt parameter 'repositoryUrl' (kendte: "
                + "notify, onMailetException, onMatchException, onMatcherException)");
    }

    @Test
    void anUnknownMatcherKeyIsRefusedInEnglishThenDanishWithTheHintInBoth() {
        assertThatThrownBy(() -> MailetParameters.requireKnownCondition("BounceAllowed", Map.of("mode", "x"),
            Set.of("rate"), "bounces are limited per sender", "afvisninger begrænses pr. afsender"))
            .isInstanceOf(MessagingException.class)
            .hasMessage("BounceAllowed: unknown parameter 'mode' (known: rate); bounces are limited per sender"
                + " / BounceAllowed: ukendt parameter 'mode' (kendte: rate); afvisninger begrænses pr. afsender");
    }

    private static MailetConfig config(String name, Map<String, String> params) {
        Map<String, String> copy = new LinkedHashMap<>(params);
        return new MailetConfig() {
            @Override
            public String getInitParameter(String key) {
                return copy.get(key);
            }

            @Override
            public Iterator<String> getInitParameterNames() {
                return Collections.unmodifiableSet(copy.keySet()).iterator();
            }

            @Override
            public MailetContext getMailetContext() {
                return null;
            }

            @Override
            public String getMailetName() {
                return name;
            }
        };
    }
}
