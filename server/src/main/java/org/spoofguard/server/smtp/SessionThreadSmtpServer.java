package org.spoofguard.server.smtp;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.commons.configuration2.HierarchicalConfiguration;
import org.apache.commons.configuration2.ex.ConfigurationException;
import org.apache.commons.configuration2.tree.ImmutableNode;

import org.apache.james.metrics.api.MetricFactory;
import org.apache.james.protocols.netty.AbstractChannelPipelineFactory;
import org.apache.james.protocols.netty.BasicChannelInboundHandler;
import org.apache.james.protocols.netty.HandlerConstants;
import org.apache.james.smtpserver.netty.SMTPServer;
import org.apache.james.smtpserver.netty.SmtpMetrics;
import org.spoofguard.server.ServerXml;
import org.spoofguard.smtp.OverlongLine;

import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.socket.SocketChannel;
import io.netty.handler.codec.TooLongFrameException;
import io.netty.handler.ssl.SslHandler;
import io.netty.util.concurrent.EventExecutor;

/**
 * James's SMTP server with each session's commands run in order on a thread of a bounded pool, not on Netty's I/O
 * threads.
 *
 * <p>Why: James 3.8.1 runs the SMTP handlers (and so every hook: SPF and DMARC lookups at MAIL and DATA, recipient
 * callouts) on the I/O event loops, of which there are two per core, each serving many connections. A sender whose
 * domain's name servers do not answer held its event loop for the whole DNS timeout (12 s per MAIL with the shipped
 * {@code dns.*}), and with it every other connection on that loop: eight such sessions at once delayed the banner of
 * an unrelated client by 12 s on a 2-core machine. A forger only needs a zone whose servers never answer. Upstream
 * James later moved the handlers off the event loop (JAMES-4023, with JAMES-4101 for STARTTLS); this does the same
 * for 3.8.1, with each session's commands in order on whichever thread of a shared pool is free
 * ({@link SessionExecutor}): a slow session holds one thread and delays no other session while threads are left
 * (James's executor group would pin unrelated sessions to a blocked thread). {@code <sessionThreads>} (default
 * {@value #DEFAULT_SESSION_THREADS}) bounds the threads; an idle session holds none. When all are busy, sessions
 * queue: {@link SessionThreads} counts that and warns.
 */
final class SessionThreadSmtpServer extends SMTPServer {
    static final String PAUSE = "spoofguardStartTlsPause";

    /** Stand-in James's pipeline factory adds as the core handler; replaced per connection (see below). */
    @ChannelHandler.Sharable
    private static final class StandIn extends ChannelInboundHandlerAdapter {
    }

    private static final StandIn STAND_IN = new StandIn();
    private static final long DRAIN_SECONDS = 15;

    /** SpoofGuard's key in each {@code <smtpserver>} of {@code smtpserver.xml}. */
    static final String SESSION_THREADS = "sessionThreads";
    static final int DEFAULT_SESSION_THREADS = 100;
    static final int MAX_SESSION_THREADS = 10_000;
    /** A pool thread with nothing to do ends after this; idle sessions hold none. */
    private static final long IDLE_THREAD_SECONDS = 5;

    private final Set<EventExecutor> sessions = ConcurrentHashMap.newKeySet();
    private volatile SessionThreads pool;
    private volatile boolean graceful = true;
    private final MetricFactory metricFactory;

    SessionThreadSmtpServer(SmtpMetrics smtpMetrics, MetricFactory metricFactory) {
        super(smtpMetrics);
        this.metricFactory = metricFactory;
    }

    @Override
    public void doConfigure(HierarchicalConfiguration<ImmutableNode> configuration) throws ConfigurationException {
        super.doConfigure(configuration);
        int threads = sessionThreads(configuration);
        pool = new SessionThreads(threads, IDLE_THREAD_SECONDS, configuration.getString("jmxName", "smtpserver"),
            metricFactory, SessionThreadSmtpServer::sessionThread, System::nanoTime);
    }

    /** {@code <sessionThreads>}: how many sessions may wait (for DNS, a callout, the store) at once, 1 to 10000. */
    static int sessionThreads(HierarchicalConfiguration<ImmutableNode> configuration) throws ConfigurationException {
        return ServerXml.wholeNumber(configuration, "smtpserver.xml", SESSION_THREADS, DEFAULT_SESSION_THREADS, 1,
            MAX_SESSION_THREADS);
    }

    private static final AtomicInteger THREAD_NUMBER = new AtomicInteger();

    /*
     * Daemon: the pool is never shut down (a session's last events may come after James closed its channels, and
     * a shut pool would refuse them); its threads end once idle, and they must not keep a stopped JVM alive.
     */
    private static Thread sessionThread(Runnable task) {
        Thread thread = new Thread(task, "smtp-session-" + THREAD_NUMBER.incrementAndGet());
        thread.setDaemon(true);
        return thread;
    }

    @Override
    protected ChannelInboundHandlerAdapter createCoreHandler() {
        return STAND_IN;
    }

