package org.spoofguard.it.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the header section of the first INBOX message over IMAP on one connection, the way the tests need it:
 * {@code LOGIN}, poll {@code STATUS INBOX (MESSAGES)} until a message is there, {@code EXAMINE INBOX},
 * {@code FETCH 1 (BODY.PEEK[HEADER])}, {@code LOGOUT}.
 *
 * <p>Why not JavaMail's folder or James's {@code TestIMAPClient}: {@code SenderAuthenticationIT} once hung
 * 30 s waiting for the reply to JavaMail's {@code CLOSE} (every {@code Folder.close}/{@code Store.close} sends
 * one). James 3.8.1's {@code CloseProcessor} does not treat CLOSE as the read-only no-op RFC 3501 §6.4.2
 * requires after EXAMINE: it runs a mailbox expunge (a store transaction plus an Expunged event to every
 * listener of the mailbox) and answers only when that completes, and {@code NettyImapSession.deselect()}
 * clears the selected mailbox before unregistering it, so each CLOSE leaves a stale listener behind for the
 * next expunge to call. The polling {@code TestIMAPClient} meanwhile kept a second session selected on the
 * same mailbox and dropped its socket without LOGOUT. A read path should not write, so this one never sends
 * CLOSE, never SELECTs (EXAMINE only, once, after STATUS has seen the message), holds one session, and ends
 * with LOGOUT, which RFC 3501 §6.1.3 lets end a selected session without any expunge.
 *
 * <p>The FETCH literal is read by its announced octet count, byte-exact (commons-net's line reader misread a
 * FETCH reply once). A server that does not answer within {@code timeout} per read fails the test with the
 * conversation so far, never a silent retry.
 */
public final class ImapHeaderReader implements AutoCloseable {
    private static final Pattern LITERAL = Pattern.compile("\\{(\\d{1,9})\\}$");
    private static final Pattern EXISTS = Pattern.compile("(?m)^\\* (\\d+) EXISTS", Pattern.CASE_INSENSITIVE);
    private static final Pattern MESSAGES = Pattern.compile("\\(.*MESSAGES (\\d+).*\\)", Pattern.CASE_INSENSITIVE);

    private final Socket socket;
    private final InputStream in;
    private final OutputStream out;
    private final StringBuilder transcript = new StringBuilder();
    private int tag;

    private ImapHeaderReader(int port, javax.net.ssl.SSLContext tls, Duration timeout) throws IOException {
        Socket plain = new Socket();
        plain.connect(new InetSocketAddress("127.0.0.1", port), (int) timeout.toMillis());
        plain.setSoTimeout((int) timeout.toMillis());
        if (tls == null) {
            socket = plain;
        } else {
            // implicit TLS (IMAPS, RFC 8314): the handshake comes before the greeting
            javax.net.ssl.SSLSocket secured = (javax.net.ssl.SSLSocket) tls.getSocketFactory()
                .createSocket(plain, "127.0.0.1", port, true);
            secured.startHandshake();
            socket = secured;
        }
        in = socket.getInputStream();
        out = socket.getOutputStream();
    }

