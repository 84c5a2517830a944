package org.spoofguard.server.imap;

import java.time.Duration;
import java.util.Optional;

import org.apache.commons.configuration2.HierarchicalConfiguration;
import org.apache.commons.configuration2.ex.ConfigurationException;
import org.apache.commons.configuration2.tree.ImmutableNode;
import org.apache.james.imap.decode.ImapDecoder;
import org.apache.james.imap.api.process.ImapProcessor;
import org.apache.james.imap.encode.ImapEncoder;
import org.apache.james.imapserver.netty.IMAPServer;
import org.apache.james.imapserver.netty.ImapMetrics;
import org.apache.james.imapserver.netty.NettyConstants;
import org.apache.james.metrics.api.GaugeRegistry;
import org.apache.james.metrics.api.Metric;
import org.apache.james.protocols.netty.ChannelHandlerFactory;
import org.apache.james.util.Size;

/**
 * James's IMAP server with an {@link ImapInputGuard} per connection, read from the same {@code imapserver.xml} keys,
 * plus SpoofGuard's {@link PreAuthSettings} keys.
 */
final class GuardedImapServer extends IMAPServer {
    static final String GUARD = "spoofguardImapInputGuard";

    /** Decisions about connections before login logged per minute at most (an attack makes thousands). */
    private static final int LOG_LINES_PER_MINUTE = 20;

    private final Metric refusals;
    private final Metric preAuthClosed;
    private long literalSizeLimit;
    private int maxLineLength;
    /** James's idle logout in seconds ({@code timeout}, checked by James: at least 30 minutes). */
    private int idleTimeout;
    private ImapInputGuard.Limits limits;

    GuardedImapServer(ImapDecoder decoder, ImapEncoder encoder, ImapProcessor processor, ImapMetrics imapMetrics,
                      GaugeRegistry gaugeRegistry, Metric refusals, Metric preAuthClosed) {
        super(decoder, encoder, processor, imapMetrics, gaugeRegistry);
        this.refusals = refusals;
        this.preAuthClosed = preAuthClosed;
    }

    @Override
    public void doConfigure(HierarchicalConfiguration<ImmutableNode> configuration) throws ConfigurationException {
        super.doConfigure(configuration);
        // the keys and defaults James's IMAPServer.doConfigure reads (3.8.1), so both enforce the same limits
        maxLineLength = configuration.getInt("maxLineLength", DEFAULT_MAX_LINE_LENGTH);
        idleTimeout = configuration.getInt("timeout", DEFAULT_TIMEOUT);
        literalSizeLimit = Optional.ofNullable(configuration.getString("literalSizeLimit", null))
            .map(Size::parse).map(Size::asBytes).orElse((long) DEFAULT_LITERAL_SIZE_LIMIT);
        PreAuthSettings preAuth = PreAuthSettings.from(configuration, connectionLimit);
        // connectionLimitPerIP as James read it, counted again here per IPv6 /64 (James counts single addresses)
        limits = new ImapInputGuard.Limits(new ConnectionSlots<>(connPerIP, preAuth.unauthenticatedLimit()),
            preAuth.loginTimeout().toMillis(), preAuthClosed::increment,
            new LogGate(LOG_LINES_PER_MINUTE, Duration.ofMinutes(1), System::nanoTime));
    }

    @Override
    protected ChannelHandlerFactory createFrameHandlerFactory() {
        ChannelHandlerFactory framer = super.createFrameHandlerFactory();
        return pipeline -> {
            if (pipeline.get(NettyConstants.TIMEOUT_HANDLER) != null) {
                pipeline.replace(NettyConstants.TIMEOUT_HANDLER, NettyConstants.TIMEOUT_HANDLER, new IdleLogout(idleTimeout));
            }
            // added just before the framer: after the PROXY decoder, and TLS is always put in front of both
            pipeline.addLast(GUARD, new ImapInputGuard(new ImapInputBound(literalSizeLimit, maxLineLength),
                refusals::increment, limits));
            return framer.create(pipeline);
        };
    }
}
