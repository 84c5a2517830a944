package org.spoofguard.testing.smtp;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSession;
import javax.net.ssl.SSLSocket;

/**
 * A plain SMTP client for tests that need every reply: it can bind any loopback source address
 * (127.0.0.x all belong to this machine), so one test can play several outside senders with distinct IPs.
 */
public final class SmtpTestClient implements AutoCloseable {
    private Socket socket;
    private BufferedReader in;
    private OutputStream out;
    private final SmtpReply greeting;

    private SmtpTestClient(Socket socket) throws IOException {
        this.socket = socket;
        this.in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.ISO_8859_1));
        this.out = socket.getOutputStream();
        this.greeting = readReply();
    }

    /** Connects from {@code sourceIp} to an implicit-TLS port (RFC 8314 submissions): TLS before the greeting. */
    public static SmtpTestClient connectTls(int port, String sourceIp, SSLContext tls) throws IOException {
        Socket plain = new Socket();
        plain.setSoTimeout(30_000);
        plain.bind(new InetSocketAddress(InetAddress.getByName(sourceIp), 0));
        plain.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 10_000);
        SSLSocket secure = (SSLSocket) tls.getSocketFactory().createSocket(plain, "127.0.0.1", port, true);
        secure.setUseClientMode(true);
        secure.startHandshake();
        return new SmtpTestClient(secure);
    }

    /**
     * STARTTLS (RFC 3207): on a 220 the connection continues over TLS with {@code tls}; send EHLO again after it
     * (the server forgets everything it learnt before). Returns the reply to STARTTLS.
     */
    public SmtpReply startTls(SSLContext tls) throws IOException {
        SmtpReply reply = command("STARTTLS");
        if (reply.code() != 220) {
            return reply;
        }
        SSLSocket secure = (SSLSocket) tls.getSocketFactory().createSocket(socket,
            socket.getInetAddress().getHostAddress(), socket.getPort(), true);
        secure.setUseClientMode(true);
        secure.startHandshake();
        socket = secure;
        in = new BufferedReader(new InputStreamReader(secure.getInputStream(), StandardCharsets.ISO_8859_1));
        out = secure.getOutputStream();
        return reply;
    }

    /** The TLS session, when this connection is encrypted. */
    public java.util.Optional<SSLSession> tlsSession() {
        return socket instanceof SSLSocket secure ? java.util.Optional.of(secure.getSession()) : java.util.Optional.empty();
    }

    /** Connects from {@code sourceIp} (e.g. "127.0.0.23") to {@code 127.0.0.1:port}. */
    public static SmtpTestClient connect(int port, String sourceIp) throws IOException {
        Socket socket = new Socket();
        socket.setSoTimeout(30_000);
        socket.bind(new InetSocketAddress(InetAddress.getByName(sourceIp), 0));
        socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 10_000);
        return new SmtpTestClient(socket);
    }

    public static SmtpTestClient connect(int port) throws IOException {
        return connect(port, "127.0.0.1");
    }

    /**
     * Sends a PROXY protocol v1 header (haproxy's proxy-protocol.txt §2.1) as a load balancer would, before any
     * SMTP command: "PROXY TCP4|TCP6 source destination sourcePort destinationPort". The server answers nothing.
     */
    public void proxyV1(String sourceIp, String destinationIp, int sourcePort, int destinationPort) throws IOException {
        String family = sourceIp.contains(":") ? "TCP6" : "TCP4";
        out.write(("PROXY " + family + " " + sourceIp + " " + destinationIp + " " + sourcePort + " " + destinationPort
            + "\r\n").getBytes(StandardCharsets.US_ASCII));
        out.flush();
    }

    public SmtpReply greeting() {
        return greeting;
    }

    public SmtpReply command(String line) throws IOException {
        out.write((line + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
        out.flush();
        return readReply();
    }

    public SmtpReply ehlo(String name) throws IOException {
        return command("EHLO " + name);
    }

    public SmtpReply helo(String name) throws IOException {
        return command("HELO " + name);
    }

    /** {@code sender} "" sends the null reverse-path. */
    public SmtpReply mailFrom(String sender) throws IOException {
        return command("MAIL FROM:<" + sender + ">");
    }

    public SmtpReply rcptTo(String recipient) throws IOException {
        return command("RCPT TO:<" + recipient + ">");
    }

    public SmtpReply authPlain(String user, String password) throws IOException {
        String token = Base64.getEncoder().encodeToString(("\0" + user + "\0" + password).getBytes(StandardCharsets.UTF_8));
        return command("AUTH PLAIN " + token);
    }

    /** Sends DATA, the message (dot-stuffed here), and the final dot; returns the reply to the final dot. */
    public SmtpReply data(String message) throws IOException {
        SmtpReply go = command("DATA");
        if (go.code() != 354) {
            return go;
        }
        return sendData(message.getBytes(StandardCharsets.UTF_8));
    }

    public SmtpReply sendData(byte[] message) throws IOException {
        String text = new String(message, StandardCharsets.ISO_8859_1).replace("\r\n", "\n");
        if (!text.endsWith("\n")) {
            text = text + "\n";
        }
        StringBuilder stuffed = new StringBuilder(text.length() + 64);
        for (String line : text.substring(0, text.length() - 1).split("\n", -1)) {
            if (line.startsWith(".")) {
                stuffed.append('.');
            }
            stuffed.append(line).append("\r\n");
        }
        stuffed.append(".\r\n");
        out.write(stuffed.toString().getBytes(StandardCharsets.ISO_8859_1));
        out.flush();
        return readReply();
    }

    public SmtpReply quit() throws IOException {
        return command("QUIT");
    }

    /** True once the server has closed the connection (e.g. after a 421). */
    public boolean isClosedByServer() {
        try {
            socket.setSoTimeout(2_000);
            return in.read() < 0;
        } catch (IOException e) {
            return true;
        }
    }

    private SmtpReply readReply() throws IOException {
        List<String> lines = new ArrayList<>();
        while (true) {
            String line = in.readLine();
            if (line == null) {
                if (lines.isEmpty()) {
                    throw new IOException("connection closed by server");
                }
                break;
            }
            if (line.length() < 3) {
                throw new IOException("malformed reply line: " + line);
            }
            lines.add(line.length() > 4 ? line.substring(4) : "");
            if (line.length() == 3 || line.charAt(3) != '-') {
                return new SmtpReply(Integer.parseInt(line.substring(0, 3)), lines);
            }
        }
        throw new IOException("connection closed in the middle of a reply");
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
