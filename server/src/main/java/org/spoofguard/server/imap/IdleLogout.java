package org.spoofguard.server.imap;

import java.net.InetSocketAddress;
import java.net.SocketAddress;

import org.apache.james.imap.api.process.ImapSession;
import org.apache.james.imapserver.netty.NettyConstants;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.timeout.IdleState;
import io.netty.handler.timeout.IdleStateEvent;
import io.netty.handler.timeout.IdleStateHandler;
import reactor.core.publisher.Mono;

/**
 * James's idle logout ({@code ImapIdleStateHandler}, RFC 3501 §5.4's 30 minutes at least) without its reverse
 * lookup: James 3.8.1 logs the idle client's host name through {@code InetSocketAddress.getHostName()}, the JVM's
 * system resolver, unbounded by {@code dns.*} and uncached for reverse names, on the Netty I/O event loop that
 * serves many connections. A client whose reverse zone never answers stalled every session of that loop for the
 * resolver's whole timeout each time one of its connections idled out. The log line names the address only.
 */
final class IdleLogout extends IdleStateHandler {
    private static final Logger LOGGER = LoggerFactory.getLogger(IdleLogout.class);

    IdleLogout(int allIdleTimeSeconds) {
        super(0, 0, allIdleTimeSeconds);
    }

    @Override
    protected void channelIdle(ChannelHandlerContext ctx, IdleStateEvent e) throws Exception {
        if (!e.state().equals(IdleState.ALL_IDLE)) {
            super.channelIdle(ctx, e);
            return;
        }
        LOGGER.info("Logout IMAP client {} because it idled for too long", address(ctx.channel().remoteAddress()));
        ImapSession session = ctx.channel().attr(NettyConstants.IMAP_SESSION_ATTRIBUTE_KEY).get();
        Mono<Void> logout = session == null ? Mono.empty() : session.logout();
        logout.then(Mono.fromRunnable(() -> ctx.channel().close()))
            .then(Mono.fromRunnable(() -> fire(ctx, e)))
            .subscribe(any -> {
            }, ctx::fireExceptionCaught);
    }

    private void fire(ChannelHandlerContext ctx, IdleStateEvent e) {
        try {
            super.channelIdle(ctx, e);
        } catch (Exception ex) {
            ctx.fireExceptionCaught(ex);
        }
    }

    /** The address as written, never a name looked up for it. */
    static String address(SocketAddress remote) {
        if (remote instanceof InetSocketAddress inet && inet.getAddress() != null) {
            return inet.getAddress().getHostAddress();
        }
        return String.valueOf(remote);
    }
}
