package org.spoofguard.smtp;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.function.Supplier;

import org.apache.commons.configuration2.BaseHierarchicalConfiguration;
import org.apache.commons.configuration2.ex.ConfigurationException;
import org.apache.james.metrics.tests.RecordingMetricFactory;
import org.apache.james.protocols.api.handler.ProtocolHandler;
import org.junit.jupiter.api.Test;
import org.spoofguard.smtp.auth.SubmissionAuthHook;
import org.spoofguard.smtp.rcpt.RelayDomainAcceptHook;

/**
 * The hooks without parameters of their own kept ProtocolHandler's no-op init, so a child of their {@code <handler>}
 * element (a typo, or a key meant for the neighbouring hook, e.g. {@code <reserve>} one line too low) started James
 * as if it were not there. They refuse it as the hooks with parameters do (HandlerParameters), naming it; the
 * {@code class} attribute is James's.
 */
class ParameterlessHooksTest {
    private static final List<Supplier<ProtocolHandler>> HOOKS = List.of(
        SessionContextHook::new,
        () -> new HeaderSectionHook(new RecordingMetricFactory()),
        Utf8HeaderHook::new,
        SubmissionAuthHook::new,
        RelayDomainAcceptHook::new);

    @Test
    void theHandlerElementAloneIsAccepted() {
        for (Supplier<ProtocolHandler> hook : HOOKS) {
            BaseHierarchicalConfiguration c = new BaseHierarchicalConfiguration();
            ProtocolHandler h = hook.get();
            c.addProperty("[@class]", h.getClass().getName());
            assertThatCode(() -> h.init(c)).as(h.getClass().getSimpleName()).doesNotThrowAnyException();
        }
    }

    @Test
    void anyChildElementStopsTheStartNamingIt() {
        for (Supplier<ProtocolHandler> hook : HOOKS) {
            BaseHierarchicalConfiguration c = new BaseHierarchicalConfiguration();
            ProtocolHandler h = hook.get();
            c.addProperty("[@class]", h.getClass().getName());
            c.addProperty("reserve", "100M");
            String name = h.getClass().getSimpleName();
            assertThatThrownBy(() -> h.init(c)).as(name).isInstanceOf(ConfigurationException.class)
                .hasMessageContaining(name).hasMessageContaining("unknown configuration key 'reserve'")
                .hasMessageContaining(" / " + name + ": ukendt konfigurationsnøgle 'reserve'");
        }
    }
}
