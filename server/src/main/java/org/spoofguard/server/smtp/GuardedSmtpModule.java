package org.spoofguard.server.smtp;

import javax.inject.Inject;

import org.apache.james.dnsservice.api.DNSService;
import org.apache.james.filesystem.api.FileSystem;
import org.apache.james.metrics.api.MetricFactory;
import org.apache.james.protocols.lib.handler.ProtocolHandlerLoader;
import org.apache.james.smtpserver.netty.SMTPServer;
import org.apache.james.smtpserver.netty.SMTPServerFactory;

import com.google.inject.AbstractModule;
import com.google.inject.Scopes;

/**
 * Overrides James's SMTPServerModule binding of {@link SMTPServerFactory} so every SMTP server it configures from
 * {@code smtpserver.xml} runs each session on its own thread ({@link SessionThreadSmtpServer}), for both stores.
 */
public final class GuardedSmtpModule extends AbstractModule {
    @Override
    protected void configure() {
        bind(SMTPServerFactory.class).to(Factory.class).in(Scopes.SINGLETON);
    }

    static final class Factory extends SMTPServerFactory {
        private final MetricFactory metricFactory;

        @Inject
        Factory(DNSService dns, ProtocolHandlerLoader loader, FileSystem fileSystem, MetricFactory metricFactory) {
            super(dns, loader, fileSystem, metricFactory);
            this.metricFactory = metricFactory;
        }

        @Override
        protected SMTPServer createServer() {
            return new SessionThreadSmtpServer(smtpMetrics, metricFactory);
        }
    }
}
