package org.spoofguard.mailets;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.function.Supplier;

import javax.mail.MessagingException;

import org.apache.mailet.Mailet;
import org.apache.mailet.base.test.FakeMailetConfig;
import org.junit.jupiter.api.Test;
import org.spoofguard.james.MailetParameters;
import org.spoofguard.mailets.auth.ComputeSenderVerdict;
import org.spoofguard.mailets.batv.BatvSign;
import org.spoofguard.mailets.batv.BatvUnwrapRecipient;
import org.spoofguard.mailets.bounce.OutOfOfficeOnce;
import org.spoofguard.mailets.invoice.MarkReleased;

/**
 * Issue 14 item 6: the mailets without parameters of their own used to ignore their {@code <mailet>} children,
 * so a typo (or a parameter meant for another mailet) passed silently. They now refuse it at start-up, naming
 * it, and still accept James's container parameters. init() reads only the configuration, so the injected
 * services are not needed here.
 */
class ParameterlessMailetsTest {
    private static final List<Supplier<Mailet>> MAILETS = List.of(
        StampSessionContext::new,
        () -> new ComputeSenderVerdict(null, null),
        () -> new MarkReleased(null),
        () -> new BatvSign(null, null),
        () -> new BatvUnwrapRecipient(null),
        // James's VacationMailet reads no parameter: a <mailet> child of the out-of-office was silently ignored
        () -> new OutOfOfficeOnce(null, null, null, null));

    @Test
    void jamesStandardParametersAreAccepted() {
        for (Supplier<Mailet> mailet : MAILETS) {
            for (String name : MailetParameters.JAMES_STANDARD) {
                Mailet m = mailet.get();
                assertThatCode(() -> m.init(FakeMailetConfig.builder().mailetName(m.getClass().getSimpleName())
                    .setProperty(name, "propagate").build())).as(m.getClass() + " " + name).doesNotThrowAnyException();
            }
            Mailet bare = mailet.get();
            assertThatCode(() -> bare.init(FakeMailetConfig.builder().mailetName("x").build())).doesNotThrowAnyException();
        }
    }

    @Test
    void anythingElseStopsTheStartNamingIt() {
        for (Supplier<Mailet> mailet : MAILETS) {
            Mailet m = mailet.get();
            String name = m.getClass().getSimpleName();
            assertThatThrownBy(() -> m.init(FakeMailetConfig.builder().mailetName(name)
                .setProperty("repositoryPath", "file://var/mail/x/").build()))
                .as(name).isInstanceOf(MessagingException.class)
                .hasMessageContaining(name).hasMessageContaining("unknown parameter 'repositoryPath'")
                .hasMessageContaining(" / " + name + ": ukendt parameter 'repositoryPath'");
        }
    }
}
