package org.spoofguard.core.recipient;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/** A real loopback SMTP peer answering from a script; counts connections and records commands. */
final class ScriptedSmtpServer implements AutoCloseable {
    final ServerSocket server;
    final AtomicInteger connections = new AtomicInteger();
    final List<String> commands = new CopyOnWriteArrayList<>();
    volatile String greeting = "220 downstream.test ESMTP";
    volatile String ehloReply = "250-downstream.test\r\n250 PIPELINING";
    volatile String mailReply = "250 2.1.0 ok";
    /** RCPT reply by address; default for others. */
    final Map<String, String> rcptReplies = new ConcurrentHashMap<>();
    volatile String defaultRcptReply = "550 5.1.1 no such user";
    /** When set, the server waits on it before answering RCPT (to hold a callout open). */
    volatile CountDownLatch holdRcpt;
    final CountDownLatch rcptArrived = new CountDownLatch(1);
    volatile boolean silent;
    private final Thread acceptor;

    ScriptedSmtpServer() throws IOException {
        server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        acceptor = new Thread(this::acceptLoop, "scripted-smtp");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    Downstream downstream() {
        return new Downstream("127.0.0.1", server.getLocalPort());
    }

    private void acceptLoop() {
        while (!server.isClosed()) {
            try {
                Socket s = server.accept();
                connections.incrementAndGet();
                Thread t = new Thread(() -> serve(s), "scripted-smtp-conn");
                t.setDaemon(true);
                t.start();
            } catch (IOException e) {
                return;
            }
        }
    }

    private void serve(Socket s) {
        try (s; BufferedReader in = new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.US_ASCII));
             OutputStream out = s.getOutputStream()) {
            if (silent) {
                Thread.sleep(10_000);
                return;
            }
            Function<String, Boolean> send = r -> {
                try {
                    out.write((r + "\r\n").getBytes(StandardCharsets.US_ASCII));
                    out.flush();
                    return true;
                } catch (IOException e) {
                    return false;
                }
            };
            send.apply(greeting);
            String line;
            while ((line = in.readLine()) != null) {
                commands.add(line);
                String upper = line.toUpperCase();
                if (upper.startsWith("EHLO") || upper.startsWith("HELO")) {
                    send.apply(ehloReply);
                } else if (upper.startsWith("MAIL FROM:")) {
                    send.apply(mailReply);
                } else if (upper.startsWith("RCPT TO:<")) {
                    rcptArrived.countDown();
                    CountDownLatch hold = holdRcpt;
                    if (hold != null) {
                        hold.await(10, TimeUnit.SECONDS);
                    }
                    String addr = line.substring(9, line.length() - 1);
                    send.apply(rcptReplies.getOrDefault(addr, defaultRcptReply));
                } else if (upper.startsWith("QUIT")) {
                    send.apply("221 2.0.0 bye");
                    return;
                } else {
                    send.apply("500 5.5.1 what?");
                }
            }
        } catch (IOException | InterruptedException e) {
            // test peer: connection ends
        }
    }

    @Override
    public void close() throws IOException {
        server.close();
    }
}
