package org.spoofguard.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.spoofguard.core.bounce.DsnParser;
import org.spoofguard.it.support.JamesHarness;
import org.spoofguard.testing.dns.LoopbackDnsServer;
import org.spoofguard.testing.smtp.SmtpReply;
import org.spoofguard.testing.smtp.SmtpSink;
import org.spoofguard.testing.smtp.SmtpTestClient;

/**
 * Issue 10, "Done when": the whole no-backscatter promise on one server started as the README starts it (our
 * conf/, persistent store), with a loopback DNS. forged.example publishes SPF {@code -all} and DMARC
 * {@code p=reject}, so every mail "from" it here is a forgery (the bundled MX records DMARC, it does not refuse, so
 * the forgeries really reach every failure path); honest.example's SPF lists the test clients; nospf.example
 * publishes nothing (an honest sender we cannot prove: its DSN is kept until an admin releases it).
 *
 * <p>RemoteDelivery's gateway is one SMTP sink standing in for every domain's MX: what reaches it addressed to
 * forged.example is what forged.example's MX would receive. For each path — remote 550 on a forward, retries
 * exhausted, size quota (declared at MAIL FROM and exact at end of DATA), count quota, unknown user, vacation,
 * Sieve reject, release of a suppressed DSN — 10 forged and 10 honest senders send. The forged domain gets nothing
 * at all; each honest sender is informed: by a DSN, an auto-reply or a refusal in its own SMTP session. The "Bad
 * input" list (malformed Auto-Submitted, empty From, From ≠ MAIL FROM, null sender) sends nothing to an
 * unproven address.
 */
class WholePromiseIT {
    static final String DOMAIN = "spoofguard.test";
    static final int SENDERS = 10;
    static final String SUPPRESSED = "file://var/mail/suppressed-bounces/";

    static final String FWD_REFUSED = "fwd550@" + DOMAIN;
    static final String REFUSING_TARGET = "refuse@remote.example";
    static final String FWD_DEFERRED = "fwdlater@" + DOMAIN;
    static final String DEFERRING_TARGET = "later@remote.example";
    static final String SIZE_FULL = "sizefull@" + DOMAIN;
    static final String COUNT_FULL = "countfull@" + DOMAIN;
    static final String UNKNOWN = "nobody@" + DOMAIN;
    static final String AWAY = "away@" + DOMAIN;
    static final String PICKY = "picky@" + DOMAIN;
    static final String VACATION_TEXT = "Back on Monday / tilbage mandag";
    static final String REJECT_TEXT = "No thanks / nej tak";

    static LoopbackDnsServer dns;
    static SmtpSink sink;
    static JamesHarness james;
    static ExecutorService clients;

