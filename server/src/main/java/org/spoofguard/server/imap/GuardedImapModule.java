package org.spoofguard.server.imap;

import org.apache.james.filesystem.api.FileSystem;
import org.apache.james.imap.decode.ImapDecoder;
import org.apache.james.imap.api.message.response.StatusResponseFactory;
import org.apache.james.imap.api.process.ImapProcessor;
import org.apache.james.imap.encode.ImapEncoder;
import org.apache.james.imap.processor.CopyProcessor;
import org.apache.james.imap.processor.CreateProcessor;
import org.apache.james.imap.processor.DeleteProcessor;
import org.apache.james.imap.processor.MoveProcessor;
import org.apache.james.imap.processor.RenameProcessor;
import org.apache.james.imapserver.netty.IMAPServer;
import org.apache.james.imapserver.netty.IMAPServerFactory;
import org.apache.james.metrics.api.GaugeRegistry;
import org.apache.james.metrics.api.MetricFactory;

import com.google.inject.AbstractModule;
import com.google.inject.Provider;
import com.google.inject.Provides;
import com.google.inject.Singleton;

/**
 * Overrides James's IMAPServerModule binding of {@link IMAPServerFactory} so every IMAP server it configures is a
 * {@link GuardedImapServer} (for both stores). Metric {@code spoofguard_imap_input_refused} counts connections closed for
 * their input, {@code spoofguard_imap_unauthenticated_closed} those closed before a login (loginTimeout, per-network
 * limit, unauthenticatedConnectionLimit).
 *
 * <p>Also binds James's COPY, MOVE, CREATE, DELETE and RENAME processors to SpoofGuard's, which copy and move a set
 * all or nothing ({@link OverQuotaCopyProcessor}, {@link AllOrNothingMoveProcessor}), answer a quota refusal with
 * {@code NO [OVERQUOTA]} ({@link OverQuotaCopyProcessor}), the mailbox cap with {@code NO [LIMIT]} and a DELETE of
 * INBOX with {@code NO [CANNOT]} ({@link InboxKeepingDeleteProcessor}): James builds
 * its processor chain from the class names of {@code imapPackages} through Guice ({@code GuiceGenericLoader}), so a
 * binding replaces the class wherever the chain names it.
 *
 * <p>The chain as a whole is wrapped once ({@link OwnMailboxesOnly}), for the one failure James lets escape every
 * processor: a mailbox name outside the user's namespace, which closed the connection instead of answering NO.
 */
public final class GuardedImapModule extends AbstractModule {
    @Override
    protected void configure() {
        bind(CopyProcessor.class).to(OverQuotaCopyProcessor.class);
        bind(MoveProcessor.class).to(AllOrNothingMoveProcessor.class);
        bind(CreateProcessor.class).to(LimitedCreateProcessor.class);
        bind(DeleteProcessor.class).to(InboxKeepingDeleteProcessor.class);
        bind(RenameProcessor.class).to(LimitedRenameProcessor.class);
    }

    @Provides
    @Singleton
    IMAPServerFactory provideServerFactory(FileSystem fileSystem, Provider<ImapDecoder> decoder,
                                           Provider<ImapEncoder> encoder, Provider<ImapProcessor> processor,
                                           StatusResponseFactory statusResponses,
                                           MetricFactory metricFactory, GaugeRegistry gaugeRegistry) {
        var refusals = metricFactory.generate("spoofguard_imap_input_refused");
        var preAuthClosed = metricFactory.generate("spoofguard_imap_unauthenticated_closed");
        return new IMAPServerFactory(fileSystem, decoder, encoder, processor, metricFactory, gaugeRegistry) {
            @Override
            protected IMAPServer createServer() {
                return new GuardedImapServer(decoder.get(), encoder.get(),
                    new OwnMailboxesOnly(processor.get(), statusResponses), imapMetrics, gaugeRegistry,
                    refusals, preAuthClosed);
            }
        };
    }
}
