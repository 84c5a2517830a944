package org.spoofguard.core.recipient;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Objects;

import org.spoofguard.core.bounce.EnhancedStatusCode;

/**
 * A recipient probe against a downstream SMTP server (RFC 5321): greeting, EHLO (HELO fallback),
 * {@code MAIL FROM:<>}, {@code RCPT TO:<address>}, {@code QUIT}. No DATA is ever sent.
 *
 * <p>The null reverse-path is used so the probe can never generate a bounce towards a third party
 * (RFC 5321 §4.5.5); only the RCPT reply is taken as a statement about the recipient: a 5xx at greeting,
 * EHLO or MAIL is the downstream refusing <em>us</em>, so it is UNREACHABLE (tempfail), never "unknown";
 * at RCPT only an addressing refusal is "unknown" (see {@link #permanentRcptReply}).
 *
 * <p>Bounded: connect timeout, per-reply timeout, an overall deadline, reply lines of at most
 * {@value #MAX_LINE} bytes and at most {@value #MAX_LINES} lines per reply. Thread-safe (no state).
 */
public final class SmtpCallout {
    static final int MAX_LINE = 2048;
    static final int MAX_LINES = 100;
    private static final int MAX_ADDRESS = 512;

    private final String heloName;
    private final Duration connectTimeout;
    private final Duration replyTimeout;
    private final Duration totalTimeout;

    public SmtpCallout(String heloName, Duration connectTimeout, Duration replyTimeout, Duration totalTimeout) {
        this.heloName = safeHelo(heloName);
        this.connectTimeout = positive(connectTimeout, "connectTimeout");
        this.replyTimeout = positive(replyTimeout, "replyTimeout");
        this.totalTimeout = positive(totalTimeout, "totalTimeout");
    }

    private static Duration positive(Duration d, String name) {
        Objects.requireNonNull(d, name);
        if (d.isNegative() || d.isZero()) {
            throw new IllegalArgumentException(name + " must be positive");
        }
        return d;
    }

    private static String safeHelo(String helo) {
        if (helo == null || helo.isBlank() || !helo.trim().matches("[A-Za-z0-9.\\-\\[\\]:]{1,255}")) {
            return "localhost";
        }
        return helo.trim();
    }

    /** Probes {@code address} at {@code downstream}. Never throws. */
    public CalloutResult probe(Downstream downstream, String address) {
        if (address == null || address.isEmpty() || address.length() > MAX_ADDRESS
            || address.chars().anyMatch(c -> c < 0x20 || c == 0x7f || c == '<' || c == '>')) {
            // A CR/LF here would let a client smuggle commands into our session with the downstream.
            return CalloutResult.unreachable("address not safe to probe");
        }
        long deadline = System.nanoTime() + totalTimeout.toNanos();
        try (Socket socket = new Socket()) {
            socket.setTcpNoDelay(true);
            int connectMs = (int) Math.max(1, Math.min(connectTimeout.toMillis(), totalTimeout.toMillis()));
            socket.connect(new InetSocketAddress(downstream.host(), downstream.port()), connectMs);
            Session s = new Session(socket, deadline);

            Reply greeting = s.read();
            if (greeting.code / 100 != 2) {
                return refused("greeting", greeting);
            }
            Reply helo = s.command("EHLO " + heloName);
            if (helo.code / 100 == 5) {
                helo = s.command("HELO " + heloName);
            }
            if (helo.code / 100 != 2) {
                return refused("HELO", helo);
            }
            Reply mail = s.command("MAIL FROM:<>");
            if (mail.code / 100 != 2) {
                return refused("MAIL FROM:<>", mail);
            }
            Reply rcpt = s.command("RCPT TO:<" + address + ">");
            s.quitQuietly();
            switch (rcpt.code / 100) {
                case 2:
                    return new CalloutResult(CalloutResult.Status.ACCEPTED, rcpt.code, rcpt.text,
                        "downstream " + downstream.asString() + " accepted RCPT", false);
                case 5:
                    return permanentRcptReply(downstream, rcpt);
                case 4:
                    return new CalloutResult(CalloutResult.Status.DEFERRED, rcpt.code, rcpt.text,
                        "downstream " + downstream.asString() + " deferred RCPT", false);
                default:
                    return new CalloutResult(CalloutResult.Status.UNREACHABLE, rcpt.code, rcpt.text,
                        "downstream " + downstream.asString() + " gave unexpected RCPT reply", false);
            }
        } catch (SocketTimeoutException e) {
            return CalloutResult.unreachable("timeout talking to " + downstream.asString());
        } catch (IOException | RuntimeException e) {
            return CalloutResult.unreachable("cannot talk to " + downstream.asString() + ": " + e);
        }
    }

