package org.spoofguard.server.imap;

import java.util.Optional;

import org.apache.commons.configuration2.HierarchicalConfiguration;
import org.apache.commons.configuration2.ex.ConfigurationException;
import org.apache.commons.configuration2.tree.ImmutableNode;
import org.apache.james.imap.decode.ImapDecoder;
import org.apache.james.imap.api.process.ImapProcessor;
import org.apache.james.imap.encode.ImapEncoder;
import org.apache.james.imapserver.netty.IMAPServer;
import org.apache.james.imapserver.netty.ImapMetrics;
import org.apache.james.metrics.api.GaugeRegistry;
import org.apache.james.metrics.api.Metric;
import org.apache.james.protocols.netty.ChannelHandlerFactory;
import org.apache.james.util.Size;

/** James's IMAP server with an {@link ImapInputGuard} per connection, read from the same {@code imapserver.xml} keys. */
final class GuardedImapServer extends IMAPServer {
    static final String GUARD = "spoofguardImapInputGuard";

    private final Metric refusals;
    private long literalSizeLimit;
    private int maxLineLength;

    GuardedImapServer(ImapDecoder decoder, ImapEncoder encoder, ImapProcessor processor, ImapMetrics imapMetrics,
                      GaugeRegistry gaugeRegistry, Metric refusals) {
        super(decoder, encoder, processor, imapMetrics, gaugeRegistry);
        this.refusals = refusals;
    }

    @Override
    public void doConfigure(HierarchicalConfiguration<ImmutableNode> configuration) throws ConfigurationException {
        super.doConfigure(configuration);
        // the keys and defaults James's IMAPServer.doConfigure reads (3.8.1), so both enforce the same limits
        maxLineLength = configuration.getInt("maxLineLength", DEFAULT_MAX_LINE_LENGTH);
        literalSizeLimit = Optional.ofNullable(configuration.getString("literalSizeLimit", null))
            .map(Size::parse).map(Size::asBytes).orElse((long) DEFAULT_LITERAL_SIZE_LIMIT);
    }

    @Override
    protected ChannelHandlerFactory createFrameHandlerFactory() {
        ChannelHandlerFactory framer = super.createFrameHandlerFactory();
        return pipeline -> {
            // added just before the framer: after the PROXY decoder, and TLS is always put in front of both
            pipeline.addLast(GUARD, new ImapInputGuard(new ImapInputBound(literalSizeLimit, maxLineLength),
                refusals::increment));
            return framer.create(pipeline);
        };
    }
}
