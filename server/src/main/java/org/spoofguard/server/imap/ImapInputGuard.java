package org.spoofguard.server.imap;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import org.apache.james.imap.api.ImapSessionState;
import org.apache.james.imap.api.process.ImapSession;
import org.apache.james.imapserver.netty.NettyConstants;
import org.spoofguard.core.net.IpNetwork;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelDuplexHandler;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelPromise;
import io.netty.util.ReferenceCountUtil;

/**
 * One connection's guard in front of James's IMAP decoder (after TLS and PROXY, before the framer):
 * <ul>
 *   <li>its {@link ImapInputBound}: a client that goes past it gets {@code * BYE} and the connection is closed before
 *       James reads the offending line;</li>
 *   <li>its place in the server's {@link ConnectionSlots}: refused when its network already has
 *       {@code connectionLimitPerIP} connections, closed when a newer connection needs its place among those waiting
 *       for a login, and closed when it has not logged in within {@code loginTimeout}.</li>
 * </ul>
 * Whether it has logged in is read from James's session on the channel, at each command and each response (the
 * response to a successful LOGIN/AUTHENTICATE is written after the session became authenticated).
 */
final class ImapInputGuard extends ChannelDuplexHandler {
    private static final Logger LOGGER = LoggerFactory.getLogger(ImapInputGuard.class);

    /** What one server's guards share. */
    record Limits(ConnectionSlots<ImapInputGuard> slots, long loginTimeoutMillis, Runnable preAuthClosed,
                  LogGate logGate) {
    }

    private final ImapInputBound bound;
    private final Runnable refused;
    private final Limits limits;
    private ChannelHandlerContext ctx;
    private IpNetwork network;
    private boolean counted;
    /** channelActive went on to James: only then does channelInactive (James counts connections in both). */
    private boolean passedOn;
    private boolean loggedIn;
    private boolean closing;
    private ScheduledFuture<?> deadline;

    ImapInputGuard(ImapInputBound bound, Runnable refused, Limits limits) {
        this.bound = bound;
        this.refused = refused;
        this.limits = limits;
    }

    @Override
    public void channelActive(ChannelHandlerContext ctx) throws Exception {
        this.ctx = ctx;
        if (!ctx.channel().isActive()) {
            return; // already closed by James's connectionLimit: never counted here
        }
        network = networkOf(ctx.channel().remoteAddress());
        ConnectionSlots.Admission<ImapInputGuard> admission = limits.slots().open(this, network);
        if (admission.refused()) {
            // not passed on: James's handler would greet a connection that is being closed
            closePreAuth("connectionLimitPerIP reached for " + network,
                "* BYE [UNAVAILABLE] Too many connections from your network / for mange forbindelser fra dit net\r\n");
            return;
        }
        counted = true;
        admission.evicted().ifPresent(ImapInputGuard::evict);
        deadline = ctx.executor().schedule(this::deadlinePassed, limits.loginTimeoutMillis(), TimeUnit.MILLISECONDS);
        passedOn = true;
        super.channelActive(ctx);
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) throws Exception {
        if (deadline != null) {
            deadline.cancel(false);
        }
        if (counted) {
            counted = false;
            limits.slots().closed(this, network);
        }
        if (passedOn) {
            super.channelInactive(ctx);
        }
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        if (closing) {
            ReferenceCountUtil.release(msg);
            return;
        }
        noteLogin();
        if (msg instanceof ByteBuf in) {
            ImapInputBound.Verdict verdict = bound.feed(in);
            if (verdict != ImapInputBound.Verdict.OK) {
                closing = true;
                ReferenceCountUtil.release(msg);
                refused.run();
                LOGGER.info("IMAP connection from {} closed: {}", ctx.channel().remoteAddress(),
                    verdict == ImapInputBound.Verdict.LITERAL_TOO_LARGE ? "literal over literalSizeLimit announced"
                        : "line over maxLineLength");
                String text = verdict == ImapInputBound.Verdict.LITERAL_TOO_LARGE
                    ? "* BYE [ALERT] Literal too large / for stor literal\r\n"
                    : "* BYE [ALERT] Line too long / for lang linje\r\n";
                ctx.writeAndFlush(Unpooled.copiedBuffer(text, StandardCharsets.US_ASCII))
                    .addListener(ChannelFutureListener.CLOSE);
                return;
            }
        }
        ctx.fireChannelRead(msg);
    }

    @Override
    public void write(ChannelHandlerContext ctx, Object msg, ChannelPromise promise) throws Exception {
        noteLogin();
        super.write(ctx, msg, promise);
    }

    /** Leaves the queue of connections waiting for a login once James's session is authenticated. */
    private void noteLogin() {
        if (loggedIn || !counted) {
            return;
        }
        ImapSession session = ctx.channel().attr(NettyConstants.IMAP_SESSION_ATTRIBUTE_KEY).get();
        ImapSessionState state = session == null ? null : session.getState();
        if (state == ImapSessionState.AUTHENTICATED || state == ImapSessionState.SELECTED) {
            loggedIn = true;
            deadline.cancel(false);
            limits.slots().loggedIn(this);
        }
    }

    private void deadlinePassed() {
        noteLogin();
        if (!loggedIn && !closing && ctx.channel().isActive()) {
            closePreAuth("no login within loginTimeout",
                "* BYE Autologout; no login in time / ingen login i tide\r\n");
        }
    }

    /** Called from another connection's thread: this one lost its place among those waiting for a login. */
    private void evict() {
        ctx.executor().execute(() -> {
            noteLogin();
            if (!loggedIn && !closing && ctx.channel().isActive()) {
                closePreAuth("oldest of unauthenticatedConnectionLimit connections waiting for a login",
                    "* BYE [UNAVAILABLE] Too many connections waiting for a login / for mange forbindelser uden login\r\n");
            }
        });
    }

    private void closePreAuth(String why, String bye) {
        closing = true;
        limits.preAuthClosed().run();
        limits.logGate().pass().ifPresent(left -> LOGGER.info("IMAP connection from {} closed before login: {}{}",
            ctx.channel().remoteAddress(), why, left == 0 ? "" : " (" + left + " such lines left out)"));
        ctx.writeAndFlush(Unpooled.copiedBuffer(bye, StandardCharsets.US_ASCII)).addListener(ChannelFutureListener.CLOSE);
    }

    private static IpNetwork networkOf(SocketAddress remote) {
        InetAddress address = remote instanceof InetSocketAddress inet ? inet.getAddress() : null;
        // not an IP client (cannot happen on a TCP listener): all such count as one network
        return address == null ? new IpNetwork(new byte[4], 0) : IpNetwork.clientBlock(address);
    }
}