    @Override
    @SuppressWarnings({"rawtypes", "unchecked"})
    protected AbstractChannelPipelineFactory createPipelineFactory() {
        AbstractChannelPipelineFactory james = super.createPipelineFactory();
        // James's own type is required here; its fields go unused, as initChannel is ours
        return new AbstractChannelPipelineFactory<SocketChannel>(getFrameHandlerFactory(), getExecutorGroup()) {
            @Override
            protected void initChannel(SocketChannel channel) {
                // James's own pipeline, built now (we are on the channel's event loop, the channel registered)
                channel.pipeline().addLast(james);
                EventExecutor own = new SessionExecutor(pool);
                sessions.add(own);
                // the stand-in is @Sharable and can be removed; James's real handler is not, so it is only ever
                // added once, here, on the session's executor (Netty refuses to re-add a non-sharable handler)
                channel.pipeline().remove(HandlerConstants.CORE_HANDLER);
                channel.pipeline().addLast(own, PAUSE, new StartTlsPause(own, sessions));
                channel.pipeline().addLast(own, HandlerConstants.CORE_HANDLER,
                    SessionThreadSmtpServer.super.createCoreHandler());
            }

            @Override
            protected ChannelInboundHandlerAdapter createHandler() {
                return STAND_IN;
            }
        };
    }

    /** James's {@code gracefulShutdown}, kept: {@link #unbind()} drains the sessions only when it is on. */
    @Override
    public void setGracefulShutdown(boolean gracefulShutdown) {
        super.setGracefulShutdown(gracefulShutdown);
        graceful = gracefulShutdown;
    }

    /**
     * Lets each session finish the command it is running before James stops the event loops, so a mail whose DATA
     * was being accepted gets its 250 written instead of a closed connection (and a second delivery when the client
     * retries). JAMES-4023 found the same order problem upstream. Bounded by {@value #DRAIN_SECONDS} s in all, as
     * James bounds its own graceful stop; skipped with {@code gracefulShutdown=false}.
     */
    @Override
    public synchronized void unbind() {
        if (!graceful) {
            // James's gracefulShutdown=false: it does not wait for its event loops either
            super.unbind();
            return;
        }
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(DRAIN_SECONDS);
        for (EventExecutor session : sessions) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                break;
            }
            if (!session.isShuttingDown()) {
                session.submit(() -> { }).awaitUninterruptibly(left, TimeUnit.NANOSECONDS);
            }
        }
        super.unbind();
    }

    /**
     * Runs on the session's executor just before James's handler. Two jobs:
     *
     * <p>STARTTLS (RFC 3207): James writes the 220 and then puts the TLS handler in front of the pipeline. On the
     * event loop that was one step; from another thread both become event-loop tasks, and a client's TLS hello read
     * between them would reach the line decoder in clear (James drops the connection as command injection). Reading
     * is paused before the command runs and resumed by a task queued after both of James's, so nothing is read
     * until TLS is in place (the same order JAMES-4101 gives upstream).
     *
     * <p>End of the session: the last handler removed when the channel is gone, after James's handler had its
     * {@code channelInactive} and {@code handlerRemoved}: the session leaves the set a stop waits for.
     */
    private static final class StartTlsPause extends ChannelInboundHandlerAdapter {
        private final EventExecutor own;
        private final Set<EventExecutor> sessions;

        StartTlsPause(EventExecutor own, Set<EventExecutor> sessions) {
            this.own = own;
            this.sessions = sessions;
        }

        @Override
        public void channelRead(ChannelHandlerContext ctx, Object msg) throws Exception {
            if (!(msg instanceof ByteBuf line) || !isStartTls(line) || ctx.pipeline().get(SslHandler.class) != null) {
                ctx.fireChannelRead(msg);
                return;
            }
            var config = ctx.channel().config();
            config.setAutoRead(false);
            try {
                // James's handler is on the same executor: this returns after it has answered the command
                ctx.fireChannelRead(msg);
            } finally {
                if (ctx.pipeline().get(SslHandler.class) != null) {
                    ctx.channel().eventLoop().execute(() -> config.setAutoRead(true));
                } else {
                    config.setAutoRead(true);
                }
            }
        }

        private static boolean isStartTls(ByteBuf line) {
            int length = line.readableBytes();
            if (length < 8 || length > 32) {
                return false;
            }
            return line.toString(line.readerIndex(), length, StandardCharsets.US_ASCII)
                .trim().toLowerCase(Locale.ROOT).equals("starttls");
        }

        /**
         * A line over the decoder's limit inside DATA: noted for one refusal at the end of DATA
         * ({@link OverlongLine}) instead of James's "500" in the middle of the message, which the sender reads as
         * the answer to the message it has not finished sending. Outside DATA, James answers 500 as before.
         */
        @Override
        public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
            if (cause instanceof TooLongFrameException
                && OverlongLine.noteInData(ctx.channel().attr(BasicChannelInboundHandler.SESSION_ATTRIBUTE_KEY).get())) {
                return;
            }
            ctx.fireExceptionCaught(cause);
        }

        @Override
        public void handlerRemoved(ChannelHandlerContext ctx) {
            // the pipeline is taken down from its tail: James's handler was removed (on this executor) before this
            sessions.remove(own);
            own.shutdownGracefully();
        }
    }
}