    /**
     * A 5xx to RCPT is cached and answered as "550 5.1.1 recipient unknown" (and counted as harvesting) only when
     * it says so: 550/551/553 with no enhanced status or a 5.1.x one (RFC 3463: addressing). A full mailbox (552,
     * or 5.2.x) is temporary (RFC 5321 §4.5.3.1.10: a 552 to RCPT is to be treated as 452), so the sender retries
     * rather than bounce its mail to a live user. Anything else (5.7.x policy, e.g. our probe's address on a
     * blocklist; 501/503/554 ...) is the downstream refusing us, not a statement about the recipient: telling
     * the client "unknown" for calloutNegativeTtl would make its whole list bounce for our problem.
     */
    private static CalloutResult permanentRcptReply(Downstream downstream, Reply rcpt) {
        String enhanced = enhancedStatus(rcpt.text);
        if (rcpt.code == 552 || enhanced.startsWith("5.2.")) {
            return new CalloutResult(CalloutResult.Status.MAILBOX_FULL, rcpt.code, rcpt.text,
                "downstream " + downstream.asString() + " says the mailbox is full", false);
        }
        if ((rcpt.code == 550 || rcpt.code == 551 || rcpt.code == 553)
            && (enhanced.isEmpty() || enhanced.startsWith("5.1."))) {
            return new CalloutResult(CalloutResult.Status.REJECTED, rcpt.code, rcpt.text,
                "downstream " + downstream.asString() + " refused RCPT", false);
        }
        return refused("RCPT (not a statement about the recipient)", rcpt);
    }

    /**
     * The RFC 3463 enhanced status at the start of a reply's text (RFC 2034 §4), followed by white space or the end,
     * or "" if it has none. The grammar is {@link EnhancedStatusCode}'s.
     */
    static String enhancedStatus(String text) {
        return EnhancedStatusCode.atStart(text, 0)
            .filter(c -> {
                int end = c.toString().length(); // the code as written: it has no leading zeros
                return end == text.length() || " \t\n\u000B\f\r".indexOf(text.charAt(end)) >= 0;
            })
            .map(EnhancedStatusCode::toString).orElse("");
    }

    private static CalloutResult refused(String stage, Reply reply) {
        return new CalloutResult(CalloutResult.Status.UNREACHABLE, reply.code, reply.text,
            "downstream refused our probe at " + stage, false);
    }

    private record Reply(int code, String text) {
    }

    private static final class ProtocolException extends IOException {
        ProtocolException(String message) {
            super(message);
        }
    }

    private final class Session {
        private final Socket socket;
        private final InputStream in;
        private final OutputStream out;
        private final long deadline;

        Session(Socket socket, long deadline) throws IOException {
            this.socket = socket;
            this.in = new java.io.BufferedInputStream(socket.getInputStream(), 1024);
            this.out = socket.getOutputStream();
            this.deadline = deadline;
        }

        Reply command(String line) throws IOException {
            out.write((line + "\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            return read();
        }

        void quitQuietly() {
            try {
                out.write("QUIT\r\n".getBytes(StandardCharsets.US_ASCII));
                out.flush();
                socket.setSoTimeout(200);
                read();
            } catch (IOException | RuntimeException ignored) {
                // the verdict is already in; a rude close costs nothing
            }
        }

        /** Reads one possibly multi-line reply (RFC 5321 §4.2.1). */
        Reply read() throws IOException {
            StringBuilder text = new StringBuilder();
            for (int lines = 0; lines < MAX_LINES; lines++) {
                String line = readLine();
                if (line.length() < 3 || !Character.isDigit(line.charAt(0)) || !Character.isDigit(line.charAt(1))
                    || !Character.isDigit(line.charAt(2))) {
                    throw new ProtocolException("malformed reply line");
                }
                int code = Integer.parseInt(line.substring(0, 3));
                if (text.length() < 400) {
                    if (text.length() > 0) {
                        text.append(' ');
                    }
                    text.append(line.length() > 4 ? line.substring(4) : "");
                }
                if (line.length() == 3 || line.charAt(3) == ' ') {
                    String t = text.length() > 400 ? text.substring(0, 400) : text.toString();
                    return new Reply(code, t);
                }
                if (line.charAt(3) != '-') {
                    throw new ProtocolException("malformed reply line");
                }
            }
            throw new ProtocolException("reply too long");
        }

        private String readLine() throws IOException {
            ByteArrayOutputStream buf = new ByteArrayOutputStream(128);
            while (true) {
                long remainingMs = (deadline - System.nanoTime()) / 1_000_000;
                if (remainingMs <= 0) {
                    throw new SocketTimeoutException("callout deadline");
                }
                socket.setSoTimeout((int) Math.max(1, Math.min(replyTimeout.toMillis(), remainingMs)));
                int b = in.read();
                if (b < 0) {
                    throw new ProtocolException("connection closed by downstream");
                }
                if (b == '\n') {
                    byte[] bytes = buf.toByteArray();
                    int len = bytes.length > 0 && bytes[bytes.length - 1] == '\r' ? bytes.length - 1 : bytes.length;
                    return new String(bytes, 0, len, StandardCharsets.ISO_8859_1);
                }
                if (buf.size() >= MAX_LINE) {
                    throw new ProtocolException("reply line too long");
                }
                buf.write(b);
            }
        }
    }
}
