package org.spoofguard.it.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Optional;

import org.spoofguard.testing.smtp.SmtpReply;
import org.spoofguard.testing.smtp.SmtpTestClient;

/**
 * An outside SMTP client of the end-to-end tests: one mail a session, from a loopback address of its own
 * ({@code ip}, 127.0.0.x), so SPF, the sender verdict and the session record judge that address, with
 * {@code EHLO helo}. 127.0.0.1 itself would be a trusted relay client, judged by nothing.
 *
 * <p>What the tests differ in is said by the sender, not by a copy of the session: whether a refused
 * {@code MAIL FROM} is the answer being tested, whether the session ends with QUIT after a refused mail, and
 * whether the client is announced by a load balancer in a PROXY header.
 *
 * @param proxiedClient the real client a load balancer at {@code ip} announces in a PROXY v1 header; none when empty
 * @param returnsMailRefusal a refused {@code MAIL FROM} is returned (a reject policy may refuse there, before
 *     RCPT); otherwise MAIL must be accepted
 * @param quitAfterRefusal QUIT also after a refused mail; otherwise only after an accepted one (a server that
 *     refused an oversized mail may have closed the connection: a QUIT would fail the test, not the server)
 */
public record SmtpSender(String ip, String helo, Optional<String> proxiedClient, boolean returnsMailRefusal,
    boolean quitAfterRefusal) {

    /** A client at {@code ip} saying {@code EHLO helo}; every step up to the message must be accepted. */
    public static SmtpSender from(String ip, String helo) {
        return new SmtpSender(ip, helo, Optional.empty(), false, true);
    }

    /** This sender as a load balancer announcing {@code client} (IPv4 or IPv6) before EHLO. */
    public SmtpSender announcing(String client) {
        return new SmtpSender(ip, helo, Optional.of(client), returnsMailRefusal, quitAfterRefusal);
    }

    /** This sender, answering with the reply to a refused {@code MAIL FROM} instead of failing on it. */
    public SmtpSender mailRefusalIsTheAnswer() {
        return new SmtpSender(ip, helo, proxiedClient, true, quitAfterRefusal);
    }

    /** This sender, ending a session with QUIT only after an accepted mail. */
    public SmtpSender quitOnlyAfterAcceptance() {
        return new SmtpSender(ip, helo, proxiedClient, returnsMailRefusal, false);
    }

    /**
     * Sends one mail to 127.0.0.1:{@code port}: the reply to the final dot, or to a refused {@code MAIL FROM} when
     * that is the answer. EHLO, RCPT and DATA must be accepted. A read timeout is an IOException: a failure, not a
     * refusal.
     */
    public SmtpReply send(int port, String mailFrom, String rcpt, byte[] message) throws IOException {
        try (SmtpTestClient c = SmtpTestClient.connect(port, ip)) {
            if (proxiedClient.isPresent()) {
                String client = proxiedClient.get();
                c.proxyV1(client, client.contains(":") ? "::1" : "127.0.0.1", 40123, 25);
            }
            assertThat(c.ehlo(helo).code()).isEqualTo(250);
            SmtpReply mail = c.mailFrom(mailFrom);
            if (returnsMailRefusal && mail.code() != 250) {
                return mail;
            }
            assertThat(mail.code()).isEqualTo(250);
            assertThat(c.rcptTo(rcpt).code()).isEqualTo(250);
            assertThat(c.command("DATA").code()).isEqualTo(354);
            SmtpReply done = c.sendData(message);
            if (quitAfterRefusal || done.isPositive()) {
                c.quit();
            }
            return done;
        }
    }

    /** {@link #send}, and the mail must be accepted (250). */
    public SmtpReply sendAccepted(int port, String mailFrom, String rcpt, byte[] message) throws IOException {
        SmtpReply done = send(port, mailFrom, rcpt, message);
        assertThat(done.code()).as(done.toString()).isEqualTo(250);
        return done;
    }

    /**
     * Sends to {@code james}'s MX for {@code user}, which must accept it, and reads the delivered header section back
     * over IMAP (unfolded, see {@link JamesHarness#awaitDeliveredHeaders}).
     */
    public String deliver(JamesHarness james, String mailFrom, String user, String password, byte[] message)
        throws IOException {
        sendAccepted(james.smtpPort(), mailFrom, user, message);
        return james.awaitDeliveredHeaders(user, password);
    }
}