    @BeforeAll
    static void start() throws Exception {
        dns = LoopbackDnsServer.withZones(
            zone("forged.example", "v=spf1 -all") + "_dmarc IN TXT \"v=DMARC1; p=reject\"\n"
                + "@ IN MX 10 mx\nmx IN A 127.0.0.2\n",
            zone("honest.example", "v=spf1 ip4:127.0.0.0/24 -all") + "@ IN MX 10 mx\nmx IN A 127.0.0.3\n",
            zone("bystander.example", "v=spf1 ip4:192.0.2.1 -all") + "@ IN MX 10 mx\nmx IN A 127.0.0.4\n",
            zone("nospf.example", null) + "@ IN MX 10 mx\nmx IN A 127.0.0.5\n");
        // Shared with the retry test's target: one temporary failure then "too many retries" (maxRetries 1).
        sink = new SmtpSink()
            .replyToRcpt(REFUSING_TARGET, "550 5.1.1 <" + REFUSING_TARGET + ">: no such user")
            .replyToRcpt(DEFERRING_TARGET, "451 4.3.0 <" + DEFERRING_TARGET + ">: try again later");
        james = new JamesHarness().dns(dns).relayThrough(sink.port()).start();
        james.addDomain(DOMAIN);
        for (String user : List.of(FWD_REFUSED, FWD_DEFERRED, SIZE_FULL, COUNT_FULL, AWAY, PICKY)) {
            james.addUser(user, "secret");
        }
        james.webadminOk("PUT", "/address/forwards/" + FWD_REFUSED + "/targets/" + REFUSING_TARGET, null);
        james.webadminOk("PUT", "/address/forwards/" + FWD_DEFERRED + "/targets/" + DEFERRING_TARGET, null);
        james.webadminOk("PUT", "/quota/users/" + SIZE_FULL + "/size", "100");
        james.webadminOk("PUT", "/quota/users/" + COUNT_FULL + "/count", "0");
        james.webadminOk("POST", "/vacation/" + AWAY,
            "{\"enabled\":true,\"subject\":\"away\",\"textBody\":\"" + VACATION_TEXT + "\"}");
        HttpResponse<String> sieve = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + james.webadminPort() + "/sieve/" + PICKY + "/scripts/main?activate=true"))
            .header("Content-Type", "text/plain")
            .PUT(HttpRequest.BodyPublishers.ofString("require [\"reject\"];\r\nreject \"" + REJECT_TEXT + "\";\r\n"))
            .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(sieve.statusCode() / 100).as("Sieve upload: %s", sieve.body()).isEqualTo(2);
        clients = Executors.newFixedThreadPool(6);
    }

    @AfterAll
    static void stop() throws Exception {
        if (clients != null) {
            clients.shutdownNow();
        }
        if (james != null) {
            james.close();
        }
        sink.close();
        dns.close();
    }

    static String zone(String origin, String spf) {
        return "$ORIGIN " + origin + ".\n$TTL 300\n@ IN SOA ns." + origin + ". hostmaster." + origin
            + ". 1 3600 600 86400 60\n@ IN NS ns." + origin + ".\nns IN A 127.0.0.1\n"
            + (spf == null ? "" : "@ IN TXT \"" + spf + "\"\n");
    }

    /** One path of the promise: where the mail goes and how the honest sender learns of the failure. */
    enum Path {
        FORWARD_550(FWD_REFUSED, "", 250, Informed.DSN),
        RETRIES_EXHAUSTED(FWD_DEFERRED, "", 250, Informed.DSN),
        SIZE_DECLARED(SIZE_FULL, " SIZE=5000", 452, Informed.IN_SESSION),
        SIZE_AT_DATA(SIZE_FULL, "", 250, Informed.IN_SESSION),
        COUNT_QUOTA(COUNT_FULL, "", 452, Informed.IN_SESSION),
        UNKNOWN_USER(UNKNOWN, "", 550, Informed.IN_SESSION),
        VACATION(AWAY, "", 250, Informed.AUTO_REPLY),
        SIEVE_REJECT(PICKY, "", 250, Informed.REJECT_MDN);

        final String rcpt;
        final String mailParameters;
        final int rcptCode;
        final Informed informed;

        Path(String rcpt, String mailParameters, int rcptCode, Informed informed) {
            this.rcpt = rcpt;
            this.mailParameters = mailParameters;
            this.rcptCode = rcptCode;
            this.informed = informed;
        }

        String sender(String kind, int i) {
            return kind + i + "." + name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    enum Informed {
        DSN, IN_SESSION, AUTO_REPLY, REJECT_MDN
    }

    /** What the SMTP session answered: RCPT, then the end of DATA (0 when DATA was not reached). */
    record Session(String mailFrom, int rcpt, int data, String dataText) {
    }

    static Session send(String clientIp, String mailFrom, String mailParameters, String rcpt, String fromHeader,
                        String extraHeaders, String subject) throws Exception {
        try (SmtpTestClient c = SmtpTestClient.connect(james.smtpPort(), clientIp)) {
            assertThat(c.ehlo("client.example").code()).isEqualTo(250);
            SmtpReply mail = c.command("MAIL FROM:<" + mailFrom + ">" + mailParameters);
            assertThat(mail.code()).as("MAIL FROM:<%s>: %s", mailFrom, mail).isEqualTo(250);
            SmtpReply r = c.rcptTo(rcpt);
            if (r.code() != 250) {
                c.quit();
                return new Session(mailFrom, r.code(), 0, r.text());
            }
            SmtpReply d = c.data("From: " + fromHeader + "\nTo: " + rcpt + "\nSubject: " + subject
                + "\nMessage-ID: <" + subject + "@client.example>\n" + extraHeaders + "\n"
                + ("Body of " + subject + ", long enough not to fit a 100-byte quota.\n").repeat(3));
            c.quit();
            return new Session(mailFrom, r.code(), d.code(), d.text());
        }
    }

    static List<SmtpSink.Received> to(String address) {
        List<SmtpSink.Received> out = new ArrayList<>();
        for (SmtpSink.Received r : sink.received()) {
            if (r.recipients().stream().anyMatch(a -> a.equalsIgnoreCase(address))) {
                out.add(r);
            }
        }
        return out;
    }

    static boolean isDsn(SmtpSink.Received r) {
        return r.mailFrom().isEmpty() && DsnParser.parse(
            new ByteArrayInputStream(r.content().getBytes(StandardCharsets.UTF_8))).isDsn();
    }

    static boolean informedBy(Informed how, SmtpSink.Received r) {
        return switch (how) {
            case DSN -> isDsn(r);
            case AUTO_REPLY -> r.content().contains("Subject: away");
            case REJECT_MDN -> r.content().contains(REJECT_TEXT);
            case IN_SESSION -> false;
        };
    }

    /** Mail keys in the suppressed-bounces repository whose stored message has this Subject. */
    static Map<String, String> suppressedBySubject() {
        Map<String, String> out = new ConcurrentHashMap<>();
        String list = james.repositoryMails(SUPPRESSED);
        Matcher keys = Pattern.compile("\"([^\"]+)\"").matcher(list);
        while (keys.find()) {
            String key = keys.group(1);
            HttpResponse<String> detail = james.webadmin("GET", "/mailRepositories/"
                + JamesHarness.encodeRepository(SUPPRESSED) + "/mails/" + key + "?additionalFields=headers", null);
            // the first test subject after "Subject" (TagInvoice may have prefixed the forged ones' subjects)
            Matcher subject = SUBJECT.matcher(detail.body());
            if (detail.statusCode() == 200 && subject.find()) {
                out.put(subject.group(1), key);
            }
        }
        return out;
    }

    static final Pattern SUBJECT = Pattern.compile("Subject[^\\n]*?((?:forged|honest|nospf)\\d+\\.[a-z0-9-]+|bad-[a-z0-9-]+)");

    static long queueSize(String queue) {
        Matcher m = Pattern.compile("\"size\"\\s*:\\s*(\\d+)")
            .matcher(james.webadminOk("GET", "/mailQueues/" + queue, null).body());
        return m.find() ? Long.parseLong(m.group(1)) : -1;
    }

    @Test
    void forgedSendersGetNothingOnAnyPathAndHonestSendersAreAlwaysInformed() throws Exception {
        List<Future<Session>> forged = new ArrayList<>();
        List<Future<Session>> honest = new ArrayList<>();
        List<Future<Session>> unprovenHonest = new ArrayList<>();
        for (Path path : Path.values()) {
            for (int i = 0; i < SENDERS; i++) {
                String f = path.sender("forged", i) + "@forged.example";
                String h = path.sender("honest", i) + "@honest.example";
                // one client address per sender: harvest counting per address must not block the test clients
                String fIp = "127.0.0." + (10 + path.ordinal() * 2 * SENDERS + i);
                String hIp = "127.0.0." + (20 + path.ordinal() * 2 * SENDERS + i);
                String fSubject = path.sender("forged", i);
                String hSubject = path.sender("honest", i);
                forged.add(clients.submit(() -> send(fIp, f, path.mailParameters, path.rcpt, f, "", fSubject)));
                honest.add(clients.submit(() -> send(hIp, h, path.mailParameters, path.rcpt, h, "", hSubject)));
            }
        }
        // Release path: honest senders whose domain publishes no SPF are unproven, so their forward's DSN (half of
        // them) or the Sieve reject (the other half) is withheld and kept...
        for (int i = 0; i < SENDERS; i++) {
            String n = "nospf" + i + ".release@nospf.example";
            String ip = "127.0.0." + (190 + i);
            String subject = "nospf" + i + ".release";
            String rcpt = i < SENDERS / 2 ? FWD_REFUSED : PICKY;
            unprovenHonest.add(clients.submit(() -> send(ip, n, "", rcpt, n, "", subject)));
        }
        List<Future<Session>> bad = badInput();

        // every session has ended (a failed client assertion surfaces here)
        for (List<Future<Session>> group : List.of(forged, honest, unprovenHonest, bad)) {
            for (Future<Session> s : group) {
                s.get();
            }
        }
        for (Future<Session> s : bad) {
            assertThat(s.get().data()).as("bad input is accepted (and reaches the responders): %s", s.get()).isEqualTo(250);
        }
        // In-session answers: the same for forged and honest clients (the client is told, not the forged domain).
        for (int k = 0; k < forged.size(); k++) {
            Path path = Path.values()[k / SENDERS];
            for (Session s : List.of(forged.get(k).get(), honest.get(k).get())) {
                assertThat(s.rcpt()).as("%s RCPT for %s", path, s.mailFrom()).isEqualTo(path.rcptCode);
                if (path == Path.SIZE_AT_DATA) {
                    assertThat(s.data()).as("exact size over the quota: %s", s.dataText()).isEqualTo(452);
                    assertThat(s.dataText()).startsWith("4.2.2 <" + SIZE_FULL + ">: mailbox full");
                } else if (path.rcptCode == 250) {
                    assertThat(s.data()).as("%s DATA for %s: %s", path, s.mailFrom(), s.dataText()).isEqualTo(250);
                }
            }
        }

        // Every honest sender is informed, each by its path's means.
        Duration patience = Duration.ofSeconds(60);
        for (int k = 0; k < honest.size(); k++) {
            Path path = Path.values()[k / SENDERS];
            String sender = honest.get(k).get().mailFrom();
            if (path.informed == Informed.IN_SESSION) {
                continue;
            }
            sink.await(r -> r.recipients().contains(sender) && informedBy(path.informed, r), patience);
        }

        // ...with the forged ones' DSNs and withheld rejects; an admin releases the honest ones: each gets a DSN
        // (for the withheld reject: "refused by the recipient", with the script's reason).
        Map<String, String> kept = await().atMost(patience).pollInterval(Duration.ofMillis(300))
            .until(WholePromiseIT::suppressedBySubject, m -> m.keySet().containsAll(expectedKept()));
        for (int i = 0; i < SENDERS; i++) {
            james.webadminOk("PATCH", "/mailRepositories/" + JamesHarness.encodeRepository(SUPPRESSED) + "/mails/"
                + kept.get("nospf" + i + ".release") + "?action=reprocess&processor=bounce-release", null);
        }
        for (int i = 0; i < SENDERS; i++) {
            Session s = unprovenHonest.get(i).get();
            assertThat(s.data()).isEqualTo(250);
            SmtpSink.Received dsn = sink.await(r -> r.recipients().contains(s.mailFrom()) && isDsn(r), patience);
            if (i >= SENDERS / 2) {
                assertThat(dsn.content()).as("released reject explains itself").contains(REJECT_TEXT);
            }
        }

        for (String sender : BAD_PROVEN_ANSWERED) {
            sink.await(r -> r.recipients().contains(sender), patience);
        }

        // Everything has been decided: spool and outgoing queue empty, every forged DSN kept, every auto-reply judged.
        await().atMost(patience).pollInterval(Duration.ofMillis(300)).until(() ->
            queueSize("spool") == 0 && queueSize("outgoing") == 0
                && autoReplyDecisions() >= 4L * SENDERS + BAD_AUTO_REPLY_DECISIONS + SENDERS / 2);

        List<SmtpSink.Received> toForged = sink.received().stream()
            .filter(r -> r.recipients().stream().anyMatch(a -> a.toLowerCase(Locale.ROOT).endsWith("@forged.example")))
            .toList();
        assertThat(toForged).as("forged.example's MX receives nothing at all").isEmpty();
        List<SmtpSink.Received> toBystander = sink.received().stream()
            .filter(r -> r.recipients().stream().anyMatch(a -> a.toLowerCase(Locale.ROOT).endsWith("@bystander.example")))
            .toList();
        assertThat(toBystander).as("nothing to an address only named in From").isEmpty();
        assertThat(to("mailer-daemon@honest.example")).as("nothing to the null sender's From").isEmpty();
        // Proven automated mail: the forward's DSN only (a DSN is no auto-reply, RFC 3834 §1); vacation and Sieve
        // reject still refuse Auto-Submitted mail (RFC 3834 §2).
        assertThat(to("auto.bad@honest.example")).as("only the forward's DSN to the proven auto-submitted sender")
            .hasSize(1).allMatch(WholePromiseIT::isDsn);

        // Exactly one answer per honest sender on the paths that answer, and nothing else left the server.
        int expected = 0;
        for (int k = 0; k < honest.size(); k++) {
            Path path = Path.values()[k / SENDERS];
            if (path.informed != Informed.IN_SESSION) {
                assertThat(to(honest.get(k).get().mailFrom())).as("one answer to %s", honest.get(k).get().mailFrom())
                    .hasSize(1);
                expected++;
            }
        }
        expected += SENDERS; // released DSNs
        expected += BAD_PROVEN_ANSWERED.size();
        assertThat(sink.received()).as("messages that left the server: %s", summary()).hasSize(expected);

        String report = james.webadminOk("GET", "/spoofguard/bounces", null).body();
        assertThat(report).contains("\"domain\":\"forged.example\"");
        assertThat(BounceGuardIT.number(report, "\"auto-reply\":\\{\"sent\":\\d+,\"suppressed\":(\\d+)"))
            .as("forged vacation and Sieve reject answers counted as suppressed auto-replies")
            .isGreaterThanOrEqualTo(2L * SENDERS);
    }

    /** Subjects that must be kept in suppressed-bounces: forged forward/retry DSNs and the unproven honest ones. */
    static List<String> expectedKept() {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < SENDERS; i++) {
            out.add(Path.FORWARD_550.sender("forged", i));
            out.add(Path.RETRIES_EXHAUSTED.sender("forged", i));
            out.add(Path.SIEVE_REJECT.sender("forged", i)); // the refused copy of a withheld reject
            out.add("nospf" + i + ".release");
        }
        out.addAll(List.of("bad-emptyfrom-forged-fwd550", "bad-fromdiffers-forged-fwd550",
            "bad-emptyfrom-forged-picky", "bad-fromdiffers-forged-picky", "bad-fromdiffers-honest-picky"));
        return out;
    }

    static long autoReplyDecisions() {
        String report = james.webadminOk("GET", "/spoofguard/bounces", null).body();
        return BounceGuardIT.number(report, "\"auto-reply\":\\{\"sent\":(\\d+)")
            + BounceGuardIT.number(report, "\"auto-reply\":\\{\"sent\":\\d+,\"suppressed\":(\\d+)");
    }

    /**
     * "Bad input" to the vacation user, the Sieve-reject user and the refusing forward: malformed Auto-Submitted
     * (from a proven sender: still automatic mail, RFC 3834 §5), empty From, From ≠ MAIL FROM both ways, null
     * sender. Each judged once by VacationMailet's guard and once by GuardedSieve's reject.
     */
    static final int BAD_AUTO_REPLY_DECISIONS = 2 * 6;
    /**
     * Proven return paths are answered at MAIL FROM, never at From: the vacation answers "From ≠ MAIL FROM" from
     * honest.example, and the forward's DSN answers both that and "empty From", and the malformed Auto-Submitted
     * (a DSN is no automatic response, RFC 3834 §1; RFC 5321 §6.1). James's VacationMailet itself never
     * answers a mail without From/Reply-To; Sieve reject answers neither (its MDN would go to the From header).
     */
    static final List<String> BAD_PROVEN_ANSWERED = List.of("relay.away@honest.example",
        "emptyfrom.fwd550@honest.example", "relay.fwd550@honest.example", "auto.bad@honest.example");

    static List<Future<Session>> badInput() {
        List<Future<Session>> out = new ArrayList<>();
        int ip = 200;
        for (String rcpt : List.of(AWAY, PICKY, FWD_REFUSED)) {
            String tag = rcpt.substring(0, rcpt.indexOf('@'));
            String[][] cases = {
                // {MAIL FROM, From, extra header fields, Subject}
                {"auto.bad@honest.example", "auto.bad@honest.example", "Auto-Submitted: ;;(unterminated\n", "bad-autosubmitted-" + tag},
                {"emptyfrom@forged.example", "", "", "bad-emptyfrom-forged-" + tag},
                {"emptyfrom." + tag + "@honest.example", "", "", "bad-emptyfrom-honest-" + tag},
                {"cfo@forged.example", "boss@bystander.example", "", "bad-fromdiffers-forged-" + tag},
                {"relay." + tag + "@honest.example", "someone@bystander.example", "", "bad-fromdiffers-honest-" + tag},
                {"", "mailer-daemon@honest.example", "", "bad-nullsender-" + tag},
            };
            for (String[] c : cases) {
                String address = "127.0.0." + (ip++);
                out.add(clients.submit(() -> send(address, c[0], "", rcpt, c[1], c[2], c[3])));
            }
        }
        return out;
    }

    static String summary() {
        StringBuilder b = new StringBuilder();
        for (SmtpSink.Received r : sink.received()) {
            b.append("\n  <").append(r.mailFrom()).append("> -> ").append(r.recipients());
        }
        return b.toString();
    }
}
