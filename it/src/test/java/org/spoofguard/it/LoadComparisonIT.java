package org.spoofguard.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;

import org.apache.james.utils.TestIMAPClient;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.spoofguard.it.support.JamesHarness;
import org.spoofguard.testing.dns.LoopbackDnsServer;
import org.spoofguard.testing.smtp.SmtpTestClient;

/**
 * Load driver: the same SMTP load against stock James 3.8.1 (its sample pipeline, no SpoofGuard) and against
 * SpoofGuard's conf/, in the same run, on the same machine. Reports accepted and delivered messages per
 * second and their ratio; asserts only that every message was accepted and delivered (figures are
 * reported, never asserted: performance is measured, not timed in tests).
 *
 * <p>Off by default; run with
 * {@code mvn -B verify -pl it -am -Dtest=LoadComparisonIT -Dspoofguard.load=true -Dsurefire.failIfNoSpecifiedTests=false}
 * ({@code -Dspoofguard.load.messages=N}, {@code -Dspoofguard.load.sessions=C}). The report is written to
 * {@code it/target/load-comparison.md}.
 */
class LoadComparisonIT {
    static final String USER = "load@spoofguard.test";
    static final int MESSAGES = Integer.getInteger("spoofguard.load.messages", 600);
    static final int SESSIONS = Integer.getInteger("spoofguard.load.sessions", 10);

    record Figures(String name, double acceptedPerSecond, double deliveredPerSecond) {
    }

    @Test
    void spoofGuardAgainstStockJames() throws Exception {
        Assumptions.assumeTrue(Boolean.getBoolean("spoofguard.load"), "load comparison runs only with -Dspoofguard.load=true");
        try (LoopbackDnsServer dns = LoopbackDnsServer.withZones("""
            $ORIGIN load.example.
            $TTL 3600
            @      IN SOA ns.load.example. hostmaster.load.example. 1 3600 600 86400 60
            @      IN NS  ns.load.example.
            ns     IN A   127.0.0.1
            @      IN TXT "v=spf1 ip4:127.0.0.0/8 -all"
            _dmarc IN TXT "v=DMARC1; p=reject"
            """)) {
            String stockSmtp = resource("/stock-james/smtpserver.xml");
            String stockPipeline = resource("/stock-james/mailetcontainer.xml");
            // Interleave runs so that machine noise hits both alike; report the better of two runs each.
            List<Figures> figures = new ArrayList<>();
            for (int round = 0; round < 2; round++) {
                figures.add(run("stock James 3.8.1", dns, xml -> stockSmtp, xml -> stockPipeline));
                figures.add(run("SpoofGuard", dns, UnaryOperator.identity(), UnaryOperator.identity()));
            }
            Figures stock = best(figures, "stock James 3.8.1");
            Figures guard = best(figures, "SpoofGuard");
            String report = String.format(Locale.ROOT, """
                | server | accepted over SMTP (msg/s) | delivered to the mailbox (msg/s) |
                |---|---|---|
                | stock James 3.8.1 | %.0f | %.0f |
                | SpoofGuard | %.0f | %.0f |
                | ratio SpoofGuard / stock | %.2f | %.2f |

                %d messages of 4 KB, %d concurrent SMTP sessions from distinct 127.0.0.x clients to one local
                mailbox; SPF pass and DMARC p=reject published for the sender domain (loopback DNS); best of 2 runs each.
                """, stock.acceptedPerSecond(), stock.deliveredPerSecond(), guard.acceptedPerSecond(), guard.deliveredPerSecond(),
                guard.acceptedPerSecond() / stock.acceptedPerSecond(), guard.deliveredPerSecond() / stock.deliveredPerSecond(),
                MESSAGES, SESSIONS);
            System.out.println(report);
            Files.writeString(Path.of("target/load-comparison.md"), report);
        }
    }

    private static Figures best(List<Figures> all, String name) {
        return all.stream().filter(f -> f.name().equals(name))
            .reduce((a, b) -> new Figures(name, Math.max(a.acceptedPerSecond(), b.acceptedPerSecond()),
                Math.max(a.deliveredPerSecond(), b.deliveredPerSecond())))
            .orElseThrow();
    }

    private static Figures run(String name, LoopbackDnsServer dns, UnaryOperator<String> smtp,
                               UnaryOperator<String> pipeline) throws Exception {
        JamesHarness james = new JamesHarness().dns(dns);
        String stock = "stock";
        if (name.startsWith(stock)) {
            james.patch("smtpserver.xml", smtp).patch("mailetcontainer.xml", pipeline);
        }
        try (james) {
            james.start();
            james.addDomain("spoofguard.test").addUser(USER, "secret");
            byte[] message = message();
            ExecutorService pool = Executors.newFixedThreadPool(SESSIONS);
            long start = System.nanoTime();
            List<Future<Integer>> sessions = new ArrayList<>();
            for (int s = 0; s < SESSIONS; s++) {
                int session = s;
                int count = MESSAGES / SESSIONS + (s < MESSAGES % SESSIONS ? 1 : 0);
                sessions.add(pool.submit(() -> send(james.smtpPort(), "127.0.0." + (100 + session), count, message)));
            }
            int accepted = 0;
            for (Future<Integer> f : sessions) {
                accepted += f.get(10, TimeUnit.MINUTES);
            }
            double acceptSeconds = (System.nanoTime() - start) / 1e9;
            pool.shutdown();
            assertThat(accepted).isEqualTo(MESSAGES);
            try (TestIMAPClient imap = james.imap(USER, "secret")) {
                long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(10);
                while (imap.getMessageCount(TestIMAPClient.INBOX) < MESSAGES && System.nanoTime() < deadline) {
                    Thread.sleep(100);
                }
                assertThat(imap.getMessageCount(TestIMAPClient.INBOX)).isEqualTo(MESSAGES);
            }
            double deliverSeconds = (System.nanoTime() - start) / 1e9;
            return new Figures(name, MESSAGES / acceptSeconds, MESSAGES / deliverSeconds);
        }
    }

    private static int send(int port, String sourceIp, int count, byte[] message) throws Exception {
        int accepted = 0;
        try (SmtpTestClient smtp = SmtpTestClient.connect(port, sourceIp)) {
            smtp.ehlo("mta.load.example");
            for (int i = 0; i < count; i++) {
                smtp.mailFrom("sender@load.example");
                smtp.rcptTo(USER);
                if (smtp.command("DATA").code() == 354 && smtp.sendData(message).code() == 250) {
                    accepted++;
                }
            }
            smtp.quit();
        }
        return accepted;
    }

    private static byte[] message() {
        StringBuilder text = new StringBuilder("From: Sender <sender@load.example>\r\nTo: load@spoofguard.test\r\n"
            + "Subject: load test\r\nMessage-ID: <load@load.example>\r\n\r\n");
        while (text.length() < 4096) {
            text.append("The quick brown fox jumps over the lazy dog, again and again and again.\r\n");
        }
        return text.toString().getBytes(StandardCharsets.US_ASCII);
    }

    private static String resource(String name) throws Exception {
        try (var in = LoadComparisonIT.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
