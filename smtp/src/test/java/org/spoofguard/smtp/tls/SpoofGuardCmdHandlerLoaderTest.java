package org.spoofguard.smtp.tls;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.apache.james.protocols.smtp.core.ReceivedDataLineFilter;
import org.apache.james.protocols.smtp.core.esmtp.AuthCmdHandler;
import org.apache.james.smtpserver.CoreCmdHandlerLoader;
import org.junit.jupiter.api.Test;

class SpoofGuardCmdHandlerLoaderTest {
    @Test
    void jamesCoreHandlersWithTheAuthGuardFirstAndOneReceivedFilter() {
        List<String> ours = new SpoofGuardCmdHandlerLoader().getHandlers();
        List<String> james = new CoreCmdHandlerLoader().getHandlers();
        assertThat(ours).hasSize(james.size() + 1)
            .doesNotContain(ReceivedDataLineFilter.class.getName())
            .contains(TlsReceivedDataLineFilter.class.getName());
        // CommandDispatcher asks the AUTH handlers in chain order: the guard must come first.
        assertThat(ours.indexOf(RequireTlsForAuthHandler.class.getName()))
            .isLessThan(ours.indexOf(AuthCmdHandler.class.getName()));
        assertThat(ours).containsAll(james.stream().filter(h -> !h.equals(ReceivedDataLineFilter.class.getName())).toList());
    }
}
