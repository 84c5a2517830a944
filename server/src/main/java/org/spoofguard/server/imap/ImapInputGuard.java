package org.spoofguard.server.imap;

import java.nio.charset.StandardCharsets;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.util.ReferenceCountUtil;

/**
 * One connection's {@link ImapInputBound} in front of James's IMAP decoder (after TLS and PROXY, before the framer):
 * a client that goes past it gets {@code * BYE} and the connection is closed before James reads the offending line.
 */
final class ImapInputGuard extends ChannelInboundHandlerAdapter {
    private static final Logger LOGGER = LoggerFactory.getLogger(ImapInputGuard.class);

    private final ImapInputBound bound;
    private final Runnable refused;
    private boolean closing;

    ImapInputGuard(ImapInputBound bound, Runnable refused) {
        this.bound = bound;
        this.refused = refused;
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        if (closing) {
            ReferenceCountUtil.release(msg);
            return;
        }
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
}
