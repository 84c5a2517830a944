package org.spoofguard.testing.smtp;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;

/**
 * "The rest of the Internet" for end-to-end tests: a loopback SMTP server that records every message a
 * server under test sends out (so a test can assert that no bounce left the building) and answers RCPT
 * with scripted replies per recipient (so remote delivery can fail permanently or temporarily on demand).
 * Also usable as a downstream server for recipient callouts.
 */
public final class SmtpSink implements AutoCloseable {
    /**
     * A message as received: envelope and raw content (CRLF line ends, dot-unstuffed); {@code tls} is the TLS
     * protocol of the session ("TLSv1.3"), empty when it was in clear text.
     */
    public record Received(String mailFrom, List<String> recipients, String content, String clientHelo, String tls) {
        public Received {
            recipients = List.copyOf(recipients);
        }
    }

    private final ServerSocket server;
    private final ExecutorService executor = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "smtp-sink");
        thread.setDaemon(true);
        return thread;
    });
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final Map<String, String> rcptReplies = new ConcurrentHashMap<>();
    private final List<String> commandLog = new CopyOnWriteArrayList<>();
    private volatile String defaultRcptReply = "250 2.1.5 ok";
    private volatile int connections;
    private volatile SSLContext startTls;

    public SmtpSink() throws IOException {
        server = new ServerSocket();
        server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
        executor.submit(this::acceptLoop);
    }

    public int port() {
        return server.getLocalPort();
    }

    /** Scripted reply to {@code RCPT TO:<recipient>} (case-insensitive), e.g. "550 5.1.1 no such user". */
    public SmtpSink replyToRcpt(String recipient, String reply) {
        rcptReplies.put(recipient.toLowerCase(Locale.ROOT), reply);
        return this;
    }

    /** Offers STARTTLS (RFC 3207) with this server-side context, as most receiving MTAs on the Internet do. */
    public SmtpSink offerStartTls(SSLContext serverContext) {
        this.startTls = serverContext;
        return this;
    }

    /** Reply to every RCPT without a scripted one. */
    public SmtpSink defaultRcptReply(String reply) {
        this.defaultRcptReply = reply;
        return this;
    }

    public List<Received> received() {
        return List.copyOf(received);
    }

    /** Every command line the sink saw, in order (for "no callout happened" assertions). */
    public List<String> commands() {
        return List.copyOf(commandLog);
    }

    public int connectionCount() {
        return connections;
    }

    public void clear() {
        received.clear();
        commandLog.clear();
        connections = 0;
    }

    /** Waits until a message matching {@code predicate} arrived; returns it, or throws after {@code timeout}. */
    public Received await(Predicate<Received> predicate, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            for (Received message : received) {
                if (predicate.test(message)) {
                    return message;
                }
            }
            TimeUnit.MILLISECONDS.sleep(50);
        }
        throw new AssertionError("no matching message reached the sink within " + timeout + "; got " + received.size() + " message(s)");
    }

    private void acceptLoop() {
        while (!server.isClosed()) {
            try {
                Socket socket = server.accept();
                connections++;
                executor.submit(() -> serve(socket));
            } catch (IOException e) {
                return;
            }
        }
    }

    private void serve(Socket plain) {
        Socket socket = plain;
        try (plain) {
            socket.setSoTimeout(60_000);
            BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.ISO_8859_1));
            OutputStream out = socket.getOutputStream();
            String tls = "";
            reply(out, "220 sink.test ESMTP test sink");
            String helo = "";
            String mailFrom = null;
            List<String> rcpts = new ArrayList<>();
            String line;
            while ((line = in.readLine()) != null) {
                commandLog.add(line);
                String upper = line.toUpperCase(Locale.ROOT);
                if (upper.startsWith("EHLO")) {
                    helo = line.substring(4).trim();
                    reply(out, "250-sink.test\r\n250-8BITMIME\r\n"
                        + (startTls != null && tls.isEmpty() ? "250-STARTTLS\r\n" : "") + "250 PIPELINING");
                } else if (upper.equals("STARTTLS") && startTls != null && tls.isEmpty()) {
                    reply(out, "220 2.0.0 ready to start TLS");
                    SSLSocket secure = (SSLSocket) startTls.getSocketFactory().createSocket(socket, null, true);
                    secure.setUseClientMode(false);
                    secure.startHandshake();
                    socket = secure;
                    tls = secure.getSession().getProtocol();
                    in = new BufferedReader(new InputStreamReader(secure.getInputStream(), StandardCharsets.ISO_8859_1));
                    out = secure.getOutputStream();
                    // RFC 3207 §4.2: forget everything learnt before TLS
                    helo = "";
                    mailFrom = null;
                    rcpts.clear();
                } else if (upper.startsWith("HELO")) {
                    helo = line.substring(4).trim();
                    reply(out, "250 sink.test");
                } else if (upper.startsWith("MAIL FROM:")) {
                    mailFrom = path(line.substring(10));
                    rcpts.clear();
                    reply(out, "250 2.1.0 ok");
                } else if (upper.startsWith("RCPT TO:")) {
                    String rcpt = path(line.substring(8));
                    String scripted = rcptReplies.getOrDefault(rcpt.toLowerCase(Locale.ROOT), defaultRcptReply);
                    if (scripted.startsWith("2")) {
                        rcpts.add(rcpt);
                    }
                    reply(out, scripted);
                } else if (upper.equals("DATA")) {
                    if (mailFrom == null || rcpts.isEmpty()) {
                        reply(out, "503 5.5.1 no valid recipients");
                        continue;
                    }
                    reply(out, "354 go ahead");
                    StringBuilder content = new StringBuilder();
                    String dataLine;
                    while ((dataLine = in.readLine()) != null && !dataLine.equals(".")) {
                        content.append(dataLine.startsWith(".") ? dataLine.substring(1) : dataLine).append("\r\n");
                    }
                    received.add(new Received(mailFrom, rcpts, content.toString(), helo, tls));
                    mailFrom = null;
                    rcpts = new ArrayList<>();
                    reply(out, "250 2.0.0 queued");
                } else if (upper.equals("RSET")) {
                    mailFrom = null;
                    rcpts.clear();
                    reply(out, "250 2.0.0 ok");
                } else if (upper.equals("NOOP")) {
                    reply(out, "250 2.0.0 ok");
                } else if (upper.equals("QUIT")) {
                    reply(out, "221 2.0.0 bye");
                    return;
                } else {
                    reply(out, "502 5.5.2 not implemented");
                }
            }
        } catch (IOException e) {
            // the peer went away: nothing to record
        }
    }

    private static String path(String argument) {
        String a = argument.trim();
        int open = a.indexOf('<');
        int close = a.indexOf('>', open + 1);
        if (open >= 0 && close > open) {
            return a.substring(open + 1, close);
        }
        int space = a.indexOf(' ');
        return space < 0 ? a : a.substring(0, space);
    }

    private static void reply(OutputStream out, String text) throws IOException {
        out.write((text + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
        out.flush();
    }

    @Override
    public void close() throws IOException {
        server.close();
        executor.shutdownNow();
    }
}
