package org.spoofguard.server.mailet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Set;

import javax.mail.MessagingException;

import org.apache.commons.configuration2.ex.ConfigurationException;
import org.apache.james.mailetcontainer.impl.MatcherMailetPair;
import org.apache.james.transport.mailets.ToProcessor;
import org.apache.james.transport.matchers.All;
import org.apache.mailet.Mail;
import org.apache.mailet.Mailet;
import org.apache.mailet.base.GenericMailet;
import org.apache.mailet.base.test.FakeMailetConfig;
import org.junit.jupiter.api.Test;
import org.spoofguard.core.config.Bilingual;
import org.spoofguard.mailets.NamesProcessors;

import com.google.common.collect.ImmutableListMultimap;
import com.google.common.collect.Multimap;

class ProcessorReferencesCheckTest {
    private static final ProcessorReferencesCheck CHECK = new ProcessorReferencesCheck();

    /** Stands in for our mailets: names a release processor and the processor it is in. */
    static final class Naming extends GenericMailet implements NamesProcessors {
        private final Map<String, String> names;

        Naming(Map<String, String> names) throws MessagingException {
            this.names = names;
            init(FakeMailetConfig.builder().mailetName("Naming").build());
        }

        @Override
        public void service(Mail mail) {
        }

        @Override
        public Map<String, String> namedProcessors() {
            return names;
        }

        @Override
        public Set<String> ownProcessorParameters() {
            return Set.of("processor");
        }
    }

    private static MatcherMailetPair toProcessor(String target, String... more) throws MessagingException {
        FakeMailetConfig.Builder config = FakeMailetConfig.builder().mailetName("ToProcessor").setProperty("processor", target);
        for (int i = 0; i + 1 < more.length; i += 2) {
            config.setProperty(more[i], more[i + 1]);
        }
        ToProcessor mailet = new ToProcessor();
        mailet.init(config.build());
        return new MatcherMailetPair(new All(), mailet);
    }

    private static MatcherMailetPair pair(Mailet mailet) {
        return new MatcherMailetPair(new All(), mailet);
    }

    @Test
    void namesThatExistPass() throws Exception {
        Multimap<String, MatcherMailetPair> processors = ImmutableListMultimap.of(
            "root", toProcessor("transport", "onMailetException", "propagate", "onMatchException", "nomatch"),
            "transport", toProcessor("local-delivery", "onMailetException", "Error"),
            "local-delivery", pair(new Naming(Map.of("processor", "local-delivery", "releaseProcessor", "root"))),
            "error", toProcessor("root", "onMailetException", "ignore"));
        assertThatCode(() -> CHECK.check(processors)).doesNotThrowAnyException();
    }

    @Test
    void aTypoInToProcessorStopsTheStartNamingProcessorMailetAndParameterInBothLanguages() throws Exception {
        Multimap<String, MatcherMailetPair> processors = ImmutableListMultimap.of(
            "root", toProcessor("transport"),
            "transport", toProcessor("local-delivry"),
            "local-delivery", toProcessor("root"));
        assertThatThrownBy(() -> CHECK.check(processors)).isInstanceOf(ConfigurationException.class)
            .satisfies(e -> {
                assertThat(Bilingual.english(e.getMessage())).contains("mailetcontainer.xml")
                    .contains("processor 'transport', mailet ToProcessor: processor names processor 'local-delivry'")
                    .contains("processors: local-delivery, root, transport");
                assertThat(Bilingual.danish(e.getMessage())).contains("processoren 'local-delivry', som ikke findes");
            });
    }

    @Test
    void ourMailetsNamesAndTheExceptionTargetsAreChecked() throws Exception {
        assertThatThrownBy(() -> CHECK.check(ImmutableListMultimap.of(
            "root", pair(new Naming(Map.of("releaseProcessor", "invoice-relase"))))))
            .hasMessageContaining("releaseProcessor names processor 'invoice-relase'");
        // James lower-cases these values before moving the mail: "Local-Errors" is looked up as "local-errors"
        assertThatThrownBy(() -> CHECK.check(ImmutableListMultimap.of(
            "root", toProcessor("root", "onMailetException", "Local-Errors"),
            "Local-Errors", toProcessor("root"))))
            .hasMessageContaining("onMailetException names processor 'local-errors'");
        assertThatThrownBy(() -> CHECK.check(ImmutableListMultimap.of(
            "root", toProcessor("root", "onMatchException", "nowhere"))))
            .hasMessageContaining("onMatchException names processor 'nowhere'");
    }

    @Test
    void aResumePointMustNameTheProcessorItIsIn() throws Exception {
        assertThatThrownBy(() -> CHECK.check(ImmutableListMultimap.of(
            "root", toProcessor("local-delivery"),
            "local-delivery", pair(new Naming(Map.of("processor", "root"))))))
            .hasMessageContaining("processor 'local-delivery', mailet Naming: processor must name the processor it is in "
                + "('local-delivery'), not 'root'");
    }
}
