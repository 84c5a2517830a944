package org.spoofguard.server.imap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.net.InetAddress;
import java.net.InetSocketAddress;

import org.apache.james.imap.api.process.ImapSession;
import org.apache.james.imapserver.netty.ImapIdleStateHandler;
import org.apache.james.imapserver.netty.NettyConstants;
import org.junit.jupiter.api.Test;

import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.timeout.IdleStateEvent;
import io.netty.util.Attribute;
import reactor.core.publisher.Mono;

class IdleLogoutTest {
    /** A client address that carries no name: its toString() shows "/192.0.2.7" until someone looks one up. */
    private static InetSocketAddress unnamedClient() throws Exception {
        return new InetSocketAddress(InetAddress.getByAddress(new byte[] {(byte) 192, 0, 2, 7}), 40123);
    }

    @SuppressWarnings("unchecked")
    private static ChannelHandlerContext context(InetSocketAddress client, ImapSession session) {
        ChannelHandlerContext ctx = mock(ChannelHandlerContext.class);
        Channel channel = mock(Channel.class);
        Attribute<ImapSession> attribute = mock(Attribute.class);
        when(ctx.channel()).thenReturn(channel);
        when(channel.remoteAddress()).thenReturn(client);
        when(channel.attr(NettyConstants.IMAP_SESSION_ATTRIBUTE_KEY)).thenReturn(attribute);
        when(attribute.get()).thenReturn(session);
        return ctx;
    }

    @Test
    void anIdleClientIsLoggedOutAndClosedWithoutAReverseLookup() throws Exception {
        InetSocketAddress client = unnamedClient();
        ImapSession session = mock(ImapSession.class);
        when(session.logout()).thenReturn(Mono.empty());
        ChannelHandlerContext ctx = context(client, session);

        new IdleLogout(1800).channelIdle(ctx, IdleStateEvent.ALL_IDLE_STATE_EVENT);

        verify(session).logout();
        verify(ctx.channel()).close();
        assertThat(client.getAddress().toString()).as("no host name was looked up").isEqualTo("/192.0.2.7");
    }

    /** What the replaced handler did: James's own logout asks the system resolver for the client's name. */
    @Test
    void jamessOwnIdleLogoutLooksTheNameUp() throws Exception {
        InetSocketAddress client = unnamedClient();
        ImapSession session = mock(ImapSession.class);
        when(session.logout()).thenReturn(Mono.empty());

        new ImapIdleStateHandler(1800).channelIdle(context(client, session), IdleStateEvent.ALL_IDLE_STATE_EVENT);

        assertThat(client.getAddress().toString()).isNotEqualTo("/192.0.2.7");
    }

    @Test
    void aReaderOrWriterIdleEventIsNoLogout() throws Exception {
        ImapSession session = mock(ImapSession.class);
        ChannelHandlerContext ctx = context(unnamedClient(), session);
        new IdleLogout(1800).channelIdle(ctx, IdleStateEvent.READER_IDLE_STATE_EVENT);
        verify(ctx).fireUserEventTriggered(IdleStateEvent.READER_IDLE_STATE_EVENT);
        org.mockito.Mockito.verifyNoInteractions(session);
    }

    /** The server's pipelines get ours in place of James's, under James's name. */
    @Test
    void theGuardedServerPutsItInPlaceOfJamess() throws Exception {
        GuardedImapServer server = new GuardedImapServer(mock(org.apache.james.imap.decode.ImapDecoder.class),
            mock(org.apache.james.imap.encode.ImapEncoder.class), mock(org.apache.james.imap.api.process.ImapProcessor.class),
            new org.apache.james.imapserver.netty.ImapMetrics(new org.apache.james.metrics.tests.RecordingMetricFactory()),
            mock(org.apache.james.metrics.api.GaugeRegistry.class), mock(org.apache.james.metrics.api.Metric.class),
            mock(org.apache.james.metrics.api.Metric.class));
        server.doConfigure(new org.apache.commons.configuration2.BaseHierarchicalConfiguration());
        io.netty.channel.embedded.EmbeddedChannel channel = new io.netty.channel.embedded.EmbeddedChannel();
        channel.pipeline().addLast(NettyConstants.TIMEOUT_HANDLER, new ImapIdleStateHandler(1800));
        server.createFrameHandlerFactory().create(channel.pipeline());
        assertThat(channel.pipeline().get(NettyConstants.TIMEOUT_HANDLER)).isInstanceOf(IdleLogout.class);
        channel.finishAndReleaseAll();
    }
}
