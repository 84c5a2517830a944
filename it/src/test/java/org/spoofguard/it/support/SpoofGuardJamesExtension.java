package org.spoofguard.it.support;

import java.util.function.Consumer;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * JUnit 5 extension: one real SpoofGuard James per test class.
 *
 * <pre>
 * &#64;RegisterExtension
 * static SpoofGuardJamesExtension james = new SpoofGuardJamesExtension(h -&gt; h.dns(dns).relayThrough(sink.port()));
 * </pre>
 * The configurer runs before start (patch conf, point DNS, add probes); test methods may take a
 * {@link JamesHarness} parameter.
 */
public final class SpoofGuardJamesExtension implements BeforeAllCallback, AfterAllCallback, ParameterResolver {
    private final Consumer<JamesHarness> configurer;
    private JamesHarness harness;

    public SpoofGuardJamesExtension(Consumer<JamesHarness> configurer) {
        this.configurer = configurer;
    }

    public SpoofGuardJamesExtension() {
        this(harness -> { });
    }

    public JamesHarness harness() {
        return harness;
    }

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        harness = new JamesHarness();
        configurer.accept(harness);
        harness.start();
    }

    @Override
    public void afterAll(ExtensionContext context) throws Exception {
        if (harness != null) {
            harness.close();
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        return parameterContext.getParameter().getType() == JamesHarness.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        return harness;
    }
}
