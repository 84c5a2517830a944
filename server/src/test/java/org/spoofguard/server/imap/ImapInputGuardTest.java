package org.spoofguard.server.imap;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.james.imap.api.ImapSessionState;
import org.apache.james.imap.api.process.ImapSession;
import org.apache.james.imapserver.netty.NettyConstants;
import org.junit.jupiter.api.Test;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;

class ImapInputGuardTest {
    private final AtomicInteger closed = new AtomicInteger();

    private ImapInputGuard.Limits limits(int unauthenticated) {
        return new ImapInputGuard.Limits(new ConnectionSlots<>(0, unauthenticated), 10_000, closed::incrementAndGet,
            new LogGate(20, Duration.ofMinutes(1), System::nanoTime));
    }

    private static EmbeddedChannel channel(ImapInputGuard.Limits limits) {
        return new EmbeddedChannel(new ImapInputGuard(new ImapInputBound(0, 1000), () -> { }, limits));
    }

    /** James's session on the channel, as its core handler puts it there; only the state matters here. */
    private static void session(EmbeddedChannel channel, ImapSessionState state) {
        ImapSession session = (ImapSession) Proxy.newProxyInstance(ImapSession.class.getClassLoader(),
            new Class<?>[] {ImapSession.class}, (proxy, method, args) -> method.getName().equals("getState") ? state : null);
        channel.attr(NettyConstants.IMAP_SESSION_ATTRIBUTE_KEY).set(session);
    }

    private static String written(EmbeddedChannel channel) {
        ByteBuf out = channel.readOutbound();
        try {
            return out == null ? null : out.toString(StandardCharsets.US_ASCII);
        } finally {
            if (out != null) {
                out.release();
            }
        }
    }

    @Test
    void notLoggedInAtTheDeadlineIsClosedEvenAfterCommands() {
        EmbeddedChannel channel = channel(limits(10));
        session(channel, ImapSessionState.NON_AUTHENTICATED);
        channel.advanceTimeBy(8, TimeUnit.SECONDS); // the embedded loop's clock also runs in real time
        channel.writeInbound(Unpooled.copiedBuffer("a1 NOOP\r\n", StandardCharsets.US_ASCII));
        channel.runScheduledPendingTasks();
        assertThat(channel.isActive()).isTrue();
        channel.advanceTimeBy(3, TimeUnit.SECONDS);
        channel.runScheduledPendingTasks();
        assertThat(written(channel)).startsWith("* BYE Autologout");
        assertThat(channel.isActive()).isFalse();
        assertThat(closed).hasValue(1);
    }

    @Test
    void aLoggedInConnectionIsNeitherTimedOutNorEvicted() {
        ImapInputGuard.Limits limits = limits(1);
        EmbeddedChannel user = channel(limits);
        session(user, ImapSessionState.AUTHENTICATED);
        user.writeOutbound(Unpooled.copiedBuffer("a1 OK LOGIN completed.\r\n", StandardCharsets.US_ASCII));
        assertThat(written(user)).startsWith("a1 OK");
        assertThat(limits.slots().waiting()).isZero();
        EmbeddedChannel other = channel(limits);
        user.advanceTimeBy(20, TimeUnit.SECONDS);
        user.runPendingTasks();
        user.runScheduledPendingTasks();
        assertThat(user.isActive()).isTrue();
        assertThat(written(user)).isNull();
        assertThat(other.isActive()).isTrue();
        assertThat(closed).hasValue(0);
    }

    @Test
    void aNewConnectionPushesOutTheOldestNotLoggedIn() {
        ImapInputGuard.Limits limits = limits(1);
        EmbeddedChannel oldest = channel(limits);
        session(oldest, ImapSessionState.NON_AUTHENTICATED);
        EmbeddedChannel newer = channel(limits);
        oldest.runPendingTasks();
        assertThat(written(oldest)).startsWith("* BYE [UNAVAILABLE]");
        assertThat(oldest.isActive()).isFalse();
        assertThat(newer.isActive()).isTrue();
        assertThat(limits.slots().waiting()).isEqualTo(1);
        assertThat(closed).hasValue(1);
        newer.close();
        assertThat(limits.slots().waiting()).isZero();
    }

    /** Refused at once: James's handlers after the guard see neither the connection's start nor its end. */
    @Test
    void overThePerNetworkLimitIsRefusedBeforeJamesSeesIt() {
        ImapInputGuard.Limits limits = new ImapInputGuard.Limits(new ConnectionSlots<>(1, 10), 10_000,
            closed::incrementAndGet, new LogGate(20, Duration.ofMinutes(1), System::nanoTime));
        channel(limits);
        AtomicInteger jamesEvents = new AtomicInteger();
        EmbeddedChannel second = new EmbeddedChannel(new ImapInputGuard(new ImapInputBound(0, 1000), () -> { }, limits),
            new io.netty.channel.ChannelInboundHandlerAdapter() {
                @Override
                public void channelActive(io.netty.channel.ChannelHandlerContext ctx) {
                    jamesEvents.incrementAndGet();
                }

                @Override
                public void channelInactive(io.netty.channel.ChannelHandlerContext ctx) {
                    jamesEvents.incrementAndGet();
                }
            });
        assertThat(written(second)).startsWith("* BYE [UNAVAILABLE] Too many connections from your network");
        assertThat(second.isActive()).isFalse();
        second.runPendingTasks();
        assertThat(jamesEvents).hasValue(0);
        assertThat(limits.slots().waiting()).isEqualTo(1);
        assertThat(closed).hasValue(1);
    }
}