    /**
     * The header section (CRLF line ends, folding kept) of the first message in {@code user}'s INBOX, waiting up
     * to {@code wait} for it to arrive; "" when none arrived in that time. {@code tls}: implicit TLS, or null.
     */
    public static String firstMessageHeaders(int port, javax.net.ssl.SSLContext tls, String user, String password,
        Duration wait) {
        Duration perRead = Duration.ofSeconds(30);
        try (ImapHeaderReader imap = new ImapHeaderReader(port, tls, perRead)) {
            try {
                imap.expectGreeting();
                imap.command("LOGIN " + quote(user) + " " + quote(password), null);
                long deadline = System.nanoTime() + wait.toNanos();
                // STATUS does not select, so polling leaves no selected session behind. EXAMINE comes only after
                // STATUS counted the message, i.e. after the append committed: James's JPA mailbox builds the
                // message-number map (a search) and the EXISTS count (a count query) of an EXAMINE in two
                // queries, and an append committing between them announced EXISTS 1 with FETCH 1 answering
                // "BAD Invalid messageset" (BounceGuardIT saw it once).
                // A FETCH that answers OK without the header literal is the same race one step later (seen once
                // under PostgreSQL in DnsTroubleIT: STATUS and EXAMINE counted the message, FETCH 1 returned
                // nothing): the message is not readable yet, so the wait goes on, up to the same deadline.
                while (true) {
                    if (imap.messageCount() > 0 && imap.examine() > 0) {
                        ByteArrayOutputStream header = new ByteArrayOutputStream();
                        imap.command("FETCH 1 (BODY.PEEK[HEADER])", header);
                        if (header.size() > 0) {
                            imap.logout();
                            return header.toString(StandardCharsets.UTF_8);
                        }
                    }
                    if (System.nanoTime() > deadline) {
                        imap.logout();
                        return "";
                    }
                    Thread.sleep(100);
                }
            } catch (IOException | RuntimeException e) {
                throw new IllegalStateException("IMAP read for " + user + " failed: " + e + "\n" + imap.transcript, e);
            }
        } catch (IOException e) {
            throw new IllegalStateException("IMAP connection for " + user + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private int messageCount() throws IOException {
        StringBuilder status = new StringBuilder();
        command("STATUS INBOX (MESSAGES)", null, status);
        Matcher m = MESSAGES.matcher(status);
        if (!m.find()) {
            throw new IOException("no STATUS MESSAGES in: " + status);
        }
        return Integer.parseInt(m.group(1));
    }

    /**
     * LOGOUT (RFC 3501 §6.1.3): the server answers "* BYE" and the tagged OK, then closes. James 3.8.1 was seen
     * closing the connection before either reached us (InvoiceQuarantineIT): its ImapChannelUpstreamHandler
     * closes the channel on any signal once the session state is LOGOUT, and LogoutProcessor sets that state
     * (session.logout()) before it writes the BYE. The read is complete by then, so an end of stream here is
     * the expected end of the session, not a failure. A server that stays silent still fails after the read
     * timeout.
     */
    private void logout() throws IOException {
        try {
            command("LOGOUT", null);
        } catch (IOException e) {
            boolean closed = "connection closed by the server".equals(e.getMessage())
                || e instanceof java.net.SocketException; // reset after BYE; a read timeout is not one
            if (!closed) {
                throw e;
            }
            transcript.append("S: <closed after LOGOUT>\n");
        }
    }

    /** EXAMINE INBOX (read-only select, RFC 3501 §6.3.2); the EXISTS it announces. */
    private int examine() throws IOException {
        StringBuilder untagged = new StringBuilder();
        command("EXAMINE INBOX", null, untagged);
        Matcher m = EXISTS.matcher(untagged);
        if (!m.find()) {
            throw new IOException("no EXISTS after EXAMINE: " + untagged);
        }
        return Integer.parseInt(m.group(1));
    }

    private void expectGreeting() throws IOException {
        String line = readLine();
        if (!line.startsWith("* OK")) {
            throw new IOException("greeting: " + line);
        }
    }

    private void command(String command, ByteArrayOutputStream literalSink) throws IOException {
        command(command, literalSink, new StringBuilder());
    }

    /** Sends one tagged command and reads up to its tagged OK; untagged lines go to {@code untagged}. */
    private void command(String command, ByteArrayOutputStream literalSink, StringBuilder untagged) throws IOException {
        String t = "a" + (++tag);
        transcript.append("C: ").append(command.startsWith("LOGIN") ? "LOGIN ..." : command).append('\n');
        out.write((t + " " + command + "\r\n").getBytes(StandardCharsets.UTF_8));
        out.flush();
        while (true) {
            String line = readLine();
            Matcher lit = LITERAL.matcher(line);
            if (lit.find()) {
                byte[] literal = in.readNBytes(Integer.parseInt(lit.group(1)));
                if (literal.length != Integer.parseInt(lit.group(1))) {
                    throw new IOException("connection closed inside a literal");
                }
                transcript.append("S: <literal ").append(literal.length).append(" octets>\n");
                if (literalSink != null) {
                    literalSink.write(literal);
                }
                continue; // the rest of the response line follows the literal
            }
            if (line.startsWith(t + " ")) {
                if (!line.regionMatches(true, t.length() + 1, "OK", 0, 2)) {
                    throw new IOException(command.split(" ")[0] + " answered: " + line);
                }
                return;
            }
            untagged.append(line).append('\n');
        }
    }

    private String readLine() throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        int prev = -1;
        while (true) {
            int b = in.read();
            if (b < 0) {
                throw new IOException("connection closed by the server");
            }
            if (prev == '\r' && b == '\n') {
                byte[] bytes = line.toByteArray();
                String s = new String(bytes, 0, bytes.length - 1, StandardCharsets.UTF_8);
                transcript.append("S: ").append(s.length() > 200 ? s.substring(0, 200) + "..." : s).append('\n');
                return s;
            }
            line.write(b);
            prev = b;
            if (line.size() > 1_000_000) {
                throw new IOException("response line over 1 MB");
            }
        }
    }

    private static String quote(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
